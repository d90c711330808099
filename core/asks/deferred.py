"""A lexicon's whole alternation, compiled only when something needs it whole.

Building the check's lexicons was most of the cost of its first ask in every process (each
test worker, each bot that reads an own card): Python parses every lexicon twice, once for
its phrases' anchors (`core.asks.anchors`) and once to compile the whole alternation, yet the
anchored scan needs only the few phrases an ask holds. The whole pattern is wanted only where
the anchors cannot speak (a lexicon with a phrase that may match nothing, an ask holding
dozens of its words) or where another module reads it directly. So `core.asks.text.words`
hands out this stand-in: it keeps the source, answers `pattern` at once, and compiles itself
the first time any other attribute is asked for, after which it is the compiled pattern in
all but name. The check's answers do not change; only when the work is done does. A lexicon
that is not a valid pattern now fails where it is first used rather than at import;
`tests/core/test_asks_anchors.py` compiles every lexicon whole, so `make test` still names it.
"""

from __future__ import annotations

import re
from typing import Any


class Deferred:
    """A stand-in for `re.compile(source)` that compiles on first use."""

    __slots__ = ("_compiled", "pattern")

    def __init__(self, source: str) -> None:
        self.pattern = source
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern)
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"Deferred({self.pattern!r})"
