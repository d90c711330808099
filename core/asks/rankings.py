"""The user ranked, compared or pitied, in words: more of the judgement lexicon.

"Where I rank for looks in our year", "which guard is more guapo, me or Ernesto", "rank all
testers best to worst, me included", "rate how awkward I look, 1 to 10", "whether my dad bod is
really as bad as my ex says", "if they only keep me on the boat cause they feel sorry for me",
"like am I actually the dumbest one there": each puts the user's looks or worth to others, in a
league table, a head-to-head or a body part's verdict, which no card may ask. Fair cases kept:
ranking what the user made ("rank my three pizzas"), asking how much they look like a parent,
who is faster in a race, or how a place looks. Fragments for `core.asks.judgement.JUDGEMENT`,
over the normal form of `core.asks.text`.
"""

from __future__ import annotations

_LOOKS = (
    r"(?:looks|appearance|attractiveness|hotness|beauty|style|personality|charm|popularity"
    r"|face|body)"
)
_GOOD_LOOKING = (
    r"(?:guapo|guapa|guap[ao]s|bonit[ao]|lind[ao]|bell[ao]|beau|belle|hübsch|schön|handsome"
    r"|attractive|good-looking|good looking|better-looking|better looking|hot|cute|pretty"
    r"|beautiful|sexy|fit|gorgeous|ugly|charming|stylish|likeable|popular|fanciable"
    r"|(?:good|better|best)[- ]lookin'?)"
)
"""Words for looks, in the languages users mix in ("más guapo", "more guapo"), or typed as
said ("best lookin")."""
_BODY_PART = (
    r"(?:dad ?bod|mum ?tum|mom ?bod|beer belly|belly|gut|tum|tummy|body|bod|face|looks|hair"
    r"|hairline|bald spot|nose|teeth|skin|weight|arms|legs|thighs|bum|butt|figure|physique"
    r"|chin|double chin|ears|smile|outfit|dress|fashion sense|belle|beard|stomach|forehead"
    r"|eyebrows|haircut)"
)
_SHOWN = (
    r"(?:dad ?bod|mum ?tum|mom ?bod|beer belly|belly|gut|tummy|body|bod|figure|physique|legs"
    r"|arms|thighs|bum|butt|stomach)"
)
"""The body as shown at the beach or the pool: whether it is "acceptable" there is a verdict
on the user's looks; whether their legs are fine to run on is health, and not read here."""
_VERDICT = (
    r"(?:bad|ugly|fat|gross|awful|terrible|embarrassing|old|saggy|flabby|unattractive|weird"
    r"|horrible|hideous|off-putting|disgusting|big|huge|skinny|scrawny)"
)

_UNLOVELY = (
    r"ugly|uglier|fat|fatter|skinny|scrawny|plain|chubby|unattractive|hideous|bald|balding"
    r"|unfanciable"
)
"""Looks the user fears they have ("too skinny to be a proper lifeguard", "became ugly since I
retired"); "too old" and "too short" stay out, as often a fair question about a sport or a
job's rules."""

_ALLURING = r"(?:fit|fitter|fanciable|sexy|sexier|attractive|good-looking|handsome|gorgeous)"
"""Looks the user hopes for ("if I'd be fit if I lost a stone"); "fit enough to run" and "fit
for work" are health, not looks, and "hot" or "pretty" too often the weather or "pretty busy"."""

_LEAST_OF_US = (
    r"(?:dumbest|stupidest|thickest|slowest|weakest|worst|laziest|most (?:annoying|boring|useless"
    r"|awkward|hated|disliked)|least (?:smart|clever|intelligent|liked|popular|talented))"
)
"""The bottom of the user's group, asked as a question: "am I actually the dumbest one there"."""

JUDGEMENT = (
    rf"am i (?:actually |really |honestly |secretly |just |basically )?(?:the|their) {_LEAST_OF_US}"
    r"\b(?! (?:at|in) (?:chess|cards|darts|pool|football|tennis|golf|maths|math|cooking|driving))",
    rf"where (?:i|i'd|i would|me) (?:\w+ )?(?:rank|stand|come|place|fall|rate|sit)\w*"
    rf"(?: \w+){{0,3}} (?:for|on|in|by) (?:\w+ )?{_LOOKS}\b",
    r"(?:rank|rate|score|grade|order|sort|list)\w* (?:[\w-]+ ){0,5}?(?:from )?(?:the )?"
    r"(?:best|worst|hottest|prettiest|ugliest|fittest|most \w+|least \w+)\b[^.!?]{0,40}"
    r"\b(?:me included|including me|myself included|me too)\b",
    rf"(?:more|most|less|least|the) (?:\w+ )?{_GOOD_LOOKING}\b[^.!?]{{0,20}}?\b(?:me or|or me\b"
    rf"|between me and|between (?:\w+ )?and me\b)",
    rf"(?:me or|between me and) [\w' ]{{1,30}}?(?:is|'s) (?:more|most|the (?:more|most) )?"
    rf"{_GOOD_LOOKING}\b",
    r"(?:rate|score|grade|judge|tell me|ask|guess) (?:\w+ ){0,3}how (?:\w+ )?(?!much\b|far\b"
    r"|long\b|many\b|often\b)\w+ i (?:look|seem|come across|sound)\b",
    rf"(?:if|whether|that|how) my (?:\w+ )?{_BODY_PART} (?:is|are|looks?|seems?|don|dey|be|'s"
    rf"|has got|has gotten|got|getting) (?:really |truly"
    rf" |actually |honestly )?(?:as |that |so |too |really )?{_VERDICT}\b",
    r"(?:because|cause|'cause|cos|coz|since|out of|as) (?:they|he|she|you|people|everyone"
    r"|the \w+)(?: \w+)? (?:feel|feels|felt) (?:sorry for|bad for|pity for) me\b",
    rf"(?:if|whether|reckons?|thinks?|think) (?:\w+ ){{0,3}}(?:i'm|i am|i'd be|i look|i'm getting"
    rf"|am|i've got|i have got|i've become|i have become|i became|i got|i grew|i turned) (?:\w+ )?"
    rf"(?:too |so |really |very )?(?:{_UNLOVELY})\b",
    rf"(?:if|whether|reckons?|thinks?|think) (?:\w+ ){{0,3}}(?:i'd|i would|i'll|i will|i could)"
    rf" (?:be|look) (?:really |very |so |more |proper |well |actually )?{_ALLURING}\b(?! enough"
    r"| for| to\b)",
    r"(?:rate|score|grade|mark|judge)\w* (?:my|mi) (?:new |fresh |latest )?(?:beard|moustache"
    r"|mustache|haircut|hairstyle|hair|face|smile|body|physique|looks|outfit|fit|tan|abs|muscles?|biceps|pecs|six-?pack"
    r"|legs|teeth|makeup|make-up|selfie|glow[- ]up)\b",
    r"(?:si|qu[eé] tan|cu[aá]n) (?:soy|estoy|me veo|luzco) (?:muy |m[aá]s )?(?:guap[oa]|fe[oa]"
    r"|gord[oa]|bonit[oa]|lind[oa]|flac[oa]|atractiv[oa]|viej[oa])s?\b|qu[eé] tan (?:guap[oa]"
    r"|fe[oa]|gord[oa]|bonit[oa]|lind[oa]|flac[oa]|atractiv[oa]|viej[oa]) (?:soy|estoy|me veo"
    r"|luzco)\b",
    r"(?:if|whether|reckons?|thinks?|think) (?:i'm|i am|am i|i'd be) (?:a |an )?(?:[1-9]|10)"
    r"(?:/10| out of (?:10|ten)| or (?:a |an )?(?:[1-9]|10)\b[^.!?]{0,12}\b(?:be honest|honestly"
    r"|no lies|be brutal|brutally|on looks|for looks))",
    rf"(?:if|whether) my (?:\w+ )?{_SHOWN} (?:is|are|'s|looks?) (?:\w+ )?(?:acceptable|presentable"
    r"|ok|okay|alright|all right|fine|decent|appropriate|too much)\b(?:[^.!?]{0,20}\b(?:beach"
    r"|pool|lido|swim\w*|bikini|speedos?|trunks|in public|to be seen|to show)\b|[^.!?]{0,30}"
    r"\bcover (?:up|it up|myself))",
    rf"(?:i'm|i am|am i|i look|i'd be|i would be) (?:\w+ )?(?:more|less) (?!fit\b){_GOOD_LOOKING}"
    r" than\b",
    r"(?:if|whether|that) my (?:face|looks|features|head) (?:is|are) (?:just |really |simply"
    r" |too )?(?:hard|difficult|impossible) to (?:work with|photograph|look at|fix|love)\b",
    r"(?:score|mark|rating|grade|number)\b[^.!?]{0,30}\b(?:give|gives|giving|put on) (?:to )?"
    r"(?:my|mi) (?:face|looks|body|figure|smile|legs|physique|nose)\b",  # teeth: a dentist's score
    r"(?:keep|kept|keeps|have|invite|include|put up with|tolerate)s? me (?:\w+ ){0,4}(?:out of"
    r"|from|for) (?:pity|sympathy|charity)\b",
)
"""Where the user ranks for looks, a league table with the user in it, a head-to-head on
looks ("more guapo, me or Ernesto", "more guapo than her boyfriend"), a score of how the user
comes across, a body part's verdict asked ("if my belle don too big"), a face "just hard to
work with", the user's looks feared ugly or skinny or hoped fit, a score for their beard,
haircut or muscles ("out of 10", unlike their roast lamb), the score the hairdresser would give
their face, "si soy guapa", and being kept on out of pity; "whether I'm a 6 or a 7, be honest",
and whether the user's body is "acceptable for the beach" (a shoe size or legs fit to run on
are no verdict)."""
