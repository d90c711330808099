"""Reading what people type: times of day and time zones, forgivingly.

People write "8", "8am", "20:30", "8.30 pm" or "London"; each is accepted when it
means one clear thing, and anything else gets a kind explanation upstream.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from datetime import time
from functools import cache
from zoneinfo import available_timezones

_TIME = re.compile(r"^\s*(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?\s*$", re.IGNORECASE)
# Bidirectional embeddings and overrides (U+202A to U+202E): superseded by the isolates
# (U+2066 to U+2069, kept), no script needs them, and they can make text read backwards.
_OVERRIDES = frozenset(chr(code) for code in range(0x202A, 0x202F))


def _dropped(ch: str) -> bool:
    """Whether no person could mean this character: only controls no script uses.

    Format characters stay (zero-width joiners and non-joiners spell Persian words and build
    emoji sequences; tag characters make flags; marks set a direction), and so do private-use
    and not-yet-assigned characters, since a newer emoji is unassigned in an older Unicode table.
    """
    if ch in "\n\t":
        return False
    category = unicodedata.category(ch)
    if category in ("Cc", "Cs"):
        return True
    if ch in _OVERRIDES or ch == "\ufeff":
        return True
    code = ord(ch)
    return 0xFDD0 <= code <= 0xFDEF or (code & 0xFFFE) == 0xFFFE


def clean_text(text: str) -> str:
    """Drop only the control characters no script uses, and the space around the text.

    Everything a person could mean is kept exactly, so a reflection reads back as written.
    """
    kept = (ch for ch in text.replace("\r\n", "\n").replace("\r", "\n") if not _dropped(ch))
    return "".join(kept).strip()


def parse_time(text: str) -> time | None:
    match = _TIME.match(text)
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    suffix = (match.group(3) or "").lower().replace(".", "")
    if suffix:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if suffix == "pm" else 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


@cache
def _zone_index() -> dict[str, str]:
    """Lower-cased IANA names and their last part ("london") mapped to the real name."""
    names: Collection[str] = available_timezones()
    index: dict[str, str] = {}
    for name in sorted(names):
        if name.startswith(("SystemV/", "posix/", "right/")):
            continue
        index.setdefault(name.lower(), name)
        city = name.rsplit("/", 1)[-1].lower()
        if "/" in name:
            index.setdefault(city, name)
            index.setdefault(city.replace("_", " "), name)
    index["utc"] = "UTC"
    return index


def resolve_timezone(text: str) -> str | None:
    """An IANA zone name from a name or a city, or None when there is no clear match."""
    key = " ".join(text.strip().split()).lower()
    if not key or len(key) > 64:
        return None
    index = _zone_index()
    return index.get(key) or index.get(key.replace(" ", "_"))
