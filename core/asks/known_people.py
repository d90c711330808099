"""People the user knows, named in passing rather than by a relation word.

"A researcher I met at the conference", "the bloke I share a locker bay with", "my old man",
"my own kids", "uncle in the next flat", "the other intern": each is someone the user
knows (or the user's own child), whom the older lexicons of `core.asks.people` read as a
stranger, a child met in the street or nobody at all. Read as strangers, a fair ask of
them ("send me their protocol", "stop using my locker") was refused as begging or as
putting a stranger on the spot. The fragments are alternatives for the role patterns of
`core.asks.people`, over the normal form of `core.asks.text`.
"""

from __future__ import annotations

import re

from core.asks import other_tongues as tongues
from core.asks.roles import Who
from core.asks.text import words

_SOMEONE = (
    r"(?!strangers?\b)(?:guy|girl|woman|man|lady|person|people|bloke|chap|fella|lad|lass|dude|couple|mum|mom|dad"
    r"|\w+er|\w+ist|\w+ian|\w+or|\w+ress)"
)
_EVENTS = (
    r"(?:meeting|conference|workshop|seminar|course|class|meetup|meet-up|event|association|club"
    r"|party|wedding|training|congress|summit|expo|trade show|fair|convention|retreat|camp"
    r"|induction|orientation|networking \w+|open day|reunion|church|mosque|temple|group)"
)
_COHORTS = (
    r"(?:batch|cohort|section|year|lab|labs|programme|program|seminar|tutorial|lectures?|study"
    r" group|dorm|hostel|floor|halls?|course|class|module|unit|intake|year group|form|set|group"
    r"|elective|club|choir|church"
    r"|congregation|chama|sacco|circle|committee|association|society|union)"
)
_NICKNAMED = (
    r"(?:(?<=ask )|(?<=tell )|(?<=text )|(?<=message )|(?<=email )|(?<=ping )|(?<=dm ))"
    r"(?:co-?working|office|work|seminar|lab|class|course|lecture|workshop|conference|meetup"
    r"|choir|book club|study group|project|tutorial|module|church|team|shift|night shift"
    r"|training|evening class|language class|uni|college) (?:guy|girl|lady|bloke|dude|man"
    r"|woman|lad|lass|fella|chap|friend|mate|buddy|pal)\b"
)
"""Someone the user knows by where they meet, called by it with no article ("ask seminar
guy", "text coworking girl"): a nickname for a regular, not "a guy at the seminar"."""
ACQUAINTANCE = (
    rf"(?:a|an|the|that|this) (?:\w+ ){{0,2}}?{_SOMEONE} (?:(?:that|who|whom) )?(?:i|we)"
    r" (?:met|got talking to|got chatting (?:to|with)|chatted (?:to|with)) (?:at|during|on|in)"
    r" (?:the|a|an|my|our|last|this)\b",
    rf"met (?:a|an|this|some|two) (?:\w+ ){{0,2}}?{_SOMEONE} (?:at|during|through) (?:the|a|an"
    rf"|my|our) (?:[\w']+ ){{0,3}}?{_EVENTS}\b",
    rf"(?:the|a|that) (?:\w+ )?{_SOMEONE} from (?:my|our) (?:[\w-]+ ){{0,3}}?{_COHORTS}\b",
    rf"(?:the|a|that) (?:\w+ )?{_SOMEONE} (?:from|on) the (?:[\w'-]+ ){{0,3}}?(?:committee|board"
    r"|association|society|choir|congregation|chama|sacco|book club|study group|pta|rota)\b",
    rf"(?:the|a|that|this) (?:\w+ )?{_SOMEONE} (?:(?:that|who|whom) )?(?:i|we) (?:share|shared"
    r"|sharing) (?:a|an|the|my|our) (?:\w+ ){0,2}with",
    rf"(?:a|an|the|that|this|one) (?:[\w-]+ ){{0,2}}?{_SOMEONE} (?:(?:that|who|whom) )?(?:i|we)"
    r" (?:already |sort of |kind of |kinda |vaguely )?(?:know|knew)\b(?! (?:of|nothing))",
    rf"(?:a|an|the|that|this) (?:[\w-]+ ){{0,2}}?{_SOMEONE} (?:(?:that|who|whom) )?(?:i|we)"
    r" (?:always|often|usually|sometimes|regularly|keep|tend to) (?:see|run into|bump into"
    r"|cross paths"
    r" with|park next to) (?:at|in|on|by|near)\b(?! (?:the |my |our |this )?(?:\w+ )?(?:cafe"
    r"|café|coffee shop|shop|store|counter|till|bar|pub|restaurant|reception|desk|bakery"
    r"|checkout|clinic|hospital|office|salon)\b)",
    rf"(?:a|an|the|that|this) (?:[\w-]+ ){{0,2}}?{_SOMEONE} (?:(?:that|who|whom) )?(?:i|we)"
    r" (?:keep|always end up) (?:bumping into|running into|chatting (?:to|with)|talking (?:to"
    r"|with)) (?:at|in|on|by|near)\b(?! (?:the |my |our |this )?(?:\w+ )?(?:cafe|café|coffee shop"
    r"|shop|store|counter|till|bar|pub|restaurant|reception|desk|bakery|checkout|clinic"
    r"|hospital|office|salon)\b)",
    rf"(?:a|an|the|that|this) (?:[\w-]+ ){{0,2}}?{_SOMEONE} (?:(?:that|who|whom) )?(?:i|we)"
    r" (?:always |usually |often )?sit (?:near|next to|beside|behind|with) (?:in|at|during)"
    r" (?:\w+ )?(?:lectures?|class|classes|seminars?|tutorials?|lessons?|choir|church|mass)\b",
    r"(?:a|an|the|that|this) (?:[\w-]+ ){0,2}?[\w-]+ from the (?:[\w-]+ ){0,2}?"
    r"(?:workshop|training|seminar|conference|retreat|meetup|meet-up|meet|course|summit)\b",
    rf"(?:a|an|the|that|this) (?:[\w-]+ ){{0,2}}?{_SOMEONE} (?:(?:that|who|whom) )?(?:i|we)"
    r" (?:always |usually |often )?(?:see|meet|chat (?:to|with)|talk to) (?:every \w+ )?at"
    r" (?:the )?(?:[\w-]+ )?(?:drop-?off|(?:school|nursery|daycare|creche|kindy) pick-?up"
    r"|school gates?|school run|nursery|daycare|kindergarten|playgroup|toddler group)\b"
    r"(?! (?:point|counter|desk|zone|area|bay|window|locker)\b)",
    _NICKNAMED,
    r"(?<=ask )(?:father|fr|pastor|reverend|rev|rabbi|imam|padre|pandit|swami|vicar|canon)"
    r" (?!christmas\b)[a-z]+(?= (?:if|to|for|whether|about)\b)",
    r"my (?:[\w-]+ )?(?:raid|guild|clan|squad|crew|band|league|club|group|team|discord|server)"
    r" (?:guy|girl|lady|bloke|dude|man|woman|lad|lass|fella|chap|buddy|pal)\b",
    r"(?:that|my) (?:tabla|sitar|guitar|bass|drum|drums|sax|violin|fiddle|cello|piano|keys"
    r"|banjo|ukulele|uke|mandolin|trumpet|flute|harmonica|dhol|djembe|oud|bouzouki)"
    r" (?:guy|girl|lady|bloke|dude|man|woman|player|fella|chap)\b(?! (?:at|on|in|outside|by)\b)",
    r"(?:the|a|that|this) (?:new |quiet |other )?(?:kid|boy|girl|guy|lad|lass) from (?:bio|biology"
    r"|chem|chemistry|physics|maths?|calc|calculus|english|history|geography|geo|art|drama|music"
    r"|gym|pe|french|spanish|spanish class|homeroom|tutor group|form class|econ|psych|stats)\b",
)
"""Someone met at an event (a car meet), from the user's batch, lab or maths set, sharing the
user's locker, desk or allotment, simply "a soccer mom I know", or "seminar guy"; a regular face
the user always sees somewhere (the driver always parked at the same truck stop), though
not someone only ever seen serving at a counter; someone known by the user's raid group or
band ("my raid group guy"), or by the instrument they jam on ("that tabla guy"); another
parent seen at the school gate ("the mum I see at förskola drop-off"); a classmate
named by the subject they share ("the kid from bio", a student's words: a teacher's pupil is
"from my bio class"); a priest
called by title and name ("ask Father Tadeusz if I may take my holiday")."""

_PUBLIC = (
    r"(?:matatu|bus|boda|tuk-?tuk|jeepney|taxi|minibus|train|tram|metro|ferry|market|stall"
    r"|kiosk|shop|duka|queue|line|station|stage|bus stop|street|road|corner|canteen|counter"
    r"|bar|pub|club|chop ?bar|beach|caf[eé]|restaurant|salon|joint|stand|shebeen|maquis)"
)
"""Public places where "mama" or "papa" with no "my" is how a stranger of an age is called
("ask mama in the matatu", "mama at the bar"), not the user's parent."""

CALLED_MAMA = (
    rf"(?:(?<=ask )|(?:the|a|an|that|this|one) )(?:mama|papa|mami|mammy|maman)(?= (?:in|on|at"
    rf"|from|by|outside|behind) (?:the|a|this|that) (?:\w+ )?{_PUBLIC}\b)",
)
""""Mama" or "papa" with no "my" at a bar, a market or a stall ("ask mama at the bar for her
number"): an older stranger called as many places call one, who is asked as a stranger is,
not the user's mother ("call mama and ask her for a hug")."""

FAMILY = (
    r"(?:my|your|our|mi|minha|meu|mia|mein|meine) (?:old (?:man|lady|dear|mum|dad|ma|pa)|folks|ma"
    r"|pa|mama|papa|mam|pops"
    r"|mummy|daddy|mammy|amma|appa|ammi|abbu|ammu|nanay|tatay|inay|itay|mami|papi|mamá|papá"
    rf"|maman)(?! {tongues.SWAHILI_TRADES})",
    r"(?<=ask )(?:amma|appa|omma|eomma|umma|ammi|abbu|ammu|mama|papa|mammy|mummy|daddy|mami"
    r"|papi|maman|nanay|tatay|inay|itay|halmeoni|harabeoji)\b(?!'s)(?! \w+'s\b)"
    r"(?! (?:in|on|at|from|by"
    rf"|outside) (?:the|a|this|that) (?:\w+ )?{_PUBLIC}\b| (?:who|selling|that sells)\b)"
    rf"(?! {tongues.SWAHILI_TRADES})",
)
"""Parents in the words users call them ("my old man", "my folks", "my amma"), or with no
article in a quick note ("ask omma for her kimchi recipe"), or in Spanish or Portuguese
("mi mamá"); "mama mboga" is the woman who sells vegetables, called by her trade, and "papa
john's" or "mama mia's" is a shop named for someone, not a parent."""

_AGED = (
    r"(?:[2-9]|1[0-7]|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen)[- ]?(?:year[- ]old|yr[- ]old|yo|y/o)"
)
CHILD = (
    r"(?:my|your|our) own (?:little )?(?:kids?|children|child|sons?|daughters?|boys|girls)",
    r"(?:[\w']+ )?(?:client|neighbou?r|colleague|friend|family)'s (?:teenage|teen|adolescent)"
    r" (?:child|kid|son|daughter|boy|girl|lad|lass)",
    r"(?:a|an|the|some|that|this) (?:[2-9]|1[0-7]|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen) ?(?:yo|y/o|y\.o\.|yr old|yrs old)s?(?:'s)?",
    r"(?:my|your) (?:lil|little|baby|kid|young) (?:bro|sis|brother|sister|cousin)\b",
    rf"(?:(?:my|your|our) |(?:[\w']+ )?(?:neighbou?r|friend|colleague|client|cousin|sister"
    rf"|brother)'s ){_AGED}(?: (?:\w+ )?(?:nephew|niece|son|daughter|brother|sister|cousin"
    r"|grandson|granddaughter|kid|boy|girl))?",
    r"(?:my|your) (?:\w+ )?(?:bro|sis|brother|sister|cousin|nephew|niece) \((?:[2-9]|1[0-7])\)",
    r"(?<=ask )(?:kids?|child|toddlers?|teens?|teenagers?|little (?:boy|girl)s?)\b(?!')",
    r"(?:mi|mis) (?:hij[oa]s?|hijit[oa]s?|niñ[oa]s?|nen[ea]s?|chamac[oa]s?|pequeñ[oa]s?)\b",
)
"""The user's own children, said with "own": still family, not a stranger's child; and
someone's teenage son, a child, not the neighbour named first; "a 12yo" with the age typed
short, whose skateboard is theirs to lend; "my lil bro", or a sibling whose age is given
in brackets ("my brother (9)"); a child with no article in a quick note ("ask kid at
playground"); the user's own child in Spanish ("mi hijo", "mis niños")."""

NEIGHBOUR = (
    r"(?:(?:the|my|our|an?) )?(?:\w+ )?(?:uncle|aunty|auntie|aunt|man|woman|lady|guy|couple|family"
    r"|people|bloke|folks|chap|fella|lad|gent|granny|grandma|grandpa) (?:in|from|at|of) (?:the )?"
    r"(?:next|opposite|neighbouring|adjacent|other) (?:flat|house|door|apartment|unit|room"
    r"|bungalow|plot|farm|stall|compound|cottage)",
    r"(?<=ask )neighbou?r\b",
    r"(?:the|a) (?:[\w-]+ )?(?:tailor|cobbler|barber|butcher|baker|vendor|seller|trader"
    r"|stallholder|shopkeeper|mechanic|jeweller|printer|welder|carpenter|potter|florist|cook)"
    r" (?:in|at|from) the (?:next|neighbouring|adjacent) (?:stall|shop|stand|booth|unit|pitch"
    r"|kiosk|cart)",
    r"(?:the|our|that) (?:\w+ )?(?:compound|household|homestead|house|bungalow|cottage|farm)"
    r" (?:next door|across the (?:road|street|lane|way))",
    r"(?:the|our) (?:people|family|folks|kids' parents|residents|tenants) (?:in|on|from)"
    r" (?:the|our) (?:hallway|stairwell|landing|hausflur|treppenhaus|corridor|building|block"
    r"|floor above|floor below)",
    r"(?:(?:the|my|our|that|this) )?(?:upstairs|downstairs|next[- ]?door|across-the-hall)"
    r" (?:\w+ )?(?:guy|girl|man|woman|lady|couple|family|people|folks|bloke|chap|fella|lad|gent"
    r"|dude|kids' parents|tenants?|neighbou?rs?|students?|flat|lot)\b",
    r"(?:the|our) (?!(?:kids|children|boys|girls|teens|teenagers|twins|lads)\b)\w+s (?:next door"
    r"|upstairs|downstairs|across the (?:road|street|hall|landing))",
    r"(?<=ask )(?:(?:pani|pan|frau|herr|mrs|mr|ms|auntie|aunty|uncle|old) )?(?!(?:the|a|an|my|our"
    r"|him|her|them|someone|somebody|everyone|people)\b)[a-z]+ (?:from )?(?:next door|upstairs"
    r"|downstairs|across the (?:hall|landing)|(?:from|on) (?:the )?(?:\d+(?:st|nd|rd|th)|first"
    r"|second|third|fourth|fifth|sixth|ground|top) floor)\b",
    r"(?:the|a|an|that) (?:\w+ )?(?:uncle|aunty|auntie|aunt|man|woman|lady|guy|fella|bloke|lad"
    r"|girl|vendor|seller) with (?:the |a |her |his )?(?:[\w-]+ )?(?:cart|stall|stand|kiosk"
    r"|booth|pitch|barrow|truck) next to (?:me|mine|my \w+|ours)\b",
)
"""A neighbour named by where they live ("uncle in the next flat", "the people in the
stairwell", "upstairs guy", "the next-door lady", a family by its surname "the Okafors
across the road", "the family compound next door") or with no article; a trader by the
stall beside the user's ("the tailor in the next stall", "the auntie with juice cart next to
me"); someone asked by name with where they live ("Moira next door", "pani Halina from 3rd
floor"), who is the one asked, not the weans she would watch."""

COLLEAGUE = (
    r"(?:the|my|your|an?|another) (?:other|fellow) (?:\w+ )?(?:interns?|trainees?|apprentices?"
    r"|juniors?|residents?|volunteers?|nurses?|drivers?|cooks?|waiters?|teachers?|students?)",
    r"(?:the|my|our|an?) (?:more )?senior (?:interns?|trainees?|apprentices?)\b",
    r"(?:the|our|an?|one) (?:most |more )?(?:senior|experienced|longest-serving) (?:[\w-]+ ){1,2}?"
    r"(?:on|in|at|from) (?:the|my|our) (?:\w+ )?(?:team|floor|shift|ward|desk|site|crew|unit"
    r"|office|rota|line|department)\b",
    r"(?:the|my|an?|another) (?:other|fellow) (?!(?:passengers?|travell?ers?|customers?|shoppers?"
    r"|diners?|commuters?|campers?|strangers?|members?|users?|riders?|walkers?|runners?)\b)"
    r"(?:\w+(?:er|or|ist|ian|ant|ent|ard|ic)s?) (?:on|in|at|from) (?:the|my|our) (?:\w+ )?"
    r"(?:team|floor|shift|ward|desk|site|crew|staff|unit|office|rota|line|department)\b",
    r"(?:the|a) (?:[\w-]+ )?(?:guy|girl|lady|woman|man|bloke|vendor|seller|trader|stallholder)"
    r" (?:next to|beside|opposite|across from) (?:my|our) (?:cart|stall|stand|booth|pitch|truck"
    r"|van|table)\b",
    rf"(?:the|a|that|this) (?:[\w-]+ ){{0,2}}?(?:{_SOMEONE}|teacher|nurse|doctor|tutor|lecturer)"
    r" (?:in|from) the (?:next|other|neighbouring|adjacent) (?:classroom|class|office|cubicle|lab"
    r"|staffroom|staff room)\b",
    r"(?:my|our) (?:sunbae|seonbae|sunbaenim|seonbaenim|senpai|sempai|hoobae|kouhai|kohai)\b",
    r"(?:the|our|my) (?:qa|it|dev|devops|test|testing|data|backend|frontend|front-end|back-end"
    r"|infra|hr|payroll|accounts|finance|legal|design|ux|ops|sysadmin|database|db)"
    r" (?:guy|girl|lady|woman|man|person|bloke|dude|lead|folks|people)\b",
    r"(?:the|an?) old[- ]?timers? (?:at|in|on|from) (?:the|my|our) (?:shop|garage|yard|site|plant"
    r"|mill|depot|station|firm|crew|line|workshop)\b",
)
"""A peer at work or study ("the other intern", "the senior intern" the user learns from, "the
senior dev on my team" who knows the deploys, "a fellow translator on the team", "the other guard on
my floor", the lemonade seller next to the user's cart, the new teacher in the next classroom, "the
old timer at the shop" a mechanic learns from, "the QA guy" or "the payroll lady" named by the team
they work in, "my sunbae" or "my senpai", a senior at work in Korean and Japanese words): not
someone who reports to the user, nor a stranger met in passing."""

LANDLORD = (r"our (?:landlord|landlady|letting agent|building manager|property manager)",)

PARTNER = (
    r"(?:my|your) (?:girl|man|woman|lady|missus|missis|mrs|hubby|wifey|bae|babe|boo|beau|fella"
    r"|feller|bloke|better half|significant other|sweetheart|honey|love)\b(?!'s|s\b| (?:at|from"
    r"|in|on|who|that|friend)\b(?! (?:the|our|my) (?:kitchen|sofa|couch|bed|bedroom|living room"
    r"|lounge)\b))",
    r"(?:^|(?<=ask ))(?:wife|husband|hubby|wifey|missus|boyfriend|girlfriend|partner|fianc[eé]e?"
    r"|spouse|bae)\b(?!'s)",
)
"""A partner in the words users call them ("ask my girl", "my missus", "my fella", "my bloke",
"my better half"), or with no article at all in a quick note ("ask hubby for a back rub")."""

FRIEND = (
    r"(?:we|we've|we have|we're|we are|we've been|we were) (?:been )?(?:\w+ )?(?:mates|friends"
    r"|pals|buddies|besties|best friends|chums)\b",
    r"(?:mates|friends|pals|buddies) (?:for|since) (?:\w+ )?(?:years|decades|school|uni|college"
    r"|childhood|primary|we were)",
)
"""Someone the user says they have been friends with for years ("we've been mates thirty years"):
a friend, though the words never say "my friend"."""

STAFF = (
    r"(?:(?:the|an?|my|your|our) (?:\w+ )?)?staff(?! (?:meetings?|room|rooms|party|parties|canteen"
    r"|kitchen|training|do|outing|dinner|lunch|night out|drinks|entrance|car ?park|toilets?"
    r"|retreat|briefing|huddle|photo|break room|lounge|barbecue|bbq|picnic|quiz|away ?day"
    r"|assembly|rota|handbook|noticeboard|notice board)\b)"
)
"""The staff asked ("ask the staff", "ask staff"), not a staff meeting or staff room the user
meets someone after: a hug asked "after the staff meeting" is asked of a colleague."""

RIDES = (
    r"(?:service|bus|train|tram|tube|metro|subway|ferry|taxi|minibus|matatu|carriage|shuttle"
    r"|coach|jeepney|trotro|dolmus|dolmuş|marshrutka|combi|van|car|commute)"
)
"""A shared ride: someone who sits opposite the user in one is a fellow passenger, not the
person at the next desk."""

PEER = re.compile(
    r"\b(?:(?:among|amongst|one of|like|alongside) (?:all (?:of )?)?(?:the )?|(?:other|fellow)"
    r" \w+ |(?:the|a|one|our) (?:most |more )?(?:senior|experienced|older|longest-serving)"
    r" (?:[\w-]+ ){1,2})$"
)
"""Words before "the interns" that place the user among them ("the weakest writer among the
interns"), a fellow or other member of the team ("a fellow designer on my team"), or a senior
one ("the senior dev on my team", "the most experienced nurse on my ward"): the user's peers or
elders at work, who teach the user, not people who report to the user."""

ROLES: tuple[tuple[Who, re.Pattern[str]], ...] = (
    (Who.ACQUAINTANCE, words(*ACQUAINTANCE)),
    (Who.STRANGER, words(*CALLED_MAMA)),
    (Who.FAMILY, words(*FAMILY, *tongues.FAMILY)),
    (Who.CHILD, words(*CHILD)),
    (Who.NEIGHBOUR, words(*NEIGHBOUR)),
    (Who.COLLEAGUE, words(*COLLEAGUE)),
    (Who.LANDLORD, words(*LANDLORD, *tongues.LANDLORD)),
    (Who.PARTNER, words(*PARTNER, *tongues.PARTNER)),
    (Who.FRIEND, words(*FRIEND, *tongues.FRIEND)),
)
"""Read with the general roles; each is earlier or longer than what they would find."""
