"""A number or a date asked again of someone outside the user's own circle who said yes and
has not followed through.

"Ask the girl from the gym again to give me her number, she said she would": a yes to a
number or a date that was never kept is often the easiest way someone found to end the talk,
so asking again presses past what is in effect a no (the reading `core.asks.kept_word` leaves
out on purpose). The same holds with the yes left unsaid ("ask the girl from the gym again
for her number"): asked before, and no number came. A friend, a partner or family asked again
for a new number, or anyone asked again for one the user lost ("I lost it when my phone
broke"), is no pursuit. Read in `core.asks.asked_again`, over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

from core.asks.roles import PRIVATE_CIRCLE, Who
from core.asks.text import has, words

_AGAIN = words(
    r"(?:ask|message|text|dm|invite) (?:[\w'-]+ ){0,8}?(?:again|once more|one more time"
    r"|a second time)"
)
"""The ask made again ("ask the girl from the gym again"), not something else done again ("so I
can get on his tram again")."""
_THEIR_LINE = words(
    r"(?:her|his|their) (?:own |personal |private )?(?:phone |mobile |cell )?(?:number|digits"
    r"|insta\w*|ig|snap\w*|whatsapp|socials|handle|email|facebook|fb|tiktok|contact)"
)
"""Their own number or handle."""
_A_DATE = words(
    r"(?:ask|take|invite) (?:her|him|them) out\b|(?<!went )out (?:on a date|for (?:a )?(?:drinks?"
    r"|dinner|coffee))|(?:go|come) out with me"
)
"""A date asked of them, not one already had ("the person I went on a date with")."""
_LOST_IT = words(
    r"(?:lost|deleted|broke|smashed|dropped|wiped|reset|changed|new) (?:my |her |his |their |the )?"
    r"(?:old )?(?:phone|number|numbers|contacts?|sim)|(?:her|his|their) new number"
    r"|(?:lost|deleted|forgot|misplaced) (?:it|them|the \w+)\b"
)
"""A number lost or changed: asked again to have it back, not to press past a no."""
_NOT_PRESSED = PRIVATE_CIRCLE | {Who.ORGANISATION, Who.NOBODY}


def presses_past_a_quiet_no(text: str, who: Who) -> bool:
    """Whether someone outside the user's own circle is asked again for their number or a
    date, with no lost number to explain it."""
    if who in _NOT_PRESSED or not has(_AGAIN, text):
        return False
    if not (has(_THEIR_LINE, text) or has(_A_DATE, text)):
        return False
    return not has(_LOST_IT, text)
