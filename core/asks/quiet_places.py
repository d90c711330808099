"""Noise asked of someone in a place kept quiet: a library's silent floor, a quiet carriage.

Everyone there came for the quiet, and the person asked must either break it before the
room or refuse in front of it: a joke told out loud on the silent floor, a song in the quiet
carriage. A question whispered to the librarian stays fair, so only the place together with
the noise is read. Over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import words

_QUIET = (
    r"(?:silent|quiet) (?:floor|carriage|coach|car|zone|room|study|section|area|reading room)"
    r"|reading room|exam hall"
)
_NOISE = (
    r"out loud|aloud|loudly|at the top of (?:their|his|her) (?:voice|lungs)|(?:to|and) (?:sing"
    r"|shout|yell|cheer|clap|laugh out loud)\b|\b(?:chant\w*|sing-?along|singalong|karaoke"
    r"|(?:phone|video|speaker) ?(?:call|phone)|speech|serenad\w*|play (?:music|my \w+ out))\b"
)
NOISE_IN_A_QUIET_PLACE = words(
    rf"(?:{_QUIET})\b[^.!?]{{0,80}}\b(?:{_NOISE})",
    rf"(?:{_NOISE})\b[^.!?]{{0,60}}\b(?:{_QUIET})",
)
"""A quiet place named with noise asked in it, in either order."""
