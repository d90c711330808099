"""Tea money, in words: an official paid a little, or asked to look away while a rule is broken.

"Ask the municipal guard to look away while I sell in the restricted zone, a few dollars for
his tea", "slip the traffic cop some naira for his lunch so he lets me go", "ask the council
officer to turn a blind eye while I park in the no-parking bay": money for an official's tea,
chai or lunch, which is what a bribe is called where bribes are common ("kitu kidogo", "chai
pani"), or an official asked to look away while the user does what the rule forbids (a
restricted zone, a no-parking bay, a stall with no permit). Both are illegal whoever is
asked, so they join `core.asks.danger.UNSAFE`; `core.asks.bribes` reads gifts given for a turn
ahead. A tip to a car guard or a porter, a tea bought for the warden as thanks, or an officer
asked where selling is allowed stays fair: each shape needs an official with the money for
their tea, or with the look away and the rule broken. Fragments over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

_OFFICIAL = (
    r"(?:police\w*|cops?|officers?|inspectors?|wardens?|customs|immigration|officials?"
    r"|municipal \w+|council \w+|county \w+|city (?:guard|inspector|officer|enforcer)s?|kanjo"
    r"|checkpoint|clerks?|gendarmes?|soldiers?|traffic \w+|enforcement \w+|enforcers?|bailiffs?"
    r"|tax ?(?:man|men|officer)|policía|policia|guardia|tránsito|transito|barangay \w+|tanod)"
)
"""Someone whose job is the rule: police, a warden, an inspector, the municipal guard."""
_CURRENCY = (
    r"(?:dollars|bucks|shillings|bob|naira|cedis|rupees|pesos|rand|kwacha|birr|dirhams|euros"
    r"|dinars|taka|rupiah|ringgit|baht|soles|reais|francs|notes|cash|money|coins|change)"
)
_TEA = r"(?:tea|chai|coffee|soda|cold drink|drink|beer|lunch|breakfast|airtime|fuel|pocket)"
_TEA_MONEY = (
    rf"(?:(?:a few|some|small|a little|a couple of|\d+|ten|twenty|fifty|a hundred) )?(?:\w+ )?"
    rf"{_CURRENCY} (?:for|to buy|towards) (?:his|her|their|the|a|some) (?:\w+ )?{_TEA}\b"
    r"|chai[- ]?pani|kitu kidogo|tea money|(?:something|a little something|small something) for"
    rf" (?:his|her|their|the) {_TEA}\b"
)
"""Money for the official's tea, lunch or drink: a bribe by its everyday name."""
_PAID_OFFICIAL = (
    rf"{_OFFICIAL}\b[^!?]{{0,120}}\b(?:{_TEA_MONEY})",
    rf"(?:{_TEA_MONEY})[^!?]{{0,120}}\b{_OFFICIAL}\b",
)

_LOOK_AWAY = (
    r"(?:(?:look|looks|looking) away|look the other way|turn (?:a|the) blind eye|pretend (?:not"
    r" to see|he didn't see|she didn't see|they didn't see)|not (?:to )?(?:see|notice)|let it"
    r" slide)"
)
_BREACH = (
    r"(?:restricted|no[- ]?(?:parking|stopping|vending|hawking|trading|fishing|entry)|not allowed"
    r"|illegal\w*|banned|prohibited|unlicen[cs]ed|off[- ]limits|without (?:a |my |any )?(?:permit"
    r"|licen[cs]e|licence|pass)|no (?:permit|licen[cs]e))"
)
_LOOKED_AWAY = (
    rf"{_OFFICIAL}\b[^.!?]{{0,60}}\b{_LOOK_AWAY}\b[^.!?]{{0,20}}\b(?:while|when|as|so|and let)"
    rf" (?:i|we)\b[^.!?]{{0,60}}\b{_BREACH}",
)
"""An official asked to look away while the user breaks the rule they are there for."""

PATTERNS = (*_PAID_OFFICIAL, *_LOOKED_AWAY)
"""Each official with the money or the look away; `core.asks.danger.UNSAFE` joins them."""
