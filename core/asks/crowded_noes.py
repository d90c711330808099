"""A no crowded out: the user's friends brought to stand round the person while the ask is made.

"Bring 4 friends to crowd the shopkeeper while I ask for credit", "take the lads along to stand
round the stallholder so he can't say no", "get my mates to surround the cashier while I ask for
a discount": the numbers are there to loom, and a no said to a ring of the user's people is no
free no, whoever is asked. `core.asks.public_corners` reads an audience chosen to watch the
answer; these bring the crowd to press it. A friend brought for moral support, friends who
stand behind the user at a pitch, or a crowd round a stall for its food ("crowd round the
noodle cart") stay fair. Read into the ask's `demands` through `core.asks.hard_nos`; fragments
over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

_MY_PEOPLE = (
    r"(?:(?:bring|brings|bringing|take|taking|get|getting|have|round up|call|with) )(?:(?:\d+|two"
    r"|three|four|five|six|a few|a couple of|a bunch of|some|all) (?:of )?)?(?:my |our |the )?"
    r"(?:\w+ )?(?:friends|mates|pals|buddies|lads|boys|guys|girls|cousins|brothers|homies|crew"
    r"|gang|squad|mandem)"
)
"""A group of the user's own people, brought along."""

_LOOM = (
    r"(?:crowd|crowding|surround|surrounding|circle|circling|gang up on|ganging up on|loom over"
    r"|looming over|tower over|towering over|hem in|box in|close in on|stand (?:round|around|over)"
    r"|standing (?:round|around|over)|hover (?:round|around|over)|hovering (?:round|around|over))"
)
"""Bodies pressed round a person."""

_THE_PERSON = (
    r"(?:him|her|them|the (?!(?:tv|table|fire|campfire|grill|bbq|cake|screen|piano|car|stage"
    r"|food|cart|stall|entrance|door|bar)\b)[\w-]+"
    r"(?: [\w-]+)?)"
)
"""The one asked, crowded; not a fire, a screen or a table gathered round."""

CROWDED = words(
    rf"{_MY_PEOPLE} (?:\w+ ){{0,3}}?(?:to |and |who )?{_LOOM} {_THE_PERSON}",
    rf"{_LOOM} {_THE_PERSON}\b[^.!?;]{{0,60}}\b{_MY_PEOPLE}",
)
"""The user's people set round the person ("4 friends to crowd the shopkeeper")."""

ASKED = words(
    r"ask\w*|while i|so (?:he|she|they) (?:can't|cannot|won't|will)|credit|discount|loan|lend"
    r"|pay|money|sign|agree|say yes|give (?:me|us)|sell|cut|deal|refund"
)
"""Something asked of the person crowded."""


def crowds_the_no(text: str) -> bool:
    """Whether the user's friends are brought to crowd the person while something is asked."""
    return has(CROWDED, text) and has(ASKED, text)
