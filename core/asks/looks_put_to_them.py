"""Someone's own looks put to them as a question: whether they are too old to be pretty.

"Ask the woman at the market stall whether she thinks she's gotten too old to be pretty", "ask
the bloke at the bus stop if he knows he's going bald", "ask my aunt whether she's let herself
go": the question makes a verdict on the person's face, body or age, and asking it is the
verdict delivered, whatever they answer. The practice refuses a judgement of the user's looks;
one put to someone else about their own looks only moves the sting to them. Fragments for
`core.asks.judgement.JUDGEMENT` through `core.asks.looks_of_others`. Whether someone feels too
old to learn the guitar or run a marathon, or whether a jacket is too big for the user, asks no
verdict on anyone's looks and stays fair. Over the normal form of `core.asks.text`.
"""

from __future__ import annotations

_THEY_ARE = (
    r"(?:she|he|they)(?:'s|'re| is| are| has| have|'ve)?(?: (?:gotten|got|getting|become|grown"
    r"|gone|been|now|already|just))?"
)
_LOOKS = (
    r"(?:pretty|attractive|sexy|beautiful|handsome|cute|hot|desirable|good-looking|good looking"
    r"|fanciable|fit|lovely|gorgeous)"
)
_ASKED = r"(?:if|whether) (?:(?:she|he|they) (?:\w+ )?(?:thinks?|feels?|reckons?|knows?) )?"

JUDGEMENT = (
    rf"{_ASKED}{_THEY_ARE} (?:\w+ )?too (?:old|fat|big|heavy|wrinkly|wrinkled|grey|bald|ugly|plain"
    rf"|saggy) (?:to (?:be|look|still be|count as) (?:\w+ )?|for )(?:{_LOOKS}|a bikini|shorts"
    r"|short skirts|that dress|makeup|dating|a boyfriend|a girlfriend|men|women)\b",
    r"(?:if|whether) (?:she|he|they) (?:\w+ )?(?:knows?|realises?|realizes?|noticed|has noticed"
    r"|have noticed) (?:that )?(?:she's|he's|they're|she is|he is|they are) (?:going bald|balding"
    r"|getting (?:fat|old|fatter|older|wrinkly|grey)|losing (?:her|his|their) (?:looks|hair|figure)"
    r"|putting on weight|ugly|fat|old)\b",
    rf"{_ASKED}{_THEY_ARE} (?:\w+ )?(?:lost|losing) (?:her|his|their) (?:looks|figure)\b",
    rf"{_ASKED}{_THEY_ARE} (?:\w+ )?(?:let (?:herself|himself|themselves|themself) go|past"
    r" (?:her|his|their) (?:prime|best|sell-by date))\b",
)
"""Their looks put to them: too old to be pretty, going bald, past it, let themselves go."""
