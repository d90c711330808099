"""A no already given, and an ask planned again until it turns, in the words users write.

"She said no thank you to a cup of tea with me; I shall ask her every Sunday until she comes
round", "the chef said non three times, ask again this week, the fourth is the good one",
"tinanggihan ako ni ate ... bukas ulit, hanggang mag-yes siya": a polite no, a no given
more than once, a no in Tagalog, a Sunday-by-Sunday campaign, "until she comes round". Read
with `core.asks.persistence`, whose two halves (an "again" and the earlier no) they add to.
Asking the same gran every Sunday how her week went names no no, and stays fair. Over the
normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks import persistence
from core.asks.text import has, without, words

_NO = r"(?:no|non|nein|nope|nee|niet|hindi|ayaw)"
_TIMES = r"(?:twice|two times|three times|four times|five times|several times|many times|\d+ times)"

_PRIOR_NO = (
    r"(?:said|says|say|told (?:me|us)) (?:'|\")?no,? thank you\b",
    rf"(?:said|says|say|told (?:me|us)) (?:'|\")?{_NO}'?,? (?:\w+ )?{_TIMES}",
    r"tinanggihan|tumanggi|(?:sinabi|sabi) (?:na )?(?:niya|nila|niyang|nilang)(?: na)?"
    r" (?:hindi|ayaw)|hindi na (?:pwede|puwede)",
    r"(?:replied|answered|responded|texted back|wrote back|messaged back|replied with)(?: with)?"
    r" (?:'|\")?(?:no thanks?|no thank you|nope|nah|not interested|i'm good|i'm ok|not for me"
    r"|no(?! (?:problem|worries|bother|doubt|rush|pressure)\b)|non|nein|nee|niet|hindi|ayaw)\b",
)
"""A no the words report: a polite "no thank you", a no said more than once , a Tagalog no
("tinanggihan ako", "sinabi na niyang hindi na pwede"), or a no written back ("he already
replied 'no thanks' twice"); "replied no problem" is a yes."""

_TOLD_MORE_THAN_ONCE = (
    rf"(?:told|said to) (?:me|us) (?:\w+ )?{_TIMES} (?:now )?(?:that )?(?:she|he|they)"
    r" (?:can't|cannot|couldn't|won't|wouldn't|isn't|is not|doesn't|does not|don't|do not)\b",
    rf"(?:said|told (?:me|us)) (?:that )?(?:she|he|they) (?:can't|cannot|won't|isn't|doesn't"
    rf"|don't) (?:[\w']+ ){{0,4}}?{_TIMES}\b",
)
"""A can't or won't the person has said more than once ("she already told me twice she can't
make it", "he said he won't lend it three times now"): asked again after it, a repeat. The
count is part of the no, so the "again" must be other words ("text Priya again"): told twice
she can't come, asked whether she'd like the setlist saved, is no repeat."""

_AGAIN = (
    r"every (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|sabbath|service|shift"
    r"|visit|match|practice|session)s?",
    r"ulit|(?:bukas|mamaya|sa susunod) ulit|ulit-?ulit",
)
"""Another ask planned: every Sunday, every shift, or Tagalog "ulit" (again)."""

_UNTIL_IT_TURNS = (
    r"(?:until|till|til|hanggang) (?:she|he|they|siya|sila) (?:finally )?(?:comes? round"
    r"|comes? around|gives? in|mag-?yes|pumayag|pumapayag|um-?oo)",
    r"hanggang (?:mag-?yes|pumayag|um-?oo|mapapayag)",
    r"(?:the )?(?:third|fourth|fifth|sixth|next) (?:one |time |try )?(?:is|will be|'s) the (?:good"
    r"|lucky|right) (?:one|time)",
)
"""An ask repeated until the person gives way ("until she comes round", "hanggang mag-yes
siya"), or the next try counted on as the one that works ("the fourth is the good one")."""


_WHO = (
    r"(?:she|he|they|mum|mom|mam|mama|dad|papa|my (?:mum|mom|dad|parents|father|mother|wife"
    r"|husband|boss|manager|landlord)|both|[a-z]+)"
)
_ASKED_PAST_A_NO = (
    rf"\b(?:ask|asking|beg|pester|request|get) (?:\w+ ){{1,8}}?(?:after|though|even though|when)"
    rf" {_WHO}(?: and (?:my )?\w+)?(?: have| had| has)?(?: both| already| just| each| all)?"
    r" (?:said|say|told (?:me|us)) no\b",
    rf"\b(?:after|though|even though) {_WHO} and (?:my )?\w+ (?:have |had )?(?:both |already"
    r" |each )?(?:said|told (?:me|us)) no\b[^.!?;]{0,40}\b(?:ask|beg|pester|go to|try)\b",
)
"""The ask itself made after the no it names, with or without an "again": "ask mom for the
concert money after she and dad both said no", "even though mum and dad said no, ask gran"."""
ASKED_PAST_A_NO = words(*_ASKED_PAST_A_NO)
_AFTER_THEM = words(
    r"(?:if|whether|how) (?:she|he|they)(?:'s| is| are| was| were| feels?| felt)?"
    r" (?:ok|okay|alright|all right|fine|doing|feeling|coping|holding up)\b|how (?:she|he|they)"
    r" (?:is|are)\b",
)
"""How the person is, asked after their no: no ask made again."""

PRIOR_NO = words(*_PRIOR_NO)
TOLD_MORE_THAN_ONCE = words(*_TOLD_MORE_THAN_ONCE)
AGAIN = words(*_AGAIN)
UNTIL_IT_TURNS = words(*_UNTIL_IT_TURNS)
_ANY = words(*_PRIOR_NO, *_TOLD_MORE_THAN_ONCE, *_AGAIN, *_UNTIL_IT_TURNS, *_ASKED_PAST_A_NO)
"""All four at once: most asks have none, and are read in one scan."""


def asks_again_after_a_no(text: str) -> bool:
    """Whether the words plan asking again until a no turns, or again after a no they report;
    either half may be in the words `core.asks.persistence` reads."""
    if not has(_ANY, text, guided=False):
        return False
    if has(UNTIL_IT_TURNS, text):
        return True
    if has(ASKED_PAST_A_NO, text) and not has(_AFTER_THEM, text):
        return True
    if has(TOLD_MORE_THAN_ONCE, text, guided=False):
        rest = without(TOLD_MORE_THAN_ONCE, text)
        if has(AGAIN, rest) or has(persistence.AGAIN, rest):
            return True
    again, no = has(AGAIN, text), has(PRIOR_NO, text, guided=False)
    if not (again or no):
        return False  # both halves in persistence's own words were read before this
    again = again or has(persistence.AGAIN, text)
    return again and (no or has(persistence.PRIOR_NO, text, guided=False))
