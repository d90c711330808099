"""The people a user holds power over, in words: the role the power rule is read from.

An intern, a tenant, a pupil, an employee, a patient in one's care, the players one
coaches, a camp counsellor's campers, a chef's commis, the youngest altos of the choir the
user runs, anyone whose roster the user writes: they cannot easily say no to the user, so no
card asks them for anything (`core.asks.decide`). It is one of the role lexicons of
`core.asks.people`, kept apart because it is the longest.
"""

from __future__ import annotations

from core.asks.in_my_charge import MY_ROLE_OVER_THEM
from core.asks.paid_helpers import PATTERNS as PAID_HELPERS
from core.asks.spoken_for import CAPTAINS, GROUP_LEADERS
from core.asks.staff_in_other_tongues import SUBORDINATE as STAFF_IN_OTHER_TONGUES
from core.asks.text import words

STUDENT_THINGS = (
    r"(?:card|discount|id|loan|rate|price|ticket|railcard|account|union|halls|visa|house|flat"
    r"|accommodation|budget|days|life|society|services|support|finance|advice|welfare|hub"
    r"|office|centre|center|council)"
)
"""Things named for students ("my student card", "our student house"), not a student."""

_ABOVE_THEM = (
    r"(?! (?:professor|manager|store manager|shop manager|director|head|editor|principal"
    r"|headteacher|head teacher|supervisor|team leader)\b)"
)
"""An assistant who is the user's senior ("my assistant manager", "an assistant professor"):
the rank after the word, not someone working for the user. "My assistant coach" stays below the
coach who says it."""

_HIRED_HANDS = (
    r"farm ?hands?|farm ?workers?|farm ?boys?|labourers?|laborers?|(?:shop|house|stall|cart"
    r"|kitchen|office|tea|errand|saturday|sunday|weekend|part-?time) ?(?:boy|girl|hand|lad)s?"
    r"|yayas?|ayahs?|amahs?|peons?|day ?labourers?"
)
"""The hired hands of a house, a farm or a small business, by local words too ("my shop boy",
"our housegirl", "ask yaya"): they work for the user and cannot easily refuse them. The shop
boy "at Saravana Stores" works at someone else's shop, and serves the user there."""

_THEIR_WORK = (
    r"(?:[\w-]+ ){0,2}(?:reviews?|appraisals?|references?|reports?|papers?|exams?|essays?"
    r"|coursework|work|grades?|marks?|competenc\w*|placement|hours|logbook|timesheets?"
    r"|assessments?|dissertations?|thesis|theses|probation|contract|certificates?)"
)
_I_JUDGE_THEIR_WORK = (
    r"(?:i|i'm|i am|i'm the one (?:who|that)|i am the one (?:who|that)) (?:write|writing|do"
    r"|doing|grade|grading|grades|mark|marking|marks|assess|assessing|assesses|sign off"
    rf"|signing off|signs off|approve|approves|sign) (?:on )?(?:her|his|their) {_THEIR_WORK}"
)
"""The user judging the person's work ("I write her 90-day review", "I'm the one who signs
off her competencies", "I grade their lab reports"): whatever else they are, the person
cannot easily refuse the one who marks them."""
_HIRED_BY_US = (
    r"(?:we|i)(?: have| hired| took on| have taken on|'ve taken on|'ve got| have got| got"
    r"| just hired|'ve hired| have hired|'ve just hired) "
    r"(?:a|an|two|three|some) (?:new )?(?:interns?|trainees?|apprentices?|juniors?"
    rf"|assistants?{_ABOVE_THEM}|new hires?"
    r"|starters?)\b",
    r"(?:i|i'm|i am) (?:training|onboarding|mentoring|showing round|breaking in) (?:the|our|my"
    r"|a|two) new (?:girl|guy|boy|lad|woman|man|lady|hire|starter|joiner|recruit|kid|person"
    r"|one|intern|trainee|apprentice|cashier|waiter|waitress|nurse|clerk|teller)s?",
    r"(?:my|our) (?:shop|stall|store|restaurant|cafe|café|bar|salon|farm|business|bakery|garage"
    r"|workshop|kitchen|studio|stand|cart|warung|sari-sari store)'s (?:[\w-]+ ){0,2}?(?:kid"
    r"|boy|girl|lad|hand|helper|worker|staff|cleaner|cashier|assistant|cook|driver|waiter"
    r"|waitress|apprentice|intern|junior|sweeper)s?",
    r"(?:boy|girl|lad|kid|man|woman|guy|lady) (?:who|that) (?:washes|cleans|sweeps|guards"
    r"|waters|irons|minds) (?:my|our)",
)
"""People the user took on or pays for their work, in the words of a small business or a
house ("we have a new intern", "my shop's sweep-up kid", "the boy who washes my rickshaw")."""

_RENTS_FROM_ME = (
    r"(?:renting|rents|rented|leasing|leases|lodging in|lodges in|boarding in|staying in)"
    r" (?:my|our|your) (?:\w+ ){0,2}?(?:basement|room|rooms|flat|apartment|house|place|cottage"
    r"|annexe?|attic|granny flat|sleepout|bedsit|unit|property|suite|studio|caravan|spare room|loft"
    r"|garage|back room|downstairs|upstairs|ground floor|outbuilding|cabin|shack|shed|barn|field"
    r"|paddock|land|plot|berth|mooring|stable|pitch|shop)"
    r"|(?:i|we) (?:rent|let|lease|sublet)(?: out)? (?:my|our|the) (?:\w+ ){0,2}?(?:room|flat"
    r"|apartment|house|place|cottage|annexe?|attic|granny flat|bedsit|unit|studio|caravan|shed"
    r"|basement|loft|cabin) to (?:a|an|the|this|that) (?:\w+ ){0,2}\w+"
    r"|(?:renting|rents|rented|leasing|leases|leased) (?:the|a|that|this) (?:\w+ ){0,2}?(?:room"
    r"|flat|apartment|house|place|cottage|annexe?|attic|granny flat|bedsit|unit|studio|caravan"
    r"|field|paddock|land|plot|shop|barn|garage) (?:from|off) (?:me|us)\b"
)
"""A tenant named by what they rent from the user ("the young fella renting my basement", "the
chap who rents my granny flat", "the lad who rents the cottage from me", "I rent the granny
flat to a young nurse"), not the user renting from them ("rents me the room")."""
_IN_MY_CARE = (
    r"(?:on|from|in) (?:my|our) caseload|(?:my|our) (?:caseload|service users?)"
    r"|(?:mr|mrs|ms|miss|mister) \w+ in (?:room|bed|bay|flat|unit) \d+"
    r"|(?:residents?|patients?) in (?:room|bed|bay) \d+"
)
"""People whose care rests with the user: the families on a social worker's caseload, the
resident a carer calls "Mrs Kaur in room 4"."""
_WORK_FOR_ME = (
    r"(?:my|our) (?!(?:[\w-]+ )?(?:social|case|key|support|care|youth|fellow|co|health|sex|aid"
    r"|outreach|welfare|community|relief|other)\b)(?:[\w-]+ ){0,2}workers\b"
    r"|(?:my|our) (?:[\w-]+ )?(?:helper|help) (?:boy|girl|lad|man|woman)s?"
    r"|(?:my|our) (?:va|virtual assistant)s?"
    r"|(?:(?<=ask )|(?<=tell )|(?<=get ))me (?:apprentices?|employees?|interns?|trainees?"
    r"|tenants?|lodgers?|workers|staff|cleaner|helpers?|farmhands?|labourers?)"
    r"|(?:the|a|an|some|our|my) (?:\w+ ){0,2}?\w+ (?:(?:who|that|whom) )?(?:i|we) (?:employ"
    r"|employed|'ve employed|have employed)\b"
    r"|(?:the|a|an|some|our|my) (?:\w+ ){0,2}?\w+ (?:(?:who|that|whom) )?(?:i|we) (?:hire"
    r"|hired|take on|took on) (?:\w+ )?(?:for|every|each|during|over|at)"
    r" (?:the |a |each |every )?(?:harvest|season|summer|winter|busy season|holidays|christmas"
    r"|picking|planting|lambing|shearing)"
)
"""Hands the user employs, in plain words ("my pond workers", "my shop helper girl", "me
apprentice", "the pickers I hire for the harvest"); not the social or key worker who works
for the user's own good."""

_PAID_BY_ME = (
    r"(?:(?:the|my|our|some|one of the|one of my|two|three|a few) )?(?:[\w-]+ )?(?:workers|hands"
    r"|labourers|laborers|crew|casuals|pickers|men|lads|guys|boys|girls|women|staff|helpers"
    r"|people|team) (?:(?:who|that|whom) )?(?:i|we) (?:pay|hire|employ|take on|book)(?: them)?"
    r" (?:by the|per|every|each|a|on a|for the) (?:day|hour|week|month|job|shift|daily|weekly"
    r"|hourly)\b",
    r"(?:the|my|our|one of the|one of my|a) (?:freelance|casual|seasonal|temp|temporary|daily|day"
    r"|contract|agency) (?:crew|workers?|staff|hands|labourers?|pickers?|team|cleaners?|drivers?)"
    r"(?: (?:who|that|whom))? (?:i|we) (?:hire|hired|book|booked|employ|employed|pay|bring in)\b",
    r"(?:(?<=ask )|(?<=make )|(?<=get )|(?<=tell ))(?:new )?(?:intern|trainee|apprentice|tenant"
    r"|lodger|new hire|new starter)s?\b",
    r"(?:the|my|our|an?|meinen?|meine|unseren?|den|der) (?:neuen? )?azubis?\b",
    r"(?:my|our) (?:year|grade|form|primary|p) ?\d+s\b|(?:my|our) (?:year|grade|form) ?\d+"
    r" (?:class|kids|pupils|students|group|set|tutor group)\b",
    r"(?:(?<=ask )|(?<=get )|(?<=tell )|(?<=make ))(?:(?:one|some|any|a few) of )?(?:(?:my|our)"
    r" (?:(?:[1-9](?:st|nd|rd|th)|1[0-2]th|sixth|seventh|eighth|ninth|tenth)[- ]graders"
    r"|under[- ]?\d+s)\b|the under[- ]?\d+s (?:i|we) (?:coach|train|run|manage|teach)\b)",
)
"""People the user pays by the day or books as casual hands ("the workers I pay by the day",
"one of the freelance crew I hire"), an intern or a tenant named bare in a quick note ("make
new trainee cover", "the Azubi"), a teacher's class by its year ("my Year 4s"), and a class or
a side asked by its grade or age ("ask one of my 8th graders", "the under-11s I coach"), not a tour
asked for them ("a free session for our under 12s")."""

SUBORDINATE = words(
    r"(?:my|your|our) (?:new )?(?:intern|interns|employee|employees|trainee|trainees"
    rf"|apprentice|apprentices|assistant{_ABOVE_THEM}|direct reports?|reports|staff member"
    r"|subordinates?"
    r"|junior(?! (?:team|squad|side|players|club|section|league|chess|football|cricket))|juniors"
    r"|new hire|tenants?|patients?|pupils?|students|mentee|cleaner|campers|commis(?: chefs?)?"
    rf"|student(?! {STUDENT_THINGS})"
    r"|nanny|carer|caretaker|lodgers?|maid|housekeeper|cleaning lady|au pair|gardener|chauffeur"
    r"|house ?help|househelp|domestic (?:worker|helper)|housemaid|helper"
    rf"|{_HIRED_HANDS}|(?!teaching )(?:\w+ )?(?:assistant{_ABOVE_THEM}|apprentice|trainee)s?)",
    r"(?:the|a|our|my) (?:office )?(?:peons?|office (?:boy|girl)s?)",
    rf"(?:ask|tell) (?:{_HIRED_HANDS})\b(?! (?:at|in|from) (?!my |our )\w)",  # "at Saravana"
    r"(?:a|the|one) (?!other |fellow )(?:\w+ )?(?:student|pupil|undergrad|undergraduate)s?"
    r" (?:in|from) my (?:\w+ )?"
    r"(?:class|lessons?|tutor group|form|seminar|section|tutorial|lab|module|course)",
    r"(?:a|one of my|one of the) (?:\w+ )?(?:pupil|tutee)s?\b",
    r"(?:client|patient)s? (?:i'm|i am|i) (?:counsel|treat|coach|see|look after)\w*",
    r"(?:client|patient|customer)s? whose (?:case|file|claim|account|treatment|loan|mortgage"
    r"|visa|permit)s? (?:i'm|i am|i) (?:handl|manag|process|run|deal|approv|decid)\w*",
    r"as (?:his|her|their) (?:physio|physiotherapist|therapist|doctor|nurse|dentist|counsel+or"
    r"|trainer|coach|teacher|tutor|lawyer|solicitor|accountant|caseworker|social worker)\b",
    r"(?:the |our |my )?(?:food ?bank|tafel|shelter|soup kitchen|pantry) (?:clients|users"
    r"|visitors|guests|families)\b",
    r"(?:the )?(?:\w+ )?(?:waiters|staff|employees|workers|team|baristas|cooks|chefs"
    r"|cleaners)"
    r" (?:at|in) my (?:restaurant|shop|cafe|café|bar|salon|company|business|firm|clinic"
    r"|practice)",
    r"(?<!among )the (?!other |fellow |senior |more senior )(?:new |summer |\w+ )?(?:intern"
    r"|interns|trainee|trainees|apprentice"
    r"|apprentices"
    r"|new hire|new starter|junior)",
    r"(?:players|kids|children|students?|pupils?|athletes|team|people|undergrads?"
    r"|undergraduates?|first-years?|freshers?|freshmen|tutees?|trainees?|interns?)"
    r"(?: (?:in|on|at|from|of) (?:the|my|our) (?:[\w-]+ ){0,2}?[\w-]+)?"
    r" (?:(?:that|who|whom) )?(?:i|you) (?:coach|teach|train|tutor|supervise|manage|mentor"
    r"|look after|ta|grade|mark|assess|examine)\b",
    _RENTS_FROM_ME,
    _IN_MY_CARE,
    _WORK_FOR_ME,
    *_PAID_BY_ME,
    r"(?:the|a|my|our|one of the) (?:[\w-]+ ){0,2}?(?:hands?|deckhands?|workers?|crew|cooks?"
    r"|chefs?|porters?|juniors?|clerks?|labourers?|cashiers?|waiters?|waitress(?:es)?|servers?"
    r"|techs?|technicians?|operators?|drivers?|nurses?|engineers?|staff) (?:working |right )?"
    r"(?:under|below) me\b",
    r"(?:on|in) my team|(?:who|that) works? (?:for|under) me|(?:i|i'm|i am) (?:manage|supervise"
    r"|managing|supervising|line-manage)",
    _I_JUDGE_THEIR_WORK,
    MY_ROLE_OVER_THEM,
    *PAID_HELPERS,
    *STAFF_IN_OTHER_TONGUES,
    *_HIRED_BY_US,
    r"(?:one of|a) (?:my|your) (?!fellow |other )(?:\w+ ){0,2}(?:students|pupils|employees|staff"
    r"|interns|patients|tenants|team|workers|trainees|apprentices|learners|tutees|mentees)",
    r"(?:a|an|the) (?:student|pupil|employee|patient|tenant|intern) of (?:mine|yours)",
    r"one of our (?!fellow |other )(?:\w+ ){0,2}(?:students|pupils|patients|tenants|interns"
    r"|trainees|apprentices|learners|tutees|mentees|campers)\b",
    r"(?:i|i'm the one who|i am the one who) (?:do|does|set|sets|write|writes|make|makes|draw up"
    r"|draws up|decide|decides) (?:his|her|their) (?:roster|rota|schedule|shifts|hours)\b",
    r"(?:the|my|our) (?:youngest|newest|most junior) (?:[\w-]+ )?(?:altos|sopranos|trebles|tenors"
    r"|basses|choristers|choir members|cadets|scouts|campers)\b",
    rf"(?:my|your|our) (?!other |fellow )(?:\w+ ){{1,2}}(?:pupils?|students?(?! {STUDENT_THINGS})"
    rf"|apprentices?|interns?|trainees?|tutees?|mentees?)"
    rf"|(?:my|your|our) \d+[- ]years?[- ]old (?:pupils?|students?(?! {STUDENT_THINGS})"
    r"|apprentices?"
    r"|interns?|trainees?|tutees?|mentees?)|(?:my|your) tutees?",
    r"(?:one of )?(?:my|your) (?:players|squad|swimmers|athletes|dancers|choir members)",
    r"(?:my|our) (?:[\w-]+ )?(?:undergrads?|undergraduates|first-years|freshers|tutees|seminar"
    r" group|tutorial group|learners)\b|the (?!other |fellow )(?:[\w-]+ )?(?:learners|pupils)\b",
    r"(?:the|my|our) (?:[\w-]+ ){0,2}(?:guides|hands|staff|crew|juniors|girls|boys|lads|kids"
    r"|youngsters|recruits|newbies|volunteers|helpers|waiters|cooks|drivers) (?:(?:that|who|whom)"
    r" )?(?:i|we) (?:trained|train|mentored|mentor|supervise|supervised|took on|recruited"
    r"|hired|employ)\b(?! (?:with|alongside|together))",
    r"(?:as (?:the|their|his|her) )?(?:coach|teacher|tutor|manager|boss|supervisor)[,:]"
    r" (?:ask|get|tell) (?:one of )?(?:my|the) \w+",
    r"(?:residents?|patients?|clients?) (?:in|under|at) my care|in my care home",
    r"(?:who|whose|that) (?:\w+ ){0,3}reports? to (?:me|you)",
    r"(?:i'm|i am) (?:his|her|their) (?:sous(?: chef)?|head chef|boss|manager|supervisor|line"
    r" manager|team lead|team leader|senior|trainer|mentor|teacher|tutor|coach|examiner)\b",
    r"(?:on|in) my (?:section|brigade)\b",
    r"\w+ (?:(?:who|whom|that) )?(?:i'm|i am|i've been) (?:caring for|nursing|treating|tutoring"
    r"|coaching|mentoring|supervising)\b(?! (?:with|alongside|together))",
    r"(?:whose|who's) (?:\w+ ){0,4}(?:review|contract|grade|appraisal|visa|shifts?|pay"
    r"|job) (?:i|you)(?: (?:write|decide|set|sign|control|renew|mark|approve)|(?:'m| am"
    r"|'re| are) (?:renewing|writing|deciding|marking|reviewing|in charge of))",
    r"(?:the )?cleaner at my (?:office|work)",
    r"(?:the one|who|whom|that|whose \w+) (?:i|you) (?:write|do|sign|file) (?:the |his |her"
    r" |their )?(?:reports?|reviews?|appraisals?|references?|evaluations?) (?:on|for|about)",
    r"(?:whose|who's) (?:[\w-]+ ){0,4}(?:certification|certificate|licen[cs]e|placement|probation"
    r"|thesis|theses|dissertations?|marks?|grades?|assessments?|sign-off|exams?|papers?|scripts?"
    r"|essays?|tests?|coursework|lab reports?|mocks?|competenc\w*) (?:i|you|i'm|i am|i'll|i will"
    r"|we|we're) (?:\w+ )?(?:sign|assess|examin|mark|grad|supervis|approv|pass|fail)\w*",
    r"before (?:i|you) (?:submit|sign off|finalise|finalize|send|give|write|mark|enter|decide)"
    r" (?:on )?(?:her|his|their) (?:\w+ )?(?:grades?|marks?|review|appraisal|reference"
    r"|assessment|report|result)",
    r"(?:who|that) (?:helps?|works?) (?:me )?(?:on|in|at|for|with|behind) my (?:\w+ )?(?:cart"
    r"|stall|shop|farm|restaurant|kitchen|business|store|salon|stand|boat|truck|van|site"
    r"|workshop|garage|bakery)",
    r"(?:whose|who's|who) (?:\w+ ){0,3}(?:job|contract|visa|pay|shifts?|grade|review"
    r"|promotion|place|rent|home|income) (?:\w+ )?(?:depends|relies|rests) on"
    r" (?:me|you|my)",
    r"(?:who|that) (?:depends|relies) on (?:me|you) for",
    r"(?:my|your) (?:new|newest|junior|youngest) (?:team member|starter|joiner|hire"
    r"|recruit)",
    r"(?:my|our) (?:newest|most junior) (?:[\w-]+ )?(?:agents?|reps?|associates?|cashiers?"
    r"|clerks?|waiters?|waitress(?:es)?|servers?|baristas?|cooks?|analysts?|guards?|tellers?"
    r"|hands?|workers?)\b",
    r"(?:my|our|mi|mis|nuestr[oa]s?) (?:new |nuev[oa] )?(?:çırak|cirak|çıraklar|aprendiz"
    r"|aprendices|inquilin[oa]s?|becari[oa]s?)\b",
    r"(?:a|the) tenants? (?:in|of|at) (?:one of )?(?:my|our)|tenants? (?:in|of) (?:one of )?(?:my"
    r"|your|our)",
    rf"(?:as|i'm|i am) (?:the |their )?(?:{CAPTAINS}|shift (?:manager|lead|leader|supervisor)"
    r"|duty manager|store manager|supervisor|team lead|team leader|teaching assistant|landlord"
    r"|landlady|their (?:boss|manager|teacher|coach|ta|gta|tutor|lecturer|instructor|professor"
    r"|supervisor|examiner|trainer)|(?:head|chief|senior) (?!of\b|citizen\b|year\b)\w+|ra"
    rf"|resident assistant|(?:stand|crew|site|shift|gang) leader|{GROUP_LEADERS})\b",
)

WELFARE = words(
    r"how (?:he|she|they)(?:'s|'re| is| are) (?:settling in|getting on|finding (?:it|the \w+"
    r"|things|work)|doing|coping|feeling)",
    r"how (?:his|her|their) (?:first )?(?:day|days|week|weeks|month|months|weekend|holiday|trip"
    r"|shift|exams?|course|training) (?:[\w-]+ ){0,3}?(?:went|is going|was|were|has been)",
)
"""Asking after someone ("how he's settling in", "how his first month at sea has been", "how
her weekend was"): kind to anyone, the user's own report included, as long as nothing else is
asked of them."""
