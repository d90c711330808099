"""Ways an ask puts someone on the spot, in words: joining strangers, interrupting
someone busy, queue-jumping, going behind the counter, personal questions, selling to
friends, taking the seat or view they have. Favours that cost more of someone's time than
a moment are in `core.asks.time_favours`. The lexicons match the normal form of
`core.asks.text`."""

from __future__ import annotations

from core.asks import back_rooms, made_to_explain, overstepping, their_places
from core.asks import taking_liberties as liberties
from core.asks.private_lives import BELIEFS_AND_HOUSEHOLD
from core.asks.private_questions import ON_AN_ANIMAL
from core.asks.text import words

_THEM = (
    r"(?:them|him|her|strangers?|a stranger|people|a group|a couple|a family|someone|somebody"
    r"|the \w+|a \w+|their \w+)"
)
_CUPPA = r"(?:a|my|some) (?:\w+ )?(?:cup|mug|pot|glass|brew|cuppa|book|notebook|journal|diary)\b"
"""Sitting down with a cup of tea or a notebook: alone with a thing, not joining people."""
_OWN_SEAT = r"(?:barraca|kiosk|beach bar|bar|café|cafe|stall|chiringuito|bench|terrace|counter)"
"""A seat of the user's own at a beach hut, a kiosk or a bar ("sit at a barraca"): a customer's
place, taken by no one else."""
_EARS = r"(?:headphones|earphones|earbuds|airpods|headset)"
"""Someone listening to something of their own: an ask of them has to interrupt it."""
_JOINED = (
    r"(?:them|him|her|strangers?|a stranger|people|a group|a couple|a family|someone|somebody|(?:a"
    r"|the|their|his|her) (?:\w+ )?(?:table|group|conversation|picnic|meal|party|chat))"
)

JOINS = words(
    # "join our Friday lunch group" invites them; the user joining theirs is the intrusion
    r"(?:join|share) (?!(?:our|my|us)\b)(?:[\w']+ ){0,5}(?:table|picnic|blanket|meal|dinner|lunch"
    r"|conversation"
    r"|chat|evening(?! (?:tours?|class(?:es)?|courses?|sessions?|talks?|lectures?|services?"
    r"|walks?|runs?|rides?|programmes?|openings?|events?)\b))",  # an evening tour is an event
    r"(?:a|their|the|his|her) table (?:\w+ ){0,8}(?:share|join|sit)",
    r"share (?:it(?! (?:on|to|online|with (?:my|our) (?:followers|friends|family))\b)"
    r"|their table|a table)",
    rf"sit (?:down )?(?:in )?(?:at|with|next to|beside|among|by) (?!(?:the|a|an) (?:\w+ )?(?:table"
    rf"|seat|booth|spot|window|{_OWN_SEAT})\b(?! (?:of|with)))(?!the window)(?!{_CUPPA}){_THEM}",
    r"pull up a chair|sit down at|uninvited|without being invited|(?:plonk|plop|park) myself",
    rf"join {_JOINED}(?! for (?:one|a) (?:round|game))",
    r"join (?:their|a) (?:group|conversation|party|table)",
    r"(?:sit|sit down) (?:\w+ ){0,2}and (?:eat|have (?:lunch|dinner|a meal)|picnic) with (?:them"
    r"|him|her|strangers|a stranger)|eat with (?:them|strangers|a stranger)\b",
    r"(?:walk into|turn up (?:at|to)|gatecrash|crash) (?:a |their |his |her "
    r"|a stranger's )?(?:\w+ )?(?:party|wedding|dinner|barbecue|bbq|picnic|celebration)",
)
MIXER = words(
    r"meetups?|(?:at|to) (?:a|the) (?:party|parties)|class|classes|club|clubs|events?|quiz"
    r"|quiz night|game night|board game|trivia|gathering|social(?! (?:rules?|norms?|anxiety|media"
    r"|skills|cues|life))|singles|workshop|(?<!of )course|conference"
    r"|networking|mixer|orientation|hostel|choir|rehearsal|group chat|online|community|forum"
    r"|server|(?:you|i) belong to|(?:facebook|fb|whatsapp|telegram|viber|discord|reddit|church"
    r"|community|school|club) (?:page|group|forum|chat)s?"
)
ABSORBED = words(
    *back_rooms.MID_ACT,
    r"in the middle of (?:the|a|their|his|her) (?:film|movie|show|play|concert|meal|call|exam"
    r"|lecture|service)",
    r"(?:someone|somebody|a person|people|a man|a woman|a guy|a girl|a stranger|strangers"
    r"|who(?: is|'s)?|while (?:they're|he's|she's)|that's|person) (?:\w+ )?(?:reading(?! (?:a|the)"
    r" (?:menu|sign|map|timetable|board|noticeboard))(?! (?:double|twice|high|low|wrong|zero"
    r"|incorrectly|too \w+)\b)|studying"
    r"|working on (?:a|their|his|her) laptop|eating|sleeping|praying|crying|on (?:a|the|their|his"
    r"|her) (?:phone|call|laptop)|wearing (?:headphones|earphones|earbuds)|with (?:headphones"
    r"|earphones|earbuds)|listening to (?:music|a podcast))",
    r"interrupt\w*",
    *their_places.BUSY,
    r"tap (?:someone|somebody|a stranger|a person|them|him|her|people|the \w+) on",
    r"tap (?:someone's|somebody's|a stranger's|his|her|their|the \w+'s) (?:\w+ )?(?:shoulder|arm"
    r"|back)",
    r"(?:deep|engrossed|absorbed|lost|buried|immersed|wrapped up|stuck) in (?:his|her|their)"
    r" (?:\w+ )?(?:book|novel|reading|paper|newspaper|kindle|studies|revision|notes|homework"
    r"|laptop|work|crossword|game|music|podcast)",
    r"(?:take|put) (?:off|out|down) (?:their|his|her) (?:headphones|earphones|earbuds|book|phone)"
    r"|(?:their|his|her) (?:headphones|earphones|earbuds) (?:off|out)",
    r"put (?:their|his|her) book down|take (?:them|their headphones) (?:off|out)",
    rf"(?<!myself )(?<!i'm )(?:in|with|wearing) (?!my\b)(?:\w+ ){{0,2}}{_EARS}(?! (?:off|out"
    rf"|section|aisle|department"
    rf"|shop|store|stand))|{_EARS} wearers?",
    r"(?:a|the) (?:\w+ )?(?:student|man|woman|guy|girl|person|mum|dad|couple"
    r"|stranger)s? (?:reading(?! (?:a|the) (?:menu|sign|map|timetable|board))|studying|cramming"
    r"|working on|eating|sleeping|on the phone|wearing headphones|revising|swotting)",
    r"(?:someone|somebody|a person|people|a man|a woman|a couple|(?:a|the) (?:monk|nun|priest"
    r"|worshipper|devotee|pilgrim|yogi)s?|a stranger) (?:\w+ )?(?:meditating|praying|arguing"
    r"|fighting|crying|kissing|grieving|on a date|having a (?:private|quiet) moment)",
    r"(?:someone|somebody|a person|people|(?:a|the) (?:man|woman|guy|girl|lady|bloke|fella)"
    r"|a stranger) (?:\w+ )?(?:writing|drawing|sketching|knitting|painting|typing|sewing"
    r"|doing a crossword)",
    r"(?:is|'s|are|'re) (?:busy |quietly |deep in |engrossed in |absorbed in |lost in )?(?:reading"
    r"|studying) (?:his|her|their) (?:\w+ ){0,2}(?:paper|newspaper|book|novel|kindle"
    r"|magazine|notes|bible|quran|koran|mid-day|\w+ (?:times|post|news|mail))",
    r"(?<!the )(?<!a )(?<!bus )(?<!tram )(?:stop|pause|leave) (?:\w+ ){0,3}(?:and|to) (?:teach"
    r"|show|chat|talk|help|play|sing|dance|sit)",  # not "the bus stop to show me": a place
    r"nursing (?:a|her|his|their) (?:baby|child|newborn)|(?:next|neighbouring) urinal"
    r"|at the urinals?",
    r"breastfeeding|feeding (?:her|his|their) (?:baby|child)|(?:changing|change) (?:her|his"
    r"|their) (?:baby|nappy|baby's nappy)|(?:someone|a (?:mum|mom|dad|parent|man|woman|person))"
    r" changing a (?:baby|nappy)",
)
QUEUE = words(
    *liberties.QUEUE,
    *overstepping.QUEUE,
    r"go (?:ahead|first|before) (?:of )?(?:them|you|him|her|me)|cut in|(?:skip|jump|cut) (?:(?:the"
    r"|a) )?(?:[\w-]+ ){0,2}?(?:queue|line)",
    r"(?:takes?|serves?|sees?) me first|let me (?:in|go) (?:front|first|ahead)|(?:go"
    r"|get) ahead (?:\w+ ){0,4}(?:queue|line)"
    r"|ahead in (?:the|a) (?:queue|line)",
    r"(?:queue|line)[^.]{0,80}\bgo ahead",
    r"(?:be )?served first|step in front of (?:everyone|them|people|the queue)",
    r"(?:queue|line|front)\b[^!?]{0,120}\b(?:ask|asking|beg|request) (?:if i can |whether i can"
    r" |if i could |to )(?:go|be served|be seen|pay) first",
    r"(?:go|walk|push|step|get|head|stroll|march|saunter|wander)(?: straight| right)?(?: up)?"
    r" (?:to|in) (?:the )?(?:front|top|head) of (?:the |a )?(?:\w+ ){0,2}(?:queue|line|everyone)",
    r"(?:queue|line)\b[^!?]{0,120}\b(?:ask|asking|beg|request) (?:if i can |whether i can"
    r" |if i could |to )(?:go|be served|be seen) next",
    r"(?:cut|jump|push|barge|skip|squeeze)(?: straight| right)? (?:in )?to the (?:very )?front\b",
)
BACKSTAGE = words(
    *their_places.KITCHEN_SHIFT,
    *back_rooms.INTO_BACK_ROOMS,
    r"(?:see|look (?:at|in|into|around)|have a (?:quick )?look (?:at|in|into|around)|visit|tour"
    r"|(?:go|walk|wander) (?:back |right |straight )?(?:into|in|behind|round)"
    r"|show (?:me|you) (?:around )?|watch"
    r"|step (?:into|behind)"
    r"|come (?:into|behind))(?: \w+){0,4} (?:kitchen|kitchens|where (?:the|their) \w+ (?:is"
    r"|are) (?:made|baked|cooked|brewed|kept)|behind the (?:counter|till|bar)|back room|storeroom"
    r"|stockroom)",
    r"(?<!\bi )(?<!\bi already )(?:work|run|man|serve on) the (?:till|counter|bar|register"
    r"|checkout|decks|stall|kitchen)"
    r"|take over (?:the|his|her|their) (?:decks|spot|pitch|stall|till|mic|microphone|stage"
    r"|kitchen|set)|(?:play|use|borrow) (?:his|her|their) (?:guitar|instrument|decks|mic"
    r"|microphone|amp)",
    r"(?:make|cook|bake|prepare) (?:\w+ ){0,4}in (?:their|the|its) (?:kitchen|bakery)",
    r"(?:work|stand|serve|help) behind the (?:counter|till|bar)|serve (?:customers|people)"
    r"|help out (?:for|in|at) (?:\w+ )?(?:ten|five|fifteen|twenty|a few|\d+) minutes|help out for",
    r"(?<!wore them )(?<!wore it )(?<!worn them )(?<!worn it )(?<!wearing them )"
    r"(?:around|round) (?:their|the) (?:kitchen|house|home|flat)|tour of (?:their|the) (?:house"
    r"|home|flat|kitchen)",
    r"(?:sit|sit down|stop) (?:\w+ ){0,2}(?:and|to) (?:talk|chat)|talk to me for|chat (?:with me"
    r"|to me) for|keep me company|sit with me\b|eat with me\b|join me (?:while|for (?:my|a|the))",
    r"let me (?:\w+ ){1,3}myself|let me (?:serve|slice|cook|pour|work|use their)",
    r"behind the (?:counter|till|bar|balc[aã]o)|(?:go|walk|step|come|get)\w* behind"
    r" (?:their |its |his |her )?(?:counter|till|bar|balc[aã]o)",
    r"other (?:diners|customers|people|guests)'?s? (?:food|plates?|meals?|drinks?)",
    r"use (?:their|the) (?:oven|kitchen|till|coffee machine|equipment|tools|machines?)",
)
SERVER_BEHIND = words(
    r"(?:the|a|an|that|this) (?:\w+ ){0,2}(?:guy|man|woman|lady|girl|bloke|person|lad|lass|fella"
    r"|chap|one|staff) behind the (?:\w+ )?(?:counter|till|bar)",
)
"""Staff named by where they stand ("the guy behind the bar"): who is asked, not a place the
user asks to go."""
WORN_AT_WORK = words(
    r"(?:wear|wearing|wore|worn)\b(?:(?!\b(?:go|goes|going|walk|step|get|sneak|come|slip|hop"
    r"|jump|climb)\b)[^.!?]){0,60}?\bbehind the (?:counter|till|bar)",
)
"""Something the user wears behind the counter ("wear the bright jumper our Ciara got me
behind the counter"): the user's own place of work, where they stand anyway; no counter of
someone else's gone behind."""
PERSONAL_QUESTION = words(
    *made_to_explain.ACCOUNT_FOR_THEMSELVES,
    r"(?:biggest|deepest|darkest|worst) (?:regret|secret|fear|mistake)|(?:a|their|his|her) secret",
    rf"(?:the|her|their) (?:birth|labour|pregnancy|miscarriage|c-section)\b{ON_AN_ANIMAL}"
    r"(?! (?:ward|wards|suite|unit|room|department|team|nurses?)\b)"
    r"|hard birth",
    r"how much (?:money |rent |tax |\w+ )?(?:they|he|she|you) (?:earn|earns|make|makes|weigh"
    r"|weighs|paid|get paid"
    r"|gets paid|pay|pays)",
    r"(?:their|his|her) (?:monthly |annual |yearly |weekly )?"
    r"(?:(?:husband|wife|partner|spouse|son|daughter|kids|family)(?:'s|s')"
    r" )?(?:salary|income|age|weight|religion|caste|ethnicity|politics|divorce|breakup|break-up"
    r"|health|illness|love life|sex life|relationship|scars?|disability|debts?|sexuality"
    r"|immigration status|childhood|therapy)",
    r"what (?:their|his|her) parents do|why (?:they're|he's|she's) (?:alone|single|sad)",
    r"(?:be|become) my (?:friend|best friend)",
    r"how (?:they|he|she) (?:voted|vote|votes|feel about (?:their|his|her))|(?:ever"
    r"|been) (?:in love|married|divorced|dumped|cheated)",
    r"(?:they're|they are|he's|she's|he is|she is) (?:married|single|gay|straight|religious"
    r"|pregnant|lonely|sad|ill|sick|okay)\b",
    r"(?:look|go|scroll|search|read|flick) (?:through|at|in|into) (?:their|his"
    r"|her) (?:\w+ )?(?:photos|phone|messages|diary|bag|wallet|purse|notebook)",
    r"where (?:they're|they are|he's|she's|you're) (?:really |originally )?from|how old (?:they|he"
    r"|she) (?:is|are)",
    r"(?:their|his|her) (?:family|problems|feelings|marriage|ex)\b",
    r"what happened to (?:them|him|her|their|his)|why (?:she|he|they) wears?\b|(?:when|if)"
    r" (?:she's|she is) due|of (?:their|his|her) life",
    r"(?:their|his|her) (?:worst|best|hardest|saddest|most \w+) (?:day|moment|time|year|memory)",
    r"(?:a|the) (?:pregnant|disabled|crying|sad|blind|deaf) (?:woman|man|person|stranger)"
    r"|on crutches|in a wheelchair",
    r"pregnancy test|(?:good|bad) news or (?:good|bad) news|insecurit\w*|believe in (?:god"
    r"|anything)|what (?:they|he|she) believes? in|which religion"
    r"|(?:her|his|their) (?:hijab|headscarf|turban)|(?:their|his|her) (?:religion|faith|beliefs"
    r"|politics|diagnosis|medication|pension|savings|benefits|wages)",
    r"(?:what|which) (?:religion|faith|caste|sect|denomination|ethnicity|sexuality|sexual"
    r" orientation)\b|why (?:she|he|they) (?:doesn't|does not|don't|do not) (?:cover|wear"
    r"|shave|have)",
    r"why (?:her|his|their) (?:child|kid|baby|son|daughter) is|what (?:they're|they are|he's"
    r"|she's) (?:fighting|arguing|crying|upset)",
    r"(?:what|how much) (?:they|he|she|(?:their|his|her) (?:\w+ )?(?:husband|wife|partner|spouse"
    r"|parents|dad|father|mum|mother|boyfriend|girlfriend|son|daughter)) (?:earn|earns|makes?"
    r"|weighs?|paid|pay|gets paid|is paid|takes home|brings? home|brings? in)",
    r"how much (?:money |cash )?(?:they|he|she)(?:'s|'ve| has| have)? (?:got )?(?:in (?:super"
    r"|superannuation|the bank|savings|(?:his|her|their) (?:pension|401k|account|kitty))\b|saved"
    r"|put away|stashed away)",
    r"how much (?:weight|weight (?:he|she|they)(?:'s|'ve| has| have)? (?:gained|put on|lost))"
    r"|how (?:many|much) (?:kilos|kg|pounds|lbs|stone) (?:he|she|they)(?:'s|'ve| has| have)?"
    r" (?:gained|put on|lost)",
    r"(?:are|is) (?:they|he|she) (?:\w+ )?(?:married|single|together|divorced|dating|a couple"
    r"|seeing (?:each other|someone|anyone))|why (?:not|aren't they|isn't (?:he|she)) married",
    r"how (?:he|she|they) (?:hurt|injured|broke|lost|burned|burnt) (?:it|his|her|their|themselves"
    r"|himself|herself)|bandaged",
    r"(?:why|how|what happened)\b.{0,40}\b(?:scars?|limp|stammer|stutter|birthmark|bruises?|burns?"
    r"|disability|condition|tattoos?|wheelchair|crutches|missing)",
    r"what (?:they're|they are|he's|she's) in for|(?:their|his|her) (?:appointment|test results"
    r"|symptoms)",
    r"been through|in (?:his|her|their) life|life story",
    r"why (?:[\w']+ ){0,4}(?:sad|upset|angry|lonely|tired|quiet|alone|on (?:their|his|her) own"
    r"|crying|stressed|nervous|single)",
    r"how much (?:their|his|her) (?:\w+ ){0,2}(?:cost|costs|was|is)|(?:their|his|her) (?:rent"
    r"|mortgage|house price|savings|debts?)",
    r"(?:they've|they have|he's|she's|he has|she has) (?:got )?(?:any )?(?:friends|a partner|kids"
    r"|children|family)",
    r"(?:what|which) (?:illness|condition|disease|diagnosis)|what's wrong with (?:them|him|her)",
    r"how (?:they|he|she) (?:got|became|get|stays?) (?:so )?(?:rich|famous|fit|thin|successful"
    r"|wealthy)",
    *BELIEFS_AND_HOUSEHOLD,
)
PERFORMANCE = words(
    r"sing (?:\w+ ){0,3}(?:with|to|for) me|dance (?:(?!class|lesson)\w+ ){0,2}with me|sing happy"
    r" birthday|perform (?:with|for) me",
    r"(?:try|taste|have) (?:some|a bite|a bit|one) (?:of )?(?:their|his|her) (?:food|meal|chips"
    r"|dinner|lunch)|have a bite|a bite of",
    r"(?:their|his|her) (?:food|chips|dinner|lunch|meal|drink)",
    r"(?:some|a bit|a taste|a sip|a bite|one|a piece|a slice|a share|half) of (?:their|his|her)",
)
SELL_TO_CLOSE = words(
    r"(?:buy|commission|purchase|order) (?:\w+ ){0,6}(?:from (?:me|you)|(?:i|you)(?:'ve|'m| am)?"
    r" (?:made|make|knit|paint|bake|sew|draw|create|brew|build|(?:re-?)?sell\w*)|my (?:art|work"
    r"|painting|paintings|drawing|candles|jewellery|prints|zine|book|crafts|cakes))",
    r"(?:sell|pitch) (?:\w+ ){0,4}to (?:a |my |your )?(?:friends?|family|relatives|colleagues"
    r"|neighbours)",
    r"(?:buy|order|purchase) (?:\w+ ){0,4}from my (?:\w+ )?(?:business|shop|stall|company|brand"
    r"|page|side hustle)",
    r"(?:buy|get) tickets (?:for|to) my|(?:buy|order) (?:\w+ ){0,2}(?:my|our) (?:band's|choir's"
    r"|club's|team's) ",
    r"(?:pay for|buy) (?:a |some |their )?tickets? (?:to|for) my",
    r"(?:sponsor|fund|bankroll|chip in for|pay for) (?:\w+ ){0,2}my (?:holiday|trip|vacation"
    r"|wedding|birthday|car|phone|rent|gap year|new \w+)",
    r"buy my (?:\w+ )?(?:homemade|handmade|home-made|hand-made)|buy (?:my|our) (?:\w+ ){0,2}(?:jam"
    r"|cakes?|candles|jewellery|prints|paintings?|art|crafts|books?|cds?|albums?|products?|stuff)",
)
TAKES_THEIR_PLACE = words(
    r"(?:swap|switch|trade|exchange|change) (?:\w+ ){0,4}(?:seats?|tables?|places|spots?|rooms?)"
    r"\b.{0,40}\bso (?:i|we|my \w+) (?:can )?(?:get|have|enjoy|see) (?:the|a|their) (?:\w+ )?"
    r"(?:view|window|better|best|front|shade|sun)",
    r"give (?:up )?(?:us |me )?(?:their|his|her) (?:\w+ )?(?:seats?|table|spot|place|sunbeds?"
    r"|loungers?|room)",
    r"(?:gimme|give (?:me|mi)) (?:one (?:of|a) )?(?:their|dem|his|her) (?:\w+ )?(?:seats?|chairs?"
    r"|stools?|spot|place)\b",
    r"(?:sitting|sat|sits|playing \w+|who (?:sit|sits)) (?:alone |together )?(?:at|in|on) (?:the"
    r"|a|their|his|her) (?:\w+ ){0,2}?(?:table|booth|seat|spot|bench|window|corner)\b[^.!?]{0,60}"
    r"\b(?:give (?:it|them) (?:up|to (?:us|me))|let (?:us|me) have (?:it|them)|hand (?:it|them)"
    r" over)",
    r"(?:ask|asking) (?:them |him |her )?for (?:their|his|her) (?:table|booth|seats?|bench|spot"
    r"|place|chairs?|sunbeds?|loungers?)\b(?! (?:number|booking|reservation)\b)",
    r"(?:tell|ask|get) (?:him|her|them) to (?:move|shift|budge|scoot|clear off|get up)(?: over"
    r"| along| up| away| out| seats?| tables?)?,? (?:so (?:that )?(?:i|we|my \w+) (?:can )?(?:have"
    r"|get|sit|take|use|grab)|for me)\b",
    r"(?:swap|switch|trade|exchange) (?:\w+ ){0,4}(?:seats?|tables?|places|spots?)\b.{0,40}"
    r"\btheirs (?:is|are|'re|'s) (?:\w+ )?(?:closer|nearer|better|bigger|comfier|in the shade"
    r"|by the window)\b",
    r"(?:at|on|in) (?:the|a|his|her|their) (?:\w+ ){0,2}?(?:table|booth|bench|sunbed|lounger"
    r"|seats?)\b[^.!?]{0,60}\b(?:give (?:it|them) (?:up|to (?:us|me|my \w+))|let (?:us|me|my"
    r" \w+) have (?:it|them))\b",
    r"(?:tell|ask|get) (?:him|her|them|the \w+) (?:to )?(?:move|shift|budge|get up|leave),?"
    r" (?:because|bcs|cos|coz|cause|since|as) (?:my|our) (?:\w+ ){1,2}?(?:is |are |'s |'re )?"
    r"(?:coming|arriving|here|waiting)\b",
)
"""Asking people to give up the seat, table or view they have so the user gets it: "give it to
us" said of the table someone is sitting at, "ask for their table" of the fellas playing on it,
or "tell him to move so I can have my break there"; seats swapped because "theirs are
closer", the best table asked of the old man at it "to give it to me", or a family still
eating asked to move "because my regular customer coming"."""
CALLED_OUT = words(
    r"in front of (?:the |all )?(?:whole |entire |rest of the )?(?:class|team|office|room|meeting"
    r"|group|staff|crowd|everyone|everybody)\b.{0,60}\bwhy (?:she|he|they) (?:gave|marked|graded"
    r"|failed|picked|chose|rejected|passed|turned)",
)
"""Asking someone to justify a judgement of the user in front of an audience ("ask my
lecturer in front of the whole class why she gave me a B"): a question they cannot answer
freely; asked in private, the same question is fair."""
