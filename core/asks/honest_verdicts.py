"""A verdict on the user's looks or worth asked "honestly", in more of the shapes users write.

"Post a poll on my close friends story: pretty or just okay?", "ask Julien how many kilos he
thinks I should lose", "ask the lads if I'm getting a gut", "tell me if I've added weight
since my baby", "would I be more attractive to her if I dropped 10 pounds", "which feature of
my face they would change", "hand out a card: would you fancy me? Y / N", the user named in
the third person ("ask my under-15s if coach has gotten fat", "ask my grandchildren whether
their grandfather has become ugly"), and the same in Pidgin ("if I still be fine boy"),
Indonesian ("aku cakep ga?") and Spanish ("si soy aburrida"): each puts the user's body or
worth to others for a score, however bravely it is meant. A poll on which cake to bake, how
many kilos a suitcase may weigh, or whether the user's slides were clear judge no one, and
stay fair. Fragments for `core.asks.judgement.JUDGEMENT`, over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

_LOOKS = (
    r"(?:pretty|ugly|cute|hot|fit|fat|handsome|beautiful|attractive|gorgeous|plain|average"
    r"|sexy|good-looking|fine)"
)
_WEIGHT = r"(?:kilos|kilograms|kg|pounds|lbs|stone|weight)"
_GONE = (
    r"(?:fat|fatter|ugly|uglier|old|older|bald|flabby|chubby|wrinkly|soft|saggy|frumpy|past it"
    r"|over the hill)"
)
_ME_AS_THEY_SAY = (
    r"(?:their|your) (?:grandfather|grandad|granddad|grandpa|grandmother|grandma|granny|nana"
    r"|nan|dad|daddy|father|mum|mom|mummy|mother|papa|mama|teacher|coach)|coach"
)
"""The user named in the third person to the people asked: "their grandfather", "coach"."""

JUDGEMENT = (
    rf"\bpoll\b[^.!?]{{0,60}}?\b{_LOOKS} or (?:just |not |only )?(?:okay|ok|average|not|plain"
    rf"|ugly|meh|mid|{_LOOKS})\b",
    r"(?:he|she|they|you|people) (?:\w+ )?(?:thinks?|reckons?) i (?:should|need to|ought to"
    r"|must|have to) (?:lose|drop|shed)\b",
    rf"i (?:should|need to|ought to|must|have to) (?:lose|drop|shed) (?:\w+ ){{0,3}}?to (?:look"
    rf"|be) (?:\w+ )?(?:good|decent|slim|{_LOOKS})\b",
    rf"(?:if|whether) i(?:'ve| have)? (?:added|gained|put on|piled on) (?:some |any |a bit of )?"
    rf"{_WEIGHT}",
    r"(?:am i|(?:if|whether) i(?:'m| am)) (?:getting|growing|developing) (?:a |an )?(?:gut|belly"
    r"|beer belly|paunch|double chin|bald|fat|chubby|old|wrinkly|dad bod|muffin top)\b",
    r"(?:i'd|i would|i'll|i will) (?:be|look) (?:more|less) (?:attractive|handsome|pretty"
    r"|beautiful|desirable|fanciable|sexy|hot)\b",
    r"(?:feature|part|thing|bit) (?:of|about|on) my (?:face|body|looks|appearance|figure)\b",
    r"(?:would|could|do|did) (?:you|they|he|she) (?:ever )?fancy me\b",
    rf"(?:if|whether) (?:{_ME_AS_THEY_SAY}) (?:has|have|'s) (?:\w+ )?(?:gotten|got|become|grown"
    rf"|gone|turned|aged) (?:\w+ )?{_GONE}\b",
    r"(?:rate|score|grade|judge) (?:your|the|my) (?:[\w-]+ ){0,2}?(?:crew member|member of staff"
    r"|server|host|guide|instructor|driver|teacher|coach|waiter|waitress)'s (?:appearance|looks)\b",
    r"(?:if|whether) i (?:still )?(?:be|dey) (?:\w+ )?(?:fine|fresh|handsome|beautiful|fine boy"
    r"|fine girl|ugly|old)\b|i don (?:old|fat|ugly)\b",
    r"aku (?:\w+ )?(?:cakep|cantik|ganteng|jelek|gendut|menarik|manis)\b",
    r"si (?:soy|estoy|me veo) (?:\w+ )?(?:aburrid[oa]|fe[oa]|gord[oa]|guap[oa]|bonit[oa]"
    r"|atractiv[oa]|tont[oa]|pesad[oa]|rar[oa]|viej[oa]|interesante)\b",
)
"""Weight to lose or gained, a gut growing, more attractive if thinner, a feature of the face
to change, "would you fancy me", the user in the third person gone fat or ugly, a crew
member's looks rated, a poll on pretty or okay, and "am I pretty/boring" in Pidgin,
Indonesian and Spanish."""
