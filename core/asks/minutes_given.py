"""A length of time asked for in figures, which the money lexicons read as a sum.

"If she'd give me 10 min of tips for my instagram" asks ten minutes of a photographer's
advice; `core.asks.requests.CASH` and `PERSONAL_MONEY` read "give me 10" as ten of something
handed over, and the ask was refused as cash asked of an acquaintance. A figure followed by
minutes, seconds or hours is time, so the slots read what is wanted with the figure put in
words ("give me a few min of tips"): the time is still asked, no sum is. "Give me 10 for the
bus" and "give me 10 dollars" are untouched. Over the normal form of `core.asks.text`.
"""

from __future__ import annotations

import re

_TIME_ASKED = re.compile(
    r"\b((?:give|spare|lend|grant|offer|send)(?:s|ing)? (?:me|us|him|her|them) )(?:just |only )?"
    r"\d+(?:-\d+)? ?(?=(?:min|mins|minutes?|secs?|seconds?|hours?|hrs?|h)\b)"
)


def without_minutes_given(text: str) -> str:
    """The text with a figure of minutes or hours asked for put in words."""
    return _TIME_ASKED.sub(lambda match: match.group(1) + "a few ", text)
