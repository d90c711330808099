"""The user's standing over the person asked, traded for a favour or for their money.

"I'm the TA. Ask the student who wants a better grade to help me move apartment", "as
resident DJ, ask the new warm-up DJ to give me half his fee", "bilang head guard, ask the new
guards to give me a day's wage as a welcome fee", "as the guard, tell the vada pav boys to
give me free breakfast daily", "I train the new lifties, have one of them drive me to Denver",
"the younger volunteers I coordinate, to drive me to all my doctor's appointments": the user
says what they are to the person, then asks something for themselves (a move, a lift, their
fee, free food) that a no would cost them. Saying the person will say yes to the user's role
("they'll say yes to the trainer") trades on it by itself. A favour for the job ("ask the
students to hand in the forms") or the user's own role named beside a fair ask of someone
above them ("as the coordinator, ask my manager for a day off") asks nothing for the user.
Staff asked for work with "no need to pay 'em" is unpaid work (`UNPAID`). Over the normal
form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.held_over import holds_something_over
from core.asks.juniors_used import OVER_THEM, PERSONAL_FAVOUR
from core.asks.roles import NO_POWER_OVER, Who
from core.asks.text import has, words

_ROLE_NOUN = (
    r"(?:ta|teaching assistant|tutor|teacher|lecturer|trainer|instructor|coach|supervisor"
    r"|coordinator|guard|security|manager|boss|owner|examiner|invigilator|warden|foreman"
    r"|inspector|conductor|officer|leader|captain|skipper|chair(?:man|woman|person)?|president"
    r"|director|principal|headteacher|headmaster|headmistress|dean|bandleader|choir ?master"
    r"|(?:head|senior|resident|chief|lead|station|platform"
    r"|shift|site|door|night) \w+)"
)
_MY_STANDING = (
    rf"(?:i'm|i am) (?:the|their|his|her) (?:\w+ )?{_ROLE_NOUN}",
    rf"(?:^|[.,;:!?] )as (?:the |their |his |her |a |an )?(?:new |head |team |stage |band"
    rf" |group |club )?{_ROLE_NOUN}",
    r"bilang (?:\w+ )?(?:guard|head|boss|supervisor|manager|teacher|leader|trainer|tagapamahala"
    r"|amo)",
    r"i (?:train|teach|coach|supervise|coordinate|manage|mentor|instruct|oversee|tutor|mark"
    r"|grade) (?:the|all the|our)\b",
    r"i (?:train|teach|coach|supervise|mentor|tutor|mark|grade) (?:\w+ )?(?:first[- ]years?"
    r"|freshers|freshmen|second[- ]years?|juniors|trainees|apprentices|interns|undergrads"
    r"|students|kids|pupils)\b",
    r"(?:i'm|i am) in charge\b(?! of (?:my|our) own)",
    r"whose (?:\w+ ){0,2}?(?:transcripts?|applications?|files?|case|visa|permit|paperwork|papers"
    r"|claim|loan|thesis|dissertation|essays?|exams?|grades?|marks|licen[cs]e|appeal|forms?"
    r"|contract|promotion|transfer|enrolment|admission) (?:i|i'm|i am|we|we're|we are) (?:\w+ )?"
    r"(?:process|processing|handle|handling|review|reviewing|mark|marking|grade|grading|approve"
    r"|approving|sign|signing|assess|assessing|decide|deciding|check|checking)\b",
    r"(?:(?<=s )|(?:that|who|whom) )i (?:train|teach|coach|supervise|coordinate|manage|mentor"
    r"|instruct|oversee|tutor)\b",
)
"""The user's stated role over those asked: "I'm the TA", "as resident DJ", "bilang head
guard", "I train the new lifties", "the volunteers I coordinate", "I am the leader of the
mariachi", "as team manager", or the person's file in the user's hands ("the student whose
transcript I'm processing")."""
_THEIR_EARNINGS = r"(?:fee|fees|pay|wages?|salary|sahod|tips|earnings|cut|commission|takings|bonus)"
FOR_ME = words(
    r"help(?:s|ing)? (?:me|us) (?:to )?move\b(?! (?:the|these|those|a|an|some)\b)|move (?:my|our)"
    r" (?:apartment|flat|house|condo|home|place|stuff|things|furniture)",
    r"(?<!\bi )(?<!\bi can )(?<!\bi could )(?<!\bi may )(?:wash|clean|valet|polish|detail)"
    r" (?:my|our) (?:\w+ )?(?:car|truck|van|bike|motorbike|boat)\b",
    r"drive (?:me|us)\b(?! (?:through|over) (?:the|a) (?:route|plan|process))",
    r"(?:clean|tidy|paint|mow|decorate|do) (?:my|our) (?:\w+ )?(?:flat|house|apartment|home"
    r"|place|garden|lawn|laundry|washing|ironing)\b",
    rf"(?:give|hand|pay|slip|share|split)\w* (?:me|sakin|sa akin|us) (?:[\w']+ ){{0,4}}?(?:his|her"
    rf"|their|nila|niya) (?:\w+ )?{_THEIR_EARNINGS}\b",
    rf"(?:day's|days'|week's|araw na) (?:\w+ )?{_THEIR_EARNINGS}|welcome fee",
    r"(?:give|hand) (?:me|us) (?:a )?free (?:breakfast|lunch|dinner|food|meals?|drinks?|coffee"
    r"|tea|snacks?)\b",
    r"(?:better|higher|good) (?:grade|mark|score)s?\b",
    r"lend (?:me|us) (?:his|her|their) (?:\w+ )?\w+",
    r"(?:tutor|teach|coach|babysit|mind|look after|pick up) my (?:\w+ )?(?:son|daughter|kids?"
    r"|children|nephews?|nieces?|grandson|granddaughter|grandkids|brother|sister|cousin)\b",
)
"""Something asked for the user: a house move, a lift, their chores, a share of the person's
own pay, free food, a thing of theirs lent, the user's own nephew tutored ("as principal, ask
one of my teachers to tutor my nephew"); or a grade hung beside it."""
_SAYS_YES_TO_MY_ROLE = (
    rf"(?:they'll|they will|he'll|she'll|he will|she will) (?:always )?say yes to (?:the|their"
    rf"|a|his|her) {_ROLE_NOUN}",
    rf"(?:they|he|she) (?:can't|cannot|won't|wouldn't) (?:say no|refuse) (?:to )?(?:the|their|a"
    rf"|his|her) {_ROLE_NOUN}",
)
"""A yes the user counts on because of their role ("they'll say yes to the trainer")."""
MY_STANDING = words(*_MY_STANDING)
SAYS_YES_TO_MY_ROLE = words(*_SAYS_YES_TO_MY_ROLE)
_EITHER = words(*_MY_STANDING, *_SAYS_YES_TO_MY_ROLE)
"""Both at once: most asks name no role of the user's, and are read in one scan."""
UNPAID = words(
    r"no need to pay (?:them|'em|him|her|the \w+)|(?:and|but) (?:don't|do not|won't) pay (?:them"
    r"|'em|him|her)|(?:they're|they are|he's|she's) like family,? (?:so )?(?:no|don't|won't)"
    r" (?:need to )?pay",
)
"""Work asked with the user's own word that it goes unpaid ("no need to pay 'em")."""


def trades_on_standing(text: str, who: Who) -> bool:
    """Whether the words name the user's role over the person and ask something for the user
    in the same ask, or count on a yes given to that role; a role does not reach family,
    friends, a manager or a landlord. A hold tied to the favour, or named in another tongue
    beside a favour for the user (`core.asks.held_over`), trades on it whoever is asked."""
    if holds_something_over(text):
        return True
    if has(OVER_THEM, text) and (has(PERSONAL_FAVOUR, text) or has(FOR_ME, text)):
        return True  # a team lead's agent asked to lend 2k (`core.asks.juniors_used`)
    if who in NO_POWER_OVER or not has(_EITHER, text):  # "I'm the manager, so ask my brother"
        return False
    if has(SAYS_YES_TO_MY_ROLE, text):
        return True
    return has(MY_STANDING, text) and has(FOR_ME, text)
