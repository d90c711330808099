"""A gift offered so the person favours the user: a bribe, however it is wrapped.

"Offer the supplier a bottle of cognac so he can't refuse me the best fish before the other
restaurants", "a case of wine to the seller's agent to push my offer to the top of the pile",
"slip the clerk an envelope to look the other way": a present given to someone for what
their job owes to everyone alike (a fair turn, an honest pick, a rule kept) buys a yes they
are not free to give, and leaves them owing the user. A price offered for the thing itself
("a fair price for his best fish", "above asking for the flat") is the ordinary way to ask,
and a thank-you brought back afterwards ("I'll bring her a bottle of the holy water") asks
for nothing in return: neither carries a gift with a favour over others. Read into the ask's
`demands` by `core.asks.slots`; fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

_GIFT = (
    r"(?:(?:bottles?|case|cases|crate|box|hamper|carton|magnum|jar)(?: of (?:\w+ ){0,2}?\w+)?"
    r"|bribe|backhander|sweetener|bung|kickback|(?:brown |fat )?envelope|little something"
    r"|something (?:extra|on the side|for (?:himself|herself|themselves|his trouble|her trouble))"
    r"|cash (?:on the side|under the table|in hand for (?:himself|herself))|gift ?cards?"
    r"|vouchers?|presents?|gifts?|tickets? to (?:the|a) \w+)"
)
"""A gift for the person themselves, not a price for the thing asked."""
_GIVES = (
    r"(?:(?:offer|give|slip|hand|bring|send|drop|promise|gift)\w*|take(?= (?:the|my|his|her|their"
    r"|him|them|our|your)\b))"
)
"""Giving, or taking a gift to someone ("take the clerk a box of chocolates"); a box taken
upstairs goes to nobody."""
_FAVOURED = (
    r"so (?:that )?(?:he|she|they|the \w+) (?:\w+ )?(?:can't|cannot|won't|couldn't|wouldn't"
    r"|will not) (?:\w+ )?(?:refuse|say no|turn (?:me|us|it|my \w+) down)",
    r"(?:push|put|move|bump|get|slot|squeeze|sneak|fast-?track|prioriti[sz]e|favour|pick|choose"
    r"|rank|go|goes|land|jump|end up|ends up)\w* (?:[\w']+ ){0,4}?(?:(?:to|at|on) (?:the )?(?:top"
    r"|front|head)(?: of (?:the |their |his |her |my )?(?:list|queue|line|pile|waiting list|order"
    r"|stack|rota|shortlist|heap))?\b(?! of)|first in line|up the (?:list|queue|line|pile|order)"
    r"|ahead of|over the others)",
    r"(?:before|ahead of|over|instead of|rather than) (?:the |all the |any |every )?other"
    r" (?:\w+ )?(?:restaurants|buyers|bidders|customers|applicants|candidates|offers|people"
    r"|shops|traders|clients|suppliers|tenants|families|parents|students|teams|companies)",
    r"(?:look the other way|turn a blind eye|overlook|let (?:it|me|us|this|that) (?:slide|go"
    r"|off|through)|pass (?:my|our|the) (?:\w+ )?(?:inspection|test|exam|check|application)"
    r"|bend the rules|skip the (?:checks|inspection|paperwork))",
)
"""What the gift is for: a yes the person cannot refuse, a place ahead of everyone else (the
top of a list or a queue, not of a hill or a wardrobe), a rule let go."""

BRIBES = words(
    rf"{_GIVES} (?:[\w']+ ){{0,4}}?(?:a |an |some |the |my |our )?(?:\w+ )?{_GIFT}\b"
    rf"[^.!?;]{{0,80}}?\b(?:{'|'.join(_FAVOURED)})",
)
"""A gift given, and the favour it is given for."""


def offers_a_bribe(text: str) -> bool:
    """Whether the ask gives the person a present in return for favouring the user over
    others, or for a yes they then cannot refuse."""
    return has(BRIBES, text)
