"""Who is asked: the role of the person (or place) an ask is addressed to.

The asked person is usually the object of the asking verb ("ask *the barista*",
"invite *a colleague*", "walk up to *a woman* and ..."), so the window after the first
asking verb is read first; when it names nobody, the whole text is. Within a window
the earliest role wins, and of two starting together the longer, so "someone I don't
know" is a stranger and not just "someone".
"""

from __future__ import annotations

import re
from enum import StrEnum

from core.asks.text import words


class Who(StrEnum):
    STRANGER = "stranger"
    STAFF = "staff"
    ORGANISATION = "organisation"
    FRIEND = "friend"
    PARTNER = "partner"
    FAMILY = "family"
    COLLEAGUE = "colleague"
    MANAGER = "manager"
    LANDLORD = "landlord"
    NEIGHBOUR = "neighbour"
    ACQUAINTANCE = "acquaintance"
    EX = "ex"
    CHILD = "child"
    SUBORDINATE = "subordinate"
    NOBODY = "nobody"


STRANGERS = frozenset({Who.STRANGER, Who.CHILD})
"""People the user does not know: asks of them must be small, brief and easy to decline."""
CLOSE = frozenset({Who.FRIEND, Who.PARTNER, Who.FAMILY, Who.COLLEAGUE, Who.MANAGER})
"""People who know the user, for whom a favour or a personal question is ordinary."""
CANNOT_EASILY_REFUSE = frozenset({Who.CHILD, Who.SUBORDINATE})

_PERSON = (
    r"(?:someone|somebody|a person|people|persons?|man|woman|men|women|guy|guys"
    r"|girl|girls|lady|bloke|dude|boy|couple|family|group|tourist|passengers?)"
)
_A_PERSON = rf"(?:a|an|the|some|two|three|five|ten|\d+)\s+(?:\w+\s+)?{_PERSON}|{_PERSON}"
_KNOWN = (
    r"(?:you|i)(?: already)? (?:know(?! well)|like|trust|admire|respect|fancy"
    r"|'ve (?:been|met|chatted|talked)|have (?:been|met|chatted|talked)|'re (?:seeing"
    r"|dating|getting)|are (?:seeing|dating|getting)|'m (?:seeing|dating)|am (?:seeing"
    r"|dating)|met (?:at|through|on)|went (?:out|on (?:a|two|three|some) dates?) with"
    r"|matched with|see (?:at|every|each))"
)

_ROLES: tuple[tuple[Who, re.Pattern[str]], ...] = (
    (
        Who.EX,
        words(
            r"(?:my|your|their|his|her|an) ex(?:-\w+)?",
            r"exes",
            r"ex-(?:boyfriend|girlfriend|partner|husband|wife)",
        ),
    ),
    (
        Who.CHILD,
        words(
            r"(?:a|the|some|that|this) (?:\w+ )?(?:kid|kids|child|children|toddler"
            r"|teenager|teen|minor|schoolboy|schoolgirl|little (?:boy|girl)|young (?:boy"
            r"|girl))",
            r"kids|children|teenagers|little (?:boy|girl|ones)",
            r"(?:my|your) (?:son|daughter|kids|children|child|nephew|niece|grandchild"
            r"|grandson|granddaughter|stepson|stepdaughter)",
            r"(?:[\w']+ )?(?:client|neighbour|colleague|friend)'s (?:child|kid|son|daughter)",
        ),
    ),
    (
        Who.SUBORDINATE,
        words(
            r"(?:my|your|our|the) (?:new )?(?:intern|interns|employee|employees"
            r"|trainee|trainees|apprentice|apprentices|assistant|direct reports?"
            r"|reports|staff member|subordinates?|junior|juniors|new hire|tenants?"
            r"|patients?|pupils?|students|student|mentee|cleaner|nanny|carer"
            r"|caretaker)",
            r"(?:one of|a) (?:my|your) (?:students|pupils|employees|staff|interns"
            r"|patients|tenants|team)",
            r"(?:a|an|the) (?:student|pupil|employee|patient|tenant|intern) of (?:mine|yours)",
            r"(?:who|whose|that) (?:\w+ ){0,3}reports? to (?:me|you)",
            r"(?:whose|who's) (?:\w+ ){0,4}(?:review|contract|grade|appraisal"
            r"|visa|shifts?|pay|job) (?:i|you)(?: (?:write|decide|set|sign|control|renew|mark"
            r"|approve)|(?:'m| am|'re| are) (?:renewing|writing|deciding|marking|reviewing"
            r"|in charge of))",
            r"(?:the )?cleaner at my (?:office|work)",
        ),
    ),
    (
        Who.PARTNER,
        words(
            r"(?:my|your) (?:partner|boyfriend|girlfriend|husband|wife|fiancée?"
            r"|spouse|other half|date)",
            r"(?:the )?(?:person|someone|somebody) (?:you're|you are|i'm|i am) (?:seeing"
            r"|dating|with)",
            r"(?:the )?(?:person|someone|somebody) (?:you've|i've|you have|i have) been (?:seein"
            r"g"
            r"|dating|on \w+ dates? with)",
        ),
    ),
    (
        Who.FAMILY,
        words(
            r"(?:my|your|our) (?:\w+ )?(?:mum|mom|mother|dad|father|parents?"
            r"|sister|brother|siblings?|cousins?|aunt|auntie|uncle|grandma|grandmother"
            r"|grandad|grandfather|grandparents?|gran|nan|relatives?|family|in-laws?"
            r"|step\w+)",
            r"a relative",
            r"relatives",
        ),
    ),
    (
        Who.MANAGER,
        words(
            r"(?:my|your|our|the) (?:\w+ )?(?:manager|boss|supervisor|team lead"
            r"|team leader|line manager|employer|director|ceo|head of \w+|hr"
            r"|human resources)",
            r"hr",
            r"someone (?:more )?senior",
            r"a senior colleague",
            r"(?:my|your) former (?:manager|boss)",
        ),
    ),
    (
        Who.COLLEAGUE,
        words(
            r"(?:my|your|a|an|the|another|one|two|three) (?:\w+ )?(?:colleagues?"
            r"|coworkers?|co-workers?|workmates?|teammates?|team|team at work"
            r"|peers?|classmates?|flatmates?|housemates?|roommates?)",
            r"colleagues|coworkers|co-workers|teammates|classmates|housemates"
            r"|flatmates|another team",
        ),
    ),
    (
        Who.LANDLORD,
        words(
            r"(?:my|your|the) (?:landlord|landlady|letting agent|letting agency"
            r"|building manager|property manager|housing association|caretaker)"
        ),
    ),
    (
        Who.NEIGHBOUR,
        words(
            r"(?:my|your|a|the|our|new|some|three) (?:\w+ )?(?:neighbours?|neighbors?)",
            r"neighbours|neighbors",
        ),
    ),
    (
        Who.FRIEND,
        words(
            r"(?:my|your|a|an|one|two|three|our|old|best|close|mutual) (?:\w+ )?(?:friends?"
            r"|mates?|pals?|buddy|buddies|bff)",
            r"friends",
            r"(?:my|your) (?:group chat|friend group|writing group|book club)",
        ),
    ),
    (
        Who.ACQUAINTANCE,
        words(
            rf"(?:someone|somebody|a person|people|the person|the one|one person"
            rf"|anyone) (?:\w+ ){{0,2}}(?:(?:that|who|whom) )?{_KNOWN}",
            r"(?:someone|somebody|people|a person) (?:from|in|at) (?:my|your"
            r"|a|the) (?:class|club|choir|team|group|course|gym class|running club"
            r"|climbing club|writing group|church|mosque|temple|book club|workplace)",
            r"(?:someone|somebody|people|a person) (?:you've|i've|you have|i have) (?!never )"
            r"(?:\w+ ){0,2}(?:chatted|talked|talking|spoken|met|enjoyed|got to know)",
            r"acquaintances?|(?:my|your) (?:crush|date)|(?:a|an|the|my|your) (?:classmate"
            r"|teacher|tutor|coach|mentor|organiser|organizer|host)",
            r"someone (?:you|i) (?:know|like)",
            r"(?:writing|reading|art|study|support) group",
            r"[a-z]+ i(?:'ve| have) been (?:messaging|chatting|talking)",
        ),
    ),
    (
        Who.STRANGER,
        words(
            r"(?:a |the )?strangers?",
            r"passers?-?by",
            r"random (?:\w+ )?(?:person|people|guy|woman|man|girl|stranger|strangers|women|men)",
            r"(?:someone|somebody|people|a person|anyone|person|a man|a woman"
            r"|a guy|a girl) (?:(?:that|who) )?(?:(?:you|i) (?:don't|do not|didn't) know(?! well"
            r")"
            r"|(?:you|i)(?:'ve| have) never (?:met|spoken to|talked to))",
            r"(?:someone|somebody|a person|people|anyone) (?:you|i)(?:'ve| have) (?:noticed"
            r"|seen|spotted)",
            rf"(?:the )?{_PERSON} (?:i|you) keep (?:seeing|noticing)",
            r"(?:the|a|an) (?:\w+ )?(?:stranger|tourist|passenger|commuter|jogger"
            r"|runner|shopper|dog owner|dog walker)s?",
            _A_PERSON,
            r"(?:the )?(?:person|people|man|woman|guy|girl) (?:next to|beside"
            r"|behind|in front of|ahead of|opposite) (?:me|you)",
            r"the (?:person|people|man|woman|guy|girl) (?:at|on|in) the \w+",
            r"someone|somebody|anyone|everyone|five people|ten people|people",
        ),
    ),
    (
        Who.STAFF,
        words(
            r"(?:the|a|an|my|your|our) (?:\w+ )?(?:barista|waiter|waitress|server"
            r"|cashier|shop ?assistant|sales ?(?:assistant|person|man|woman)"
            r"|salesperson|assistant|staff|receptionist|librarian|pharmacist"
            r"|bartender|barman|barmaid|bouncer|security guard|guard|driver|bus driver"
            r"|conductor|ticket inspector|inspector|hairdresser|barber|stylist"
            r"|tailor|florist|chef|cook|baker|butcher|mechanic|plumber|electrician"
            r"|tradesperson|doctor|dentist|nurse|vet|teacher|tutor|professor"
            r"|lecturer|instructor|trainer|guide|tour guide|organisers?|organizers?"
            r"|shopkeeper|shop owner|owner|stallholder|stall holder|seller|vendor"
            r"|clerk|agent|recruiter|interviewer|editor|publisher|host|usher"
            r"|concierge|porter|attendant|operator|advisor|adviser|officer|manager on duty"
            r"|farmer|maker|busker|street musician|musician|artist|writer|speaker"
            r"|author|creator)",
            r"(?:the )?(?:person|people|man|woman|guy|girl|lady) (?:who works"
            r"|working|behind the counter|at the (?:counter|till|checkout|desk"
            r"|reception|bar))",
            r"(?:the )?(?:\w+ )?(?:girl|guy|woman|man|lady) (?:who|that) works (?:at|in)",
            r"staff|someone working (?:in|at)",
        ),
    ),
    (
        Who.ORGANISATION,
        words(
            r"(?:a|an|the|my|your|our|their|local|any|small|nearby|some) (?:\w+ ){0,2}(?:shop"
            r"|shops|store|stores|supermarket|café|cafe|cafés|cafes|coffee shop"
            r"|bakery|restaurant|restaurants|bar|pub|hotel|library|libraries"
            r"|bookshop|bookstore|gym|bank|company|companies|business|businesses"
            r"|provider|council|museum|gallery|galleries|venue|venues|cinema"
            r"|theatre|theater|school|college|university|office|airline|station"
            r"|market|market stall|stall|radio station|magazine|zine|publication"
            r"|paper|newspaper|agency|clinic|surgery|pharmacy|centre|center|club"
            r"|charity|organisers|organisation|organization|employer|brand|site"
            r"|website|festival|competition|contest|kitchen|food truck|ticket office"
            r"|box office|reception|front desk|counter|insurer|landline|garage"
            r"|salon|florist|studio|label|producer|fair)",
            r"(?:a|the|my|your) (?:bank|phone company|internet provider|electricity company"
            r"|energy company|insurance company|card provider)",
        ),
    ),
)

_SUBORDINATE = dict(_ROLES)[Who.SUBORDINATE]
_ASKING = re.compile(
    r"\b(?:ask(?:s|ed|ing)?|invite|message|text|dm|tell|call|phone|ring|email"
    r"|e-mail|write to|contact|approach|go up to|walk up to|go over to|chat up"
    r"|flirt with|interrupt|tap|request|get|compliment|greet|say \w+ to|join"
    r"|sit (?:down )?(?:with|next to|beside)|film|record|photograph|hug|kiss"
    r"|pick up|offer|pitch|submit|send)\b"
)
WINDOW = 90


def _earliest(text: str, start: int, end: int) -> tuple[Who, str] | None:
    best: tuple[int, int, Who, str] | None = None
    for who, pattern in _ROLES:
        for match in pattern.finditer(text, start, end):
            key = (match.start(), -len(match.group(0)))
            if best is None or key < (best[0], best[1]):
                best = (key[0], key[1], who, match.group(0))
            break
    return None if best is None else (best[2], best[3])


def _power_over(text: str) -> tuple[Who, str] | None:
    """Words that say the user has power over the person outweigh any other role."""
    match = _SUBORDINATE.search(text)
    return None if match is None else (Who.SUBORDINATE, match.group(0))


def who_is_asked(text: str) -> tuple[Who, str]:
    """The role of the person asked and the words that named them, in normal-form text."""
    power = _power_over(text)
    if power is not None:
        return power
    for verb in _ASKING.finditer(text):
        found = _earliest(text, verb.end(), min(len(text), verb.end() + WINDOW))
        if found is not None:
            return found
    found = _earliest(text, 0, len(text))
    return found if found is not None else (Who.NOBODY, "")
