"""Someone in hard times, in words, beyond `core.asks.conduct.VULNERABLE`: the days after a
death, a state the user means to use, a relative who relies on the user for their money; and
what is taken from them, a debt called in or a loan asked.

"Call my brother the week of his wife's funeral and ask for the loan, he's softer right now",
"ask my elderly aunt, who relies on me to do her banking, to sign her car over to me", "at the
wake, ask the widow to settle her late husband's tab": each asks where a no is hardest to give.
`core.asks.slots` reads these beside `VULNERABLE` and the things taken, so offering such a
person help, or visiting them, stays fair. Fragments over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import words

_RELIES_ON_ME = r"(?:relies|rely|depends|depend) on (?:me|us)"
"""Someone who leans on the user: said of a relative in their care."""

IN_HARD_TIMES = words(
    r"(?:the )?(?:week|weekend|days?|morning|night|evening|month) (?:of|after) (?:his|her|their"
    r"|the) (?:\w+'s )?(?:\w+ )?(?:funeral|burial|death|passing|diagnosis|miscarriage|stroke)",
    r"(?:he's|she's|they're|he is|she is|they are) (?:\w+ )?(?:softer|weaker|more vulnerable"
    r"|more emotional|easier to (?:persuade|convince|talk round)|not thinking straight|in no"
    r" state)\b",
    r"(?:relies|rely|depends|depend|counts|count|leans|lean) on (?:me|us) (?:to (?:do|handle"
    r"|manage|sort|pay|run|look after)|for) (?:\w+ ){0,2}(?:banking|bank|finances|money|bills"
    r"|accounts|paperwork|pension|benefits)\b",
    r"(?:his|her|their) (?:\w+ )?(?:dad|mum|mom|father|mother|husband|wife|partner|son|daughter"
    r"|child|baby|brother|sister|gran|granny|grandma|grandad|grandpa|grandfather|grandmother)"
    r" (?:has |had )?(?:just |recently |only just |only )(?:died|passed|passed away)\b",
    r"during (?:his|her|their) (?:\w+(?:'s)? )?(?:funeral|burial|wake|memorial)",
    r"(?:can't|cannot|couldn't|won't be able to|will not be able to) (?:\w+ )?(?:refuse|say no)"
    r"\b[^.!?;]{0,20}\b(?:at (?:such|this|that|a time like)|right now|at the moment|in (?:his|her"
    r"|their) (?:state|grief|condition))",
    r"(?:who|that|whom) (?:has|have|'s got|has got|is living with|lives with|suffers from|is"
    r" suffering from|was diagnosed with|has been diagnosed with) (?:early[- ]onset |early |mild"
    r" |advanced |late[- ]stage |severe |bad |some |a bit of )?(?:dementia|alzheimer'?s"
    r"|memory loss)\b",
    r"(?:dementia|alzheimer'?s) (?:patient|sufferer)s?\b|(?:she|he|they)(?:'s| is|'re| are)"
    r" (?:getting )?(?:senile|forgetful and confused)\b",
)
"""Grief days after a death or a diagnosis, the person's own loss just now or their relative's
funeral, a softness the user counts on ("he cannot refuse at such a time"), money the person
leaves in the user's hands, or a mind that dementia clouds ("my tita who has dementia")."""

CALLED_IN = words(
    r"(?<!offer to )(?<!i'll )(?<!i will )(?<!we'll )(?:settle|pay (?:off|up|back)|clear)"
    r" (?:[\w']+ ){0,4}?(?:tab|bill|debt|debts|account|balance|invoice|arrears|loan|iou)s?\b",
    r"(?:ask|asks|asking) (?:\w+ ){0,3}?for (?:(?:the|a|that|this|some) )?(?:\w+ )?loans?\b",
    r"(?:for|have|keep|take|give me|sell me|let me have) (?:one of |some of |any of )?(?:her|his"
    r"|their) (?:late )?(?:husband|wife|partner|dad|father|mum|mom|mother|son|daughter|brother"
    r"|sister|grandad|grandma)'s (?!(?:funeral|service|memory|name|favourite (?:song|hymn))\b)"
    r"[\w-]+",
)
"""A debt called in or a loan asked, or the things of the one they lost ("the widow for her
husband's watch"): taken from someone in hard times; the user offering to settle it ("offer to
settle her tab") is a kindness and not read."""

RELIED_ON_BY_KIN = words(
    r"(?:my|our) (?:\w+ )?(?:gran|granny|grandma|grandmother|grandad|grandfather|grandpa|nan|nana"
    r"|mum|mom|mother|dad|father|aunt|auntie|aunty|uncle|parents?|grandparents?|lola|lolo"
    rf"|abuela|abuelo|nonna|nonno|oma|opa),? (?:who|that) {_RELIES_ON_ME} (?:for|to)\b",
)
"""An older relative the user cares for ("my gran, who relies on me for her shopping"): family
leaning on the user, whom a kind ask may still go to."""
TAUGHT_BY_THEM = words(
    r"(?:teach|show) (?:me|us) (?:how|her|his|their|the|to|a|an|some)\b"
    r"|(?:pass|hand) (?:on|down) (?:her|his|their) (?:\w+ )?(?:recipe|recipes|skills?|secrets?)",
)
"""The relative asked to teach the user what they know: their knowledge honoured, nothing
taken from them."""
CARE_CLAUSE = words(
    rf"(?:who|that) {_RELIES_ON_ME} (?:for|to) [^,.;]{{0,40}}",
)
"""The clause saying what the relative relies on the user for: said of them, not asked."""
