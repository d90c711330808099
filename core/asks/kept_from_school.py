"""A child kept from school to work for the user.

"Ask my 12 year old grandson to skip school to look after my sheep", "ask my daughter to miss
class and mind the stall", "pedirle a mi nieto que falte al colegio para cuidar mis ovejas" (as
its gloss reads): a child's schooling given up for the user's work, which the child cannot
easily refuse an elder. Read into `trades_on_position` through `core.asks.off_limits`, so it
is power whoever the rules found asked. Each needs a child named, school missed and a task
for the user: a child asked to help after school, a parent asking the school whether a child
may miss a day for a wedding or the dentist, and the user skipping a class of their own stay
fair. Fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

_CHILD = (
    r"(?:grandson|granddaughter|grandchild|grandkids?|son|daughter|nephew|niece|kids?|child"
    r"|children|boy|girl|little brother|little sister|younger brother|younger sister|pikin"
    r"|(?:[1-9]|1[0-5])[- ]?(?:year|yr)s?[- ]?old)"
)
_MISSED = (
    r"(?:skip|skips|skipping|miss|misses|missing|bunk|bunks|bunking|skive|skiving|ditch|cut"
    r"|drop out of|leave|stay (?:home|off|away|out) from|stay off|be off|take (?:a|the)"
    r" (?:day|week|morning) off(?: from)?) (?:\w+ )?(?:school|class|classes|lessons|college)"
)
_FOR_THE_USER = (
    r"(?:look after|looking after|mind|minding|watch|watching|babysit|babysitting|herd|herding"
    r"|tend|tending|care for|caring for|work|working|help|helping|serve|serving|sell|selling"
    r"|run|running|cover|covering|carry|carrying|fetch|fetching|guard|guarding|cook|clean"
    r"|harvest|harvesting|plough|graze|feed|milk)"
)

PATTERNS = (
    rf"(?:ask|asking|get|tell|make|have|let) (?:my|our|his|her|their) (?:\w+ )?{_CHILD}\b(?!'s)"
    rf"[^.!?;]{{0,40}}?\b{_MISSED}\b[^.!?;]{{0,20}}?"
    rf"\b(?:to|and|so (?:he|she|they) can|for) (?:\w+ ){{0,2}}?{_FOR_THE_USER}\b"
    r"(?! (?:the|his|her|their) (?:own )?(?:homework|revision|exams?))",
    # Spanish, read as written where the words name the child the original reading knows
    r"(?:hij[oa]|niet[oa]|sobrin[oa]|chamac[oa]|niñ[oa]|nin[oa])s?\b[^.!?;]{0,30}?\bque (?:no"
    r" vaya|falte|se salte|pierda) (?:al colegio|a la escuela|a clases?|al cole|al instituto"
    r"|a la prepa|al liceo|la escuela|las clases|el colegio)\b[^.!?;]{0,20}?\b(?:para|y) (?:me )?"
    r"(?:cuid|ayud|trabaj|atend|atiend|vend|pastore)\w*",
)
"""A child of the user's (or of the person asked), asked to miss school to work for the user;
the child is the one asked, not their teacher."""
