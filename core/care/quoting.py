"""Whether an answer may quote back what someone typed.

Someone who writes "I bought a rope today." at the time-zone question must never read it
back in an error message. Only what looks like a short place name is quoted: at most 40
characters and 4 words of letters, spaces, "/", "_" and "-" (so "Rio de Janeiro" and
"America/New_York" are, and nothing with sentence punctuation is), and no word that
speaks of the writer ("I", "my", "me" ...). Anything else gets a kind answer that quotes
nothing.
"""

from __future__ import annotations

import re

MAX_CHARACTERS = 40
MAX_WORDS = 4
_PLACE = re.compile(r"^[^\W\d_]+(?:[ /_\-]+[^\W\d_]+)*$")
_ABOUT_ME = frozenset({"i", "im", "i'm", "me", "my", "myself", "mine", "we", "us", "our"})


def quotable_place(text: str) -> str | None:
    """`text` trimmed when it reads like a place name, else None (quote nothing)."""
    shown = " ".join(text.split())
    if not shown or len(shown) > MAX_CHARACTERS or not _PLACE.match(shown):
        return None
    words = re.split(r"[ /_\-]+", shown.lower())
    if len(words) > MAX_WORDS or _ABOUT_ME & set(words):
        return None
    return shown
