"""A no argued down on the spot: the user stays and argues after a refusal, with walking away
ruled out.

"Tuk tuk guy refuses my price? stay and argue for 10 mins, no walking away", "if the rickshaw
driver says no to my price, keep arguing for 15 minutes and don't walk away": a haggle turned
into a siege, where the seller can only get rid of the user by giving in. Haggling and walking
away when the price is refused is the market's own way of saying no, and stays fair; each
shape needs the refusal and the staying put together. Read into the ask's `demands` through
`core.asks.hard_nos`; fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

import re

from core.asks.text import has, words

REFUSED = words(
    r"(?:refuses?|refused|says? no|said no|won't (?:budge|agree|accept|take|go)|rejects?"
    r"|turns? (?:me|it|my \w+) down|doesn't agree|does not agree|declines?)\b",
)
"""The person's no to the price or the ask."""

STAYS_PUT = words(
    r"(?:stay|stand|keep|hang around|remain)\w* (?:there )?(?:and )?(?:argu|haggl|bargain|push"
    r"|insist|plead|beg|pester)\w*(?: with (?:him|her|them))? (?:for )?(?:\d+|five|ten|fifteen"
    r"|twenty|thirty|a good|an|half an) (?:more )?(?:mins?|minutes|hours?)\b",
    r"keep (?:on )?(?:arguing|haggling|bargaining|pushing|insisting)\b",
    r"no walking away|(?:don't|do not|never|not|without) (?:walk|walking) away\b(?! if)",
    r"(?:refuse|refusing) to (?:leave|walk away|move)\b|no leaving (?:until|till|til)\b",
)
"""Staying to argue for minutes on end, or ruling out walking away."""

_PARTS = re.compile(r"[.!;]")


def argues_a_no_down(text: str) -> bool:
    """Whether a part of the ask answers a refusal by staying to argue it down."""
    return any(has(REFUSED, part) and has(STAYS_PUT, part) for part in _PARTS.split(text))
