"""What is asked for, in words: the request lexicons the slots are read from.

Each pattern names one thing an ask can want: money or things, contact details, a
judgement of the user, touch, a date. How it is asked (again, round a block, on camera,
under a pretence, by demanding) is in `core.asks.persistence` and `core.asks.conduct`.
They match the normal form of `core.asks.text`; guidance ("never ask again") is left
out by the reader, not here.
"""

from __future__ import annotations

from core.asks.text import words

_THEIR = r"(?:their|his|her|your|the person's|someone's|a stranger's|the stranger's)"
_VALUABLES = (
    r"(?:umbrella|watch|bike|bicycle|car|phone|headphones|earphones|laptop|jacket|coat|scarf|hat"
    r"|bag|sandwich|lunch|food|snacks?|chips|crisps|drink|coffee|beer|wine|cigarettes?|smokes?"
    r"|lighter|tickets?|metro tickets|pass|book|pen|sunglasses|jewellery|ring|necklace|shoes"
    r"|wallet|card|groceries|shopping|meal|dinner|seat|spot|place)"
)

MONEY = words(
    r"money|(?<!take )(?<!takes )(?<!accept )(?<!accepts )(?<!in )(?<!with )(?<!by )cash"
    r"(?! (?:machine|point|back|desk|register|only))|coins?|(?:spare|some|small|loose) change"
    r"|change for|dollars?"
    r"|euros?|pounds|quid|bucks|fiver|tenner|rupees?|pesos?|yen|naira|rand|lira|baht|dirhams?"
    r"|zloty|kroner|krona|francs?",
    r"[$£€]\s?\d+|\d+ (?:dollars|euros|pounds|bucks|quid)",
    r"pay for (?:my|me|it|the rest|our)",
    r"buy (?:me|us) (?:a|an|some|the|my|lunch|dinner|coffee|drinks?)",
    r"(?:to|for) (?:donate|chip in|sponsor|cover|venmo|paypal|lend me|give me)",
    r"donat\w+|chip in|venmo|paypal|cash ?app|revolut|zelle|bank transfer|crowdfund\w*|beg(?:s|ged"
    r"|ging)?|(?:bus|train|taxi|tram) fare"
    r"|top up my|(?:pay|cover) my (?:bill|fare|ticket|rent|phone)",
    r"cover (?:the rest of )?my \w+",
    r"spare (?:a|some|any)",
    r"lend (?:me|us) (?:some|a|their|his|her|\d+|money|cash)",
    rf"(?:give|hand) (?:me|us) {_THEIR} \w+",
    rf"(?:for|have|keep|take) {_THEIR} (?:old |spare |leftover )?{_VALUABLES}",
    rf"for (?:a|an|some) {_VALUABLES}",
    r"to keep(?! an eye| a lookout| watch| an ear| me company| going| calm| warm| in touch| track"
    r"| (?:my|our|a|the) (?:seat|place|spot))|leftover \w+",
    rf"use {_THEIR} (?:phone|laptop|car|bike)",
    r"(?:buy|pay for|get) (?:me|us|my|our) (?:a |an |some )?(?:coffee|drink|lunch|dinner|meal"
    r"|round|ticket|fare|shopping|groceries|food)",
    r"pay (?:my|our|for my|for our) \w+|fund (?:my|our)|bankroll|finance my|sponsor me",
    r"(?:take|get|draw) out (?:some |\d+ |twenty |ten |fifty )?(?:cash|money)?(?: for me)"
    r"|lottery ticket",
    r"free (?:meal|drink|coffee|lunch|dinner|ride|ticket|food|stuff|things?) from",
    r"valuables|(?:a|their|his|her) (?:watch|ring|necklace|bracelet|earrings)",
    r"give me (?:\w+ ){1,3}(?:they're|he's|she's|they are|he is|she is) (?:wearing|holding"
    r"|carrying|eating|drinking|using)",
    r"send me (?:a |some )?(?:gift|present|money|cash|something|a parcel)",
    r"hand (?:over|me) (?:their|his|her)|for good\b",
)

_DETAILS = (
    r"(?:phone |mobile |cell |personal |home |whatsapp )?numbers?|(?:email|e-mail)(?: address)?"
    r"|(?:home |postal |street )?address|instagram|insta|snapchat|snap|whatsapp|facebook|socials"
    r"|social media|tiktok|handle|linkedin|(?:full |real |last )name|surname"
)
CONTACT_PERSONAL = words(
    rf"(?:their|his|her|your|a stranger's|someone's|the person's) (?:\w+ )?(?:{_DETAILS})",
    rf"(?:{_DETAILS}) of (?:someone|somebody|a stranger|a person|a \w+|the \w+)",
    r"where (?:they|he|she|you) (?:lives?|works?|stays?)|what street",
    r"add (?:me|them|him|her) on|follow (?:me) on|(?:swap|exchange)(?:ping)? (?:numbers|details"
    r"|contacts|socials)",
    r"contact details|(?:get|got) (?:a |the )?(?:\w+ )?(?:number|email)",
    r"(?:which|what) (?:gym|school|office|building|street|area|neighbourhood|station|flat"
    r"|house|halls|road|estate|block|floor|room|hotel|dorm|campus) (?:she|he|they) (?:goes to|go to"
    r"|works? at|lives? in|uses?|lives? on|stays? in|stays? at|(?:is|'s) staying (?:in|at))",
    r"(?:when|what time) (?:she|he|they) (?:finish(?:es)?|leaves?|gets? off|goes? home|is alone)",
    r"(?:when|what time|where) (?:she|he|they) (?:usually |normally |always )?(?:trains?|go|goes"
    r"|finish(?:es)?|leaves?|works?|runs?|walks?|swims?|gets? off|parks?)",
    r"where (?:the|that|this) \w+ (?:lives?|works?|stays?)",
    r"(?:which|what) (?:flat|house|building|door|room|apartment) (?:is|was) (?:his|hers|theirs)",
    r"(?:where|which \w+|what \w+) (?:she|he|they)(?:'s|'re| is| are|'ll be| will be)? (?:staying"
    r"|living|flying|going|heading|sleeping)",
    r"where (?:exactly |roughly |precisely )?(?:they|he|she) (?:lives?|works?|stays?)",
)
CONTACT = words(
    r"(?:phone|mobile|cell|personal|whatsapp) numbers?|numbers|(?:email|e-mail)(?: address)?"
    r"|(?:home|postal|street) address",
    r"instagram|insta|snapchat|whatsapp|facebook|socials|social media|tiktok|handle|linkedin"
    r"|surname|full name",
    r"where (?:they|he|she|you) (?:lives?|works?)",
)

PERSONAL_MONEY = words(
    r"(?:to|they'd|would|will|could) pay (?:for (?:my|me|us|our)|my|our|the difference|the rest)"
    r"|lend (?:me|us)|buy (?:me|us)|cover (?:my|me|us|our)|give me (?:money|cash|some money|\d+)"
    r"|(?:their|his|her) own money|venmo|paypal|chip in|donate|(?:a|some) loan",
)
"""Money out of the other person's own pocket: never asked of staff either."""

JUDGEMENT = words(
    r"(?:do|does|did|would|will) i look",
    r"how (?:do|does) (?:i|my \w+) look|(?:how|what) (?:old|young|tired|good|bad|fat|thin|tall"
    r"|short) (?:do )?i look",
    r"(?:if|whether|that) i look",
    r"i look (?:good|bad|fat|old|young|ok|okay|nice|pretty|ugly|attractive|hot|thin|tired|great"
    r"|silly|weird|older|younger)",
    r"(?:am i|i'm|i am) (?:\w+ )?(?:pretty|ugly|handsome|beautiful|attractive|fat|boring|annoying"
    r"|smart|clever|stupid|dumb|useless|likeable|lovable|interesting|good-looking|good looking"
    r"|worthless|lazy|cute|hot|sexy|weird|cool|funny|a good \w+|a bad \w+|enough|too \w+"
    r"|unlikeable|awkward|a failure|a disappointment|a burden|normal)",
    r"rate (?:me|my (?:face|looks|body|appearance|outfit|photo|selfie|smile))",
    r"my (?:face|looks|body|appearance|figure|weight|smile) out of (?:ten|10)|(?:rate|score) me",
    r"(?:really|honestly|actually|secretly|truly)? ?thinks? (?:of|about) (?:me|myself)(?! and"
    r"| \w+ing)",
    r"thinks? (?:that )?(?:i'm|i am|i look)(?! (?:good|best|great|strong) at)",
    r"let-?down|(?:my|your) (?:\w+ )?(?:teeth|face|body|looks|weight|voice|laugh|smell|hair|nose"
    r"|skin) puts? (?:her|him|them|people) off",
    r"(?:if|whether|why|do|does) (?:\w+ ){0,3}(?:secretly |actually |really |still |even )?(?:like"
    r"|dislike|hate|love|resent|can't stand|tolerate|respect)s? me(?! to)",
    r"secretly (?:dislike|hate|like|resent)s?",
    r"(?:score|rate|rank) (?:me|my \w+(?: \w+)?) (?:against|compared|out of)",
    r"(?:love|like|want|respect) me more|(?:prouder|more proud) of me",
    r"put up with me|proud of me|disappointed (?:in|with) me|ashamed of me|embarrassed by me"
    r"|annoyed by me",
    r"(?:good|attractive|pretty|smart|clever|interesting) enough",
    r"(?:this|the|that|my|which|it|new) \w+ suits? me|(?:it|this|that) suits? me|suits? me better"
    r"|makes? me look|flatters? me",
    r"guess my age|(?:gained|put on|lost) weight|my (?:body|figure|looks)",
    r"(?:prettier|better-looking|better looking|more attractive|hotter|sexier|uglier|fatter"
    r"|smarter) than",
    r"(?:was|am|were) i (?:a )?(?:good|bad|nice|terrible|boring)",
    r"(?:whether|if) i (?:was|am|'m|were) (?:a )?(?:good|bad|nice|terrible|boring|enough|loved"
    r"|liked)",
    r"rather have (?:a different|another|someone else)|more than (?:me|they love me)"
    r"|least (?:liked|popular|favourite)|(?:whether|if) it's me",
    r"what's wrong with me|why (?:nobody|no one|people don't) like",
    r"(?:hate|dislike|can't stand|don't like) about me|(?:had|have|wanted) a different (?:daughter"
    r"|son|child|kid|sister|brother|friend|partner)",
    r"why (?:nobody|no one|people never) (?:ever )?(?:visits?|calls?|comes? round|texts?|invites?"
    r"|wants?|messages?)",
    r"finds? (?:me|you) (?:attractive|pretty|handsome|hot|cute)|(?:look|looking|am i|i'm"
    r"|i am) (?:\w+ )?(?:attractive|good-looking)|attractive enough|hot or not|for a compliment",
    r"(?:if|whether|that) (?:i'm|i am|i was|i'd make|i would make|i'd be|i come across as"
    r"|i seem) (?:(?:the|a|an|her|his|their|your|my|really|so|too|very) ){0,2}(?:\w+est|worst|best"
    r"|most \w+|least \w+|good|bad|terrible|awful|great|perfect|ugly|pretty|attractive|a loser"
    r"|a failure|a good|a bad)",
    r"(?:as good|as pretty|as attractive|as smart|as funny) as|compared (?:to|with) (?:her|his"
    r"|their|my) (?:ex|friends?|sister|brother)",
    r"(?:say|said|think|thinks|talk) about me|behind my back|(?:change|improve) about (?:me"
    r"|my (?:looks|face|body|appearance))",
    r"(?:vote|votes|voting|rank|ranks|score|scores) (?:on )?(?:whether )?(?:me|i'm|my (?:looks"
    r"|face))",
    r"what (?:she|he|they)'d change about my|a good model|wasted my life|a loser|a bad person"
    r"|a good person",
    r"wrong with (?:me|my (?:face|body|looks|voice|hair|nose|teeth|skin|personality))|regret(?:s"
    r"|ted)? (?:\w+ing )?me\b",
    r"my (?:voice|laugh|face|body|nose|teeth|hair|skin|smile|personality|accent|weight|figure|legs"
    r"|eyes|style|outfit|clothes) (?:is|are|looks?|sounds?) (?:\w+ )?(?:annoying|ugly|weird|bad"
    r"|awful|embarrassing|cringe|boring|attractive|nice|good|okay|ok|too \w+|yellow|big|small"
    r"|crooked|wonky|thin|greasy|grey|fat|old|funny|strange|cheap|tacky|frumpy|scruffy)",
    r"judge (?:me|my (?:selfie|photo|looks|face|body|outfit|appearance))",
    r"(?:if|whether) (?:i'm|i am|i was|it's me|it was me) (?:the|to) (?:reason|problem|blame)"
    r"|(?:if|whether) it's my fault",
    r"roast (?:me|my (?:photo|selfie|face|looks|outfit|profile))|how much i weigh|what i weigh",
    r"still (?:love|like|want|fancy) me|(?:love|like|want) me if",
    r"hope it's me|rank (?:who|us|me|everyone)|who (?:is|'s) the (?:\w+est|best|most \w+)",
    r"my (?:bum|butt|belly|stomach|tummy|arms|thighs|chin|ears|forehead|hairline"
    r"|acne) (?:\w+ )?(?:is|are|looks?|seems?)",
    r"(?:looks?|look) (?:too )?(?:big|fat|small|old|young|ugly|weird|huge|tiny|skinny"
    r"|chubby) (?:in|on|with)",
    r"(?:don't|do not|doesn't|does not) (?:really |actually |secretly )?(?:like|love|want|respect"
    r"|trust|rate) me",
    r"(?:happier|better off) without me|(?:why|whether) (?:nobody|no one"
    r"|people) (?:ever )?(?:invites?|likes?|calls?|wants?) me",
    r"finds? me (?:\w+ )?(?:interesting|boring|funny|annoying|likeable|smart|clever|weird)",
    r"(?:what's|what is|what) (?:\w+ )?(?:ugly|wrong|bad|annoying|weird|unattractive|boring"
    r"|attractive|best|worst) about me",
    r"(?:i'm|i am|am i) (?:dressed|looking) (?:\w+ )?(?:well|nice|smart|good|ok|okay|enough)",
    r"still be friends with me|(?:would|'d) (?:still )?(?:choose|pick|date|marry) me",
    r"loves? (?:him|her|them|my \w+) more|(?:favourite|favorite) child|(?:i'm|i am|am i) (?:his"
    r"|her|their|your) type",
    r"(?:someone|somebody|a (?:guy|girl|man|woman|person)) like me",
    r"(?:if|whether) i (?:\w+ ){0,2}(?:too much|too loud|annoy \w+|bore \w+)",
    r"laugh(?:s|ing)? at me|make fun of me|judge me|gossip about me",
    r"think (?:that )?i (?:deserve|belong|should be)|(?:if|whether) i (?:really )?deserve",
    r"still (?:\w+ )?(?:fancies|loves|likes|wants|finds) me|(?:attracted to|into) me\b",
    r"(?:rather|prefer|happier|better) (?:\w+ ){0,4}without me|still (?:want"
    r"|like) to be (?:friends|with me)",
    r"black sheep|the (?:odd one|weird one|annoying one|problem one) (?:out)?",
    r"finds? me (?!a |an |the |some )(?:cold|rude|arrogant|awkward|boring|annoying|weird|distant"
    r"|difficult|unfriendly|intimidating|stupid|lazy)",
    r"(?:prefer|rather have|want) (?:a different|another|someone else as) (?:captain|manager"
    r"|leader|lead|boss|partner|friend|teammate|coach)",
    r"how i look\b",
    r"how (?:attractive|good-looking|pretty|ugly|fat|old|smart|clever|funny|boring"
    r"|interesting) (?:\w+ ){0,3}i (?:am|look|seem)",
    r"(?:i've|i have) (?:become|got|gotten|grown) (?:\w+ )?(?:boring|fat|ugly|lazy|old|less \w+"
    r"|more \w+|annoying|dull|unattractive)",
    r"my (?:ears|nose|teeth|chin|belly|stomach|bum|arms|legs|thighs|eyebrows) (?:stick out|are too"
    r"|is too|look)",
)

TOUCH = words(
    r"hug(?:s|ged|ging)?|kiss(?:es|ed|ing)?|cuddl\w*|massag\w*|snuggl\w*|tickl\w*",
    r"(?<!in )touch(?:es|ed|ing)?(?! base| with)",
    r"hold (?:my|her|his|their|your) hands?|hold(?:ing)? hands|hold me\b(?! to| accountable"
    r"| responsible)",
    r"high[- ]?fives?|fist[- ]?bumps?|handshakes?|shake (?:my|their|his|her|your)? ?hands?",
    r"(?:shoulder|back|foot) rub|rub (?:my|their|his|her) (?:back|shoulders?|feet|neck"
    r"|head|arms?|hands?|legs?)|(?:neck|head|arm|leg) rub",
    r"piggy[- ]?back\w*|carry me|lean on (?:their|his|her|your)|rest my head|on (?:their|his|her"
    r"|my) lap",
    r"arm[- ]?wrestl\w*|feel (?:their|his|her) \w+|pat (?:their|his|her|them|me)(?! (?:dog|cat"
    r"|puppy|pet|horse))",
    r"dance (?:\w+ )?(?:close|cheek)|slow dance|stroke (?:their|his|her)",
    r"follow (?:them|him|her|someone|people|a stranger|strangers) (?:around|home|out|outside"
    r"|to their)|follow (?:a stranger|strangers)",
    r"block (?:their|the|someone's) (?:way|path|door)|block the shop door|corner (?:them|him|her"
    r"|someone)",
    r"link (?:arms|arm)|arm in arm|bump (?:hips|shoulders|chests)|sit on (?:their|his"
    r"|her) (?:shoulders|lap|knee)",
    r"(?:touch|feel|squeeze|braid|stroke|fix|grab|poke|smell|brush|style|adjust|straighten|hold"
    r"|rub|kiss) (?:their|his|her|your) (?:arm|arms|hair|shoulders?|hands?|face|cheeks?|waist|back"
    r"|hips?|lap|knees?|legs?|feet|neck|collar|tie|muscles?|beard|skin|tattoo|ear|nose|belly"
    r"|tummy)",
    r"holding my (?:waist|hand|arm)|by (?:holding|touching) my",
    r"(?:tie|do up|untie) (?:their|his|her) (?:shoelaces?|laces|shoes|tie|scarf)|(?:arms"
    r"|hands?) around (?:them|him|her)",
    r"arms? around (?:her|him|them|me)",
)

ROMANCE = words(
    r"ask (?:\w+ ){1,8}?(?<!take )(?<!find )(?<!work )(?<!check )(?<!point )(?<!hand )(?<!sort "
    r")(?<!print )(?<!carry )(?<!try )out(?! of| loud| for (?:a|the) (?:walk|run))|ask out",
    r"(?:on|for|to|go on) (?:a|the) (?:date|dinner date)|a date|(?:date|dates) with",
    r"go out with (?:me|him|her|them)|(?:would|if) (?:\w+ ){0,2}(?:go|come) out with",
    r"(?:she|he|they)(?:'s| is|'re| are) single|if (?:she's|he's|they're) single",
    r"flirt\w*|chat (?:\w+ )?up|pick up (?:a|the|some) (?:\w+ )?(?:woman|man|girl|guy|women|men"
    r"|girls|guys)|hit on",
    r"(?:find (?:her|him|them)|(?:she|he|they)(?:'s| is|'re| are)) (?:beautiful|gorgeous|pretty"
    r"|cute|hot|sexy|handsome|stunning)",
    r"(?:the |a |an )?(?:pretty|cute|hot|attractive|gorgeous|sexy|handsome|beautiful"
    r"|good-looking) (?:\w+ )?(?:stranger|woman|man|girl|guy|barista|waiter|waitress|cashier"
    r"|person|one)",
    r"(?:are|is|they're|she's|he's) (?:gorgeous|beautiful|stunning|hot|sexy|cute)",
    r"be my (?:girlfriend|boyfriend|partner|wife|husband|valentine|date)",
    r"(?:to|would|will|wanna|want to|like to) date (?:me|him|her|them)",
    r"(?:seeing|dating) (?:anyone|someone)|(?:have|has) a (?:partner|boyfriend|girlfriend)",
    r"(?:'s|has|have|'ve) got a (?:partner|boyfriend|girlfriend|husband|wife)",
    r"(?:go|going) out (?:sometime|some time|together|with me)|take (?:her|him|them) (?:out"
    r"|to dinner|on a date)",
    r"come (?:back )?home with me|back to my place|spend the night",
    r"tak(?:e|ing) (?:her|him|them) out",
    r"(?:come|go) (?:back )?to my (?:place|flat|house|room|hotel|tent|bed|car)|take me out\b",
    r"(?:i|i've) (?:fancy|have a crush on|am attracted to|'m attracted to) (?:her|him|them|you)"
    r"|i'm attracted to",
    r"friends with benefits|hook ?up|one-night stand|sleep with|make out with",
    r"(?:for|have|grab|get|share) (?:a |some )?(?:drinks?|glass of wine|pint) (?:\w+ ){0,3}with me",
)
INVITE = words(
    r"(?:dinner|a drink|drinks|coffee|lunch) with me|have dinner",
    r"(?:invite|take) (?:\w+ ){1,10}?(?:to|for|out for) (?:a )?(?:dinner|lunch|drinks?|coffee)",
    r"ask (?:\w+ ){1,10}?(?:to|out for|out to) (?:a )?(?:dinner|lunch|drinks?|coffee)",
    r"(?:go|come|get|grab|have) (?:a |some )?(?:dinner|lunch|drinks?|coffee) (?:with me|together"
    r"|sometime|later|tonight)",
    r"(?:go|come) (?:out|for a walk|to the cinema|to a film) with me|hang out",
    r"(?:like|want|fancy) (?:a|to get a|to grab a) (?:drink|coffee|dinner|bite)(?: sometime"
    r"| together| with me)?",
)
INTRODUCE_TO_NOTICED = words(
    r"introduce (?:me|you) to (?:someone|somebody|a \w+|the \w+) (?:\w+ ){0,2}(?:you|i)(?:'ve"
    r"| have)? ?(?:noticed|seen|spotted|keep seeing|fancy|have a crush on)",
    r"introduce (?:me|you) to (?:the|a) (?:\w+ )?(?:girl|guy|woman|man|person) (?:i"
    r"|you) (?:keep seeing|noticed|saw|fancy)",
)
