"""A date asked of someone the words say is under age, or whose age they excuse.

"Ask out one of the girls from the grommets class, she told me she's nearly 16", "ask the
girl who brings my grocery delivery to the pictures, she's about sixteen but very mature for
her age", "ask the Year 13 lass out for a drink, she's 18 now so it's fine": a minor, or an
age the words feel they must excuse, is never asked on a date, whoever they are. A teenager
asking out someone their own age ("I'm 16 too", "the boy in my year") is not this, nor the
user's own nephew asked to the cinema (family, `core.asks.decide`). In other tongues too: "convidar
a minha explicanda de 16 anos para um café, ela é muito madura para a idade" (Portuguese: a
tutee of 16, "mature for her age"); and an age gap excused, "aunque tiene 18 y yo 40" (Spanish:
though she's 18 and I'm 40), "even though she's 19 and I'm 45". Over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

from core.asks import advances, affection
from core.asks.dates_across_tongues import DATE_ABROAD
from core.asks.not_free_to_date import DATE_OUTING
from core.asks.text import has, words

_AGE = r"(?:1[0-7]|thirteen|fourteen|fifteen|sixteen|seventeen)"
_YOUNG = words(
    rf"(?:she's|he's|she is|he is|they're|they are) (?:only |just |nearly |almost |about |barely"
    rf" |not yet |like |maybe )?{_AGE}\b",
    rf"(?:nearly|almost|about|barely|only|just) {_AGE}\b(?! (?:minutes|hours|days|weeks|months"
    r"|miles|km|quid|dollars|euros|pounds))",
    rf"{_AGE}[- ]?(?:yo|y/o|year[- ]old|years? old)",
    r"mature for (?:her|his|their) age|(?:she's|he's|she is|he is|they're) (?:18|eighteen|legal"
    r"|of age|old enough) now|just turned (?:18|eighteen|16|sixteen)",
    r"year (?:9|10|11|12|13) (?:lass|girl|boy|lad|student|pupil|kid)s?|sixth[- ]formers?"
    r"|schoolgirls?|schoolboys?|high ?school (?:girl|boy|student|kid)s?|grommets?",
    r"(?:de|com|tem|con|tiene|ha|di) (?:1[0-7]) (?:anos|años|anni)\b|madur[oa] para (?:a |su |la )?"
    r"(?:idade|edad)|matur[oa] per la sua et[aà]",
    r"(?:aunque|pero|aunque solo|though|even though) (?:tiene|she's|he's|she is|he is)"
    r" (?:solo |only |just )?(?:1[6-9]|eighteen|nineteen|dieciocho)\b(?: \w+){0,2}"
    r" (?:y yo|and i'm|and i am) (?:[3-9][0-9])\b",
)
"""Someone the words say is under age or at school, or whose age they excuse."""
_PEERS = words(
    r"(?:i'm|i am|we're|we are|we're both|i'm also|we are both) (?:only |just |both |also )?"
    r"(?:1[0-9]|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b",
    r"(?:in|from) my (?:year|class|form|grade|school)\b|(?:same|my) age\b",
)
"""The user, their own age said, asking someone their own age."""


def dates_the_under_age(text: str) -> bool:
    """Whether a date or an outing as one is asked of someone the words say is under age, or
    whose age they excuse, by a user who does not say they are the same age."""
    if not has(_YOUNG, text) or has(_PEERS, text):
        return False
    return any(
        has(p, text) for p in (affection.ROMANCE, advances.ADVANCES, DATE_OUTING, DATE_ABROAD)
    )
