"""A no the user means to make cost: a sulk, an awkward scene, a debt or a loyalty told aloud.

The ask itself may be fair (a day off, a solo, credit at the merchant's); the words say what
will follow a no, or how the asking is staged so that none can be given:
- after a no, sulking, the cold shoulder, or making it awkward for them or everyone ("if he
  says no, sulk all day and make it awkward for everyone");
- reminding them, again and again or aloud before others, what the user did for them or how
  loyal they have been ("keep reminding them how much I carried until they feel bad",
  "remind them loudly in front of everyone how many years we've been loyal customers");
- asking before an audience so they cannot refuse ("in front of the whole fellowship so he
  cannot refuse me").
A worry of the user's own ("even if it's awkward", "if she says no I'll feel awkward") asks
nothing of the other person and stays fair. Read by `core.asks.leverage.presses`; matches
the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import words

_THEY = r"(?:he|she|they|him|her|them|the \w+|my \w+)"
_NO = (
    r"(?:says? no|said no|refuses?|refused|won't|doesn't|does not|don't|do not|turns? (?:me|us"
    r"|it) down|hesitates?|declines?|nuh|no mek)"
)
_SULKS = (
    r"sulk\w*|pout\w*|(?:give|giving) (?:\w+ )?the (?:silent treatment|cold shoulder)"
    r"|(?:ignore|ignoring|blank|blanking|freeze \w+ out) (?:him|her|them)\b|storm(?:ing)? off"
    r"|slam\w* (?:the|a) door|(?:make|making) (?:a scene|a fuss|a big deal)"
    r"|(?:make|making|mek|cause|causing|kick\w* up|throw\w*) (?:a |an )?(?:big |huge |massive"
    r" |proper |real |loud |whole )?(?:scene|ruckus|commotion|racket|stink|drama|scandal|tantrum)"
    r"|(?:make|making|mek) (?:a )?(?:big|huge|massive|lot of|lotta) (?:noise|fuss|palaver)"
    r"|(?:shout|yell|scream|holler)\w* (?:\w+ ){0,3}(?:until|till|so) (?:everybody|everyone"
    r"|people|the whole \w+|all)\b"
    r"|block\w* (?:their|his|her) (?:front |shop |back )?(?:door|doorway|entrance|driveway|drive"
    r"|gate|exit)"
    r"|(?:make|making) (?:it|things|everything|life|the \w+) (?:really |so |super |very )?"
    r"(?:awkward|uncomfortable|difficult|weird|tense|unpleasant|miserable|hard|hell)\b(?! for me)"
)
_AUDIENCE = (
    r"(?:in front of|before) (?:everyone|everybody|all|the whole|the others|the rest|the (?:\w+ )?"
    r"(?:queue|crowd|class|team|congregation|fellowship|choir|group|staff|customers|office)"
    r"|(?:all )?(?:his|her|their|our) (?:\w+ )?(?:friends|colleagues|staff|team|members|family))"
    r"|(?:with|while) (?:everyone|everybody|all of them|the whole \w+) (?:is |are )?(?:watching"
    r"|listening|there|looking)|loudly|publicly|out loud|for all to hear|so (?:everyone|everybody"
    r"|the others|others) (?:can |could |will )?hear"
)
_RECKONS = (
    r"(?:how (?:much|many \w+|long|often|hard)|that|what|all (?:that )?|everything) (?:i|we)"
    r"(?:'ve| have)? (?:\w+ )?(?:carried|did|done|do|gave|given|helped|covered|paid|spent|been"
    r"|bought|worked|put in|sacrificed)"
)

_KIN = (
    r"(?:my|our) (?:late )?(?:father|dad|mother|mum|mom|family|grandfather|grandmother|grandpa"
    r"|granny|uncle|aunt|people|parents|clan|brother|husband|wife)"
)
_DID_FOR = (
    r"(?:paid|helped|saved|fed|raised|gave|got|appointed|hired|promoted|lent|built|sheltered"
    r"|took in|put (?:him|her|them) through|housed|employed|sponsored|vouched)"
)
"""What the user or their family did for the person or theirs: a debt raised against a no."""
_AFTER_A_NO = rf"(?:if|when|should|once|unless)\b[^.!?;]{{0,40}}\b{_NO}\b[^.!?;]{{0,60}}\b"
"""A no or a hesitation before what follows: recalling a family's help on a visit stays fair."""
_ACCUSED = (
    r"(?:an? )?insult\w*|disgrace\w*|rip-?off|scam\w*|cheat\w*|thie\w+|crooks?|liars?|robb\w*"
    r"|racist|shameless|stingy|tight-?fisted|cheapskate|kuripot|(?:a |an )?(?:rubbish|terrible"
    r"|awful|useless|lousy|crap|horrible|fake) (?:aunt\w*|uncle|sister|brother|friend|mate|son"
    r"|daughter|mother|mum|mom|father|dad|cousin|niece|nephew|neighbou?r|godmother|godfather"
    r"|grandchild|granddaughter|grandson)\b"
    r"|tell (?:the whole|everyone|everybody|all)\b[^.!?;]{0,20}\bloudly"
    r"|loudly\b[^.!?;]{0,30}\b(?:he|she|they) (?:is|are|'s|'re)"
    r"|(?:he|she|they)(?:'s|'re| is| are) (?:so |really |just )?(?:awful|terrible|useless|lazy"
    r"|horrible|rubbish|dishonest|crooked|a nightmare)\b"
    r"|(?:he|she|they) (?:didn't|did not|never|don't|do not) (?:contribute|pull (?:\w+ )?weight"
    r"|do (?:anything|their part|his part|her part|their share|a thing))\b"
)
"""An accusation or an insult aimed at the person who said no, told aloud, or a failing named
in them for it ("a rubbish aunty if she says no")."""
_NO_MADE_AWKWARD = (
    r"(?:don't|do not|dont) (?:make (?:this|it|things) (?:so |all )?(?:weird|awkward|a thing|a big"
    r" deal|difficult|complicated)|be (?:like that|difficult|weird|awkward|boring|petty|dramatic"
    r"|that (?:person|guy|girl)|a (?:buzzkill|killjoy|party pooper|spoilsport|wet blanket|bore)"
    r"|so (?:uptight|tight|stingy|precious|dramatic)))\b"
)
"""A line that makes the no itself the trouble ("don't make this weird", "don't be like that")."""
_ELDERS = (
    r"(?:(?:my|our|your|his|her|their) )?(?:papà|papa|papá|mamá|mama|mamã|mãe|amma|appa|abba"
    r"|ammi|nanay|tatay|baba|mum|mom|mam|dad|mother|father|nonna|nonno|gran|granny|grandma"
    r"|grandpa|nan|lola|lolo|abuela|abuelo|oma|opa|parents|ancestors|the family)"
)
"""The elders whose hurt or shame is raised against a no, in the words the family uses."""
_HURT = (
    r"(?:ashamed|disappointed|heartbroken|sick with worry|worried sick|devastated|hurt|upset"
    r"|crushed|in tears|angry|mad|furious|livid|cross)"
)
_OWN_GOOD = r"(?:healing|progress|recovery|karma|luck|results|treatment|training|cleanse|detox)"
"""What a no is said to undo for the person themselves: a scare, not a reason."""

COSTLY_NO = words(
    rf"if {_THEY} {_NO}\b(?! mind\b)[^.!?;]{{0,80}}\b(?:{_SULKS})",  # not "if they don't mind"
    rf"(?:{_SULKS})\b[^.!?;]{{0,30}}\b(?:if|when|until|till|unless) {_THEY} {_NO}",
    r"make (?:it|things) (?:really |so |super |very )?(?:awkward|uncomfortable|weird|tense)"
    r" for (?:him|her|them|everyone|everybody|the (?:whole )?\w+)\b",
    rf"(?:keep|kept|keeping|always|constantly) (?:on )?remind\w* (?:\w+ ){{0,3}}{_RECKONS}",
    rf"remind\w* (?:\w+ ){{0,3}}(?:{_AUDIENCE})\b[^.!?;]{{0,20}}\b{_RECKONS}",
    rf"remind\w* (?:\w+ ){{0,3}}{_RECKONS}[^.!?;]{{0,40}}\b(?:{_AUDIENCE})",
    r"(?:until|till) (?:he|she|they|the \w+|my \w+) (?:\w+ )?(?:feels?|felt) (?:so |really )?(?:bad"
    r"|guilty|terrible|awful|ashamed|sorry for me)\b",
    rf"(?:{_AUDIENCE})\b[^.!?;]{{0,40}}\bso (?:that )?{_THEY} (?:can't|cannot|won't|couldn't"
    r"|can not|will not|wouldn't) (?:really |possibly |easily )?(?:refuse|say no|turn (?:me|us"
    r"|it) down|decline)",
    rf"(?:{_AUDIENCE})\b[^.!?;]{{0,40}}\b{_THEY} (?:can't|cannot|won't be able to|couldn't)"
    r" (?:really |possibly |easily )?(?:refuse|say no|turn (?:me|us|it) down)",
    # What the user's family did for theirs, raised against a no; a no shamed before others.
    rf"{_AFTER_A_NO}remind\w*(?:,? [\w]+,?){{0,3}} (?:that |how |of how |who |of who )?(?:{_KIN}"
    rf"|i|we)(?:'s)? (?:\w+ ){{0,2}}?{_DID_FOR}\b",
    rf"{_AFTER_A_NO}remind\w*(?:,? [\w]+,?){{0,3}} (?:of )?who {_DID_FOR} (?:him|her|them|his"
    r"|her|their)\b",
    r"make (?:e|am|him|her|them|'em) feel (?:it|small|bad|guilty|ashamed|terrible)\b",
    rf"so (?:that )?{_THEY} (?:looks?|seems?|comes? across as) (?:\w+ )?(?:bad|mean|stingy|cheap"
    rf"|rude|petty|awful|terrible|heartless|like a \w+) if {_THEY} {_NO}",
    rf"(?:if|when|once) {_THEY} {_NO}\b[^.!?;]{{0,80}}\b(?:{_ACCUSED})",
    rf"(?:{_ACCUSED})\b[^.!?;]{{0,40}}\b(?:if {_THEY} {_NO}|unless {_THEY}|if no (?:discount"
    r"|deal|refund|money|payment|tip|loan|raise|sale)\b)",
    rf"(?:if|when|once) {_THEY} {_NO}\b[^.!?;]{{0,80}}\b(?:announce|read out|call out|shout"
    r"|post|say)\w* (?:his|her|their) names?\b",
    r"\band (?:then )?(?:call\w* out|name and shame|shame|expose|roast|drag) (?:\w+ )?"
    r"(?:anyone|anybody|everyone|everybody|whoever|those|people|the ones?|any of them)"
    r" (?:who|that|who's|that's)?"
    r" ?(?:doesn't|does not|don't|do not|won't|didn't|votes? (?:no|against)|says? no|refuses?"
    r"|hasn't|haven't|isn't|aren't)\b",
    rf"remind\w* (?:\w+ ){{0,3}}(?:{_AUDIENCE})\b[^.!?;]{{0,40}}\b(?:that )?(?:family|blood"
    r"|brothers?|sisters?|kin|friends) (?:helps?|pays?|looks? after|sticks? together|supports?"
    r"|comes? first|shares?)\b",
    r"i(?:'ll| will)? (?:notice|remember|see|know|note|clock|keep track of|take note of|be"
    r" watching|be noting) (?:exactly )?who (?:doesn't|does not|don't|won't|didn't|did not)"
    r" (?:come|show|turn up|help|sign|give|chip in|pay|volunteer|stay)\b",
    rf"{_AFTER_A_NO}remind\w* (?:\w+ ){{0,2}}(?:that |how )?i(?:'ve| have)? (?:\w+ )?\w+ed (?:her"
    r"|his|their|him|them|for)\b",
    rf"(?:{_AUDIENCE})\b[^!?]{{0,100}}?\b{_THEY} (?:can't|cannot|couldn't|won't|wouldn't"
    r"|would never|will never|'d never|could never|can never|never) (?:really |possibly |easily"
    r" |ever )?(?:refuse|say no|turn (?:me|us|it) down|decline)\b",
    r"(?:be|is|'s|'d be|would be|will be|'ll be) the only (?:one|person) (?:who |to |that )?"
    r"(?:\w+ )?(?:refuses?|says? no|said no|won't|hasn't|didn't|turns? (?:me|us|it) down)\b",
    rf"{_ELDERS} (?:would|will|'d|'ll|is going to|are going to) (?:be|get|feel) (?:so |very"
    rf" |really |terribly )?{_HURT}(?: (?:of|in|by|with|because of) (?:him|her|them|you))?\b"
    rf"[^.!?;]{{0,20}}\b(?:if|when|unless) {_THEY} {_NO}",
    r"(?:tell|remind|warn) (?:them|him|her) (?:that )?(?:leaving|going home|stopping|quitting"
    r"|saying no|refusing|cancell?ing)(?: \w+){0,2} (?:will|would|could|'ll|might) (?:\w+ )?"
    rf"(?:undo|ruin|waste|reverse|destroy|block|cancel out) (?:all )?(?:of )?(?:their|his|her)"
    rf" (?:[\w-]+ )?{_OWN_GOOD}\b",
    r"remind (?:\w+ ){0,3}(?:that )?i (?:could|might|may|will|'ll|am going to|'m going to)"
    r" (?:\w+ )?die\b|let (?:him|her|them) feel (?:it|the guilt|guilty|bad)\b",
    rf"if {_THEY} {_NO}\b[^.!?;]{{0,60}}\b(?:manager|supervisor|boss)\b[^.!?;]{{0,30}}"
    r"\b(?:manager|supervisor|boss)'s (?:manager|boss|supervisor)",
    # A faith, a shared occasion or shame before others raised against a no.
    rf"{_AFTER_A_NO}what (?:jesus|god|allah|the lord|christ|the prophet|buddha|a (?:good |real )?"
    r"(?:christian|muslim|catholic|believer))(?: would| 'd|'d)? (?:do|want|say|think)\b",
    rf"(?:tell|remind|warn|say|mention)\w* (?:\w+ ){{0,2}}?(?:that )?{_AFTER_A_NO}(?:will|would"
    r"|'ll|'d|is going to) (?:be )?(?:ruin\w*|spoil\w*|wreck\w*|a disaster|fall apart|suffer"
    r"|collapse)\b",
    rf"(?:{_AUDIENCE}|announc\w*|warn (?:them|everyone))\b[^.!?;]{{0,20}}\b(?:i'm|i am|i'll|i will"
    r"|we're|we'll) (?:writing|taking|noting|making a (?:list|note)|keeping (?:a )?(?:list|track))"
    r"(?: down)?(?: of)? (?:the names of )?(?:who|whoever|those who|anyone who|everyone who"
    r"|people who)\b",
    rf"{_THEY} (?:\w+ )?(?:feels?|'ll feel|will feel|would feel|'d feel) (?:too )?(?:shame"
    r"|ashamed|embarrassed|awkward|bad|guilty|rude|mean) to (?:refuse|say no|decline|turn (?:me"
    r"|us|it) down)\b",
    r"(?:she|he|they)(?:'ll| will|'d| would) feel (?:that )?(?:she|he|they) (?:must|has to|have"
    r" to|can't (?:say no|refuse)|owes? (?:me|us))\b",
    # An audience, a room or the user's health held over the ask.
    r"so (?:that )?(?:everyone|everybody|the whole \w+|all|people)(?: (?:in|at|on) (?:the )?\w+)?"
    r" (?:is |are )?(?:watching|looking at|staring at) (?:her|him|them)\b",
    r"(?:don't|do not|won't|not|never) let (?:her|him|them) (?:leave|out of) (?:the|her|his|their)"
    r" (?:room|office|car|shop|house)\b[^.!?;]{0,20}\b(?:until|till)\b",
    r"wait\w* (?:in|at|outside) (?:her|his|their) (?:office|desk|door|room|shop|house)\b"
    r"[^.!?;]{0,10}\b(?:until|till) (?:(?:one|a (?:place|spot|slot|space)|something) (?:opens?"
    r"|comes? up|frees? up)|(?:she|he|they) (?:gives? in|gives? me|agrees?|says? yes|finds?"
    r"|caves?))\b",
    r"(?:mention|tell|remind|hint)\w* (?:\w+ ){0,3}(?:that )?i (?:don't|do not|can't|cannot"
    r"|barely|hardly|never) (?:\w+ )?(?:eat|sleep)\b[^.!?;]{0,30}\b(?:when|if|unless)"
    r" (?:she|he|they) (?:doesn't|don't|does not|won't|isn't|can't)\b",
    r"(?:ping|text|messag|email|call|nudg|chas)\w*(?! (?:me|us)\b) [^.!;]{0,30}?\bevery \d+"
    r" (?:mins?|minutes"
    r"|hours?)\b[^.!?;]{0,20}\b(?:until|till)\b",
    r"you owe me\b[^.!?;]{0,60}\b(?:so|now) (?:just )?(?:lend|give|do|drive|cover|help|pay|take)"
    r"\b[^.!?;]{0,60}\b(?:and )?(?:don't|do not|no) (?:argue|argu\w+|say no|refuse|complain)\b",
    r"ты мне (?:должна|должен|обязана|обязан)\b[^.!?;]{0,80}\b(?:и )?не (?:спорь|отказывай"
    r"|возражай)\b",
    rf"{_AFTER_A_NO}(?:say|tell|go|add)\w*(?: (?:her|him|them))?,? (?:\W{{1,2}})?"
    rf"{_NO_MADE_AWKWARD}",
    rf"(?:say|tell|go|add)\w*(?: (?:her|him|them))?,? (?:\W{{1,2}})?{_NO_MADE_AWKWARD}\W{{0,2}}"
    rf"[^.!?;]{{0,20}}\b(?:if|when|once|the moment) {_THEY} {_NO}\b",
)
"""A no made to cost the person: a sulk or a scene after it, favours recounted until they feel
bad, loyalty told aloud before others, an audience chosen so they cannot refuse, a family's old help
raised against it, an insult or an accusation answering it ("tell the queue loudly he cheats
pensioners"), or a climb past the manager to the manager's manager; a faith raised after a
hesitation ("ask her what Jesus would do"), a shared occasion they are told a no will ruin, a list
of who says no kept aloud, anyone who votes no called out in the group, or shame counted on ("so he
feels shame to refuse", "she'll feel she must"); a scene, a door blocked or a name announced after a
no, a bad name told to others ("I'll tell the agency they're awful"), a duty proclaimed before the
church, a discount asked "so everyone in line is watching her", a room not left or an office sat in
until a yes, the user's not eating when she doesn't visit, a ping every ten minutes, or a debt
called in with a no forbidden ("you owe me, so lend me the car and don't argue", and the same in
Russian, "ты мне должна ... не спорь", read as written since a friend is asked), or the
hesitation itself made the trouble ("say 'don't make this weird' if she hesitates")."""
