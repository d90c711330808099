"""People in the user's charge, named by the user's own role rather than by a role word.

A line leader's "workers on my line", a skipper's "young deckies on my boat", a carer's "one
of my residents" or "my elderly patient", "a resident at the care home where I work", a
nurse's "new grad I'm precepting", the
"undergrad intern I'm training", "the tenant in grandpa's cottage", "the school leaver I've
taken on", "a boy I coach": each is someone the user holds power over,
though no word of theirs says employee or pupil. `ASKED` names them where an asking verb
addresses them (read with the role lexicons, so a mention elsewhere, "ask the director for
more workers on my line", does not make the director one). `under_my_role` reads the user's
stated role ("as encargado", "now I am line leader", "I coach the under-12s") followed by an
ask of the people under it ("ask the new pickers", "ask the lads").
"""

from __future__ import annotations

import re

_KIN = (
    r"(?:grandpa|grandad|granddad|grandfather|grandma|grandmother|gran|granny|nan|nana|dad"
    r"|mum|mom|father|mother|parents|family|uncle|aunt|auntie|husband|wife|late \w+)"
)
ASKED = (
    r"(?:the|a|an|my|our|each|every|one of the|some of the|all the) (?:[\w-]+ ){0,2}?(?:workers?"
    r"|girls?|boys?|guys?|lads?|women|men|hands|operators?|pickers?|dishwashers?|cooks?"
    r"|machinists?|packers?|sewers?|stitchers?|kids?|deckies|deckhands?|crew|crewmen|fishermen)"
    r" on my (?:line|crew|rows?|truck|boat|ship|vessel|trawler|yacht|rig)\b",
    r"(?:one of |some of |a few of |two of |each of |all of )?(?:my|our) (?!fellow |other )"
    r"(?:[\w-]+ )?residents\b(?!')|(?:one of |some of )my residents\b",
    r"(?:the|a|an|my|our) (?:[\w-]+ ){0,3}?(?:students?|grads?|graduates?|nurses?|hires?"
    r"|starters?|residents?|interns?|trainees?|ones?|girls?|guys?|lads?|boys?|rookies?"
    r"|doctors?|medics?|f1s?|fy1s?) (?:(?:who|that|whom) )?(?:i'm|i am|i've been|i'm currently"
    r"|i) (?:precepting|precept|orienting|buddying|training|mentoring|supervising|onboarding)\b",
    r"(?:my|our|the) preceptees?\b",
    rf"(?:the|a|an|our|my) (?:\w+ )?(?:tenants?|lodgers?) (?:in|of|at|from) (?:my |our )?{_KIN}"
    r"(?:'s|s') ",
    r"(?:the|a|an|our|my) (?:[\w-]+ ){0,2}?(?:school ?leavers?|lads?|lass|girls?|boys?|kids?"
    r"|youngsters?|teenagers?|young \w+) (?:(?:who|that|whom) )?(?:i|we)(?:'ve| have)?"
    r" (?:just )?(?:taken on|took on|hired|employed|brought on)\b",
    r"(?:the|a|an|one of the) (?:[\w-]+ ){0,2}?(?:sixth[- ]formers?|pupils?|students?|year \d+s?)"
    r" (?:who|that) helps? (?:me )?(?:coach|teach|run|ref|referee)\b",
    r"(?:the|a|an|one of the|some of the|my|that|this) (?:[\w-]+ ){0,2}?(?:boy|girl|lad|lass"
    r"|kid|teen|teenager|youngster|child|swimmer|runner|player|dancer|gymnast|skater|rower"
    r"|boxer|climber|athlete)s? (?:(?:who|that|whom) )?(?:i|we) (?:coach|train|teach|tutor"
    r"|instruct)\b(?! (?:with|alongside|together|against|next to|beside)\b)",
    r"(?:my|our) part-?time (?:kid|boy|girl|lad|lass|helper|worker)s?\b",
    r"(?:my|our) (?:elderly|old|older|aged|frail|favou?rite|\d+[- ]year[- ]old) patients?\b(?!')",
    r"(?:the|a|an|one of the) (?:[\w-]+ ){0,2}?(?:residents?|patients?|clients?) (?:at|in|on|of)"
    r" (?:the|our) (?:[\w-]+ )?(?:care home|nursing home|ward|hospice|home|clinic|hospital"
    r"|practice|unit|surgery) (?:where |that )?(?:i|we) (?:work|volunteer|nurse|care)\b",
)
"""The person asked, in the user's charge by the user's own role."""
MY_ROLE_OVER_THEM = (
    r"(?:i'm|i am) (?:his|her|their) (?:caposquadra|capo\w*|encargad[oa]|capataz|foreman"
    r"|forewoman|crew (?:boss|lead|leader)|line (?:lead|leader)|floor supervisor|preceptor|skipper"
    r"|landlord|landlady)\b"
)
"""The user naming their role over the person ("I am his caposquadra")."""

_ROLE = (
    r"(?:(?:as|i'm|i am|now i'm|now i am)(?: (?:now|the|their|a|an|our|new))* (?:line lead(?:er)?"
    r"|leader|(?:crew|floor|line|site|gang|stand|shift|section|group|door|bar|kitchen|ward)"
    r" (?:lead|leader|boss|supervisor|chief|captain)|foreman|forewoman|encargad[oa]|capataz"
    r"|capo(?: \w+)?|caposquadra|host|mc|emcee|compere|(?:\w+ )?coordinator|organi[sz]er"
    r"|preceptor|skipper|(?:club |society )?president(?: of (?:the )?\w+)?)"
    r"|i coach (?!with\b|alongside\b))\b"
)
_GROUP = (
    r"(?:(?:the|all the|each of the|one of the|some of the|two of the|my|our|each|every) )?"
    r"(?:(?:(?:new|young|newest|junior|seasonal|youth|first-time)[- ])+(?:girls?|boys?|guys?"
    r"|lads?|lass(?:es)?|ones?|kids?|workers?|hands|pickers?|staff|volunteers?|recruits?"
    r"|starters?|hires?|juniors?|rookies?|trainees?|players?|\w+ volunteers|deckies|deckhands?)"
    r"|newbies|newcomers|first[- ]years|freshers|lads|kids|players|squad|pickers|volunteers)"
    r"(?!'|s')\b"
)
_UNDER_MY_ROLE = re.compile(rf"\b{_ROLE}[^?!]{{0,100}}?\b(?:ask|tell|get|make|have)\w* ({_GROUP})")
"""The user's role, then an ask of those under it: "as crew lead, ask the new guys ...",
"I coach the under-12s on Sundays, ask the lads ..."."""


def under_my_role(text: str) -> str | None:
    """The words naming the people the user's stated role puts in their charge, asked right
    after it; not a role the user answers to ("ask the encargado for Friday off")."""
    match = _UNDER_MY_ROLE.search(text)
    return None if match is None else match.group(1)
