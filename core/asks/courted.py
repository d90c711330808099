"""Courting someone until they notice: gifts or notes sent again and again to win a person who
has shown no interest.

"Send flowers to the Hurtigruten guide every week until she notices me", "leave a rose on the
barista's counter every morning till she notices me", "keep sending chocolates to the girl at
the gym until she gives me a chance": the gifts are the pursuit, and the one courted has to
turn them down each time or be worn into an answer. Read into the ask's
`pursues_someone_noticed` (`core.asks.set_ups`), a date whoever is named; a thank-you bunch
sent once, flowers sent to the user's own partner, or a postcard a week to a friend stay fair.
Fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

_TOKENS = (
    r"(?:flowers|roses?|a rose|bouquets?|chocolates?|gifts?|presents?|love (?:letters?|notes?"
    r"|poems?)|notes?|poems?|cards?|compliments?|sweets|teddy bears?|serenades?)"
)
"""What a suitor sends or leaves."""

COURTED = words(
    rf"{_TOKENS}\b[^.!?;]{{0,80}}\b(?:until|till|til|so|in the hope|hoping) (?:that )?(?:she|he"
    r"|they) (?:finally |eventually |at last )?(?:notices?|sees?|gives? me a chance|falls? for"
    r"|likes?|agrees? to (?:go out|a date|date)|goes out with|dates?|says? yes to) me\b",
    rf"{_TOKENS}\b[^.!?;]{{0,80}}\b(?:until|till|til) (?:she|he|they) (?:finally |eventually )?"
    r"(?:notices?|gives? me a chance|falls? for me|agrees? to (?:go out|a date|date me)|says? yes)"
    r"(?! (?!(?:me|at last|finally)\b)\w)",
)
"""Gifts or notes sent until the person notices, falls for or dates the user (not until a
flatmate "notices the dishes")."""

_OWN_PARTNER = words(
    r"(?:my|our) (?:wife|husband|partner|girlfriend|boyfriend|fianc\w*|missus|hubby|gf|bf)\b"
)
"""The user's own partner, whose notice a gift is meant to win back, not to pursue."""


def courts_until_noticed(text: str) -> bool:
    """Whether the ask sends gifts or notes until someone notices the user, to anyone but the
    user's own partner."""
    return has(COURTED, text) and not has(_OWN_PARTNER, text)
