"""How an ask is made, in words: on camera, unsafely, as a demand, or of someone in grief.

The lexicons match the normal form of `core.asks.text`; a pretence is `core.asks.deception`.
The unsafe lexicons live in `core.asks.danger` and are named here, where the slots read them;
`RECORDED` also takes in the filming shapes of `core.asks.filming` and those in other tongues of
`core.asks.footage_in_other_tongues` and `core.asks.cameras_abroad`.
"""

from __future__ import annotations

from core.asks import taking_liberties as liberties
from core.asks.camera_yes import PATTERNS as CAMERA_YES
from core.asks.cameras_abroad import PATTERNS as CAMERAS_ABROAD
from core.asks.danger import UNSAFE as UNSAFE
from core.asks.danger import UNSAFE_WITH_STRANGERS as UNSAFE_WITH_STRANGERS
from core.asks.filming import PATTERNS as FILMING
from core.asks.footage_in_other_tongues import PATTERNS as FOOTAGE_IN_OTHER_TONGUES
from core.asks.text import words

_PEOPLE = (
    r"(?:them|him|her|people|strangers|a stranger|someone|everyone|the \w+|their \w+|my (?:friend"
    r"|friends|conversation|neighbour|date|manager|landlord|colleague|coworker)|a conversation|it)"
)
_HUMANS = (
    r"(?:them|him|her|people|strangers|a stranger|someone|somebody|everyone|passers-by"
    r"|(?:every|each) (?:stranger|person|passer-by)"
    r"|the (?:\w+ )?(?:person|people|man|woman|guy|girl|crowd|cashier|barista|waiter|waitress"
    r"|staff|shop assistant|neighbour|couple|family|driver|guard|nurse|clerk|receptionist"
    r"|bouncer|officer|assistant|patrons|customers|guests|passengers|commuters|diners|shoppers"
    r"|tourists|children|kids|students|maiko|geisha|geiko|monks?|nuns?|bride)|(?:their|his|her)"
    r" (?:face|reaction|kids)"
    r"|my (?:friend|friends|neighbour|date|manager|landlord|colleague|coworker))"
)
RECORDED = words(
    *liberties.RECORDING,
    r"voice (?:memo|note|recorder)s? (?:\w+ ){0,2}(?:running|on|going)\b|(?:recording|zoom call"
    r"|call) (?:\w+ ){0,2}open in my pocket|in my pocket (?:recording|on)",
    r"(?:re)?post (?:the|a) (?:bit|clip|part|moment|video) (?:where|of(?! (?:me|myself|us|my)\b)"
    r"|when)"
    r"|clip (?:it|that|this|her|him|them)\b",
    r"(?:use|put) (?:his|her|their) (?:answer|voice|reaction|words) (?:as|in|on|for) (?:\w+ ){0,4}"
    r"(?:podcast|video|channel|vlog|reel|tiktok|story|blog)|with their (?:first |full )?names",
    r"vlog\w* (?:it|them|him|her|the (?:whole )?(?:thing|ask|reaction|conversation))",
    r"(?:get|catch|have) (?:\w+ ){0,3}on (?:tape|camera|video|film)\b",
    r"with (?:him|her|them) in (?:it|shot|the shot|the video|frame)|(?:his|her|their) faces? in"
    r" (?:it|shot|the shot|the video|frame)",
    rf"(?<!a )(?<!the )(?<!short )film(?:s|ed)? {_PEOPLE}|filming",
    rf"livestream\w*|live[- ]stream\w*|stream (?:it|myself|my (?:asks|challenge|rejection))"
    rf"|video(?:s)? of {_PEOPLE}",
    rf"(?:secretly )?record(?:s|ed|ing)? (?:\w+ )?{_PEOPLE}(?! (?:singing|reading|playing) (?:my"
    rf"|a))",
    rf"(?:photos?|pictures?|pics?|selfies?|snaps?|shots?|footage) (?:of|with) {_HUMANS}",
    rf"photograph\w* {_HUMANS}",
    r"(?:post|share|upload|put|tweet) (?:[\w']+ ){0,4}(?:screenshot|reply|replies|answer|answers"
    r"|reactions?|messages?|conversation|convo|face|embarrassing|no's)",
    r"(?:post|share|upload|put|tweet) (?:(?!(?:in|on|to|into)\b)[\w']+ ){0,4}chat",
    rf"(?:recording|voice note|voice memo|audio|footage|clip)s? (?:of|with) {_HUMANS}",
    r"(?:phone|camera|gopro) on (?:video|record\w*|camera)",
    r"screenshot\w*|compilation|for my (?:channel|followers|vlog|page|account|story|stories|status"
    r"|instagram|insta|tiktok|reels?|youtube)(?! shop| store| business)",
    r"(?:quietly|secretly|covertly|discreetly|sneakily) tape\w*|tape (?:record\w* )?(?:the \w+|them"
    r"|him|her|my \w+|our \w+) (?:when|while|as) (?:i|we)|snap (?:the|a|that|this) (?:\w+ ){0,2}"
    r"(?:when|while|as) (?:he|she|they)",
    r"(?:behind|under|from behind) (?:a|the) (?:\w+ )?(?:curtain|door|screen|pillar|plant|bush|tree"
    r"|shelf|counter|partition) with (?:a|my|her|his|their) (?:phone|camera)|with (?:my|her|his"
    r"|their|a) (?:phone|camera)\b.{0,100}\b(?:won't|will not|doesn't|wouldn't|never) (?:know"
    r"|notice|see|find out)",
    r"(?:their|the other) (?:\w+ ){0,2}(?:babies|kids|children|faces|families) in (?:it|shot"
    r"|frame|the shot|the video)|go(?:es|ing)? live (?:on|while|asking|and|as|from|kwa)"
    r"|faces and all"
    r"|(?:their|with) faces (?:showing|visible|in (?:it|shot))",
    r"(?:film|record|video|photograph|livestream)\w* (?:\w+ ){0,2}[a-z]+(?:'s|s') (?:reaction|face"
    r"|answer|response|refusal|no|reply)",
    r"(?:film|record|video)\w* (?:my|the) (?:flatmate|roommate|housemate|neighbour|mum|dad|sister"
    r"|brother|partner|boyfriend|girlfriend|wife|husband|date|teacher|boss|colleague|coworker"
    r"|child|kids)s?\b",
    r"(?:post|share|upload|put) (?:\w+ ){0,3}(?:a )?(?:video|photo|picture|clip"
    r"|recording) of (?:the|a|that|this|my) (?:\w+ )?(?:guy|man|woman|girl|person|people|stranger"
    r"|waiter|cashier|barista|friend|neighbour|date)",
    r"(?:secretly|without (?:them|him|her) knowing|without telling) (?:\w+ ){0,2}(?:film|record"
    r"|photograph)",
    r"(?:share|post|forward|show) (?:\w+ ){0,2}[a-z]+'s (?:texts|messages|photos|emails|dms"
    r"|letters|replies|voice notes)",
    r"with my followers|(?:on|to) (?:my )?twitch|screen[- ]?record\w* (?:my |our |the )?(?:\w+ )?"
    r"(?:facetime|call|video call|zoom|chat|convo|conversation)"
    r"|stream (?:my|the|our) (?:conversation|chat|call|date)",
    r"(?:photo|picture|video|clip|recording|voice memo|voice note|audio) of (?:my|the"
    r"|a) (?:\w+ )?(?:colleague|coworker|boss"
    r"|flatmate|roommate|partner|mum|dad|grandmother|grandfather|gran|family|sister|brother|child"
    r"|kids|neighbour|teacher|landlady|landlord|housemate|date|ex)s?\b",
    r"(?:record|film|photograph|post)\w* .{0,40}without (?:telling|asking)",
    r"(?:phone|recorder|dictaphone) on record|(?:leave|put|keep|set) (?:\w+ ){0,2}(?:phone"
    r"|recorder|dictaphone) (?:\w+ )?recording",
    r"hid(?:e|es|ing) (?:[\w']+ ){0,2}(?:camera|gopro|recorder|mic|microphone)|(?:hidden|secret"
    r"|concealed) (?:\w+ )?(?:gopro|camera|cam|recorder|mic|microphone|phone)|(?:gopro|body ?cam"
    r"|spy ?cam|camera glasses) (?:on|in|under) my",
    r"(?:mate|friend|buddy|pal|brother|sister|partner|someone) (?:secretly |quietly )?films\b(?! me"
    r"\b| my\b)",
    r"(?:pictures|photos|pics|video|footage|shots|film\w*|record\w*|photograph\w*|captur\w*)\b.{0,30}\bfrom"
    r" (?:across the (?:street|road|room|square|way)|a distance|afar|behind (?:a|the) \w+|the car"
    r"|a hidden \w+|the other side of)",
    r"camera (?:running|rolling|on)|(?:hidden|secret) camera|(?:phone|camera)'?s? (?:recorder"
    r"|recording)|(?:recorder|camera) (?:running|on) while",
    # Drivers dashcammed and posted with their number plates and faces.
    r"dashcam\w* (?:the|those|these|every|some|all the|any) (?:\w+ ){0,2}(?:drivers?|clowns"
    r"|idiots|muppets|people|cars|guys|morons|numpties|tailgaters|cyclists)\b"
    r"|(?:post|share|upload|put|stick)\w* (?:\w+ ){0,3}(?:clips?|videos?|footage|photos?|pics?"
    r"|pictures?)\b.{0,30}\b(?:with|showing) (?:their|the|his|her) (?:\w+ (?:and|&) )?(?:faces"
    r"|face|(?:number |licen[cs]e )?plates?|regos?|regs?)\b",
    *FILMING,
    *FOOTAGE_IN_OTHER_TONGUES,
    *CAMERAS_ABROAD,
)
SHARED_ONLINE = words(
    r"(?:on|to) (?:tiktok|youtube|reddit|twitter|instagram|insta|ig|facebook|fb|snapchat|my story"
    r"|my channel)|upload\w*"
    r"|(?:post|share|put|send|forward) (?:it|this|that|them|the \w+(?: \w+)?) (?:on|to|in|into)"
    r" (?:the|our|a|my) (?:\w+ ){0,2}(?:group|page|group chat)"
    r"|post (?:it|them) online|tweet\w*|(?:youtube|tiktok|instagram) (?:shorts?|reels?|videos?"
    r"|lives?)",
)
MET_ONLINE = words(
    r"(?:met|reconnected|connected|chatted|talked|spoke|matched|know|found|friends|messag\w*|dm"
    r"|dm'd|texted|text|reached out|added|follow) (?:with |to )?(?:\w+ ){0,4}(?:on|via|through)"
    r" (?:tiktok|youtube|reddit|twitter|instagram|insta|ig|facebook|fb|snapchat)",
)
"""A platform named as where the user knows or messages someone, not where anything is posted."""
OWN_WORK = words(
    r"(?:post|share|upload|put) (?:\w+ ){0,3}(?:my|something (?:i|you) made|a piece|your|my own"
    r"|a (?:photo|picture|drawing|painting|song|poem|story|video) (?:i|you) made)",
    r"record(?:ing)? (?:myself|me|my (?:song|poem|voice|playing|singing|reading))",
    r"of (?:me|you|myself|yourself|us|my (?:painting|drawing|work|art|cake|garden|dogs?|cats?"
    r"|pets?|puppy|kitten|bread|baking|cooking|plants?))|film\w* me (?:sing|danc|play)\w*",
    r"(?:watch|watched|watching|see|seen|hear|heard) myself|(?:film|record)\w* (?:a |my |one )"
    r"?(?:full |whole )?(?:class|lesson|lecture|sermon)\b(?! of)",
    r"my own|(?:film|record|photograph)\w* (?:myself(?! ask| talk| approach| with| and| chat)"
    r"|my (?:own|cooking|garden|art|work|painting|song|room))",
    r"(?:his|her|their) (?:own )?(?:youtube |tiktok |instagram )?(?:videos|channel|vlogs?|podcast"
    r"|reels)|my (?:\w+ )?(?:product|shop|etsy|portfolio|ceramics|pottery|artwork) (?:photos"
    r"|pictures|shots|listings?)",
    r"i (?:painted|drew|made|baked|cooked|wrote|knitted|built|sewed|designed|carved|crocheted)\b",
    r"(?:a|an|my) (?:\w+ )?(?:video|reel|clip|short|vlog|explainer|livestream)s? (?:explaining"
    r"|showing|teaching|on|about|demonstrating) (?:\w+ ){0,2}how (?:to|i)\b|(?:a|an|my) (?:\w+ )?"
    r"tutorials? (?:on|for|about|explaining|showing)\b",
    r"my (?:new |fresh |latest )?(?:fade|haircut|cut|trim|braids|locs|nails|tattoo|hairstyle"
    r"|line-?up)\b[^.!?]{0,80}?\b(?:post|share|upload|put) it\b",
)
"""The user's own work posted or filmed, a how-to they make among it ("a short video explaining
how to check your oil"), or their own new haircut posted ("rate my new fade ... before I post
it"): not other people filmed."""

FOR_THEM = words(
    r"(?:livestream|stream|film|record) my own (?:talk|set|gig|show|performance|class|workshop"
    r"|speech)",
    r"ask (?:my )?(?:viewers|followers|chat|audience|subscribers|listeners)\b",
    r"(?:like me to|want me to|offer to|offering to|if i could) take (?:a |their )?(?:photo"
    r"|picture)",
    r"(?:photo|picture|photos|pictures) of (?:\w+ ){0,3}(?:me|us)\b",
    r"show (?:me|us) (?:\w+ ){0,2}(?:photos|pictures|photo albums?|videos)",
)
"""Offering to take strangers' photo for them: a kindness, not filming them."""

ASKS_CONSENT = words(
    r"(?:if|whether) (?:i|we) (?:can|could|may|might) (?:\w+ )?(?:post|share|record|film"
    r"|photograph|upload|put up|(?:take|get|grab|have) (?:an? |some )?(?:[\w-]+ ){0,3}?"
    r"(?:photo|picture|selfie|pic)s?)",
    r"(?:if|whether) (?:he|she|they|you)(?:'s|'re|'d be| is| are| would be)? (?:ok|okay|fine"
    r"|happy|comfortable|alright|all right|cool) (?:(?:with|about) )?(?:me |us )?(?:filming"
    r"|recording|posting|sharing|photographing|being (?:filmed|recorded|photographed|in|online"
    r"|posted|on (?:camera|insta\w*|social\w*|my \w+)))",
    r"(?:if|whether) (?:he|she|they|you)(?: minds?| would mind|'d mind) (?:me |us )?(?:filming"
    r"|recording|posting|sharing|being (?:filmed|recorded|in))",
    r"with (?:her|his|their|your) (?:blessing|permission|consent|ok|okay|go-ahead)"
    r"|(?:she|he|they) (?:said|says|agreed) (?:it's|it is|that's) (?:fine|ok|okay)",
    r"(?:record|film|video|tape|photograph)\w* (?:[\w']+ ){0,6}(?:if|once) (?:she|he|they)"
    r" (?:says?|said|agrees?|agreed) (?:yes|ok|okay|it's (?:ok|okay|fine))(?! to\b)",
    *CAMERA_YES,
)
"""Asking the person first whether something may be recorded or posted: the fair way, or the
words saying they already agreed ("with her blessing")."""
VULNERABLE = words(
    r"(?:whose|who's) (?:\w+ ){0,3}(?:just |recently )?(?:died|passed away|passed)",
    r"who gets confused|with (?:early |mild |advanced |late-stage |some )?(?:dementia|alzheimer's)",
    r"(?:who's|who is) (?:very )?(?:confused|drunk|wasted|ill|sick"
    r"|unwell)|in the middle of chemo|(?:off sick|in hospital) with",
    r"(?:who|whose|that) (?:has )?(?:just |recently )?lost (?:grandpa|grandma|grandad|granny|mum"
    r"|dad)\b",
    r"(?:who|whose|that) (?:has )?(?:just |recently )?lost (?:her|his|their) (?:dad|mum|mom|father"
    r"|mother|husband|wife|partner|child|son|daughter|baby|brother|sister|job|home|house)",
    r"(?:just|recently) (?:got |been )?(?:made redundant|laid off|fired|bereaved|widowed)"
    r"|grieving|bereaved|widow(?:ed|er)?s?\b|(?:still )?raw (?:from|after|over) |(?:fresh from"
    r"|just back from|straight from) (?:[\w']+ ){0,2}(?:funeral|burial)"
    r"|at (?:the|a|his|her|their) (?:funeral|wake"
    r"|condolences?|memorial|burial|shiva)|funeral reception|(?:her|his|their) late \w+",
    r"who gets (?:very |quite |really |a bit |so )?(?:confused|muddled|forgetful)|(?:a bit|very"
    r"|quite|rather|so|easily) (?:confused|muddled)\b|(?:while|when|as) (?:she|he|they)(?:'s|'re"
    r"| is| are) (?:still )?(?:in (?:the )?hospital|in hospice|sedated|on (?:the|a) ward)",
    r"(?:confused|frail|disoriented|befuddled|senile) (?:old |elderly )?(?:man|woman|lady"
    r"|gentleman|gent|person|customer|pensioner|patient|granny|grandpa|grandma|chap|fella)\b",
    r"(?:crying|sobbing|weeping|in tears)\b|(?:upset|distraught|in shock|in pieces) (?:after"
    r"|since|over) (?:[\w']+ )?(?:funeral|death|passing|loss|diagnosis|accident|divorce|break-?up)",
)
"""Someone in grief or hardship, who finds it hardest to say no to anything."""
FOR_ME = words(
    r"(?:help|lend|give|gives|drive|cover|buy|do|sell|sells) me\b|for me\b|over to (?:me|you)\b"
    r"|(?:(?:can|could|may) (?:i|you|we)|(?:i|you|we) (?:can|could|may)) (?:have|keep) (?:her"
    r"|his|their)\b",
    r"(?:sign|look after|mind|walk|feed|drive|cover|do|come in|take) (?:\w+ ){0,3}(?:my|for me)\b",
    r"take over (?:my|your) \w+",
    r"(?:sign|transfer|make) (?:\w+ ){0,3}?over\b(?! to (?:him|her|them))",
    r"(?:to|they'd|would|will|could) (?:pay|cover) for (?:\w+ ){0,2}(?:dinner|lunch|drinks|meal"
    r"|bill|taxi|tickets?)",
)
"""An ask that takes something for the user (not an offer to help them)."""
HELD_TO = words(
    r"sign\w* (?:up|on|off|over|away|for|the|a|an|this|that|some|any|papers?|forms?|contracts?)\b",
    r"(?:decide|decision|choose|agree|consent) (?:\w+ )?(?:about|on|to|whether)\b",
    r"still (?:come|go|help|make it|show up|turn up|host|cook|drive|work|do)\b"
    r"|(?:a )?promise is a promise|(?:she|he|they|you) promised\b",
)
"""A signature or a decision asked then and there, or a plan held to a promise: asked of
someone confused or grieving, it takes a choice they cannot weigh or a no they cannot give."""

SELLS_UP = words(
    r"(?:more expensive|pricier|dearer|premium|deluxe|upgraded|top-of-the-range|bigger|larger)"
    r" (?:[\w-]+ ){0,2}?(?:pack|package|plan|bundle|option|version|model|one|size|set|policy"
    r"|subscription|deal|tier|bottle|box|course|range|cover|contract)",
    r"upsell\w*|upgrade (?:her|him|them|to)\b|extended warrant\w*|add-ons?",
    r"(?:buy|get|take|pick up|snap up)\w* (?:[\w']+ ){0,4}?(?:cheap|cheaply|for a song|for peanuts"
    r"|for next to nothing|below (?:its |the )?(?:value|worth|market|asking))\b|lowball\w*",
)
"""A sale pushed up ("the more expensive vitamin pack", "upsell"), or their things bought for
a song: done to someone too confused or grieving to weigh it, it takes their money as surely
as asking for it."""

SECRETLY = words(
    r"secret(?!ar(?:y|ies|iat))\w*|without (?:telling|asking|(?:them|him|her) knowing)|hid\w*",
    r"(?:her|his|their) (?:mum|mom|mam|dad|parents?|mother|father|folks|wife|husband|partner)"
    r" (?:doesn't|don't|does not|do not|needn't|need not|won't|shouldn't|mustn't) (?:need to"
    r" |have to |ever )?(?:know|find out|hear)\b",
)

PRESSURE = words(
    r"(?:cry|sob|sulk|beg|plead|get upset|tear up|pout) (?:\w+ ){0,2}(?:if|when|until|unless|till)"
    r" (?:she|he|they|the \w+|my \w+)(?: \w+)? (?:hesitat\w*|refus\w*|says? no|said no|doesn't"
    r"|don't|won't|isn't sure|is unsure|looks unsure)",
    r"owes? me (?:one|a favour)|remind (?:\w+ ){0,3}(?:that )?"
    r"(?:i (?:covered|helped|did|paid)|(?:she|he|they) owes?)",
    r"(?<!in )(?<!in-)demand(?!er\b|e\b|ez\b|é|ons\b)\w*|insist\w*|refuse to (?:leave|move|go"
    r"|pay)|won't (?:leave|move|pay)|make a scene|cause a scene",
    r"(?:i'll|i will|i'm going to) \w+(?: \w+){0,6} unless|threaten\w*|guilt[- ]?trip\w*"
    r"|guilt (?:them|him|her)|pressure\w* (?:them|him|her|the \w+|someone|my \w+)|bully\w*"
    r"|shame (?:them|him|her)",
    r"(?:a )?bad review|(?:one-star|1-star) review|unless (?:they|he|she|you|the \w+) (?:give"
    r"|refund|lower|take|do|let|agree|upgrade|halve|waive|knock|match|serve)|or (?:else|i'll(?!"
    r" (?:switch|cancel|move|go elsewhere|take my business|look elsewhere|miss|be late|have to"
    r"|need to|get (?:wet|lost|soaked)|lose (?:my|the))))",
    r"warn (?:them|him|her|the \w+) (?:that )?i (?:know|could|can|will|might)|i know people (?:in"
    r"|at"
    r"|who)",
    r"(?<!whether )(?<!if )everyone will know|tell everyone (?:how|that|what)|name and shame"
    r"|expose (?:them|him|her|the \w+)",
    r"complain loudly|speak to (?:the|a|their) manager(?!\b.{0,80}\b(?:thank|compliment|praise"
    r"|nice|great|lovely|kind|helpful|brilliant|amazing))|shout at|yell at",
    r"not (?:leave|go) until|make (?:them|him|her) (?:give|say|agree)",
    r"won't (?:go|leave|move) until|(?:keep|kept|keeps) pushing|push (?:them|him|her"
    r"|the \w+) until|until (?:he|she|they) gives? in",
    r"make (?:her|him|them) agree|(?:warn|tell) (?:\w+ ){0,3}i'll (?:report|complain|sue|post"
    r"|leave)",
    r"(?:don't|do not|won't|will not|not) (?:leave|go|move|budge|stop|give up)"
    r" (?:\w+ ){0,3}(?:until|till)",
    r"(?:won't|can't|wouldn't|couldn't) say no to (?:me|you)|corner (?:a|the|my) (?:\w+ )?\w+"
    r"|(?:you'll|i'll) know (?:he|she|they) (?:never|don't|doesn't) (?:cared|care|loved?)",
    r"(?:off sick|ill|in hospital|on leave)\b.{0,40}\bcome in anyway",
    r"keep on at|till (?:they|he|she|the \w+) (?:says?|agrees?) yes|while i stand"
    r" (?:there|over (?:them|him|her)) watching|(?:on the line|talking|chatting) (?:\w+ ){0,4}for"
    r" (?:an hour|hours)|(?:tell|say) (?:\w+ ){0,3}it's (?:her|his|their) fault",
    r"make (?:the \w+|them|him|her) feel guilty|guilt (?:them|him|her|the \w+) into",
    r"if (?:he|she|they|the \w+) (?:says? no|said no|refuses?|can't|cannot|won't|doesn't|declines?)"
    r"\b.{0,30}\b(?:remind|tell|ask) (?:\w+ )?(?:how|that|why) (?:he|she|they|you) (?:never"
    r"|(?:doesn't|don't|didn't) (?:care|love)|owes?)\b",
    r"how (?:she|he|they)(?:'d| would) feel if i (?:got|get|was|were|lost|lose|failed|fail)"
    r"|(?:fired|sacked|in trouble) because of (?:her|him|them)\b",
    r"why (?:she|he|they) (?:doesn't|don't|didn't|never) (?:care|cared) about me"
    r"|remind (?:him|her|them) (?:how|that) (?:he|she|they) never",
    r"(?:she's|he's|they're|you're|she is|he is|they are) (?:a )?(?:bad|terrible|awful|selfish)"
    r" (?:friend|friends|person|sister|brother|daughter|son|mum|dad|partner)",
    r"by (?:shouting|yelling|screaming|threatening|insisting)|shouting at|yelling at",
    r"raise my voice|get angry (?:at|with)|lose my temper|make a fuss|throw a tantrum",
    r"(?<!before )(?<!after )(?<!at )(?<!till )(?<!time )(?<!until )(?<!for )(?<!from )(?<!the )"
    r"kick[- ]?off(?! time| is| was|'s)",
    r"(?:has|have|had|got) no choice|(?:can't|cannot|isn't allowed to|not allowed to) say no"
    r"|(?:has|have) to say yes",
    r"(?:i'll|i will|i'm going to) (?!understand|accept|be fine|be ok|thank|let it|try|ask|just"
    r"|switch|change provider|go elsewhere|look elsewhere|shop elsewhere|take my business"
    r"|cancel my (?:contract|plan|subscription|membership)|smile|nod|laugh|pay (?:the )?(?:full"
    r"|normal|usual|asking)|happily pay|say thanks|thank|leave it|walk on|move on"
    r"|miss (?:you|him|her|them))\w+(?: \w+){0,5} if (?:they|he|she|you|the \w+) (?:don't"
    r"|doesn't|won't|refuses?|says? no)",
)
