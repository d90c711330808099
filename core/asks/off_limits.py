"""Asks that use a position the user holds, or ask out someone off limits.

A date is off limits, however the person is named, when they are:
- someone else's partner ("Siggi's gf", "the client's missus") or on their honeymoon;
- someone the user serves at work: a client in the chair, a patient in bay 3, a guest in
  room 118, the student "who rides my jeep every morning", the passenger "who eats in my
  galley", the corper "wey come buy earpiece yesterday"; the job put them there, and they
  cannot walk away from it;
- someone whose job is the user's child or the user ("my son's teacher", "my calculus TA").
A client may still be asked to pay or for a testimonial, a teacher about the child's
progress: only the date is read here.

A position is traded on, whoever the rules found asked, when the ask:
- sends a junior, an intern, a porter or a volunteer on the user's own errands (the
  laundry, the dry cleaning): work for the user, not for the job;
- sells a place for drinks or favours ("drinks for slots") as host or organiser;
- holds back what someone is owed until they praise the user ("no 5★ review, no
  certificate").

Also read here, for the lexicons of `core.asks.slots`: staff asked to keep serving after
closing (their hours, not theirs to give), and staff asked for something against their
rules ("even if it is not allowed"), which they could lose the job for.
All match the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.cared_for import PATTERNS as CARED_FOR
from core.asks.dependants import PATTERNS as DEPENDANTS
from core.asks.holds_over import HOLDS, PARENT_OF_MINE
from core.asks.kept_from_school import PATTERNS as KEPT_FROM_SCHOOL
from core.asks.not_free_to_date import PATTERNS as NOT_FREE_TO_DATE
from core.asks.own_chores import PATTERNS as OWN_CHORES
from core.asks.paid_anyway import PATTERNS as PAID_ANYWAY
from core.asks.position_favours import PATTERNS as POSITION_FAVOURS
from core.asks.sign_offs import PATTERNS as SIGN_OFFS
from core.asks.text import words
from core.asks.tributes import PATTERNS as TRIBUTES

_PARTNERS = (
    r"(?:gf|girlfriend|boyfriend|wife|wifey|missus|missis|mrs|husband|hubby|fianc[ée]e?|spouse"
    r"|other half|jowa|novia|novio)"
)
_THEIR_PARTNER = (
    rf"(?:[\w']+'s|[\w']+s'|his|her|their) (?:new |current |pregnant |young )?{_PARTNERS}\b(?!')",
    r"married (?:man|woman|men|women|fella|guy|bloke|lady|lad|dude|chap|gent)\b|(?:the|a|that"
    r"|this) married (?!couples?\b)[\w-]+|(?:my|our|your) married (?!couples?\b|friends\b"
    r"|colleagues\b|co-?workers\b|neighbou?rs\b|mates\b|parents\b|life\b)[\w-]+"
    r"|(?:she|he)(?:'s| is) (?:married|engaged)\b|"
    r"on (?:her|his|their) honeymoon|honeymoon(?:ing|ers?)|newly-?weds?|just (?:got )?married",
    rf"(?:though|although|despite|but|knowing|while) (?:she|he|they) (?:has|have|has got|'s got"
    rf"|'ve got) a (?:\w+ )?{_PARTNERS}\b|(?:though|although|despite|but|knowing) (?:she|he"
    r"|they)(?:'s| is|'re| are) (?:married|engaged|taken)\b",
    r"(?:girlfriend|boyfriend|wife|husband|fianc[ée]e?|spouse|novia|novio|jowa|missus) of (?:(?:my"
    r"|his|her|their|a|the) (?:[\w-]+ ){0,2}?)?[\w-]+",
    r"(?:she|he) (?:has|'s got|has got|wears|is wearing|'s wearing) (?:a |her |his )?(?:wedding )?"
    r"ring(?: on)?\b",
    rf"(?:who|that|na) (?:has|'s got|has got|may) (?:a )?(?:\w+ )?{_PARTNERS}\b",
    r"\S*?(?:แฟนเพื่อน|แฟนของเพื่อน|เมียเพื่อน|ผัวเพื่อน|สามีเพื่อน|ภรรยาเพื่อน|แฟนพี่|แฟนน้อง)\S*",
)
_SERVED_BY_ME = (
    r"(?:my|our|a|the) (?:[\w-]+ ){0,2}(?:clients?|patients?|customers?|tenants?|passengers?)\b",
    r"(?:office|house|home|building|flat|room)s? (?:that )?i (?:clean|guard|look after)\b"
    r"|(?:on|in) my (?:bus|cab|taxi|tram|route)\b",
    r"(?:who|that|wey) (?:does |always |usually |often )?(?:rides?|takes?|catch(?:es)?|boards?)"
    r" (?:in |on )?my (?:jeep|jeepney|maxi|maxi-taxi|taxi|cab|bus|minibus|matatu|danfo|trotro"
    r"|tro-tro|tuk-tuk|tricycle|keke|boda|van|ferry|boat|route)\b",
    r"(?:eats?|ate|dines?|drinks?) (?:\w+ ){0,2}?(?:in|at|from) my (?:galley|canteen|mess|diner"
    r"|kitchen|food truck|stand|cart|bar|café|cafe|restaurant)\b",
    r"(?:who|that|wey) (?:came|come|comes) (?:to |fi |make )?buy (?:\w+ ){1,3}?(?:from me|at my"
    r"|yesterday|today|this morning|last week)\b",
    r"(?:client|patient|customer|tenant)(?:'s|s')",
    r"(?<!my )(?<!our )\b(?:bay|bed|room|cubicle|cabin|ward|chair) \d+\b",
    r"after (?:(?:his|her|their|the) )?discharge",
    r"(?:still )?in (?:the|my) chair",
    r"(?:client|customer|patient)s (?:daughter|son|wife|husband|sister|brother|mum|mom|mother"
    r"|dad|father|niece|nephew|granddaughter|grandson)\b",
    r"(?:she|he|they)(?:'s| is| are|'re) (?:my |a |our |ma |une? )?(?:clientes?|clients?"
    r"|customers?|regulars?)\b",
    r"(?:who|that|wey) (?:comes?|came|come fi|goes|is in|was in) (?:\w+ ){0,4}?(?:at|in|to) (?:the"
    r"|di|da) (?:\w+ )?(?:clinic|surgery|practice|hospital|ward|care home|pharmacy) (?:where"
    r"|that) (?:i|mi|me|we) (?:work|volunteer|nurse|help out)\b",
)
_SERVES_ME = (
    r"(?:delivery|courier|parcel|post|postal|coupang|amazon|dpd|ups|fedex|grab|gojek|baemin"
    r"|deliveroo|uber eats) (?:\w+ )?(?:oppa|guy|driver|man|rider|boy|girl|dude|bloke|lady"
    r"|woman|ajusshi|ahjussi)\b",
    r"(?:my|our|your) (?:[\w-]+ )?(?:ta|tas|teaching assistant|tutor|lecturer|professor|prof"
    r"|examiner|supervisor|doctor|gp|therapist|counsell?or|midwife|dentist|physio\w*|lawyer"
    r"|solicitor|caseworker|social worker|driving instructor)\b(?!')",
    r"[\w-]+ (?:on|at|working|working at|serving at) the (?:till|tills|checkout|register)\b"
    r"(?! (?:queue|line))|[\w-]+ (?:behind|working|working at|serving at) the (?:bar|counter"
    r"|front desk|reception desk)\b",
    r"(?:son|daughter|kid|child|children|kids|boy|girl)(?:'s|s'|') (?:\w+ )?(?:teacher|tutor"
    r"|coach|nanny|childminder|doctor|nurse|therapist|headteacher|head|teaching assistant|ta)\b",
    r"(?:teacher|tutor|coach|nanny|childminder|ma[iî]tresse|ma[iî]tre|instit\w*) of (?:my|our)"
    r" (?:son|daughter|kid|child|children|kids|boy|girl)\b",
)
_UNDER_ME = (
    r"(?:she|he|they) (?:reports?|answers?) (?:directly )?to me|(?:works?|working) (?:for"
    r"|under) me",
    r"(?:buys?|shops?|orders?|eats?|(?<!to )comes?) (?:\w+ ){0,2}(?:from|at|in|to) (?:my|our)"
    r" (?:shop|stall"
    r"|store|cafe|restaurant|bar|counter|salon|pharmacy|till)\b|at my (?:counter|till|stall|desk"
    r"|checkout|register|bar)\b",
    r"during (?:her|his|their) (?:[\w-]+ )?(?:break|shift|lunch break)\b",
    r"(?:my|our) host (?:dad|mum|mom|father|mother|parents?|family|brother|sister)\b",
    r"(?:ask|asking) the (?:ta|teaching assistant|tutor|lecturer|professor|prof) out\b",
    r"(?:class|tutorial|seminar|lesson|course|section|lab|group)s? (?:that )?i (?:ta|teach|tutor"
    r"|coach|run|lead|supervise|mark)\b",
    r"(?:girl|guy|boy|lad|lass|kid|student|pupil|woman|man|teen|teenager) (?:that |who |whom )?i"
    r" (?:tutor|teach|coach|mentor|give (?:\w+ )?(?:lessons|tuition|classes) to)\b|(?:my|our)"
    r" (?:[\w-]+ )?(?:tutee|pupil|student|mentee)\b(?!')",
    r"a (?:cui|chi) (?:do|faccio|insegno) (?:ripetizioni|lezioni?|\w+)|a (?:la|el) que (?:le )?"
    r"(?:doy|enseño) (?:clases|clase|tutorías|\w+)",
    r"(?:i'm|i am) (?:the|their|her|his|your) (?:\w+ )?(?:manager|boss|supervisor|line manager"
    r"|team lead(?:er)?|foreman|forewoman|head chef|shift lead(?:er)?)\b",
)
"""Someone who reports to the user or buys from them, someone on a break from work, or the
family hosting the user, anyone asked out by the user who says "I'm the manager": a no to a
date from them costs them the job, the sale or the home. Someone asked "to come for tea at
my shop" is invited there, not a customer who comes to it."""
OFF_LIMITS = words(
    *_THEIR_PARTNER, *_SERVED_BY_ME, *_SERVES_ME, *_UNDER_ME, *PARENT_OF_MINE, *NOT_FREE_TO_DATE
)
"""A person a date may not be asked of: someone's partner, those the user serves at work or
holds power over, someone working, those whose job is the user or the user's child."""
_SPOUSE = r"(?:husband|wife|partner|boyfriend|girlfriend|hubby|missus|fiancée?|other half)"
PARTNER_AWAY = words(
    rf"(?:her|his|their) {_SPOUSE}(?:'s| is|'s been| has been| was)? (?:never|hardly ever|rarely"
    r"|not|always) (?:around|home|there|about|in)\b",
    rf"(?:her|his|their) {_SPOUSE}(?:'s| is|'ll be| will be)? (?:always |often |usually )?"
    r"(?:away|abroad|at sea|out of town|working away|offshore)\b",
    rf"while (?:her|his|their) {_SPOUSE}(?:'s| is) (?:away|out|gone|at work|abroad|in [a-z]+)\b",
)
"""The user noting that someone's partner is away ("her husband is never around")."""
OUTING_WITH_ME = words(
    r"(?:come|go) (?:\w+ing|for a (?:walk|hike|drive|ride|swim|picnic|spin|wander|ramble)|away"
    r"|up|out|on (?:a|an) \w+) (?:[\w-]+ ){0,3}?with me\b",
    r"(?:come|came) (?:over |round |around )?(?:and|to) (?:(?:cook|stay|sleep) (?:[\w-]+ ){0,2}?"
    r"(?:for|with) me|keep me company)\b",  # not "come and stay with us" offered to a neighbour
)
"""An outing the two of them would take ("come walking with me in the mountains"), or a visit
to keep the user's house ("come and cook for me"): with someone's partner, when the user notes
the partner is away, a date in all but name."""
MEETS_AFTER_WORK = words(
    r"meet (?:up with )?me (?:after|when) (?:my|her|his|their|the) (?:shift|work|service"
    r"|close|closing)|meet (?:up with )?me (?:tonight|for (?:a )?drinks?)",
)
"""A meeting after the user's shift, asked one to one: a date in all but name."""
CALENDAR_DATE = words(r"a (?:\w+ )?date (?:when|for|by|that|to|on which|of)\b")
"""A date in the calendar ("a clear deadline and a date when he will give comments")."""
BUSINESS_MEAL = words(
    r"(?:business|working|work|team|client|project) (?:lunch|dinner|breakfast|drinks|coffee"
    r"|meeting)",
)
"""A client taken out for a business lunch: work, not a date."""

_JUNIORS = (
    r"(?:interns?|trainees?|apprentices?|bellboys?|bellhops?|porters?|juniors?|volunteers"
    r"|volunteer\b(?! (?:driver|service|scheme|transport|carer|befriender|helpline|ambulance))"
    r"|runners?|commis|work experience (?:kid|student|girl|boy|lad)|newbies?|new (?:girl|guy|boy"
    r"|lad|hire|starter|recruit|joiner)s?|(?:i am|i'm) (?:the )?senior"
    r"|new [\w-]+ (?:in|on|under) my (?:division|team|department|section|unit|ward|shift|crew"
    r"|watch|command|charge)|new (?:[\w-]+ )?(?:girl|guy|boy|lad|lass|hire|starter|recruit"
    r"|joiner|hand|deckhand|guard)s?|(?:student|trainee|probationary|junior|rookie|cadet) [\w-]+"
    r"|first[- ]years?|freshers?|freshmen|[\w-]+ (?:in|on) (?:his|her|their) first (?:week|day"
    r"|days|month|shift|placement|season)|[\w-]+ under my (?:shift|watch|command|charge"
    r"|supervision)|(?:who(?:'s| is| are)|(?:she|he|they)(?:'s| is| are|'re)) (?:still )?(?:on"
    r" probation|on (?:a |her |his |their )?trial(?: period)?|in (?:her|his|their) (?:probation"
    r"(?:ary)?|trial) period))"
)
_ERRANDS = (
    r"(?:(?:do|wash|iron|fold|collect|pick up|drop off|fetch|get|grab|run|walk|clean|tidy"
    r"|queue for|buy|muck out|valet|hoover|polish) (?:\w+ ){0,2}?(?:my|our) (?:[\w']+ ){0,2}?"
    r"(?:laundry|washing|ironing|dry[- ]?cleaning|errands?|shopping|groceries|dog|flat|house"
    r"|prescription|parcels?|kids|coffee|lunch|takeaway|car|van|truck|bike|boat|stables?|yard"
    r"|makan|food|dinner|breakfast|meals?|smokes|cigarettes|fags)"
    r"|(?:do|write|finish|type up|mark) (?:\w+ ){0,4}?(?:my|our) (?:[\w-]+ ){0,3}?(?:paperwork"
    r"|charting|notes|admin|homework|essay|assignment|coursework|thesis|dissertation"
    r"|(?:research )?paper|report)"
    # "cover my obs round" hands over a nurse's work; a patient's "do my obs" is the student
    # nurse's own job on them, so "obs" is read only after "cover".
    r"|cover (?:my|our) (?:\w+ )?(?:round|rounds|obs|shift|duties|calls|patients|beds|section)"
    r"|pick (?:my|our) (?:son|daughter|kids?|children|boy|girl|little one) up)"
)
_AT_THEIR_COUNTER = (
    r"(?! (?:at|from|in) (?:the|a) (?:[\w-]+ )?(?:car ?wash|valet\w*|laundr\w*|launderette|dry"
    r" cleaners?|shop|store|cafe|café|chippy|deli|stall|counter|till|bakery|takeaway|restaurant"
    r"|salon|garage|canteen)\b)"
)
"""A new hand named at the counter where the errand is their job ("the new guy at the car
wash, to wash my car properly"): served, not commanded."""
_PLACES = (
    r"(?:slots?|spots?|stage time|sets?|a go|turns?|gigs?|bookings?|shifts?|places?(?: on"
    r" the (?:team|bill|list|line-?up))?|a spot on the (?:bill|line-?up)|(?:open )?mic time)"
)
_PRAISE = r"(?:reviews?|ratings?|stars?|likes?|follows?|feedback|testimonials?)"
_OWED = (
    r"(?:certificates?|certs?|grades?|pass|passes|refunds?|deposits?|references?|diplomas?"
    r"|results?|marks?|badges?|awards?|sign-?off|pay|wages?|bonus(?:es)?)"
)
TRADES_ON_POSITION = words(
    rf"{_JUNIORS}\b{_AT_THEIR_COUNTER}[^.!?]{{0,60}}\b{_ERRANDS}",
    rf"{_ERRANDS}\b[^.!?]{{0,40}}\b(?:since|as|because|cos) (?:i am|i'm) (?:the |their |his"
    r" |her )?(?:senior|boss|in charge|manager|supervisor|host)",
    rf"(?:drinks?|rounds?|beers?|pints?|shots?|favours?|kisses|dates?|sex) (?:for|in exchange"
    rf" for|in return for|to get) (?:a |their |the |some )?{_PLACES}\b",
    rf"no (?:\S+ )?{_PRAISE}\b[^.!?]{{0,30}}\bno {_OWED}\b",
    rf"(?:withhold|hold back|keep back|sit on) (?:\w+ ){{0,2}}{_OWED} (?:until|unless|till)"
    rf" (?:they|he|she|the \w+|students?) (?:\w+ )?(?:leave|give|write|post)s? (?:me )?(?:a |an"
    rf" )?(?:\S+ )?{_PRAISE}",
    r"(?:wash|clean|mow|paint|babysit|walk|carry|move|cook|fetch|buy|iron|tidy|run|fix|weed"
    r"|help) (?:\w+ ){0,3}?(?:my|our|me)\b[^.!?]{0,30}\bfor (?:extra|bonus) (?:credit|marks?"
    r"|points)|(?:extra|bonus) (?:credit|marks?|points) (?:for|if (?:they|he|she|you)) (?:\w+"
    r" ){0,2}?(?:wash|clean|mow|paint|babysit|walk|carry|help|buy|bring)\w* (?:my|our|me)\b",
    r"(?:i'm|i am) the one (?:who )?(?:\w+ )?(?:signs?|signing|approves?|approving|grades?"
    r"|grading|marks?|marking|inspects?|inspecting|renews?|renewing|certif(?:y|ies|ying)"
    r"|allocates?|allocating|funds?|funding|passes|passing|fails?|failing)\b",
    *HOLDS,
    *POSITION_FAVOURS,
    *SIGN_OFFS,
    *TRIBUTES,
    *DEPENDANTS,
    *OWN_CHORES,
    *CARED_FOR,
    *PAID_ANYWAY,
    *KEPT_FROM_SCHOOL,
)
"""A place, an errand or what someone is owed traded on the user's position over them: the
user's chores for a grade ("wash my car for extra credit") too, and a favour asked beside a
reminder that the user signs off what the person needs ("I'm the one signing his papers")."""
AFTER_HOURS = words(
    r"(?:keep|carry on|continue|stay) (?:\w+ ){0,2}?(?:serving|pouring|open|cooking|cutting"
    r"|working)\b[^.!?]{0,30}\b(?:after|past|beyond|till after|until after) (?:closing|close"
    r"|hours|last orders|last call|(?:his|her|their) shift|closing time|home time)",
    r"(?:serve|feed|pour) (?:me|us) (?:\w+ ){0,2}?(?:after|past) (?:closing|close|hours|last"
    r" orders|last call|closing time)",
    r"stay open (?:late |later |after (?:closing|hours) )?(?:just )?for me\b",
)
"""Staff asked to keep serving the user after closing: hours that are not theirs to give."""
AGAINST_THEIR_RULES = words(
    r"even (?:if|though) (?:it is|it's|that's|that is|they're|he's|she's|it was) (?:not"
    r" allowed|against (?:the )?(?:rules|policy))",
    r"(?<!whether )(?<!if )(?:it's|it is|that's|that is|though it's|although it's) (?:not"
    r" allowed|against (?:the |their |store |company |house |shop |hotel )?(?:rules|policy))",
    r"break (?:the|their|a) rules? (?:for me|for us|just this once)",
    r"let (?:me|us) (?:do|take over|run|work|man|staff|drive|try) (?:his|her|their) (?:job|shift"
    r"|post|till|register|desk|counter|round|route|bus|cab|taxi|forklift|patrol)\b",
    r"(?<!my )(?:boss|manager|owner|management|bosses|company|hotel|store|shop|venue|bar)"
    r" (?:forbids|forbade|has forbidden|doesn't allow|does not allow|won't allow|bans|banned"
    r"|has banned|prohibits|says no)\b",
    r"under-?charg\w*|(?:ring|scan|put|charge|bill) (?:(?:up|through) )?(?:it|them|this|that"
    r"|(?:my|the|our) (?:\w+ )?\w+) (?:up |through )?as (?:a |an |the )?(?:single|small|smaller"
    r"|cheaper|kids?|child|regular|staff)\b",
    r"let (?:me|us) (?:in|into|inside)(?: to)? (?:the |a )?(?:locked|closed|empty|shut)\b",
    r"(?:he|she|they) (?:won't|will not|wouldn't|would not|doesn't have to|need not) tell"
    r" (?:anyone|anybody|a soul|the boss|his boss|her boss|their boss|the owner|management)\b",
    r"without (?:telling|asking) (?:his|her|their|the) (?:boss|manager|supervisor|owner"
    r"|management|company)\b|(?:outside|off) (?:of )?the app\b",
)
"""Something asked of staff against the rules of their job, their job itself handed to the
user for a while ("let me do his job for ten minutes"), a locked site opened after hours, or
charged short behind the employer's back ("boss forbids", "undercharge my double", "he won't
tell anyone", "free drinks without telling his boss", a delivery taken "outside the app"):
they risk the job for it."""
STAFF_PRICE = (
    r"(?:give|let|sell|charge|ring|do) (?:me|us) (?:\w+ ){0,2}?(?:the |a |their |her |his )?"
    r"(?:staff|employee) (?:\w+ )?"
    r"(?:price|rate|discount|deal)",
)
"""The staff or employee price asked for the user: a perk of their job, for
`core.asks.overstepping`."""
