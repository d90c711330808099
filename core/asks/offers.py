"""What the user offers in return, in words the request lexicons read as something asked.

"Would their teenager like to mow my lawn every other Saturday for $25": the sum is a wage
the user pays, not cash asked of a stranger. "Offer to watch her shop when she goes to
church": when she is away is when the user's help is offered, not her movements asked so
the user can find her alone. The slots read money and contact on the text with these
offers blanked out; an ask for money or a schedule elsewhere in the words still counts.
It matches the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks import given_freely, payments, walk_ins
from core.asks.text import has, words

_WORK = (
    r"(?:mow|mowing|walk|walking|wash|washing|clean|cleaning|babysit\w*|tutor\w*|paint\w*|rake"
    r"|raking|shovel\w*|weed|weeding|water|watering|feed|feeding|tidy|tidying|help|helping|cut"
    r"|cutting|teach|teaching|fix|fixing|move|moving|deliver\w*|house-?sit\w*|pet-?sit\w*|carry"
    r"|carrying|trim|trimming|sweep|sweeping|cook|cooking|translate|translating|proofread\w*"
    r"|design\w*|edit|editing)"
)
"""Work someone is paid to do."""
_SUM = (
    rf"(?:{payments.SUM}|\d+ (?:dollars|euros|pounds|bucks|quid|rupees|pesos|rand|naira)"
    rf"|{payments.WORDED_SUM})"
)
_NOT_A_HANDOUT = r"(?:(?!lend|give|spare|donate|send|loan|borrow|me\b)[\w'-]+ ){0,8}?"
"""Words between the work and its wage that ask for nothing ("my lawn every other Saturday")."""

_WAGE = (
    rf"(?:to|would like to|want to|wants to|could|can) {_WORK} {_NOT_A_HANDOUT}for {_SUM}",
    rf"(?:i'll|i will|i'd|i would|and) (?:pay|give) (?:them|him|her|you) {_SUM}",
    rf"(?:offer|offering) (?:them |him |her |you )?{_SUM}",
    rf"(?:earn|make) (?:some |a bit of |a little |extra |some extra )?(?:money|cash|pocket money)"
    rf" (?:by )?{_WORK}|(?:get|be|getting|being) paid (?:to|for) {_WORK}",
)
WAGE = words(*_WAGE)
"""A wage the user pays for work ("to mow my lawn every other Saturday for $25")."""
YOUNG_NEIGHBOUR = words(
    r"teen\w*|adolescents?|(?:1[3-7]|thirteen|fourteen|fifteen|sixteen|seventeen)[- ]?(?:yo|y/o"
    r"|years?[- ]old)s?|next door|neighbou?r'?s'? (?:\w+ )?(?:son|daughter|boy|girl|lad|lass|kid"
    r"|child)|(?:their|the family's) (?:\w+ )?(?:son|daughter|boy|girl|kid|child)"
)
"""A teenager, or the child of a household the user knows (next door, the neighbours')."""

GIFT = words(
    r"(?:free|complimentary) (?:\w+ ){0,2}(?:lessons?|tutoring|coaching|classes|sessions?|help)"
    r" (?:for|to|with)",
    r"offer(?:ing)? (?:to )?(?:\w+ )?(?:teach|tutor|coach|help|show) (?:\w+ ){0,3}(?:for free"
    r"|free of charge|at no cost)",
)
"""The user's own teaching given for nothing ("free chess lessons for the neighbour's son")."""

OFFERED = words(
    *_WAGE,
    rf"(?:combo|bundle|joint|package|meal|two-for-one) (?:deal|offer|special|price)s?,?"
    rf" (?:[\w'-]+ ){{0,5}}?for {_SUM}",
    r"offer(?:ing)? to (?:watch|mind|cover|look after|keep an eye on|open|run|help (?:out )?"
    r"(?:in|at|with)) (?:\w+ ){0,3}?(?:when|while|whenever) (?:she|he|they)(?:'s|'re)?"
    r" (?:\w+ ){0,2}?(?:goes|go|is|are|away|out|off|leaves?|at|takes?|has)\b",
    *given_freely.NUMBER_GIVEN,
    *walk_ins.OWN_WORK,
    rf"(?:if|whether) (?:i|we) (?:can|could|might) {_WORK} (?:their|his|her|the) {_NOT_A_HANDOUT}"
    r"for (?:some )?(?:money|cash|pay|a fee|a small fee|pocket money)\b",
)
"""A wage the user pays for work, or is paid for work the user offers to do ("if I can mow
his lawn for money this summer"), help offered for when the person is away, or the price of
a deal the user offers customers with another seller ("a combo deal, dog plus drink for $7"),
a line the person gave the user themselves (`core.asks.given_freely`), and the user's own
work offered for nothing (`core.asks.walk_ins`)."""


def hires_a_young_neighbour(text: str) -> bool:
    """Paid work offered to a teenager or to the neighbours' child ("ask if their teenager
    would like to mow my lawn for $25"), or the user's own lessons given them for free: a
    job or a gift they may take or leave, not something a child cannot refuse an adult.
    Unpaid work asked of them is still power."""
    return (has(WAGE, text) or has(GIFT, text)) and has(YOUNG_NEIGHBOUR, text)
