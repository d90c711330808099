"""What the words say of how the user knows the person asked: readings that change who it is.

`core.asks.asked` finds the asked person by the first role word after the asking verb. These
readings correct it where the words around that role word say more, so the rules stop
misreading fair asks and catch unfair ones:

- "the neighbour's little boy", "the lady upstairs's kids": a child, not the neighbour whose
  name comes first;
- "a guy I met at the association meeting", "met a woman at choir": someone the user has met
  where people gather, an acquaintance;
- "the bloke I share a locker bay with": someone the user shares a place with, known to them;
- "the fella I chat to at the match every week": someone the user talks to week on week;
- "the fella from the field day ... gave me his card and said any time": someone who invited
  the user to get in touch, no stranger.

Parents in familiar words, "our landlord" and the office asked to send someone are read by the
role lexicons themselves (`core.asks.known_people`, `core.asks.asked`).
"""

from __future__ import annotations

import re

from core.asks.asked import Asked
from core.asks.given_freely import INVITED
from core.asks.roles import Who

_CHILD_OF = re.compile(
    r"\b(?:the|a|my|our|that|this) [\w-]+(?: [\w-]+){0,2}?(?:'s|s') (?:(?:little|young|baby|small"
    r"|youngest|eldest|oldest|younger|older) )?(?:kids?|child|children|toddlers?|little (?:boy"
    r"|girl|one)s?|young (?:boy|girl)s?|baby|babies|(?:boy|girl|son|daughter|lad|lass|nephew"
    r"|niece|grandson|granddaughter)s?(?=,? (?:who(?:'s| is| are)|(?:he|she)(?:'s| is)|aged?)"
    r" (?:only |just |around |about |maybe |like |barely )?(?:[1-9]|1[0-7]|five|six|seven|eight"
    r"|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen)\b))"
)
"""Someone's child, named through the grown-up first ("the neighbour's little boy")."""
_LANE_KIDS = re.compile(
    r"\b(?:the|some|those|a few) (?:gali|galli|mohalla|street|lane|colony|barrio|kampung"
    r"|estate) (?:\w+ )?(?:boys|girls|lads|kids|children|urchins|bachche|chokras?)\b"
)
"""Children by the lane they play in, in local words too ("the gali cricket boys")."""
_GATHERING = (
    r"(?:meeting|association|club|class|course|conference|event|workshop|party|wedding|church"
    r"|mosque|temple|gym|training|seminar|meetup|group|choir|society|fair|show|market day"
    r"|camp|retreat|reunion|mixer|night|session|co-?op|union|league|study|circle|fellowship)"
)
_WORK_GATHERING = (
    r"(?:meetup|meet-up|conference|workshop|seminar|networking (?:event|night|evening)|hackathon"
    r"|webinar|course|training|summit|expo)"
)
"""A gathering people go to for work or learning, whose fellow attendees are met, not only
seen ("someone from last week's meetup"): a bar's "club" or "party" is no such place."""
_SHARE_WITH = (
    r"(?:(?:who|that) )?(?:i|we) (?:share|shared|swap|split) (?:a|an|the|my|our)(?: \w+){0,3}"
    r" with\b"
)

_A_GATHERING = re.compile(rf"\b(?:{_GATHERING}|{_WORK_GATHERING})\b")
_SHARES = re.compile(_SHARE_WITH)
"""Either named at all: the patterns built per name below are compiled only when they can
match, which keeps the check fast over thousands of asks (each name is a new pattern)."""

_FELLOW_PARENT = re.compile(
    r"\b(?:a|the|one of the|another|that|this) (?:other )?(?:mum|mom|mam|dad|parent|mother"
    r"|father)s? from (?:the |my |our |[\w']+(?:'s|s') )(?:[\w'-]+ ){0,3}?(?:club|team|class|school"
    r"|nursery|kindergarten|daycare|choir|squad|troop|group|league|playgroup)\b"
)
"""A parent from the children's club, team or school: someone the user sees at every game."""
_CHATTED_BEFORE = re.compile(
    r"\b(?:we've|we have|i've|i have) (?:chatted|talked|spoken|met) (?:a (?:few|couple of)"
    r"|several|many|loads of|lots of) times\b"
)
"""Someone the user has talked to a few times before: no longer a stranger."""
_INVITED = re.compile(r"\b(?:" + "|".join(INVITED) + r")")
"""The person's line given or their word to get in touch ("he did say to get in touch")."""
_MET_ONCE = r"(?:once |twice |briefly |last (?:week|month|year) )?"
"""How often or when the user met them ("the guy I met once at a conference")."""
_CHATS_WEEKLY = (
    r"(?:who |that )?(?:i|we) (?:always |usually |often )?(?:chat|talk|natter|have a chat"
    r"|have a natter) (?:to|with) (?:[\w']+ ){0,5}?(?:every|each) (?:week|day|morning|evening"
    r"|match|game|saturday|sunday|friday|session|class)\b"
)
"""Someone the user talks to week on week ("the fella I chat to at the match every week")."""


def _a_child_of_someone(text: str, asked: Asked) -> Asked | None:
    """ "ask the neighbour's little boy": the child is asked, whoever is named first."""
    if asked.who in (Who.CHILD, Who.SUBORDINATE, Who.FAMILY):
        return None
    match = _CHILD_OF.search(text) or _LANE_KIDS.search(text)
    if match is None or (asked.named_as and asked.named_as not in match.group(0)):
        return None
    return Asked(Who.CHILD, match.group(0), True)


def _met_or_shares(text: str, asked: Asked) -> Asked | None:
    """Someone the user met where people gather ("met a guy at the cattlemen's association
    meeting", "someone from last week's meetup"), shares a place with ("the bloke I share a
    locker bay with"), has chatted to a few times or chats to every week, knows as a parent from
    the children's team, or was invited by to get in touch: known."""
    if asked.who is not Who.STRANGER or not asked.named_as:
        return None
    name = re.escape(asked.named_as)
    met = (
        rf"\bmet {name}\b[^.!?]{{0,60}}?\b(?:at|in|through|on) (?:a|an|the|our|my|this|that)?"
        rf"[^.!?]{{0,50}}\b{_GATHERING}\b|\b{name} (?:(?:who|that|whom) )?(?:i|we) met (?:at"
        rf"|in|through) [^.!?]{{0,50}}\b{_GATHERING}\b|\b{name} (?:(?:who|that|whom) )?(?:i|we) met"
        rf" {_MET_ONCE}(?:at|in|through) [^.!?]{{0,50}}\b{_GATHERING}\b"
        rf"|\b{name} from (?:the |our |my |(?:last|this) \w+'s |yesterday's |[\w-]+ ){{0,3}}?"
        rf"{_WORK_GATHERING}\b"
    )
    gathers, shares = _A_GATHERING.search(text), _SHARES.search(text)
    if (gathers and re.search(met, text)) or (
        shares and re.search(rf"\b{name} {_SHARE_WITH}", text)
    ):
        return Asked(Who.ACQUAINTANCE, asked.named_as, asked.as_object)
    if _CHATTED_BEFORE.search(text) or _FELLOW_PARENT.search(text):
        return Asked(Who.ACQUAINTANCE, asked.named_as, asked.as_object)
    if _INVITED.search(text) or re.search(rf"\b{name} {_CHATS_WEEKLY}", text):
        return Asked(Who.ACQUAINTANCE, asked.named_as, asked.as_object)
    return None


def related(text: str, asked: Asked) -> Asked | None:
    """The person asked as the words about how the user knows them say, or None."""
    readings = (
        _a_child_of_someone(text, asked),
        _met_or_shares(text, asked),
    )
    return next((reading for reading in readings if reading is not None), None)
