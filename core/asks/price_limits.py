"""A price named as a limit on what is recommended, not money asked of anyone.

"Ask the bottle-o bloke for a recommendation on a pinot under thirty bucks" (or "what's good
under $30 for Mum's birthday?") names a sum, but
as the most the user means to spend on a bottle they will pay for: the shop is asked for its
advice. `core.asks.requests.MONEY` and `CASH` read the bare sum as money handed over, so the
slots read what is wanted with the limit blanked out. Only a limit following a recommendation
or a question about which thing to buy is blanked ("lend me under a fiver" still asks money),
and so is a lower price asked for leftover stock the user buys.
The patterns match the normal form of `core.asks.text`.
"""

from __future__ import annotations

import re

_SUM = (
    r"(?:[$£€]\s?\d+|\d+ ?(?:bucks|quid|dollars|euros|pounds|[$£€])?|(?:a )?(?:fiver|tenner)"
    r"|(?:five|ten|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred"
    r"|hundred)(?:[- ]\w+)? (?:bucks|quid|dollars|euros|pounds))"
)
_LIMIT = re.compile(
    r"\b(?P<asked>(?:recommend\w*|suggest\w*|advice|tips?|(?:which|what) (?:\w+ )?(?:to buy|to get"
    r"|to order|to pick|is best|they'd pick|he'd pick|she'd pick)|(?:what's|what is|what are"
    r"|what'd be|what would be) (?:good|nice|decent|best|worth (?:getting|buying|trying)))"
    r" (?:[\w'-]+ ){0,6}?)"
    r"(?P<limit>(?:for )?(?:under|below|less than|no more than|up to|within) (?:about |around"
    rf" |roughly )?{_SUM})(?=$|[\s.,!?;)])"
)


_LEFT_OVER_CHEAPER = re.compile(
    r"\b(?:sells?|selling|let (?:me|us) have|do|does) (?:me |us )?(?:the |her |his |their |any"
    r" |some )?(?:leftover|unsold|remaining|last) (?:[\w-]+ ){1,2}?(?:cheaper|for less|at a"
    r" discount|half[- ]price|reduced)\b"
)
"""A lower price asked for stock left at the end of the day ("if she sells the leftover herbs
cheaper"): bought, not taken; "give me the leftover herbs for free" is still goods for
nothing."""


def without_price_limits(text: str) -> str:
    """The text with a price limit on a recommended thing blanked out, the ask kept; a lower
    price asked for leftover stock too."""
    if "cheaper" in text or " for less" in text or "discount" in text or "price" in text:
        text = _LEFT_OVER_CHEAPER.sub(" ", text)
    return _LIMIT.sub(lambda match: match.group("asked") + " ", text)
