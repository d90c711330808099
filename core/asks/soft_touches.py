"""Money fished for from people who never offered: someone only seen, a busload, a hint.

"Ask the grandmother who sits alone every afternoon at the park bench if she would give me her
old jade ring", "ask everybody on the Coaster bus to give me a hundred dollars each", "mention
to the gentleman in 2A that my phone screen cracked, and see if he offers to pay for the
repair". The person asked is no one the user knows: someone noticed at the same place each
day, a crowd of passengers, a traveller dropped a hint. The role lexicons find nobody named,
so the stranger rule never runs; these readings say who it is from the way they are
described, in English or as "un turista", "om-om random", "jemanden in der S8", "un monsieur",
"the 아저씨", or as "other driver I don't know"; other parents only seen at pickup are asked
for cash ("one of the moms at pickup to float me $60"). Asking the grandmother on the bench
if she would like company, asking the bus to move down, telling the gentleman the screen
cracked and asking where to get it mended, asking "une dame" which cheese she recommends or
a mum at the gate to swap recipes takes no money and stays fair. Read into the ask's
`fishes_for_money` by `core.asks.slots`; fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks import customers, money_in_other_tongues, passers_by, requests, strangers_abroad
from core.asks.text import has, words

SEEN_ONLY = words(
    r"(?:the|a|an|that|this) (?:[\w-]+ ){0,2}?(?:man|woman|lady|grandmother|grandma|granny"
    r"|gentleman|guy|girl|boy|grandfather|grandpa|couple|auntie|uncle|fella|bloke) (?:who|that)"
    r" (?:\w+ ){0,2}?(?:sits|stands|walks|waits|feeds|reads|sells|jogs|passes|plays|smokes"
    r"|fishes|busks)\b[^.!?;]{0,40}?\b(?:every (?:day|morning|afternoon|evening|night|week"
    r"|sunday)|each (?:day|morning|afternoon|evening))\b",
)
"""Someone only noticed at the same place each day ("the grandmother who sits alone every
afternoon at the park bench")."""

A_BUSLOAD = words(
    r"(?:everybody|everyone|every(?:one|body) else|all the (?:\w+ )?(?:people|passengers"
    r"|strangers|commuters)|strangers|random people|passengers|commuters) (?:on|pon|in|at|inna)"
    r" (?:the|di|da|a|this|that) (?:[\w-]+ ){0,3}?(?:bus|train|tube|subway|tram|metro|coaster"
    r"|plane|flight|ferry|platform|carriage|minibus|matatu|jeepney|taxi rank)\b",
)
"""A crowd of passengers, asked one by one."""

HINTED = words(
    r"(?:see|wait|hope|find out|check) (?:if|whether|till|until) (?:he|she|they) (?:\w+ )?offers?"
    r" to (?:pay|cover|buy|chip in|foot|treat|fix|replace)\b",
    r"drop (?:a |some )?(?:big |little |few )?hints?\b[^.!?;]{0,40}?\b(?:pay|money|cover|buy"
    r"|treat|lend)\b",
)
"""A hint left for the person to offer the money themselves ("see if he offers to pay")."""


A_STRANGER_ABROAD = words(
    r"(?:un|una|a) (?:turista|desconocid[oa]|extrañ[oa]|extranjer[oa])|(?:om-om|tante-tante|orang)"
    r" (?:random|asing|gak dikenal)|orang asing",
    r"jemande?[nm]?|quelqu'un|une? (?:inconnue?|monsieur|dame|madame)|아저씨|아줌마|ah?juss?hi"
    r"|ah?jumm?a|(?:office|sarkari|government) babus?|farangs?",
    *money_in_other_tongues.STRANGERS,
)
"""A stranger named in Spanish, Indonesian, German, French or Korean ("un turista", "om-om
random", "jemanden", "un monsieur", "the 아저씨"), or as the passing foreigner or office clerk
("farang", "the office babus")."""

UNKNOWN_TO_ME = words(
    r"(?:other|another|a|an|some|the|one) (?:[\w-]+ )?(?:driver|trucker|guy|man|woman|lady|bloke"
    r"|person|parent|mum|mom|dad|passenger|traveller|tourist|lad|girl|boy|fella|couple|family"
    r"|student|biker|cyclist|runner|hiker|camper)s? (?:i|we) (?:don't|do not|didn't|did not"
    r"|have never|haven't|never) (?:even |really |actually )?(?:know|met|seen|spoken to)\b",
)
"""Someone the user says they do not know ("other driver I don't know", "a driver I never
met")."""

AT_THE_SCHOOL_GATE = words(
    r"(?:one|some|any|a couple|two|a few) of the (?:other )?(?:moms|mums|mamas|mamás|dads|parents"
    r"|mothers|fathers|nannies|grandparents) (?:at|from|in|on) (?:the )?(?:school )?(?:pick-?ups?"
    r"|drop-?offs?|school gates?|gates?|school run|playground|nursery|daycare|creche|crèche"
    r"|swim(?:ming)? lessons?|parque|park)\b",
)
"""Other parents the user only sees at pickup or in the park ("one of the moms at pickup"):
asked for a recipe swap they are neighbours of a kind, asked to float the user cash they are
someone only seen."""

AT_AN_OCCASION = words(
    r"(?:at|during|after) (?:the |a |my |our )?(?:[\w-]+ )?(?:graduation|convocation|prize-?giving"
    r"|ceremony|tournament|match|game|gala|concert|recital|parade)\b[^.!?;]{0,40}?\b(?:ask|get)"
    r" (?:the|all the|some of the|a few of the) (?:[\w'-]+ ){0,2}?(?:parents|families|guests"
    r"|spectators|fans|grandparents|crowd|visitors)\b",
)
"""The crowd at someone else's occasion ("at graduation ask the proud parents", "at the
tournament ask the other team's parents"): families and guests there for their own, asked for
money while the day makes a no hard; asked to take a photo or to clap, they are asked nothing
that costs them."""


def fishes_for_money(text: str) -> bool:
    """Whether the ask fishes for money or a thing of theirs from someone only seen, a busload
    of passengers, the families at someone else's graduation or match, or a stranger named in
    another tongue, or leaves a hint for a traveller to offer it."""
    if has(HINTED, text) or strangers_abroad.money_asked_abroad(text):
        return True
    in_passing = has(passers_by.MONEY_IN_PASSING, text) or has(requests.MONEY, text)
    if has(passers_by.PASSERS_BY, text) and in_passing:
        return True  # "random gym guy buys my shake"
    readings = (SEEN_ONLY, A_BUSLOAD, A_STRANGER_ABROAD, UNKNOWN_TO_ME, AT_AN_OCCASION)
    if has(AT_THE_SCHOOL_GATE, text):
        return has(requests.CASH, text) or has(customers.THEIR_MONEY, text)
    if not any(has(reading, text) for reading in readings):
        return False
    return has(requests.MONEY, text) or has(customers.THEIR_MONEY, text)
