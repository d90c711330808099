"""Favours taken on the strength of the user's position: chores, free work and a cut.

"As choirmaster, ask the youngest members to clean my house"; "I coach the under-12s, ask
the lads to wash my car for a quid each"; "ask my former stenographer, who still respects me,
to type up my memoirs for free"; "I'm the dispatcher, so ask each driver for 1000 tenge to
get the good airport orders". The user names the role that gives them a hold (over a choir,
a team, a former clerk, the drivers' orders) and asks a personal chore, free work or money
for the good shifts; or free work of the user's own student ("good experience for her
certificate"), or of someone who trusts the user; or a gift hinted to a pupil's parents.
Asking the team to help carry the kit, or the choir to come early for a rehearsal, is the
role itself and stays fair: each shape needs the user's own house, car, kids or memoirs, free
work, or payment for a better share of the work. Read into `trades_on_position` through
`core.asks.off_limits`; fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

_ROLE = (
    r"(?:choir ?master|choir ?director|coach|manager|teacher|tutor|captain|scout ?master|scout"
    r" leader|youth leader|pastor|priest|imam|rabbi|headteacher|head teacher|principal|foreman"
    r"|supervisor|boss|dispatcher|conductor|director|instructor|sensei|trainer|employer|chief"
    r"|chairman|chair|team leader|shift lead\w*|matron|warden|landlord|s[ií]ndic[oa]|society"
    r" secretary|building manager|caretaker)"
)
_HOLDS = (
    rf"(?:as (?:the |their |a )?(?:[\w-]+ )?{_ROLE}|(?:i'm|i am) (?:the |their )?(?:[\w-]+ )?"
    rf"{_ROLE}|i (?:coach|teach|train|run|lead|manage|supervise|employ|conduct))\b"
)
"""The user's own role over the people asked, said in the card."""
_MY_CHORES = (
    r"(?:clean|wash|mow|paint|tidy|iron|cook|babysit|type (?:up|out)|drive|ferry|weed|scrub"
    r"|polish|valet|decorate|do|fetch|walk|look after) (?:\w+ ){0,2}?(?:my|our) (?:\w+ )?(?:house"
    r"|home|flat|car|cars|garden|lawn|laundry|washing|ironing|memoirs?|book|kids|children|son"
    r"|daughter|errands|shopping|dishes|windows|van|yard|dog|gutters|garage)\b"
)
"""A chore for the user's own household, not for the choir, the team or the job."""
_FORMER = (
    r"(?:my|our) (?:former|old|ex-?|retired) (?:[\w-]+ )?(?:stenographer|secretary|assistant"
    r"|clerk|pa|employees?|staff|interns?|students?|pupils?|apprentices?|trainees?|drivers?"
    r"|housekeeper|nanny|maid|cleaner|subordinates?|deputy|juniors?|mentees?|typist|orderly)\b"
)
_FOR_NOTHING = r"(?:for free|for nothing|unpaid|without pay|without paying|as a favour)\b"
_BETTER_SHARE = (
    r"(?:to get|for|so (?:they|he|she) get\w*|in exchange for|in return for) (?:the |a )?(?:good"
    r"|best|better|busy|busier|nice|nicer|easy|easier|premium|lucrative|top|first|long|airport)"
    r" (?:[\w-]+ )?(?:orders|shifts|routes|jobs|runs|fares|spots|pitches|slots|assignments"
    r"|tables|sections|clients|rides|calls|loads|trips|rotas|stalls|bookings|rows|plots|beds"
    r"|fields|beats|zones|areas)\b"
)
"""What a cut is paid for: the good orders, the best shifts, the busy pitch."""

PATTERNS = (
    rf"{_HOLDS}.{{0,100}}\b{_MY_CHORES}",
    rf"{_FORMER}.{{0,100}}\b{_FOR_NOTHING}",
    rf"who (?:still )?(?:respects|admires|looks up to|fears|owes|reveres) me\b.{{0,80}}"
    rf"\b{_FOR_NOTHING}",
    rf"{_FOR_NOTHING}.{{0,100}}\b(?:she|he|they) (?:\w+ )?(?:trusts|respects|admires|looks up to"
    r"|relies on|depends on) (?:me|us)\b",
    rf"(?:my|our|one of my) (?:[\w-]+ ){{0,2}}?(?:students?|pupils?|trainees?|interns?|apprentices?"
    rf"|mentees?)\b.{{0,100}}\b{_FOR_NOTHING}",
    rf"{_FOR_NOTHING}.{{0,100}}\b(?:good|great|useful|valuable) experience for (?:her|his|their)\b",
    rf"(?:ask|charge|collect from|take from) (?:each|every|all (?:the )?|the|my)"
    rf" (?:[\w-]+ ){{0,2}}?(?:for|to pay|to give me|to chip in|to hand over)"
    rf" (?:\S+ ){{1,3}}?{_BETTER_SHARE}",
    r"(?:gifts?|hampers?|presents?|sweets|mithai|envelopes?|money|cash|something)\b[^.!?]{0,40}"
    r"\b(?:would|will|could|might|may|can|'d|'ll) (?:really |surely |certainly )?(?:help|improve"
    r"|boost|raise|lift|do wonders for|go a long way for) (?:her|his|their|the (?:\w+ )?\w+'s)"
    r" (?:\w+ )?(?:marks?|grades?|results?|scores?|report card|report|exam)\b",
)
"""Each hold with what it is used for; `core.asks.off_limits.TRADES_ON_POSITION` joins them.
A gift hinted to help a pupil's marks ("a Diwali gift hamper would help her marks") needs no
role said: only whoever gives the marks can promise it."""
