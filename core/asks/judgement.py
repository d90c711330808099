"""Asking for a judgement of oneself, in words: the lexicon the judgement slot is read from.

No card seeks a judgement of the user's looks or worth, from anyone: "do I look good?",
"do they secretly dislike me?", "how do I come across?". It matches the normal form of
`core.asks.text`, like the other request lexicons in `core.asks.requests`.
"""

from __future__ import annotations

from core.asks import (
    blunt_verdicts,
    casual_verdicts,
    honest_verdicts,
    looks_abroad,
    looks_in_more_tongues,
    looks_in_native_scripts,
    looks_of_others,
    overstepping,
    rankings,
    self_image,
    self_verdicts,
)
from core.asks import taking_liberties as liberties
from core.asks.doubts_owned import MOCKED, SELF_DOUBT, TOLD_OF
from core.asks.eligibility import ELIGIBLE
from core.asks.goods_compared import GOODS_COMPARED
from core.asks.outfit_checks import outfit_check_spans
from core.asks.outfit_polls import outfit_poll_spans
from core.asks.own_body import OWN_BODY
from core.asks.own_rates import OWN_RATES
from core.asks.text import hits, words

_SELF = (
    r"(?:face|looks|body|appearance|outfit|photo|selfie|smile|figure|skills|personality|voice"
    r"|style|hair|physique|profile|pics|pictures|photos|legs|teeth|nose|eyes|attractiveness)"
)
"""What of the user a score judges: their looks or their worth. Rating what the user made
("rate my roast lamb out of 10") asks about the dish, not about them."""

_ASKED_IF = r"(?:if|whether|that|think|thinks|thought|say|says|said|tell me|honestly|or)"
"""Words that put "I'm ..." into a question to someone; "I'm useless at maths, so ask my
brother" describes the user, it asks nobody to judge them."""

_DISLIKED = (
    r"(?:if|whether) (?:\w+ ){0,7}(?:hates?|hated|dislikes?|disliked|can't stand|(?:doesn't|don't"
    r"|didn't) (?:like|want)|feel sorry for|pit(?:y|ies)) me\b",
    r"(?:if|whether) (?:\w+ ){0,6}(?:find|found|finds) me (?:\w+ )?(?:unpleasant|annoying|ugly"
    r"|unattractive|boring|weird|creepy|rude|fat|stupid|off-putting|difficult|disgusting"
    r"|repulsive|gross|smelly|revolting|hideous|pathetic)",
    r"(?:if|whether) (?:\w+ ){0,3}(?:only |just )?(?:invited|asked|included|likes?|liked"
    r"|befriended|hired|chose|picked|talk(?:ed)? to|hang out with|dated?) me\b(?: \w+){0,4}"
    r" (?:out of|from) (?:pity|sympathy|guilt|obligation)",
    r"(?:if|whether) (?:\w+ ){0,2}my (?:nose job|boob job|facelift|botox|fillers?|lip fillers?"
    r"|surgery|veneers|hair transplant|makeover|new (?:look|haircut|hair|teeth)|haircut|weight"
    r" loss)(?: \w+)? (?:worked|works|suits? me|looks? (?:good|natural|fake|ok|okay|better|stupid"
    r"|silly|bad|weird|awful|ridiculous)"
    r"|is noticeable|shows|paid off|was worth it)",
    r"(?:if|whether) am (?:\w+ )?(?:ugly|pretty|fat|handsome|beautiful|attractive|boring|stupid"
    r"|annoying|weird|old)\b",
    r"(?:if|whether) i(?:'d| would) look (?:better|worse|good|nicer|younger|older|thinner|hotter)",
    r"(?:everything|what|things) (?:they|he|she|people|you) (?:\w+ )?(?:find annoying|hate|dislike"
    r"|don't like|can't stand) about me|(?:find|found) (?:annoying|irritating|off-putting"
    r"|unattractive) about me",
    r"(?:if|whether) (?:\w+ ){0,3}(?:is|are|was|were|'s) (?:\w+ )?(?:disappointed|dissapointed"
    r"|ashamed|embarrassed) (?:in|of|by) (?:me|how i|what i|my)\b",
    r"(?:ever )?(?:actually|really) (?:fancied|liked|loved|cared about|was attracted to) me\b",
    r"(?:least|most) (?:good-looking|attractive|ugly|pretty|handsome|beautiful) (?:one|person"
    r"|in|of us|among)\b|(?:call|consider"
    r"|find|finds|found) (?:me|you) (?:still |really |actually |even |at all )?(?:attractive|pretty"
    r"|ugly|good-looking|handsome|beautiful|sexy|hot|fanciable)",
    r"how (?:old|young|tired) (?:you|i) look|makes? (?:me|you) look (?:tired|old|older|fat|ugly)"
    r"|(?<!even )(?:if|whether) you look (?:older|younger|good|bad|fat|old|tired)",
    r"(?:if|whether|think|thinks) (?:i'm|i am) (?:really |actually )?(?:good|bad|any good|competent"
    r"|incompetent) at my (?:job"
    r"|work)|(?:think|thinks|opinion) (?:of|about) my (?:face|looks|body|appearance|nose|teeth"
    r"|skin)",
    r"which (?:of )?my (?:features|looks|body parts|flaws)|(?:change|fix|improve) (?:about )?my"
    r" (?:face|looks|features|body|appearance)",
    r"(?:if|whether) (?:\w+ ){0,4}(?:mi (?:get|getting|don get) (?:too |so |very )?|i (?:get"
    r"|'m getting|am getting) (?:too|so) )(?:fat|fatter|ugly|uglier|old|mawga|maaga)\b",
    r"(?:if|whether) (?:\w+ ){0,4}(?:i|i've|mi) (?:got|gotten|have got|look|become|became)"
    r" (?:\w+ (?:and )?)?(?:fatter|thinner|uglier|older|heavier|bigger|fat)",
    r"(?:if|whether|reckon|think|thinks) (?:[\w']+ ){0,8}?me (?:only |just )?"
    r"(?:out of|from) (?:pity|sympathy|guilt|obligation)",
    r"(?:my|mi) (?:skin|complexion|nose|face|body|weight|teeth|belly|legs|arms)(?: is|'s)? too"
    r" (?:dark|black|brown|pale|white|fat|big|small|thin|skinny|ugly|crooked|hairy|wrinkly)\b",
    r"makes? me (?:look )?(?:unattractive|ugly|old|fat|less attractive)|because of (?:me|my (?:face"
    r"|looks|body|weight|skin|accent)),? (?:like|not)",
)
"""Whether people dislike, pity or are put off by the user, find them fatter or uglier, stay
with them out of pity, or find their skin too dark: the user's worth put to others in other
words than a score."""

JUDGEMENT = words(
    *_DISLIKED,
    *liberties.JUDGEMENT,
    *overstepping.JUDGEMENT,
    *rankings.JUDGEMENT,
    *self_image.JUDGEMENT,
    *self_verdicts.JUDGEMENT,
    *honest_verdicts.JUDGEMENT,
    *blunt_verdicts.JUDGEMENT,
    *casual_verdicts.JUDGEMENT,
    *looks_of_others.JUDGEMENT,
    *looks_abroad.JUDGEMENT,
    *looks_in_more_tongues.JUDGEMENT,
    *looks_in_native_scripts.JUDGEMENT,
    r"(?:do|does|did|would|will) i look",
    r"how (?:do|does) (?:i|my \w+) look|(?:how|what) (?:old|young|tired|good|bad|fat|thin|tall"
    r"|short) (?:do )?i look",
    r"(?<!even )(?:if|whether|that) i look",
    r"(?:if|whether|that) i (?:still|really|actually) look (?:as |so |too )?(?:good|young|hot|fit"
    r"|pretty|handsome|attractive|fat|old|great|nice|sexy|ok|okay|the same|my age|\w+er)\b",
    r"i look (?:good|bad|fat|old|young|ok|okay|nice|pretty|ugly|attractive|hot|thin|tired|great"
    r"|silly|weird|older|younger)",
    rf"(?:am i|{_ASKED_IF} (?:i'm|i am)) (?:\w+ )?(?:pretty|ugly|handsome|beautiful|attractive|fat"
    r"|boring|annoying"
    r"|smart|clever|stupid|dumb|useless|likeable|lovable|interesting|good-looking|good looking"
    r"|worthless|lazy|cute|hot|sexy|weird|cool|funny|a good \w+|a bad \w+|enough|too \w+"
    r"|unlikeable|awkward|a failure|a disappointment|a burden|normal)",
    r"rate (?:me|my (?:face|looks|body|appearance|outfit|photo|selfie|smile))",
    # a card that speaks to its reader: "ask your best friend to rate your face"
    r"(?:rate|score) your (?:face|looks|body|appearance|smile)\b",
    r"my (?:face|looks|body|appearance|figure|weight|smile) out of (?:ten|10)|(?:rate|score) me",
    r"(?:really|honestly|actually|secretly|truly)? ?thinks? (?:of|about) (?:me|myself)(?! and"
    r"| \w+ing)",
    r"(?<!\bi )thinks? (?:that )?(?:i'm|i am|i look)(?! (?:good|best|great|strong) at"
    r"| (?:ready|on track|qualified|prepared)\b)",
    r"(?:i'm|i am|i'd be|i would be|someone like me|people like me|someone from my \w+|people from"
    r" my \w+) (?:\w+ ){0,2}worth (?:hiring|it|knowing|dating|loving|keeping|talking to|anything"
    r"|the (?:effort|trouble|time))",
    r"(?:i seem|i come across|i look|i am|i'm) (?:like )?(?:the|a) (?:kind|sort|type) of (?:person"
    r"|man|woman|guy|girl) (?:\w+ ){0,2}(?:anyone|people|someone|others|they|you) (?:would|could"
    r"|'d) (?:want|like|love|date|hire|befriend)",
    r"let-?down|(?:my|your) (?:\w+ )?(?:teeth|face|body|looks|weight|voice|laugh|smell|hair|nose"
    r"|skin) puts? (?:her|him|them|people) off",
    r"(?:if|whether|why|do|does) (?:\w+ ){0,3}(?:secretly |actually |really |still |even )?(?:like"
    r"|dislike|hate|love|resent|can't stand|tolerate|respect)s? me(?! to)",
    r"secretly (?:dislike|hate|like|resent)s?",
    rf"(?:score|rate|rank) (?:me|my (?:\w+ )?{_SELF}) (?:against|compared|out of|from (?:1|one)"
    r" to|on a scale)",
    r"(?:love|like|want|respect) me more|(?:prouder|more proud) of me",
    r"put up with me|proud of me|disappointed (?:in|with) me|ashamed of me|embarrassed (?:by|of) me"
    r"|annoyed by me",
    r"(?<!he'd be )(?<!y'd be )(?<!u'd be )(?<!he would be )(?<!y would be )(?<!u would be )"
    r"(?:good|attractive|pretty|smart|clever|interesting) enough",
    r"(?:this|the|that|my|which|it|new) \w+ suits? me|(?:it|this|that) suits? me|suits? me better"
    r"|makes? me look|flatters? me",
    r"guess my age|(?:gained|put on|lost) weight|my (?:body|figure(?! ?\d| [ivx]+\b| skating)"
    r"|looks)",
    r"(?:prettier|better-looking|better looking|more attractive|hotter|sexier|uglier|fatter"
    r"|smarter) than",
    r"(?:was|am|were) i (?:a )?(?:good|bad|nice|terrible|boring)",
    r"(?<!even )(?:whether|if) i (?:was|am|'m|were) (?:a )?(?:good|bad|nice|terrible|boring|enough"
    r"|loved"
    r"|liked)",
    r"rather (?:have|work for|work with|be with|be friends with) (?:a different|another|someone"
    r" else|somebody else)|let (?:myself|yourself|meself|maself|masel|mysel|miself|mi self)"
    r" go\b|(?:love|like|prefer|want|care about"
    r"|trust|value|respect)s? (?:\w+ ){0,4}more than (?:me|they love me)"
    r"|least (?:liked|popular|favourite)|(?:whether|if) it's me",
    r"what's wrong with me|why (?:nobody|no one|people don't) like",
    r"(?:hate|dislike|can't stand|don't like) about me|(?:had|have|wanted) a different (?:daughter"
    r"|son|child|kid|sister|brother|friend|partner)",
    r"why (?:nobody|no one|people never) (?:ever )?(?:visits?|calls?|comes? round|texts?|invites?"
    r"|wants?|messages?)",
    r"finds? (?:me|you) (?:attractive|pretty|handsome|hot|cute)|(?:look|looking|am i|i'm"
    r"|i am) (?:\w+ )?(?:attractive|good-looking)|attractive enough|hot or not|for a compliment",
    r"(?<!even )(?:if|whether|that) (?:i'm|i am|i was|i'd make|i would make|i'd be|i come across as"
    r"|i seem) (?:(?:the|a|an|her|his|their|your|my|really|so|too|very) ){0,2}(?:\w+est|worst|best"
    r"|most \w+|least \w+|good|bad|terrible|awful|great|perfect|ugly|pretty|attractive|a loser"
    r"|a failure|a good|a bad|(?:a )?(?:rubbish|useless|crap|lousy|poor|shit) \w+)",
    r"(?:whether|if) i(?:'ve| have)? (?:got )?(?:a|an|the) (?:\w+ ){0,2}(?:body|bod|figure"
    r"|physique|face|look)\b|(?:if|whether) i (?:\w+ )?look (?:old|tired|ugly|fat|bad|older"
    r"|younger)",
    r"which (?:one )?of us\b.{0,40}\b(?:more|most|least|\w+est|better|prettier|worse|worst"
    r"|best|aged|older|younger|uglier|fatter)\b|(?:has|have|i've|i have|we've) aged"
    r" (?:the )?(?:worst|best|most|least|badly|well|better|worse)\b"
    r"|amount(?:ed|s)? to (?:nothing|the least|much|anything|little|something)|(?:whether|if)"
    r" (?:they|he|she|anyone|people) (?:name|names|pick|picks|point at|points at|choose|chooses"
    r"|vote for|votes for) me\b",
    r"(?:am i|(?:(?<!even )if|whether|that|thinks?|says?) (?:i'm|i am)) the (?:\w+est|worst"
    r"|least \w+|most \w+)\b|thinks? (?:that )?(?:i've"
    r"|i have) been (?:a|an|the|such|too much)\b|prefer to (?:work|be|sit|live) with (?:someone"
    r"|somebody) else",
    r"(?:i'm|i am|am i|i was|was i|i'd be|i look|me|i) (?:\w+ ){0,2}?(?:as good|as pretty"
    r"|as attractive"
    r"|as smart|as funny|as clever|as good-looking) as|compared (?:to|with) (?:her|his"
    r"|their|my) (?:ex|friends?|sister|brother)",
    r"(?:say|said|think|thinks|talk) about me(?! \w+ing\b)|behind my back|(?:change"
    r"|improve) about (?:me"
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
    r"|crooked|wonky|thin|greasy|grey|fat|old|funny|strange|cheap|tacky|frumpy|scruffy)"
    r"(?! (?:enough )?(?:to|for) (?!(?:look|be seen|wear|show)\b)\w+)(?! (?:at|in) (?:night|the"
    r" dark|the evenings?|distance|reading|driving|screens?)\b)",
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
    r"|difficult|unfriendly|intimidating|stupid|lazy|tiresome|tedious|irritating|exhausting|tiring"
    r"|dull|unbearable|too much)",
    r"(?:prefer|rather have|want) (?:a different|another|someone else as) (?:captain|manager"
    r"|leader|lead|boss|partner|friend|teammate|coach)",
    r"how i look\b",
    r"how (?:attractive|good-looking|pretty|ugly|fat|old|smart|clever|funny|boring"
    r"|interesting) (?:\w+ ){0,3}i (?:am|look|seem)",
    r"(?:i've|i have) (?:become|got|gotten|grown|gone|turned) (?:\w+ )?(?:boring|fat|ugly|lazy|old"
    r"|less \w+"
    r"|more \w+|annoying|dull|unattractive)",
    r"(?:my|your) (?:ears|nose|teeth|chin|belly|stomach|bum|arms|legs|thighs|eyebrows|forehead"
    r"|head|lips|hair) (?:stick out|are too|is too|look)",
    r"how (?:i|you) come across|(?:if|whether|that) (?:i|you) (?:smell|stink)|i smell (?:ok|okay"
    r"|bad|fine|nice|good|funny)|(?:if|whether) (?:my|your) breath|(?:my|your) breath"
    r" (?:is|smells)",
    r"(?:less|more|the) (?:pretty|attractive|good-looking|ugly|fit|funny|clever|smart) one"
    r"|(?:better|best)[- ]looking|which (?:one )?of us is (?:the )?(?:\w+er|more|most|best)\b",
    r"(?:if|whether) (?:\w+ ){0,3}(?:secretly |actually |really |still |even )?(?:like|dislike|hate"
    r"|love|respect)s? you\b|(?:i|you) come across as|(?:i'm|i am|you're|you are) dressed like",
    r"how (?:old|young|tired|good|bad) (?:my|your) (?:\w+ )?(?:looks?|seems?)",
    r"swipe (?:right|left) on (?:me|you)|(?:if|whether) (?:they|he|she) can tell (?:i've|i have"
    r"|you've|you have)|where (?:i'd|i would|you'd|you would) rank",
    r"(?:if|whether) (?:they|he|she|you|people|anyone)(?:'d| would| will|'ll)? (?:\w+ )?(?:be"
    r"|stay|become) my friends?\b",
    r"(?:am i|(?:if|whether|that|thinks?|says?) (?:i'm|i am|i was|i became|i've become)|turned"
    r" out) (?:to be |as )?(?:the|a|an) (?:\w+ )?"
    r"(?:disappointment|failure|let-?down|embarrassment|burden|mistake|black sheep|loser"
    r"|screw-?up|disgrace|excuse for an? \w+)\b|(?:sees?|saw|views?|regards?|thinks? of"
    r"|treats?) (?:me|us) as (?:a |an"
    r" |the )?(?:\w+ )?(?:disappointment|failure|let-?down|embarrassment|burden|mistake|black sheep"
    r"|loser|screw-?up|disgrace|joke|waste)\b",
    r"(?:rank|rate|score|grade|sort)\w* (?:[\w-]+ ){0,4}by (?:their |our |his |her )?(?:looks"
    r"|appearance|attractiveness|hotness|beauty|sexiness|how (?:hot|fit|pretty|ugly"
    r"|good-looking))|(?:rank|rate|score"
    r"|sort)\w*\b.{0,80}\bwhere i (?:land|rank|come|stand|fall|sit|place)\b|from (?:the )?"
    r"(?:fittest|hottest|prettiest|best[- ]looking|ugliest) to (?:the )?\w+",
    r"(?:my|mi) (?:face|looks|body|appearance|skin|scars?|teeth|nose|weight|voice|laugh|smell|acne"
    r"|birthmark|tattoos?) (?:\w+ )?(?:scares?|frightens?|puts? (?:\w+ )?off|repels?|creeps?"
    r" (?:\w+ )?out|upsets?|disgusts?|embarrass\w*|turns? (?:\w+ )?off)\b|mi (?:face|skin"
    r"|hair|body) (?:\w+ ){0,2}look",
)


def asks_for_judgement(text: str) -> bool:
    """Whether the words ask someone to judge the user, beyond the user doubting themselves,
    asking whether they are eligible, checking a price they set (`core.asks.own_rates`),
    choosing between two things on sale (`core.asks.goods_compared`), putting an outfit to their
    own followers (`core.asks.outfit_polls`), or naming their own body
    as theirs, measured or seen by themselves (`core.asks.own_body`)."""
    eligible = [match.span() for match in ELIGIBLE.finditer(text)]
    eligible += [match.span() for match in OWN_RATES.finditer(text)]  # "if I'm charging too little"
    eligible += [match.span() for match in GOODS_COMPARED.finditer(text)]  # "which of two aprons"
    eligible += [match.span() for match in hits(OWN_BODY, text)]  # "measure my body fat"
    eligible += outfit_poll_spans(text)  # "poll on my story: rate my outfit for the vlog"
    eligible += outfit_check_spans(
        text
    )  # "whether this dress works ... or if I look like a lampshade"
    return any(
        SELF_DOUBT.search(text, max(0, match.start() - 40), match.start()) is None
        and not (
            MOCKED.match(match.group(0))
            and TOLD_OF.search(text, max(0, match.start() - 40), match.start())
        )
        and not any(start <= match.end() and match.start() < end for start, end in eligible)
        for match in hits(JUDGEMENT, text)
    )
