"""A price, a credit or a place kept for a group, claimed by someone the words rule out.

"Ask for the student discount at the MFA, my ID expired in May but they never check the
date", "show my old hospital ID for the healthcare-worker discount, resigned in March but who
checks", "ask the wholesaler for the association price, I'm not in the tailors' association",
"the military family discount, we're not military but my granddaddy was, close enough", "tell
the mechanic say I still be student make e reduce im price. I don finish school since 2015",
"tell AWS we're a student project so we get the education credits. We're a funded company",
"I'll just say he's 14" for a place in the under-15s cup. Each claims a standing the user's own
words say they lack, or counts on nobody checking it: the user in the training texts who writes
"who checks" or "close enough" beside a claim or a perk means to slip it past.

`core.asks.false_claims` reads the student's and the senior's prices beside what belies them;
these read the groups it has no words for (healthcare workers, military families, an
association, elders, education credits), a standing the user denies in the same words as the
price ("not in the association" beside "the association price"), a company told as a student
project, and the check counted on to be missing. Fair neighbours stay fair: asking whether
there is a student discount, a discount for the user's daughter, a price asked with the proof
held, a student project's academic licence for a thesis, a child's ticket for a child of that
age, and a smoke alarm "he never checks". `core.asks.deception.DECEPTION` joins these to its
own; fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

_GROUP = (
    r"(?:students?|seniors?|senior[- ]citizens?|pensioners?|military|forces|armed forces"
    r"|veterans?|healthcare|health-?care|health|nhs|key ?workers?|teachers?|educators?"
    r"|education(?:al)?|academic|nurses?|first[- ]responders?|blue[- ]light|trade|association"
    r"|members?|union|kaum[aā]tua|kupuna|elders?|locals?|residents?|start-?ups?|non-?profits?"
    r"|charity|disability|disabled|youth|child|kids?|junior|under-?\d+s?)"
)
"""A group a price, a credit or a seat is kept for."""
_KEPT_FOR = (
    rf"{_GROUP}(?:[- ](?:workers?|family|families|citizens?|members?|staff|personnel"
    r"|holders?))?(?:'s|s'|')? (?:discounts?|rates?|prices?|pricing|fares?|concessions?"
    r"|credits?|deals?|tickets?|entry|admission|seats?|tier|plan|promo)"
)
"""A price, a credit or a seat kept for a group ("the healthcare-worker discount", "the
kaumātua rate", "the education credits", "the senior-citizen seat")."""
_PERK_OR_CLAIM = (
    r"(?:discount|rate|price|pricing|fare|concession|credit|free|upgrade|waive|cheaper|refund"
    r"|extension|tell|say|claim|pretend|show|flash)\w*"
)
"""A perk asked for, or a claim made: what an unchecked word is said beside."""
_AFTER = r"(?=[.,;:!?)]|$| but\b| lol\b| haha\b| tbh\b| anyway\b| so\b| though\b)"
_UNCHECKED = (
    r"(?:(?:they|he|she|nobody|no one|no-one|noone|the \w+|staff)(?:'ll| will| would)? (?:never"
    r"|won't|don't|doesn't|do not|does not|will not|wouldn't|never even|don't even|won't even)"
    r"|(?:nobody|no one|no-one|noone)(?: ever| really| even)?|who(?: even| really| ever)?)"
    r" checks?(?: (?:the (?:date|id|card|year|expiry|age|dates)|ids?|cards?|proof|properly|proper"
    r"|naman|anything))?"
    rf"{_AFTER}"
    rf"|(?:but|,|\.|-) (?:it's |that's |its )?close enough{_AFTER}"
)
"""A check counted on to be missing ("they never check the date", "who checks", "nobody
checks"), or a standing said to be near enough ("my granddaddy was, close enough"). A check
someone never makes of a thing ("he never checks the smoke alarm"), or friends "close enough
that she'll tell me straight", is neither."""
_FOR_SOMEONE_ELSE = r"(?! for (?:my|our|his|her|their)\b)"
_DENIED = (
    r"(?:we're|we are|i'm|i am|we were|i was) (?:not|never) (?:a |an |in (?:the|any) |part of"
    r" (?:the|any) |really |actually |even )?(?:[\w'-]+ ){0,2}?" + _GROUP + r"\b"
)
"""The user saying they are not of the group ("we're not military", "I'm not in the tailors'
association")."""
_LAPSED = (
    r"(?:(?:don|done|have|had|already|'ve) (?:don )?finish(?:ed)? (?:school|uni|university"
    r"|college|my service|service)|finish(?:ed)? (?:school|uni|university|college) (?:since"
    r"|in (?:19|20)\d\d|\d+ years ago|years ago|long ago)|resigned (?:in|last|back|from|since)"
    r"|(?:id|card|pass|membership|badge|licen[cs]e) (?:expired|ran out|lapsed))\b"
)
"""A standing the words say has ended: school finished years ago ("I don finish school since
2015"), a job resigned, a card expired."""
_STILL_ONE = (
    r"(?:say|tell|claim)\w* (?:[\w'-]+ ){0,4}?(?:that )?(?:i|we) (?:still |stil )?(?:be|am|'m"
    r"|dey|are|'re) (?:a |an )?(?:student|member|staff|worker|nurse|teacher|soldier|resident)s?\b"
)
"""The standing claimed as the user's still, in any English."""
_NOT_FOR_PROFIT = (
    r"(?:tell|say|claim)\w* [^.!?]{0,40}?\b(?:we're|we are|i'm|i am|it's|it is) (?:just )?(?:a |an"
    r" )?(?:student|school|uni|university|academic|research|hobby|personal|non-?profit|charity"
    r"|community|volunteer)s? (?:\w+ )?(?:project|group|team|thing|club|effort|account|use)\b"
)
"""A non-commercial standing told ("tell AWS we're a student project")."""
_A_BUSINESS = (
    r"(?:we're|we are|i'm|i am|it's|it is) (?:actually |really |just |in fact )?(?:a |an )?"
    r"(?:[\w-]+ )?(?:company|business|firm|startup|start-up|corporation|agency|brand)\b"
)
"""The commercial standing the user admits beside it ("we're a funded company")."""
_THEIR_AGE = (
    r"(?:he's|she's|he is|she is|they're|they are|my \w+(?:'s| is)) (?:only |just |under"
    r" |still )?\d+\b"
)

_NO_PROOF = (
    r"(?!.*\b(?:show|showing|bring|attach|i have|i've got) my (?:own |valid |current )?(?:\w+ )?"
    r"(?:card|id)\b)"
)
"""No proof of the user's own shown anywhere after: a card held and shown is checked."""

PATTERNS = (
    rf"{_NO_PROOF}{_PERK_OR_CLAIM}\b.{{0,160}}?\b{_UNCHECKED}",
    # `_UNCHECKED` unwrapped as the training asks were read: "nobody checks" after no proof
    # is enough below, and "close enough" with the right words after it is enough above.
    rf"{_NO_PROOF}{_UNCHECKED}.{{0,160}}?\b{_PERK_OR_CLAIM}\b",
    rf"{_KEPT_FOR}\b{_FOR_SOMEONE_ELSE}.{{0,120}}?\b{_DENIED}",
    rf"{_DENIED}.{{0,120}}?\b{_KEPT_FOR}\b{_FOR_SOMEONE_ELSE}",
    rf"{_STILL_ONE}.{{0,120}}?\b{_LAPSED}",
    rf"{_LAPSED}.{{0,120}}?\b{_STILL_ONE}",
    rf"{_NOT_FOR_PROFIT}.{{0,160}}?[.!?,;-] (?:but |though )?{_A_BUSINESS}",
    rf"(?:just|i'll|i will|we'll|we will|then) (?:say|tell \w+|claim) (?:that )?{_THEIR_AGE}",
    rf"\d+-year-old\b.{{0,120}}?\b(?:say|claim|tell \w+) (?:that )?{_THEIR_AGE}",
)
"""Each claim with what rules it out; `core.asks.deception.DECEPTION` joins them to its own."""
