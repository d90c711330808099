"""A gift offered so the person favours the user: a bribe, however it is wrapped.

"Offer the supplier a bottle of cognac so he can't refuse me the best fish before the other
restaurants", "a case of wine to the seller's agent to push my offer to the top of the pile",
"slip the clerk an envelope to look the other way": a present given to someone for what
their job owes to everyone alike (a fair turn, an honest pick, a rule kept) buys a yes they
are not free to give, and leaves them owing the user. A price offered for the thing itself
("a fair price for his best fish", "above asking for the flat") is the ordinary way to ask,
and a thank-you brought back afterwards ("I'll bring her a bottle of the holy water") asks
for nothing in return: neither carries a gift with a favour over others. A gift promised for
the signature itself ("mention a 'gift' for his son if he signs today"), a note folded into
the passport at the counter ("passport + folded 50er"), and a cut the user asks of a buyer
for a turn ahead ("a small 'appreciation' to make sure his offer goes to the owner first")
buy the same yes; a present promised to a sister for babysitting buys no one's turn. Read
into the ask's `demands` by `core.asks.slots`; fragments over the normal form of
`core.asks.text`.
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


_NOTE = (
    r"(?:notes?|bills?|banknotes?|tenner|fiver|twenty|fifty|hundred|cash|\d+(?:er|s)?|[$£€]\s?\d+)"
)
_PAPERS = r"(?:passport|papers|documents|file|form|licen[cs]e|id|application|folder|paperwork)"
GIFT_IF_YES = words(
    r"(?:mention|hint at|offer|promise|say there's|tell (?:\w+ ){1,2}there's)\w* (?:\w+ ){0,2}?"
    r"['\"]?(?:a |an |some )?['\"]?(?:little |small )?(?:gift|present|something|envelope|token"
    r"|appreciation|thank-you|consideration|sweetener)['\"]?(?: in it)? for (?:him|her|them|his"
    r"|their)\b"
    r"[^.!?;]{0,30}?\bif (?:he|she|they) (?:\w+ )?(?:signs|agrees|approves|awards|picks (?:me|us"
    r"|my)|chooses (?:me|us|my)|goes with (?:me|us|my)|passes|gives (?:me|us) the)\b",
    rf"{_PAPERS}\b[^.!?;]{{0,30}}?\bfolded (?:\w+ )?{_NOTE}\b|{_NOTE} (?:folded|tucked|slipped)"
    rf" (?:in|into|inside|between) (?:the |my |his |her )?{_PAPERS}\b",
    rf"{_PAPERS}\b[^.!?;]{{0,30}}?\b{_NOTE} (?:folded|tucked|slipped) (?:inside|in(?:to)? it"
    r"|between the pages)\b",
)
"""A gift promised for the yes itself ("mention a 'gift' for his son if he signs today"), or a
note folded into the papers handed over ("passport + folded 50er")."""

KICKBACK_ASKED = words(
    r"(?:ask|asking|request|demand|charge)\w* (?:\w+ ){0,3}?(?:for )?(?:a |an |some )?(?:small"
    r" |little )?['\"]?(?:appreciation|sweetener|backhander|kickback|bung|consideration|thank-you"
    r"|something extra)['\"]?[^.!?;]{0,40}?\b(?:to make sure|so (?:that )?|to (?:get|guarantee"
    r"|ensure))\b[^.!?;]{0,40}?\b(?:first|ahead|top|priority|goes through|gets through|chosen)\b",
)
"""A cut asked of a buyer or a client for a turn their money should not buy ("a small
'appreciation' of 2000 AED cash to make sure his offer goes to the owner first")."""


def offers_a_bribe(text: str) -> bool:
    """Whether the ask gives the person a present in return for favouring the user over
    others, or for a yes they then cannot refuse, or asks them for a cut for such a turn."""
    return has(BRIBES, text) or has(GIFT_IF_YES, text) or has(KICKBACK_ASKED, text)
