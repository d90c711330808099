"""A massage asked by first name at the end of the user's own hard day: a partner's comfort.

"Ask Nico for a foot massage after rehearsal, my feet are destroyed", "ask Sam for a massage
after my double shift, my shoulders are cooked", "ask Njoroge to rub my feet tonight after
marking 90 exam books", "ask Dan for a back massage for once": the person is called only by a
first name, and a massage is refused of anyone the check does not know to be a partner or
close family (`core.asks.named_hugs`). Asked for the user's own sore feet or shoulders, after
their own shift, tonight, or "for once" (the user gives them, and asks one back), the one asked
is the person the user comes home to: `core.asks.spouses` reads them as the user's partner.
Only a massage or a rub given to the user is read, never one the user offers to give ("if I
can give her a shoulder massage, she looked tense"); and not when the words place the person
at work, in a class or an app (`core.asks.welcomed_touch`), make it a standing order ("every
shift from now on"), or concede they do not like it ("even though she's not a hugger").
Fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

_PARTS = r"(?:feet|foot|back|shoulders?|neck|legs?|calves|arms?|hands?|head|scalp|temples)"
_RUB_FOR_ME = words(
    rf"(?:for|give me|get) (?:a |an |one )?(?:(?:long|good|proper|quick|little|wee|decent"
    rf"|real) )?(?:{_PARTS} )?(?:massage|rub)s?",
    rf"(?:to|if (?:he|she|they) (?:can|could|would|will|'d|'ll)) (?:rub|massage) my {_PARTS}",
)
"""A massage or a rub the user is given ("for a foot massage", "to rub my feet")."""
_END_OF_MY_DAY = words(
    r"after (?:my |a |the |this |these |another )?(?:[\w-]+ ){0,3}?(?:shifts?|rehearsals?|days?"
    r"|weeks?|marking|practice|training|gigs?|service|runs?|hikes?|exams?|lectures?|hours"
    r"|standing|deadlines?)\b",
    rf"my {_PARTS} (?:are|is|'re|'s|feel|feels) (?:\w+ )?(?:destroyed|cooked|killing me|dead"
    r"|sore|aching|achy|wrecked|done|in bits|knackered|shot|stiff|tight|broken|finished|on fire)",
    r"tonight|for once|(?:when|once|after) (?:he|she|they) (?:gets?|comes?) (?:back )?(?:home|in)",
)
"""The user's own day done ("after my double shift", "my feet are destroyed"), or the time and
place they share ("tonight", "for once", "when he gets home")."""
_NOT_AT_HOME = words(
    r"every (?:\w+ )?(?:shift|day|time|morning|week)|from now on|even (?:though|if)|at lunch"
    r"|new|tourist|customer|client|guest|patient|stranger|random|(?:doesn't|does not|don't|won't"
    r"|isn't|is not) (?:really )?(?:like|want|a hugger)",
)
"""A standing order, a no conceded before it is asked, or someone placed outside the home."""


def comforts_me_at_home(text: str) -> bool:
    """Whether a massage is asked for the user at the end of their own day (see the module)."""
    if not has(_RUB_FOR_ME, text) or has(_NOT_AT_HOME, text):
        return False
    return has(_END_OF_MY_DAY, text)
