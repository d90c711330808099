"""A no explained away: the answer the person gave, and the user's reason it did not count.

Users rarely write "she said no, ask again". They report the no in its softer words ("she
laughed it off last week", "he said 'maybe not'", "she said she has a fella", "she said
'I'm grand thanks'", "non merci", "last time she changed the topic") and then say why it was
no no: "but I think he was just shy", "but she was smiling", "she was wi her pals so it
doesnae count", "that's not a proper no", "so basically a maybe", "but that was a month ago",
"third time's the charm", "this is a different sort of dance". The explanation is the
repeat: it only exists because the user means to ask past the answer. An "again" in Spanish
or French ("volver a preguntar", "redemander") joins the no the rules already read.

Fair neighbours stay fair: a nonna who "laughs it off every time" she is asked for a recipe
(a habit, not an answer), an ask put off by a busy week with no reason given why it did
not count, a shop's "sold out" a week ago (time
passing explains away only a person's no), and a smile or a laugh with no no beside it.
`core.asks.slots` reads this into `repeats_after_no`; fragments over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

from core.asks import persistence
from core.asks.text import has, words

_SHE = r"(?:she|he|they)"
_SAID = r"(?:said|says|say|told (?:me|us)|wrote|replied|answered|mentioned)"

GIVEN_NO = words(
    r"laughed (?:it|that|me) off|laughed (?:when|as) i asked|laughed at (?:me|the idea)",
    rf"{_SAID} (?:that )?{_SHE}(?:'s| has| had| have|'ve)? (?:got )?a (?:boyfriend|girlfriend"
    r"|husband|wife|fella|partner|man|fianc\w+|missus|lad|bloke|fella)\b",
    rf"{_SAID} (?:'|\")?(?:ah |oh |och )?(?:naw|nah|nae|non merci|non,? merci|não|nao|no gracias"
    r"|no,? gracias|capaz que no|no sé|nein danke)\b",
    rf"{_SAID} (?:'|\")?(?:ah |oh |och |nah,? |no,? )?(?:i'm|i am|we're) (?:grand|alright|all"
    r" right|good|fine|ok|okay|sorted),? thanks?\b",
    r"changed the (?:topic|subject)|(?:brushed|waved|laughed) (?:it|me) (?:off|away)",
    r"(?<!always )(?:said|told (?:me|us)|wrote) (?:that )?(?:it's|it is|it was) a (?:family |big"
    r" |closely guarded )?secret",
    rf"{_SAID} (?:'|\")?never\b(?! mind)",
    rf"{_SAID} (?:that )?{_SHE} (?:wasn't|isn't|was not|is not|weren't|aren't) (?:really )?(?:one"
    r" for|into|a fan of|big on|looking for)\b",
    rf"{_SAID} (?:that )?{_SHE} (?:doesn't|does not|don't|didn't|did not) have (?:the )?(?:energy"
    r"|headspace|bandwidth|capacity)\b",
)
"""A no in the softer words users report: laughed off, a partner named, "naw", "I'm grand
thanks", "non merci", the subject changed, a family secret, "never", "not one for dancing",
"doesn't have the energy for it"."""
PUT_OFF = words(
    rf"{_SAID} (?:that )?{_SHE} (?:was|were|'s|is|are|'re) (?:too |really |very )?busy",
    rf"{_SAID} (?:'|\")?maybe (?:another|some other) time",
)
"""An answer that only puts the ask off: a no only when the user explains it away."""
PLAIN_NO = words(r"(?:said|says|told (?:me|us)) (?:'|\")?no\b(?! (?:problem|worries|rush))")
"""A plain no, a person's: "she said no"."""

_EXCUSE = (
    rf"{_SHE} (?:was|were|'s|is|are|'re) (?:just |only |probably |prob |a bit |a little |really"
    r" |so )?(?:shy|surprised|nervous|being polite|polite|stressed|tired|distracted|embarrassed"
    r"|flustered|caught off guard|playing hard to get|in a (?:bad |funny )?mood|smiling|blushing"
    r"|joking|having a bad day|wi(?:th)? (?:her|his|their) (?:pals|friends|mates|mum))\b",
    rf"{_SHE} (?:smiled|blushed|giggled)",
    rf"(?:that's|that is|it's|it is) (?:just )?how {_SHE} (?:is|are)\b",
    rf"(?:on|at|by) (?:her|his|their) (?:birthday|name day)|{_SHE}(?:'ll| will) be (?:softer"
    r"|nicer|less busy|more relaxed|in a better mood)",
    r"(?:maybe |surely )?now (?:is|'s|will be|might be) (?:better|different|the time)",
    r"this (?:is|one is|time is|time it's) (?:a )?different",
)
"""The reason given after "but": the person was only shy, smiling, with friends, stressed, or
will be softer on their birthday; this one is different."""
EXPLAINED_AWAY = words(
    rf"(?:but|though|although),? (?:sure |i think |i reckon |i bet |maybe |probably |honestly"
    rf" )?(?:{'|'.join(_EXCUSE)})",
    r"(?:doesn't|does not|didn't|did not) count\b|(?:not|isn't|wasn't|is not|was not) (?:a"
    r" |really a )?(?:proper|real|hard|firm|definite|actual|true|final) no\b",
    r"(?:basically|practically|technically|more like) (?:a )?(?:maybe|yes)\b",
    r"(?:second|third|3rd|fourth|4th) times? (?:is |'s )?the charm",
    r"(?:it's|it is|that's|so it's) a different (?:ask|question|request)\b|in a better mood",
)
"""The user's reason the no did not count."""
TIME_PASSED = words(
    r"that (?:was|'s|is) (?:a|one|two|three|four|a whole|\w+) (?:whole |full )?(?:days?|weeks?"
    r"|months?|years?|ages) ago|it(?:'s| has) been (?:a|one|two|three|\w+) (?:whole |full )?"
    r"(?:weeks?|months?|years?|while)|surely (?:that's|that is|it's|it is) (?:enough|long enough)",
)
"""Time passing given as the reason ("but sure that was a month ago", "surely that's enough
time"): an explanation only of a person's no, not of a shop's "sold out"."""
AGAIN_ABROAD = words(
    r"(?:volver|vuelve|vuelvo) a (?:preguntar|pedir)\w*|redemand\w*|re-?demander"
    r"|(?:nochmal|noch einmal) (?:fragen|frag)\w*",
)
"""Asking again in Spanish, French or German."""
LAST_TIME = words(r"last time|laughed when i asked")
"""An earlier ask named ("last time she changed the topic")."""

_ANY = words(
    r"laugh\w*|said|says|say|told|wrote|replied|answered|mentioned|changed the|brushed|waved"
)
"""A no reported at all: most asks report none, and stop at this one scan."""


def explains_a_no_away(text: str) -> bool:
    """Whether the words report a no and explain it away, or ask again past a no they report
    in softer words or in another language's "again"."""
    if not has(_ANY, text, guided=False):
        return False
    given = has(GIVEN_NO, text, guided=False)
    if has(EXPLAINED_AWAY, text) and (
        given or has(PUT_OFF, text, guided=False) or has(persistence.PRIOR_NO, text, guided=False)
    ):
        return True
    if has(TIME_PASSED, text) and (given or has(PLAIN_NO, text, guided=False)):
        return True
    if given and (has(persistence.AGAIN, text) or has(LAST_TIME, text)):
        return True
    return has(AGAIN_ABROAD, text) and (given or has(persistence.PRIOR_NO, text, guided=False))
