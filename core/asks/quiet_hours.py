"""A time of day someone asked not to be called in, which is no block on the user.

"She told me not to call her before nine" is a wish about the hour, not contact stopped:
the person still takes calls, later in the day. `core.asks.persistence.BLOCK` reads "told
me not to call" as a block, so the slots read it on the text with the hour's wish blanked
out, unless the card names a call at the hours she asked to be left alone in ("at seven",
"early", "anyway"), which gets round her wish all the same. It matches the normal form of
`core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, without, words

_HOUR = (
    r"(?:\d{1,2}(?::\d\d)?(?: ?[ap]m)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|midnight|noon|midday|lunch|lunchtime|breakfast|work|school|her shift|his shift)"
    r"(?: o'clock| at night| in the morning| ?[ap]m)?"
)

HOURS_WISH = words(
    rf"(?:told|asked) (?:me|us) not to (?:contact|message|call|text|email|ring|phone)"
    rf" (?:her|him|them) (?:before|after|past|until|till) {_HOUR}",
)
"""The hours someone asked not to be called in ("not to call her before nine")."""

_CALLED_ANYWAY = words(
    r"anyway|regardless|early|at dawn|first thing|at (?:\d{1,2}|one|two|three|four|five|six"
    r"|seven|eight)(?: ?[ap]m| o'clock)?|right now|straight away|tonight|late at night"
    r"|in the middle of the night|from (?:my|her|his|their|a) (?:\w+ )?(?:phone|number|account)"
)
"""A call at the hours asked to be left alone in, or through someone else's phone."""


def without_hours_wish(text: str) -> str:
    """The text without a wish about the hour, when nothing says the call comes then."""
    if not has(HOURS_WISH, text) or has(_CALLED_ANYWAY, text):
        return text
    return without(HOURS_WISH, text)
