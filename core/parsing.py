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
_CONTROL = {"Cc", "Cf", "Cs", "Co", "Cn"}


def clean_text(text: str) -> str:
    """Drop control and invisible format characters but keep newlines, tabs and emoji."""
    kept = (ch for ch in text if ch in "\n\t" or unicodedata.category(ch) not in _CONTROL)
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
