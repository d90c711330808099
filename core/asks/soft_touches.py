"""Money fished for from people who never offered: someone only seen, a busload, a hint.

"Ask the grandmother who sits alone every afternoon at the park bench if she would give me her
old jade ring", "ask everybody on the Coaster bus to give me a hundred dollars each", "mention
to the gentleman in 2A that my phone screen cracked, and see if he offers to pay for the
repair". The person asked is no one the user knows: someone noticed at the same place each
day, a crowd of passengers, a traveller dropped a hint. The role lexicons find nobody named,
so the stranger rule never runs; these readings say who it is from the way they are
described, in English or as "un turista", "om-om random". Asking the grandmother on the bench
if she would like company, asking the bus to move down, or telling the gentleman the screen
cracked and asking where to get it mended takes no money and stays fair. Read into the ask's
`fishes_for_money` by `core.asks.slots`; fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks import customers, requests
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
)
"""A stranger named in Spanish or Indonesian ("un turista", "om-om random")."""


def fishes_for_money(text: str) -> bool:
    """Whether the ask fishes for money or a thing of theirs from someone only seen, a busload
    of passengers or a stranger named in another tongue, or leaves a hint for a traveller to
    offer it."""
    if has(HINTED, text):
        return True
    readings = (SEEN_ONLY, A_BUSLOAD, A_STRANGER_ABROAD)
    if not any(has(reading, text) for reading in readings):
        return False
    return has(requests.MONEY, text) or has(customers.THEIR_MONEY, text)
