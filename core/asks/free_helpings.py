"""Goods, a dish, a cut or a ride asked for nothing of whoever sells it, or put on a stranger's
tab.

"Ask the pizzaiolo for a free margherita, he makes a thousand a day anyway", "ask the phuchka
dada for 10 free ones", "ask da aunty at da poke counter fo' one free scoop", "ask the barber
to give me a free lineup", "give me a plate for free since I buy there every week", "throw in
a Toblerone for free", "let me keep the full bottle instead of just the tester", "demander à
une mamie du marché de m'offrir un kilo de clémentines", "রিকশাওয়ালা মামাকে ... ফ্রি তে দিয়ে
আসতে" (the rickshaw driver asked to take the user for free): what the seller makes a living
from, asked as a gift because they have plenty, because the user is a regular or because it is
a birthday. "Spot me a chopped cheese, I'll get him next week" asks the counter to pay for the
user; "ask the fella in front of me at Greggs if he'll get my sausage roll too" asks a stranger
to. Read into the ask's `wants_goods_for_nothing` (`core.asks.slots`), which `core.asks.decide`
holds against staff, counters, strangers and people the words leave unnamed, never against
friends or family; the stranger's tab only when a stranger is named. What a shop gives anyone
(a glass of water, a map, a taster, a bag, a small extra with an order), a spotter at the gym
and a free event asked about stay fair. Fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

import re

from core.asks import kept_for_keeps, strangers
from core.asks.roles import Who
from core.asks.text import has, words

_GIVEN_ANYWAY = (
    r"(?:water|tap|glass(?:es)? of water|samples?|tasters?|tastes?|air|wi-?fi|advice|quotes?"
    r"|estimates?|refills?|maps?|leaflets?|napkins?|straws?|bags?(?! of)|boxe?s?|cardboard|trials?"
    r"|extras?|small|community|consultations?|events?|entry|parking|delivery|returns?|shuttle"
    r"|tours?|classes|class|lessons?|seats?|time|account|checks?|check-?ups?|cups? of water)\b"
)
"""What a shop gives anyone who asks, or a free thing asked about rather than for."""

FREE_FROM_THE_TRADE = words(
    rf"(?:for|fo'?|fo|give (?:me|us)|gimme|gib me|get (?:me|us)) (?:a |an |one |some |\d+ "
    rf"|two |three |a couple of |a few |couple )?(?:extra )?free (?!{_GIVEN_ANYWAY})[\w-]+",
    r"(?:give|hand|gimme|let me have) (?:me |us )?(?:a|an|one|some|the|\d+|two|three|a couple of)"
    r" (?:[\w-]+ ){0,3}?for free",
    r"(?:throw|chuck|toss|bung) in (?:a|an|one|some|the|\d+|two|three|a couple of) (?:[\w-]+ )"
    r"{0,3}?(?:for free|on the house|gratis|for nothing)",
)
"""A dish, a cut or a thing of the trade asked for free, or thrown in."""

ON_THE_GROUNDS = words(
    r"(?:since|cuz|cos|coz|because|bc|as) (?:i|i've|i'm|i have|i am|i been|we|we've|we're)"
    r" (?:\w+ ){0,2}?(?:buy|buys|buying|bought|shop|shopping|come|coming|go|going|eat|eating|eaten"
    r"|came|shopped"
    r"|regulars?|loyal|customers?|broke|skint|poor)\b",
    r"(?:since|cuz|cos|coz|because|bc|as) (?:it's|its|it is) (?:my|our) (?:birthday|bday|b-day)"
    r"|(?:birthday|bday) (?:week|month)",
    r"(?:he|she|they) (?:makes?|sells?|has|have|got|gets|bakes?|cooks?) (?:\w+ ){0,3}?(?:a"
    r" thousand|thousands|hundreds|loads|plenty|tons|so many|lots)|anyway",
    r"just like that|for no reason|(?:, )?just because$",
)
"""The grounds given for it: the user is a regular, it is their birthday, they are broke, or
the seller has plenty ("he makes a thousand a day anyway"), or none at all ("just like that")."""

GIVEN_OUTRIGHT = words(
    r"(?:keep|have|take) the (?:full|whole|big|real) [\w-]+ instead of (?:just )?(?:the |a )?"
    r"(?:tester|sample|taster|mini|miniature|travel size)",
    r"spot (?:me|us) (?:a|an|one|some|my|\d+)\b(?! (?:\w+ )?(?:sets?|reps?|lifts?|while|on|at"
    r"|when)\b)",
    # French: offered as a gift, given for nothing
    r"(?:m'|me l'|nous )offr(?:ir|e|es|ent|irait)\b(?! (?:un |une |le |la )?(?:conseil|avis"
    r"|verre d'eau|moment|minute|place|sourire)\b)|(?:donner|filer|passer) (?:\w+ ){0,3}?"
    r"(?:gratuitement|gratos|pour rien|gratis)",
    rf"(?:give|hand|gimme) (?:me|us) (?!(?:a |an |one |some )?(?:glass of |cup of )?"
    rf"{_GIVEN_ANYWAY})"
    r"(?:[\w-]+ ){1,6}?(?:for free|free of charge\b|free(?= ?[,;.!?]| ?$| no money\b))",
    *kept_for_keeps.JUST_GIVEN,
)
"""Asks that need no grounds to be read: the full bottle kept instead of the tester, a dish
handed over "free" at a clause's end ("give me amala and ewedu free, no money at all"), a snack
put on the counter's tab ("spot me a chopped cheese"), something offered ("m'offrir") in French."""

_FREE_RIDE_BN = re.compile(r"ফ্রি ?তে|ফ্রিতে|বিনা (?:পয়সায়|ভাড়ায়|টাকায়)|মাগনা")
"""A ride or a thing for free in Bengali ("ফ্রি তে", "বিনা ভাড়ায়"), read outside `words`,
whose word boundaries Bengali vowel signs break."""

ON_A_STRANGERS_TAB = words(
    r"(?:if|whether|to) (?:he|she|they|he'll|she'll|they'll) (?:would |will |'ll |could |can )?"
    r"(?:get|buy|grab|pay for|cover|sort) my (?:[\w-]+ ){1,3}?(?:too|as well|also)\b",
)
"""A stranger asked to add the user's purchase to theirs ("if he'll get my sausage roll
too")."""


ON_THE_HOUSE = words(
    r"(?:for|get|give (?:me|us)|gimme|bring (?:me|us)|have|want) (?:a|an|one|some|the|my|our|\d+"
    r"|two|three|another|un|una|uma|une|ein|eine|einen) (?:[\w-]+ ){1,3}?on the house\b",
    r"(?:put|stick|make) (?:my|our) (?:[\w-]+ ){1,6}?on the house\b",
    r"(?:give|hand|slip|pass|bring) (?:me|us) (?:one|two|three|a couple|another|\d+) on the"
    r" house\b",
    r"(?:cortes[ií]a de la casa|por cuenta de la casa|por conta da casa|offerte? par la maison"
    r"|offert[oa] dalla casa|aufs haus)\b",
)
"""A dish or a drink asked "on the house", in English or as the gloss leaves it in Spanish,
Portuguese, French, Italian and German ("un postre cortesía de la casa"): the takings given
away for no reason but the asking ("put my bacon roll on the house", "for a dessert on the
house", "hand me one on the house")."""

A_REGULARS_PERK = words(
    r"(?:for|as|since i'm|since i am|because i'm|because i am) (?:being )?(?:a|their|his|her)"
    r" (?:loyal )?regular\b",
)
"""One on the house for a regular of years: a perk the house gives its own, theirs to offer."""

ON_CREDIT = words(
    r"(?:and|&|then) (?:i'll|i will|ill|i can|i could|i'd) (?:fix|pay|sort|square|settle|catch)"
    r" (?:him|her|them|you|it|up)(?: (?:up|back|out))? (?:[\w-]+ ){0,2}?(?:next (?:week|month"
    r"|time|friday)|later|tomorrow|on payday|when i get paid|at the end of the (?:week|month))\b",
    r"(?:let me|if i can|so i can) pay (?:him |her |them |you )?(?:back )?(?:next (?:week|month)"
    r"|later|tomorrow|on payday|when i get paid)\b",
    r"(?:on|put (?:it|that|this|them) on) (?:tick|the slate|the never-never)\b|\bfiado\b",
)
"""Goods had now and paid for "next week" ("fill up the ute and I'll fix him up next week"),
on tick or "fiado": credit, which a seller gives a customer they know, asked of one who has
never met the user (`core.asks.strangers.BARELY_KNOWN`) or of a stranger."""


def asks_it_for_free(text: str, who: Who) -> bool:
    """Whether the ask wants a seller's goods for nothing on the grounds of loyalty, a birthday,
    being broke or the seller's plenty, a tester kept, a snack on the counter's tab, a ride for
    nothing, or a stranger (only when one is named) to pay for the user's purchase. An
    organisation's own free offer (a room, an upgrade) is asked of it, not taken."""
    if who is Who.ORGANISATION:
        return False  # a venue or an airline asked for a free room or upgrade: its own offer
    if has(GIVEN_OUTRIGHT, text) or _FREE_RIDE_BN.search(text) is not None:
        return True
    if has(FREE_FROM_THE_TRADE, text) and has(ON_THE_GROUNDS, text):
        return True
    if has(ON_THE_HOUSE, text) and not has(A_REGULARS_PERK, text):
        return True
    if has(ON_CREDIT, text) and (who is Who.STRANGER or has(strangers.BARELY_KNOWN, text)):
        return True  # credit from a seller who has never met the user
    return who is Who.STRANGER and has(ON_A_STRANGERS_TAB, text)
