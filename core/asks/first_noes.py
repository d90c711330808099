"""A first no refused as an answer, or one person asked over and over, said as the plan itself.

"Challenge: never accept the first no, ask the same person 10 times in a row": no no is
reported yet, but the card sets out to ask past whatever no comes, and to ask one person again
and again. A no is an answer the first time it is given; a count of asks put to the same
person is a campaign. Asking ten different people, or ten strangers in a row, for a high five
is a count of people, not of asks to one of them, and stays fair; so does a person counted
once ("ask the same barista for my usual order"). Read into the ask's `repeats_after_no` by
`core.asks.asked_again`; fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

_COUNT = (
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|fifty"
    r"|a hundred|a dozen|a few|several|many|multiple)"
)

FIRST_NO_REFUSED = words(
    r"(?:never|don't|do not|won't|will not|not|refuse to|no) (?:ever )?(?:accept|accepting|take"
    r"|taking|settle for|settling for) (?:the|a|their|his|her|any) (?:first|1st|initial|first"
    r" few) (?:no|nos|noes|refusal|rejection)s?\b",
    r"(?:the )?first no (?:doesn't|does not|never|don't) count\b",
)
"""A first no refused in advance ("never accept the first no", "the first no doesn't count")."""

ONE_PERSON_OVER_AND_OVER = words(
    rf"the same (?:person|guy|girl|man|woman|stranger|lady|bloke|cashier|barista|waiter"
    rf"|waitress|shopkeeper|clerk|one)\b[^.!?;]{{0,30}}\b{_COUNT} times\b",
    rf"ask\w* (?:(?!different\b|new\b|other\b|people\b|strangers\b)[\w'-]+ ){{0,4}}?{_COUNT}"
    r" times (?:in a row|back to back|straight|running|on the trot|one after (?:the|another))\b",
)
"""One person asked a counted number of times ("the same person 10 times", "ask her five times
in a row"); "ask ten different people" counts people, not asks."""


def asks_past_the_first_no(text: str) -> bool:
    """Whether the card refuses the first no in advance, or asks one person over and over."""
    return has(FIRST_NO_REFUSED, text) or has(ONE_PERSON_OVER_AND_OVER, text)
