"""Ways an ask puts someone on the spot, in words: joining strangers, interrupting
someone busy, queue-jumping, going behind the counter, personal questions, selling to
friends. The lexicons match the normal form of `core.asks.text`."""

from __future__ import annotations

from core.asks.text import words

_THEM = (
    r"(?:them|him|her|strangers?|a stranger|people|a group|a couple|a family|someone"
    r"|somebody|the \w+|a \w+|their \w+)"
)
_JOINED = (
    r"(?:them|him|her|strangers?|a stranger|people|a group|a couple|a family|someone"
    r"|somebody|(?:a|the|their|his|her) (?:\w+ )?(?:table|group|conversation"
    r"|picnic|meal|party|chat))"
)

JOINS = words(
    r"(?:join|share) (?:\w+ ){0,5}(?:table|picnic|blanket|bench|meal|dinner|lunch"
    r"|conversation|chat|evening)",
    r"(?:a|their|the|his|her) table (?:\w+ ){0,8}(?:share|join|sit)",
    r"share (?:it|their table|a table)",
    rf"sit (?:down )?(?:at|with|next to|beside|among|by) {_THEM}",
    r"pull up a chair|sit down at",
    rf"join {_JOINED}(?! for (?:one|a) (?:round|game))",
    r"join (?:their|a) (?:group|conversation|party|table)",
    r"(?:walk into|turn up (?:at|to)|gatecrash|crash) (?:a |their |his |her "
    r"|a stranger's )?(?:\w+ )?(?:party|wedding|dinner|barbecue|bbq|picnic|celebration)",
)
MIXER = words(
    r"meetups?|(?:at|to) (?:a|the) (?:party|parties)|class|classes|club|clubs"
    r"|events?|quiz|quiz night"
    r"|game night|board game|trivia|"
    r"gathering|social|singles|workshop|course|conference|networking|mixer|orientation"
    r"|hostel|choir|rehearsal|group chat|online|community|forum|server|(?:you|i) belong to"
)
ABSORBED = words(
    r"(?:someone|somebody|a person|people|a man|a woman|a guy|a girl|a stranger"
    r"|strangers|who(?: is|'s)?|while (?:they're|he's|she's)|that's|person) (?:\w+ )?(?:reading"
    r"|studying|working on (?:a|their|his|her) laptop|eating|sleeping|praying"
    r"|crying|on (?:a|the|their|his|her) (?:phone|call|laptop)|wearing (?:headphones"
    r"|earphones|earbuds)|with (?:headphones|earphones|earbuds)|listening to (?:music"
    r"|a podcast))",
    r"(?:what|which book) (?:they|he|she)(?:'re| are|'s| is) reading|interrupt\w*",
    r"tap (?:someone|somebody|a stranger|a person|them|him|her|people|the \w+) on",
    r"(?:take|put) (?:off|out|down) (?:their|his|her) (?:headphones|earphones"
    r"|earbuds|book|phone)|(?:their|his|her) (?:headphones|earphones|earbuds) (?:off"
    r"|out)",
    r"put (?:their|his|her) book down|take (?:them|their headphones) (?:off|out)",
    r"(?:a|the) (?:\w+ )?(?:student|man|woman|guy|girl|person|mum|dad|couple|stranger)s? "
    r"(?:reading|studying|working on|eating|sleeping|on the phone|wearing headphones)",
    r"(?:someone|somebody|a person|people|a man|a woman|a couple|a stranger) (?:\w+ )?(?:meditat"
    r"ing"
    r"|praying|arguing|fighting|crying|kissing|grieving|on a date|having a (?:private"
    r"|quiet) moment)",
    r"(?:someone|somebody|a person|people|a man|a woman|a guy|a girl|a stranger) (?:\w+ )?(?:wri"
    r"ting"
    r"|drawing|sketching|knitting|painting|typing|sewing|doing a crossword)",
    r"breastfeeding|feeding (?:her|his|their) (?:baby|child)|changing (?:a|her"
    r"|his|their) (?:baby|nappy)",
)
QUEUE = words(
    r"go (?:ahead|first|before) (?:of )?(?:them|you|him|her|me)|cut in|(?:skip"
    r"|jump|cut) (?:the|a) (?:queue|line)",
    r"let me (?:in|go) (?:front|first|ahead)|(?:go|get) ahead (?:\w+ ){0,4}(?:queue"
    r"|line)|ahead in (?:the|a) (?:queue|line)",
    r"(?:queue|line)[^.]{0,80}\bgo ahead",
)
BACKSTAGE = words(
    r"(?:see|look (?:at|in|into|around)|have a (?:quick )?look (?:at|in|into"
    r"|around)|visit|tour|go (?:into|in|behind|round)|show (?:me|you) (?:around )?"
    r"|watch|step (?:into|behind)|come (?:into|behind))(?: \w+){0,4} (?:kitchen"
    r"|kitchens|where (?:the|their) \w+ (?:is|are) (?:made|baked|cooked|brewed"
    r"|kept)|behind the (?:counter|till|bar)|back room|storeroom|stockroom)",
    r"(?:work|stand|serve|help) behind the (?:counter|till|bar)|serve (?:customers"
    r"|people)|help out (?:for|in|at) (?:\w+ )?(?:ten|five|fifteen|twenty|a few"
    r"|\d+) minutes|help out for",
    r"(?:around|round) (?:their|the) (?:kitchen|house|home|flat)|tour of (?:their"
    r"|the) (?:house|home|flat|kitchen)",
    r"(?:sit|sit down|stop) (?:\w+ ){0,2}(?:and|to) (?:talk|chat)|talk to me for"
    r"|chat (?:with me|to me) for|keep me company",
    r"let me (?:\w+ ){1,3}myself|let me (?:serve|slice|cook|pour|work|use their)",
    r"behind the (?:counter|till|bar)",
    r"other (?:diners|customers|people|guests)'?s? (?:food|plates?|meals?|drinks?)",
    r"use (?:their|the) (?:oven|kitchen|till|coffee machine|equipment|tools|machines?)",
)
PERSONAL_QUESTION = words(
    r"(?:biggest|deepest|darkest|worst) (?:regret|secret|fear|mistake)|(?:a|their|his|her) secret",
    r"how much (?:money )?(?:they|he|she|you) (?:earn|earns|make|makes|weigh|weighs|paid|get paid"
    r"|gets paid|pay|pays)",
    r"(?:their|his|her) (?:salary|income|age|weight|religion|politics|divorce"
    r"|breakup|break-up|health|illness|love life|sex life|relationship|scars?"
    r"|disability|debts?|sexuality|immigration status|childhood|therapy)",
    r"what (?:their|his|her) parents do|why (?:they're|he's|she's) (?:alone|single|sad)",
    r"(?:be|become) my (?:friend|best friend)",
    r"how (?:they|he|she) (?:voted|vote|votes|feel about (?:their|his|her))|(?:ever"
    r"|been) (?:in love|married|divorced|dumped|cheated)",
    r"(?:they're|they are|he's|she's|he is|she is) (?:married|single|gay|straight"
    r"|religious|pregnant|lonely|sad|ill|sick|okay)\b",
    r"(?:look|go|scroll|search|read|flick) (?:through|at|in|into) (?:their|his|her) (?:\w+ )?"
    r"(?:photos|phone|messages|diary|bag|wallet|purse|notebook)",
    r"where (?:they're|they are|he's|she's|you're) (?:really |originally )?from"
    r"|how old (?:they|he|she) (?:is|are)",
    r"(?:their|his|her) (?:family|problems|feelings|marriage|ex)\b",
    r"what happened to (?:them|him|her|their)|(?:when|if) (?:she's|she is) due"
    r"|of (?:their|his|her) life",
    r"(?:their|his|her) (?:worst|best|hardest|saddest|most \w+) (?:day|moment|time|year|memory)",
    r"(?:a|the) (?:pregnant|disabled|crying|sad|blind|deaf) (?:woman|man|person"
    r"|stranger)|on crutches|in a wheelchair",
    r"insecurit\w*|believe in (?:god|anything)|(?:their|his|her) (?:religion"
    r"|faith|beliefs|politics|diagnosis|medication)",
    r"why (?:her|his|their) (?:child|kid|baby|son|daughter) is|what (?:they're"
    r"|they are|he's|she's) (?:fighting|arguing|crying|upset)",
    r"what (?:they|he|she) (?:earn|earns|makes?|weighs?|paid|pay)",
    r"(?:why|how|what happened)\b.{0,40}\b(?:scars?|limp|stammer|stutter|birthmark"
    r"|bruises?|burns?|disability|condition|tattoos?|wheelchair|crutches|missing)",
    r"what (?:they're|they are|he's|she's) in for|(?:their|his|her) (?:appointment"
    r"|test results|symptoms)",
    r"been through|in (?:his|her|their) life|life story",
    r"why (?:[\w']+ ){0,4}(?:sad|upset|angry|lonely|tired|quiet|alone|on (?:their"
    r"|his|her) own|crying|stressed|nervous|single)",
    r"how much (?:their|his|her) (?:\w+ ){0,2}(?:cost|costs|was|is)|(?:their"
    r"|his|her) (?:rent|mortgage|house price|savings|debts?)",
    r"(?:they've|they have|he's|she's|he has|she has) (?:got )?(?:any )?(?:friends"
    r"|a partner|kids|children|family)",
    r"(?:what|which) (?:illness|condition|disease|diagnosis)|what's wrong with (?:them|him|her)",
    r"how (?:they|he|she) (?:got|became|get|stays?) (?:so )?(?:rich|famous|fit"
    r"|thin|successful|wealthy)",
)
PERFORMANCE = words(
    r"sing (?:\w+ ){0,3}(?:with|to|for) me|dance with me|sing happy birthday"
    r"|perform (?:with|for) me",
    r"(?:try|taste|have) (?:some|a bite|a bit|one) (?:of )?(?:their|his|her) (?:food"
    r"|meal|chips|dinner|lunch)|have a bite|a bite of",
    r"(?:their|his|her) (?:food|chips|dinner|lunch|meal|drink)",
    r"(?:some|a bit|a taste|a sip|a bite|one|a piece|a slice|a share) of (?:their|his|her)",
)
SELL_TO_CLOSE = words(
    r"(?:buy|commission|purchase|order) (?:\w+ ){0,6}(?:from (?:me|you)|(?:i"
    r"|you)(?:'ve)? (?:made|make|knit|paint|bake|sew|draw|create|brew|build)"
    r"|my (?:art|work|painting|paintings|drawing|candles|jewellery"
    r"|prints|zine|book|crafts|cakes))",
    r"(?:sell|pitch) (?:\w+ ){0,4}to (?:a |my |your )?(?:friends?|family|relatives"
    r"|colleagues|neighbours)",
    r"(?:buy|order|purchase) (?:\w+ ){0,4}from my (?:\w+ )?(?:business|shop|stall"
    r"|company|brand|page|side hustle)",
    r"(?:buy|get) tickets (?:for|to) my|(?:buy|order) (?:\w+ ){0,2}(?:my|our) (?:band's"
    r"|choir's|club's|team's) ",
    r"(?:pay for|buy) (?:a |some |their )?tickets? (?:to|for) my",
    r"buy my (?:\w+ )?(?:homemade|handmade|home-made|hand-made)|buy (?:my|our) (?:\w+ ){0,2}(?:j"
    r"am"
    r"|cakes?|candles|jewellery|prints|paintings?|art|crafts|books?|cds?|albums?"
    r"|products?|stuff)",
)
