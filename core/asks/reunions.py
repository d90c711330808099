"""A hug asked on meeting again someone the user has long missed.

"Ask Sigga for a hug when I pick her up at Keflavík, I haven't seen her in a year": the
words name her only by her first name, which the rules cannot place, but a person the user
goes to collect, or has not seen in a year, is someone they know and have missed, and a hug
on meeting again is the ordinary greeting. `core.asks.decide` reads a hug as fine then, as
with a friend; a stranger or someone serving the user is never read so. It matches the
normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import words

_THEM = r"(?:her|him|them)"

MEETS_AGAIN = words(
    rf"(?:haven't|have not|hadn't|had not|not) seen {_THEM} (?:for|in) (?:a year|years|months"
    rf"|ages|forever|so long|a long time|(?:over |nearly |almost )?(?:a|one|two|three|four|five"
    rf"|six|\d+) (?:years?|months?))",
    rf"(?:pick|picking|collect|collecting|meet|meeting) {_THEM} (?:up )?(?:at|from) (?:the )?"
    rf"(?:[\w'-]+ )?(?:airport|arrivals|station|terminal|bus station|ferry)\b",
    rf"(?:pick|picking) {_THEM} up (?:at|from) [\w'-]+\b[^.!?;]{{0,40}}\b(?:haven't|have not"
    rf"|not) seen {_THEM}",
)
"""Meeting again someone long missed, or collecting them off a journey."""
