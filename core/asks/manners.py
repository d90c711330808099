"""How an ask is made, in words: on the spot, on camera, under a pretence, unsafely,
or as a demand. The lexicons match the normal form of `core.asks.text`."""

from __future__ import annotations

from core.asks.text import words

_THEM = (
    r"(?:them|him|her|strangers?|a stranger|people|a group|a couple|a family|someone"
    r"|somebody|the \w+|a \w+|their \w+)"
)
_JOINED = (
    r"(?:them|him|her|strangers?|a stranger|people|a group|a couple|a family|someone"
    r"|somebody|(?:a|the|their|his|her) (?:table|group|conversation|picnic|meal|party|chat))"
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
)
MIXER = words(
    r"meetups?|party|parties|class|classes|club|clubs|events?|quiz|quiz night"
    r"|game night|board game|trivia|"
    r"gathering|social|singles|workshop|course|conference|networking|mixer|orientation"
    r"|hostel|team|choir|rehearsal|group chat|online|community|forum|server|(?:you|i) belong to"
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
)
PERSONAL_QUESTION = words(
    r"(?:biggest|deepest|darkest|worst) (?:regret|secret|fear|mistake)|(?:a|their|his|her) secret",
    r"how much (?:they|he|she|you) (?:earn|make|weigh|paid)",
    r"(?:their|his|her) (?:salary|income|age|weight|religion|politics|divorce"
    r"|breakup|break-up|health|illness|love life|sex life|relationship|scars?"
    r"|disability|debts?|sexuality|immigration status|childhood|therapy)",
    r"what (?:their|his|her) parents do|why (?:they're|he's|she's) (?:alone|single|sad)",
    r"(?:be|become) my (?:friend|best friend)",
)
PERFORMANCE = words(
    r"sing (?:\w+ ){0,3}(?:with|to|for) me|dance with me|sing happy birthday"
    r"|perform (?:with|for) me",
    r"(?:try|taste|have) (?:some|a bite|a bit|one) (?:of )?(?:their|his|her) (?:food"
    r"|meal|chips|dinner|lunch)|have a bite|a bite of",
    r"(?:their|his|her) (?:food|chips|dinner|lunch|meal|drink)",
)
SELL_TO_CLOSE = words(
    r"(?:buy|commission|purchase|order) (?:\w+ ){0,6}(?:from (?:me|you)|(?:i"
    r"|you)(?:'ve)? made|my (?:art|work|painting|paintings|drawing|candles|jewellery"
    r"|prints|zine|book|crafts|cakes))",
    r"(?:sell|pitch) (?:\w+ ){0,4}to (?:a |my |your )?(?:friends?|family|relatives"
    r"|colleagues|neighbours)",
)

_PEOPLE = (
    r"(?:them|him|her|people|strangers|a stranger|someone|everyone|the \w+|their \w+"
    r"|my (?:friend|friends|conversation|neighbour|date|manager|landlord|colleague"
    r"|coworker)|a conversation|it)"
)
_HUMANS = (
    r"(?:them|him|her|people|strangers|a stranger|someone|somebody|everyone|passers-by"
    r"|the (?:\w+ )?(?:person|people|man|woman|guy|girl|crowd|cashier|barista"
    r"|waiter|waitress|staff|shop assistant|neighbour|couple|family)|(?:their"
    r"|his|her) (?:face|reaction|kids)|my (?:friend|friends|neighbour|date|manager"
    r"|landlord|colleague|coworker))"
)
RECORDED = words(
    rf"(?<!a )(?<!the )(?<!short )film(?:s|ed)? {_PEOPLE}|filming",
    rf"livestream\w*|live[- ]stream\w*|stream (?:it|myself|my (?:asks|challenge"
    rf"|rejection))|video(?:s)? of {_PEOPLE}",
    rf"(?:secretly )?record(?:s|ed|ing)? (?:\w+ )?{_PEOPLE}(?! (?:singing|reading"
    rf"|playing) (?:my|a))",
    rf"(?:photos?|pictures?|pics?|selfies?|snaps?|shots?|footage) (?:of|with) {_HUMANS}",
    rf"photograph\w* {_HUMANS}",
    r"(?:post|share|upload|put|tweet) (?:[\w']+ ){0,4}(?:screenshot|reply|replies"
    r"|answer|answers|reaction|chat|messages?|conversation|face|embarrassing"
    r"|no's)",
    rf"(?:recording|voice note|audio|footage|clip)s? (?:of|with) {_HUMANS}",
    r"screenshot\w*|compilation|for my (?:channel|followers|vlog|page|account|story|stories)",
)
SHARED_ONLINE = words(
    r"(?:on|to) (?:tiktok|youtube|reddit|twitter|instagram|facebook|my story"
    r"|my channel)|upload\w*|post (?:it|them) online",
)
OWN_WORK = words(
    r"(?:post|share|upload|put) (?:\w+ ){0,3}(?:my|something (?:i|you) made|a piece"
    r"|your|my own|a (?:photo|picture|drawing|painting|song|poem|story|video) (?:i"
    r"|you) made)",
    r"record(?:ing)? (?:myself|me|my (?:song|poem|voice|playing|singing|reading))",
    r"of (?:me|you|myself|yourself|us|my (?:painting|drawing|work|art|cake|garden))",
)

DECEPTION = words(
    r"pretend\w*|lie|lies|lying|fib\w*|fak(?:e|ed|es|ing)|make up (?:a|an|some"
    r"|my)(?: \w+)? (?:story|excuse|reason|relative|emergency|illness)|made-up"
    r"|made up|invent (?:a|an)",
    r"pos(?:e|ing) as|impersonat\w*|mislead\w*|deceiv\w*|trick (?:them|him|her"
    r"|someone|people|the \w+)|con (?:them|him|her|someone)|scam\w*",
    r"claim(?:ing)? (?:to be|(?:that )?(?:i'm|i am|you're|you are|my|i)|it's|it is)",
    r"(?:even though|when|though|although) (?:it|i|she|he|they) (?:isn't|is not"
    r"|wasn't|'m not|am not|haven't|have not|didn't|did not|don't|do not|never)",
    r"(?:even though|though|although|when) (?:it's|it is) (?:not|my first)|(?:though"
    r"|although) i (?:got|bought|broke|did)",
    r"(?:say|tell \w+(?: \w+)?) (?:that )?(?:i'm|i am) (?:a|an) (?:\w+ )?(?:journalist"
    r"|student|doctor|nurse|inspector|reviewer|critic|influencer|police|officer"
    r"|celebrity|vip|regular|blogger|photographer|journalists|pensioner|veteran)\b(?: \w+){0,4} "
    r"(?:so"
    r"|to get|and get|for)",
    r"(?:tell|say) (?:\w+ ){0,4}(?:was|is|got|were) (?:lost|stolen|broken|damaged"
    r"|delayed) (?:to get|so (?:they|he|she)|for (?:a )?(?:refund|compensation))",
    r"(?:use|give) a (?:fake|false|different) name",
)
UNSAFE = words(
    r"steal\w*|shoplift\w*|trespass\w*|break (?:in|into)|sneak\w*|without paying"
    r"|don't go back|not go back|never go back|don't pay|dine and dash",
    r"go (?:back )?home with|hitch-?hik\w*|ride in the (?:cab|cockpit)|get (?:in"
    r"|into) a stranger's car",
    r"alone at night",
    r"drunk|drugs?|pills|weed|cocaine|\bmdma\b|(?:a )?joint",
    r"weapons?|knives|knife|guns?",
    r"fire alarm|climb\w*(?! club| wall| gym| centre)|roofs?|rooftop|railway lines?"
    r"|train tracks|jump (?:off|from)|pier|cliff|ledge|bridge railing",
    r"drink(?:ing)? and driv\w*|under ?age|underage|fake id|too young to",
    r"without (?:a )?prescription|(?:antibiotics|sleeping pills|painkillers|prescription drugs) "
    r"without",
    r"staff[- ]only|closed (?:park|area|building)|restricted area|behind the fence|fence",
    r"(?:one more|another) drink after|(?:i've|i have) had enough|over the limit"
    r"|(?:a |the )?stranger'?s? drink|(?:taste|sip) of (?:a |their )?(?:stranger's )?drink",
)
UNSAFE_WITH_STRANGERS = words(
    r"come back to (?:their|his|her)|(?:to|at|into|inside) (?:their|his|her) (?:flat"
    r"|place|house|apartment|hotel room|home)|meet me at|go (?:back )?(?:home"
    r"|to their place)",
    r"(?:for|give me|get|offer me|need|hitch|accept) a (?:lift|ride)|(?:lift"
    r"|ride) home|get (?:in|into) (?:a |their |his |her )?car|drive (?:their"
    r"|his|her) car",
    r"(?:keep|hold|mind|look after|watch) my (?:passport|wallet|keys|bag|baby|child|kids|dog)",
    r"(?:their|his|her) drink",
)
PRESSURE = words(
    r"(?<!in )(?<!in-)demand\w*|insist\w*|refuse to (?:leave|move|go|pay)|won't (?:leave"
    r"|move|pay)|make a scene|cause a scene",
    r"(?:i'll|i will|i'm going to) \w+(?: \w+){0,6} unless|threaten\w*|guilt[- ]?trip\w*"
    r"|guilt (?:them|him|her)|pressure\w* (?:them|him|her|the \w+|someone|my \w+)"
    r"|bully\w*|shame (?:them|him|her)",
    r"(?:a )?bad review|(?:one-star|1-star) review|unless (?:they|he|she|you"
    r"|the \w+) (?:give|refund|lower|take|do|let|agree|upgrade|halve|waive|knock"
    r"|match|serve)|or (?:else|i'll)",
    r"complain loudly|speak to (?:the|a|their) manager|shout at|yell at",
    r"not (?:leave|go) until|make (?:them|him|her) (?:give|say|agree)",
)
