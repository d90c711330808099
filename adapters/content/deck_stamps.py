"""Remembering that a deck passed the ethics checks, so a restart need not check it again.

At start-up every deck card is read through the own-card rules (`core.deck_ethics`): about
half a second of CPU for 280 cards, paid again by every restart, every extra process and
every end-to-end test that starts the bot. The verdict depends only on the deck files, the
code that reads and checks them, and the Python and YAML parser that run it, so a pass is
written down as an empty file named by a hash of them all. A deck, a rule or a Python that
has changed in any byte has another name, is checked in full, and a deck with a problem is
never stamped: it stops start-up every time. `askanyway deck check` and the tests that load
the deck themselves always check in full.

The stamps live in the user's cache directory (`$XDG_CACHE_HOME/askanyway`, else
`~/.cache/askanyway`). One that cannot be read or written only costs the half second.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

import core

log = logging.getLogger(__name__)

_PREFIX = "deck-passed-"
_KEPT = 8
"""Stamps kept: enough for a few checkouts or versions side by side, and the directory never
grows."""


def _code_files(package: Path) -> list[Path]:
    return sorted(package.rglob("*.py"))


_CHECKING_CODE = (Path(core.__file__).parent, Path(__file__).parent)
"""The packages whose source the verdict depends on: core holds the deck's schema, its ethics
checks and the own-card rules they read every card through; adapters.content reads the files
into cards."""


@dataclass(frozen=True)
class DeckStamps:
    directory: Path
    code: tuple[Path, ...] = _CHECKING_CODE

    @classmethod
    def in_user_cache(cls) -> DeckStamps | None:
        """Stamps in the user's cache directory; None where there is no home to keep one."""
        root = os.environ.get("XDG_CACHE_HOME")
        try:
            base = Path(root) if root else Path.home() / ".cache"
        except RuntimeError:
            return None
        return cls(base / "askanyway")

    def key(self, deck: Sequence[Path]) -> str:
        """A hash of the deck files, every source file of the checking code, Python and the
        YAML parser."""
        digest = hashlib.sha256(f"{sys.version}\0{yaml.__version__}".encode())
        sources = [(root, path) for root in self.code for path in _code_files(root)]
        for root, path in [*sources, *((path.parent, path) for path in deck)]:
            content = path.read_bytes()
            digest.update(f"\0{root.name}/{path.relative_to(root)}\0{len(content)}\0".encode())
            digest.update(content)
        return digest.hexdigest()

    def _path(self, key: str) -> Path:
        return self.directory / f"{_PREFIX}{key}"

    def passed(self, key: str) -> bool:
        return self._path(key).is_file()

    def remember(self, key: str) -> None:
        """Write the stamp for `key` (renamed into place, so no process sees a half-written
        one) and drop all but the newest few."""
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=self.directory, delete=False) as file:
                temporary = Path(file.name)
            os.replace(temporary, self._path(key))
            others = [p for p in self.directory.glob(f"{_PREFIX}*") if p != self._path(key)]
            others.sort(key=lambda p: p.stat().st_mtime_ns, reverse=True)
            for old in others[_KEPT - 1 :]:
                old.unlink(missing_ok=True)
        except OSError as error:
            log.debug("deck stamp not written: %s", error.strerror)
