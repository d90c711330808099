"""A price named as a limit on what is recommended, not money asked of anyone.

"Ask the bottle-o bloke for a recommendation on a pinot under thirty bucks" names a sum, but
as the most the user means to spend on a bottle they will pay for: the shop is asked for its
advice. `core.asks.requests.MONEY` and `CASH` read the bare sum as money handed over, so the
slots read what is wanted with the limit blanked out. Only a limit following a recommendation
or a question about which thing to buy is blanked ("lend me under a fiver" still asks money).
The pattern matches the normal form of `core.asks.text`.
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
    r"|to order|to pick|is best|they'd pick|he'd pick|she'd pick)) (?:[\w'-]+ ){0,6}?)"
    r"(?P<limit>(?:for )?(?:under|below|less than|no more than|up to|within) (?:about |around"
    rf" |roughly )?{_SUM})(?=$|[\s.,!?;)])"
)


def without_price_limits(text: str) -> str:
    """The text with a price limit on a recommended thing blanked out, the ask kept."""
    return _LIMIT.sub(lambda match: match.group("asked") + " ", text)
