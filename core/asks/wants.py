"""What an ask asks for: money, contact, touch, a date, company, information, a favour, time.

Each want is read from its own lexicon, wherever it stands in the ask; a want is only a
problem in combination with who is asked (`core.asks.decide`), so "lend me a tenner" is
fair of a friend and not of a stranger. A text that asks only the user themself (a diary
entry, `core.asks.self_asks`) wants nothing of anyone's body, number, heart or purse: "write in
my diary about the stranger I hugged" tells of a hug, and asks none.
"""

from __future__ import annotations

from core.asks import (
    advances,
    affection,
    conduct,
    goods_felt,
    hugs_on_offer,
    judgement,
    manners,
    pets_stroked,
    requests,
    trade_visits,
)
from core.asks.ask import Want
from core.asks.asked import asks_only_myself
from core.asks.text import has, without, words

_INFORMATION = words(
    r"what|which|how|where|when|whether|why|recommend\w*|directions|advice|explain|tell me|question"
)
_FAVOUR = words(
    r"could|would|help|lend|borrow|hold|keep an eye|take a (?:photo|picture)|swap|let me|mind"
)
_TIME = words(
    r"minutes?|an hour|(?:day|afternoon|morning|evening) off|meeting|call|chat|walk|coffee"
)

_OF_OTHERS = frozenset({Want.TOUCH, Want.CONTACT, Want.ROMANCE, Want.MONEY})
"""What only someone else can give: touch, a number, a date, money."""


def wants(text: str) -> frozenset[Want]:
    found: set[Want] = set()
    unvisited = without(trade_visits.VISIT, text)
    untouched = without(goods_felt.GOODS_FELT, text)  # "touch the wax cloth": goods, no one
    untouched = without(pets_stroked.PET_STROKED, untouched)  # "stroke her dog": the dog
    untouched = without(affection.TOUCH_TRADES, untouched)  # "the massage therapist": a trade
    untouched = hugs_on_offer.without_offered_hugs(untouched)  # a "Free Hugs" stall's hug
    for want, pattern in (
        (Want.MONEY, requests.MONEY),
        (Want.MONEY, requests.PERSONAL_MONEY),
        (Want.CONTACT, requests.CONTACT),
        (Want.CONTACT, requests.CONTACT_PERSONAL),
        (Want.TOUCH, affection.TOUCH),
        (Want.ROMANCE, affection.ROMANCE),
        (Want.ROMANCE, advances.ADVANCES),
        (Want.COMPANY, manners.JOINS),
        (Want.INFORMATION, _INFORMATION),
        (Want.FAVOUR, _FAVOUR),
        (Want.TIME, _TIME),
    ):
        read = {Want.ROMANCE: unvisited, Want.TOUCH: untouched}.get(want, text)
        if has(pattern, read):
            found.add(want)
    if judgement.asks_for_judgement(text):
        found.add(Want.JUDGEMENT)
    if has(conduct.OWN_WORK, text) and not has(requests.CONTACT_PERSONAL, text):
        found.discard(Want.CONTACT)  # "post my drawing on Instagram" names a medium
    if found & _OF_OTHERS and asks_only_myself(text):
        found -= _OF_OTHERS  # a diary entry about a hug or a number asks nobody for one
    return frozenset(found)
