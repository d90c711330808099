"""Kind things asked of someone the user holds power over, which a no costs them nothing.

Asking a patient how her knee feels after the session, asking the intern whether she would
like a reference, offering an assistant the lead on the next job and letting her say no, or
a coach collecting the trip's consent forms: the user's power is there, but what is asked is
after the person's own good, a chance they may take or leave, or the paperwork the role
itself needs. `core.asks.decide` reads them as fair only when nothing else is asked (no
money, favour, date or secret). It matches the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks import role_questions
from core.asks.text import has, without, words

_THEY = r"(?:she|he|they)"

ASKS_AFTER = words(
    r"how (?:his|her|their) (?:[\w-]+ ){1,2}(?:is|are|'s|'re) (?:feeling|healing|doing"
    r"|holding up|recovering|coping)",
    rf"how {_THEY}(?:'s|'re| is| are) (?:feeling|doing|healing|recovering) (?:after|since)",
)
"""Asking after someone's body or state since a session ("how her knee is feeling")."""

_CHANCE = (
    r"(?:lead|run|head|chair|present|take the lead on|take on|manage|have a go at|try) (?:the"
    r" |a |an |our |my )?(?:next |new |first |small |big |\w+ ){0,2}"
    r"(?:wedding|event|project|meeting|session|class|workshop|job|shift|team|pitch|talk"
    r"|presentation|launch|shoot|tour|show|service|sale|client|account|case|training|warm-up"
    r"|warmup|drill|practice|rehearsal)s?"
)
"""A piece of the user's work offered as a chance to grow ("to lead the next wedding")."""

_FOR_THEM = (
    r"(?:a |an )?(?:reference|references|recommendation|referral|reference letter|letter of"
    r" recommendation|promotion|raise|pay rise|mentor\w*|training course|course|day off"
    r"|the day off|the lead)"
)
"""Something for the person's own good the user can give ("a reference from me")."""

CHANCE_OFFERED = words(
    rf"(?:if|whether) {_THEY}(?:'d| would|'d really| might) (?:like|love|want|be up for|fancy)"
    rf" (?:to )?{_CHANCE}",
    rf"(?:if|whether) {_THEY} (?:wants?|would like|'d like|needs?) {_FOR_THEM}\b",
)
"""An opportunity offered as a question the person may answer no to."""

PAPERWORK = words(
    r"(?:give|hand|bring|return|send|pass) (?:me |in |back |over )?(?:\w+ ){0,2}?(?:their|the"
    r"|his|her) (?:signed |completed |filled-in )?(?:consent|permission|medical|registration"
    r"|enrolment|enrollment|emergency contact|kit|trip) (?:forms?|slips?)",
    r"(?:hand|turn|give) in (?:their|the|his|her) (?:homework|assignments?|timesheets?|essays?)",
    r"(?<!my )(?<!my own )(?:essays?|homework|assignments?|coursework|lab reports?|worksheets?"
    r"|timesheets?)\b(?:(?!\b(?:my|me|mine|i)\b)[^.!?]){0,60}?\b(?:hand|turn|give|submit) (?:it"
    r"|them) in\b(?!(?: \w+){0,3} (?:for me|(?:at|to) my (?:house|home|flat|place)))",
)
"""The paperwork the user's role itself collects ("give me their consent forms for the
trip", "the essay deadline is friday ... hand it in on paper"), asked of the people that role
is responsible for."""


def collects_paperwork(text: str) -> bool:
    """The role's own paperwork, or a landlord's rent due asked plainly
    (`core.asks.role_questions.RENT_DUE`) with nothing pressed on the tenant."""
    if has(PAPERWORK, text):
        return True
    return has(role_questions.RENT_DUE, text) and not has(role_questions.PRESSED, text)


def without_paperwork(text: str) -> str:
    """The text with the role's paperwork and the rent due blanked out: no money asked."""
    return without(role_questions.RENT_DUE, without(PAPERWORK, text))


STRINGS_ATTACHED = words(
    r"as long as|so long as|provided|in return|in exchange|only if|on condition|but only"
    r"|if (?:she|he|they) (?:\w+ )?(?:keeps?|stays?|covers?|does|drops?|signs?|works?"
    r"|agrees?|sleeps?|goes?|comes?|dates?|lets?|helps?|gives?|pays?)\b",
    r"keeps? (?:quiet|it quiet|mum|schtum|it secret|it to (?:herself|himself|themselves))",
)
"""A condition that turns the chance into a trade ("a reference if she keeps quiet")."""


def offers_a_chance(text: str) -> bool:
    """A chance offered for the person to take or leave, with no strings attached."""
    return has(CHANCE_OFFERED, text) and not has(STRINGS_ATTACHED, text)
