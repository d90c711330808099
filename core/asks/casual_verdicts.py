"""The user's looks or worth put to others in casual talk: more of the judgement lexicon.

"Ask the crew on the rig if they reckon I'm boring to be stuck with", "do y'all secretly not
like me? be real", "am I actually talented or y'all just bein nice", "ask my ex if I was ever
actually good-looking or if she just felt sorry for me", "ask every passenger, 'Abeg, I fine
or I no fine?'" (Pidgin: am I good-looking or not), "ask the club kids to score my face from
1 to 10" in Korean, a grandmother asking her grandchild "if her nani has become fat and ugly":
each asks people for a verdict on the user, however bravely or jokingly it is put, which no
card may ask.

Fair neighbours stay fair: "I reckon I'm ready, so ask the boss for the bigger jobs" (the
user's own view, asking none), "ask the boss if she reckons the report is ready" or whether
the editor is just being nice about the draft (a verdict on the work), "ask the nurse if
I'm fine to go home" (health), and "rate my kimchi out of 10" in Korean (the dish, not the
cook). Fragments for `core.asks.judgement.JUDGEMENT`, over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

_VERDICT = (
    r"(?:boring|annoying|dull|ugly|fat|weird|creepy|lazy|useless|stupid|dumb|cringe|cringey"
    r"|pathetic|unlikeable|awkward|embarrassing|talented|gifted|good-looking|good looking"
    r"|attractive|pretty|handsome|beautiful|hot|cute|funny|interesting|likeable|too much"
    r"|hard work|a drag|a bore|a burden|a failure|a loser|a letdown|a let-down|a joke"
    r"|worth (?:it|anything|keeping|knowing|the effort))"
)
"""What a verdict on the user calls them: their looks, their company or their worth."""
_KIN_AS_THEY_SAY = (
    r"(?:nani|nana|dadi|dada|dida|didima|thakuma|thakurma|ammamma|ammachi|paati|lola|lolo"
    r"|grandma|granny|gran|nan|nanna|grandmother|grandad|grandpa|grandfather|oma|opa|abuela"
    r"|abuelo|bà|ông)"
)
"""A grandparent as the grandchild calls them: the user, named in the third person to their
own grandchild ("ask my nati if her nani has become fat")."""

JUDGEMENT = (
    rf"(?<!\bi )(?:reckons?|reckoned|reckoning) (?:that )?(?:i'm|i am|i was|i'd be|i would be)"
    rf" (?:(?:a|an|just|really|actually|too|so|still|kind of|kinda|bit of a|a bit) )*"
    rf"(?:\w+ )?{_VERDICT}\b",
    r"(?:secretly|actually|really|low-?key|honestly) (?:not|don't|do not|doesn't|does not|dont)"
    r" (?:like|love|want|respect|rate|stand|care about|trust) me\b(?! \w+ing\b| to\b)",
    r"(?:just|only) (?:felt|feels|feel|feeling|felt a bit) sorry for me\b",
    r"(?:am i|(?:if|whether) (?:i'm|i am|i was|i were)) (?:ever |even |actually |really"
    rf" |honestly |truly ){{1,3}}{_VERDICT}\b",
    r"\bi (?:fine|dey fine|be fine) (?:or|abi|ooo?r) (?:i )?(?:no|no dey|no be|not) fine\b",
    rf"(?:if|whether) (?:her|his|their|your) {_KIN_AS_THEY_SAY} (?:has|have|'s|is) (?:\w+ )?"
    r"(?:become|got|gotten|grown|gone|turned|looking|looks) (?:\w+ )?(?:fat|fatter|ugly|uglier)"
    r"(?: and (?:fat|ugly|old))?\b",
    r"내 (?:얼굴|외모|몸매|몸|셀카|생김새|비주얼)\w*(?: [\w-]+){0,3}? (?:점수|평가|등급|별점)\w*",
    r"(?:내가|나) (?:\w+ )?(?:못생겼|잘생겼|예쁜지|예뻐|예쁘|뚱뚱|매력 ?있)\w*",
    rf"how {_VERDICT} (?:she|he|they|you) (?:\w+ )?(?:finds?|found|thinks?|rates?) me\b",
    rf"(?:if|whether) (?:she|he|they|you) (?:\w+ )?(?:finds?|found) me {_VERDICT}\b",
    r"(?:if|whether|think|thinks|reckons?|does|do|did) (?:anyone|anybody|people|everyone"
    r"|everybody|no ?one|nobody|they|the others|my friends)(?: (?:at all|here|there|really"
    r"|actually|honestly|even|genuinely|secretly|truly|still|ever))* (?:likes?|liked|cares?"
    r" about|cared about|would miss|wants? me around|wants? to be around) me\b(?! to\b)",
)
"""Whether they reckon the user is boring or ugly (not the user's own reckoning), secretly
do not like them or only felt sorry for them, whether the user is actually
talented or was ever good-looking; "I fine or I no fine" in Pidgin; the user's grandmother
self gone fat or ugly; whether anyone at all actually likes the user, or would miss them (a
verdict on their worth, put to a husband as to a crowd); how attractive she finds the user,
or whether she finds them ugly (a verdict put to her, where "how she finds the job" is not);
the user's face put to a score in Korean, or whether they are ugly or pretty."""
