"""A friend sent to set the user up with someone the user has only seen, never spoken to.

"Ask my friend Rohan to set me up with the girl I see at the station bookstall every
morning, I've never spoken to her", "ask my mate to go up to the woman walking her greyhound
and set me up with her, we've never spoken", "ask Marta to introduce me to the handsome
organist, I have only seen him from the pews", "minta temen kenalin aku ke cewek di perpus,
aku cuma liat dari jauh": the friend is only the messenger; the one asked is someone who has
never met the user and is approached for a date on looks alone, by a go-between she cannot
turn down as easily as the user. A friend asked to introduce the user to her colleague in
publishing, or to set the user up with a cousin the user has chatted with at a party, asks
for an introduction among people who know each other, and stays fair: the set-up must be
romantic (or name a person by their looks) and the user must say they have only seen them.
Read with `core.asks.affection.INTRODUCE_TO_NOTICED` into the ask's
`pursues_someone_noticed` by `core.asks.slots`; fragments over the
normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.affection import INTRODUCE_TO_NOTICED
from core.asks.courted import courts_until_noticed
from core.asks.dates_in_other_tongues import DATED_IN_OTHER_TONGUES
from core.asks.text import has, words

_SOMEONE = (
    r"(?:girl|guy|lad|lass|woman|man|bloke|chap|fella|dude|boy|lady|gentleman|stranger"
    r"|cewek|cowok)"
)
SET_UP = words(
    r"(?:set|hook|fix) (?:me )?up with\b(?! (?:a |an |the |some )?(?:job|interview|internship"
    r"|account|loan|desk|room|place|flat|ticket|tickets|work|shift|contact|discount|deal)\b)",
    rf"(?:introduce|intro) (?:me|us) to (?:the|a|an|that|this) (?:\w+ ){{0,2}}?{_SOMEONE}\b",
    r"(?:introduce|intro) (?:me|us) to (?:the|a|an|that|this) (?:handsome|cute|pretty|hot"
    r"|gorgeous|beautiful|attractive|good-looking|sexy|lovely) \w+",
    r"kenal(?:in|kan) (?:aku|gue|gw|saya|ku)\b",
)
"""A set-up or an introduction to someone named as a woman, a man or by their looks."""
ONLY_SEEN = words(
    r"(?:i|we)(?:'ve| have)? (?:only|just) (?:ever )?(?:seen|saw|see|noticed|watched)"
    r" (?:her|him|them)\b",
    r"(?:i|we)(?:'ve| have)? never (?:even )?(?:spoken|talked|met|said (?:a word|hello|hi))\b",
    r"(?:haven't|have not|hasn't|has not|don't|doesn't|do not|does not) (?:even |actually )?"
    r"(?:know|met) (?:her|him|them)\b",
    r"from (?:afar|far|a distance|across the room|the pews)\b",
    r"dari jauh|belum pernah (?:ngobrol|kenal|ketemu|ngomong)|(?:cuma|hanya) (?:liat|lihat)",
)
"""The user saying they have only seen the person: never spoken, only seen from afar."""
_TAKEN = words(
    r"(?:she|he|they)(?:'s| is|'re| are|'s been| has been| have been)? (?:dating|seeing|going"
    r" out with|married to|engaged to)\b|(?:her|his|their) (?:new )?(?:boyfriend|girlfriend"
    r"|partner|husband|wife|fiancée?)\b",
)
"""The friend's own partner, met at last ("the guy she's been dating, I've never met him")."""


def sets_me_up_with_the_unmet(text: str) -> bool:
    """Whether a go-between is asked to set the user up with someone only seen."""
    if not has(SET_UP, text) or has(_TAKEN, text):
        return False
    return has(ONLY_SEEN, text, guided=False)


def pursues_someone_noticed(text: str) -> bool:
    """An introduction to someone only noticed (`core.asks.affection.INTRODUCE_TO_NOTICED`), a
    set-up with someone only seen, or a date asked in another tongue of someone serving the user
    or passing by (`core.asks.dates_in_other_tongues`): each a date with someone who has only
    seen the user across a counter or a room."""
    if has(INTRODUCE_TO_NOTICED, text) or has(DATED_IN_OTHER_TONGUES, text):
        return True
    if courts_until_noticed(text):
        return True  # flowers every week "until she notices me" (`core.asks.courted`)
    return sets_me_up_with_the_unmet(text)
