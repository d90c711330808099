"""The role lexicons: the words that name each kind of person an ask can be addressed to.

Each role is one pattern over the normal form of `core.asks.text`. Where two roles
could name the same words, `core.asks.asked` takes the earliest and longest match, so
"someone I don't know" is a stranger, "the girl who works at the bakery" is staff and
"someone you've chatted with" is an acquaintance.
"""

from __future__ import annotations

import re

from core.asks import known_people, local_roles
from core.asks.power import STUDENT_THINGS, SUBORDINATE
from core.asks.roles import Who
from core.asks.text import words

_PERSON = (
    r"(?:someone|somebody|a person|people|persons?|man|woman|men|women|guy|guys|girl|girls|lady"
    rf"|bloke|dude|boy|couple|group|tourist|passengers?|mum|mom|dad|parent|mother|father"
    rf"|student(?! {STUDENT_THINGS})"
    r"|customer|shopper|cyclist|worker|old man|old woman|gentleman|gent|pensioner|salary(?:man|men)"
    r"|business(?:man|men|woman|women)|office workers?)"
)
_SHOP = (
    r"(?:shop|bookshop|market|corner shop|coffee|cafe|café|bakery|deli|bar|pub|record shop"
    r"|hardware store|bike shop|phone shop|chip shop|kebab shop)"
)
_A_PERSON = (
    rf"(?:a|an|the|some|two|three|five|ten|\d+)\s+(?:(?!{_SHOP}\b)\w+\s+)?{_PERSON}|{_PERSON}"
)
_KNOWN = (
    r"(?:you|i)(?: already)?(?: (?:know(?! well)|like|trust|admire|respect|fancy|have (?:been|met"
    r"|chatted|talked)|(?:chat|talk) (?:with|to)|are (?:seeing|dating|getting)|am (?:seeing"
    r"|dating)|met (?:at|through|on)"
    r"|went (?:out|on (?:a|two|three|some) dates?) with|matched with|see (?:at|every|each))"
    r"|'ve (?!never)(?:\w+ )?(?:been|met|chatted|talked|got to know|known)"
    r"|'re (?:seeing|dating|getting)"
    r"|'m (?:seeing|dating))"
)

_OWN_ROLES: tuple[tuple[Who, re.Pattern[str]], ...] = (
    (
        Who.EX,
        words(
            r"(?:my|your|their|his|her|an) ex(?:-\w+)?",
            r"exes",
            r"ex-(?:boyfriend|girlfriend|partner|husband|wife)",
        ),
    ),
    (
        Who.CHILD,
        words(
            r"(?:a|the|some|that|this) (?:\w+ ){0,2}(?:kids?|child|children|toddlers?|teenagers?"
            r"|teens?|minors?|schoolboys?|schoolgirls?|little (?:boy|girl)s?|young (?:boy"
            r"|girl)s?)(?!')(?! (?:group|groups|class|classes|club|session|sessions|gym|football"
            r"|music|swimming))",
            r"(?:kids|children|teenagers|teens|little (?:boys|girls|ones))(?!')",
            r"(?:my|your) (?:little|baby|young|kid|infant|toddler) (?:\w+ )?(?:cousin|brother"
            r"|sister|nephew|niece|neighbour)",
            r"(?:a|the) (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            r"|thirteen|fourteen|fifteen|sixteen|seventeen)[- ]years?[- ]olds?",
            r"(?:my|your) (?:son|daughter|kids|children|child|nephew|niece|grandchild|grandson"
            r"|granddaughter|stepson|stepdaughter)(?!'|s')",
            r"(?:[\w']+ )?(?:client|neighbour|colleague|friend)'s (?:child|kid|son|daughter)",
            r"(?:my|your) (?:son|daughter|kid|child)(?:'s|s') (?:\w+ )?(?:friends?|classmates?)",
        ),
    ),
    (
        Who.SUBORDINATE,
        SUBORDINATE,
    ),
    (
        Who.PARTNER,
        words(
            r"(?:my|your) (?:partner|boyfriend|girlfriend|husband|wife|fiancée?|spouse|other half"
            r"|date)",
            r"(?:the )?(?:person|someone|somebody) (?:you're|you are|i'm|i am) (?:seeing|dating"
            r"|with)",
            r"(?:the )?(?:person|someone|somebody) (?:you've|i've|you have|i have) been (?:seeing"
            r"|dating|on \w+ dates? with)",
        ),
    ),
    (
        Who.FAMILY,
        words(
            r"(?<=ask )(?:mum|mom|mam|dad|nan|nana|gran|granny|grandma|grandpa|oma|opa|nonna|nonno"
            r"|abuela|abuelo|babcia|dziadek|lola|lolo|baba|dadi|nani|halmoni|obaachan|ojiichan)\b",
            r"(?:my|your|our) (?:\w+ )?(?:mum|mom|mother|dad|father|parents?|sister|brother"
            r"|siblings?|cousins?|aunt|auntie|uncle|grandma|grandmother|grandad|grandfather"
            r"|grandparents?|gran|nan|relatives?|family|in-laws?|step\w+)",
            r"(?:an?|some) (?:\w+ )?relatives?",
            r"relatives|(?<=my )(?:abuel[oa]|abuelita|nonn[ao]|oma|opa|babcia|lol[ao]|yiayia)",
        ),
    ),
    (
        Who.MANAGER,
        words(
            r"(?:my|your|our|the) (?:\w+ )?(?:manager|boss|supervisor|team lead|team leader"
            r"|line manager|employer|director|ceo|head of \w+|hr|human resources)",
            r"hr",
            r"someone (?:more )?senior",
            r"a senior colleague",
            r"(?:my|your) former (?:manager|boss)",
        ),
    ),
    (
        Who.COLLEAGUE,
        words(
            r"(?:my|your|a|an|the|another|one|two|three) (?:\w+ )?(?:colleagues?|coworkers?"
            r"|co-workers?|workmates?|teammates?|team|team at work|peers?|classmates?|flatmates?"
            r"|housemates?|roommates?)",
            r"colleagues|coworkers|co-workers|teammates|classmates|housemates|flatmates"
            r"|another team",
            r"(?:the|my|your) (?:other|fellow) (?:interns|trainees|apprentices|students|juniors)",
            r"(?:the|a|someone|somebody) (?:new )?(?:person |people |guy |girl |woman |man |lady )?"
            r"(?:from|in) (?:the|our|my"
            r"|your) (?:\w+ ){0,2}(?:(?<!post )(?<!box )(?<!ticket )office|team|department|branch"
            r"|site)(?! queue)",
            r"(?:the|a|someone|somebody) (?:new )?(?:person|people|guy|girl|woman|man|lady) from"
            r" (?:accounts|finance|marketing|sales|legal|payroll|it|engineering|procurement"
            r"|logistics|operations|ops|design|admin|support|compliance|research)",
            r"(?:the|a|someone|somebody) (?:new )?(?:person|people|guy|girl|woman|man|lady|starter"
            r"|joiner)? ?(?:at|from) (?:my |your )?(?:work|the office)",
        ),
    ),
    (
        Who.LANDLORD,
        words(
            r"(?:my|your|the) (?:landlord|landlady|letting agent|letting agency|building manager"
            r"|property manager|housing association|caretaker)"
        ),
    ),
    (
        Who.NEIGHBOUR,
        words(
            r"(?:my|your|a|the|our|new|some|three) (?:\w+ )?(?:neighbours?|neighbors?)",
            r"neighbours|neighbors",
            r"(?:the|my|our) (?:\w+ )?(?:couple|family|people|man|woman|guy|lady|person|bloke|folks"
            r"|chap|fella|aunty|auntie|uncle|lad|gent) (?:(?:who|that) (?:\w+ ){0,2}moved in )?"
            r"(?:next door|upstairs|downstairs"
            r"|across the (?:road|street|hall|landing))",
        ),
    ),
    (
        Who.FRIEND,
        words(
            r"(?:my|your|an?|one|two|three|our|old) (?:\w+ )?(?:schoolmates?|school friends?|uni"
            r" friends?|college friends?)",
            r"(?:the|my|our) friend group|(?:my|your|a|an|one|two|three|our|old|best|close|mutual)"
            r" (?:\w+ )?(?:friends?|mates?"
            r"|pals?|buddy|buddies|bff)",
            r"friends",
            r"(?:my|your|the) (?:group chat|gc|friend group|writing group|book club)",
        ),
    ),
    (
        Who.ACQUAINTANCE,
        words(
            r"(?:(?:the|a|my) )?\w+ from (?:(?:my|our|the) )?(?:\w+ )?(?:group|club|class|course"
            r"|choir|team|church|mosque|temple|synagogue|gym|studio|meetup|society)",
            rf"(?:someone|somebody|a person|people|the person|the one|one person|anyone|a man"
            rf"|a woman|a guy|a girl|the man|the woman|the guy|the girl|a group|groups|(?:two"
            rf"|three|four|a few) people) (?:\w+ ){{0,2}}(?:(?:that|who|whom) )?{_KNOWN}",
            r"(?:someone|somebody|people|a group|groups|(?:two|three|four|a few) people) (?:you"
            r"|i)(?:'d| would) (?:like|love) to (?:get to )?know",
            r"(?:a|the|any) groups? (?:you|i)(?:'re| are|'m| am)? ?(?:belong to|part of|in|go to)",
            r"(?:someone|somebody|a person) who (?:has |have )?(?:helped|taught|supported|mentored"
            r"|encouraged|inspired) (?:you|me)",
            r"(?:someone|somebody|people|a person|a guy|a girl|a man|a woman|the guy|the girl"
            r"|the man|the woman|(?:a|the|another) (?:mum|mom|dad|parent)) (?:(?:from|in|at) (?:my"
            r"|your|(?:my|your|our) (?:son|daughter|kid|child|kids)(?:'s|s'))|(?:from|in) (?:a"
            r"|the)) (?:\w+ )?(?:class|club|choir|team|group|course|gym class|running club"
            r"|climbing club|writing group|church|mosque|temple|book club|workplace|school gate"
            r"|school run|nursery|playgroup|toddler group|parents' evening)",
            r"(?:someone|somebody|people|a person) (?:you've|i've|you have"
            r"|i have) (?!never )(?:\w+ ){0,2}(?:chatted|talked|talking|spoken|met|enjoyed"
            r"|got to know)",
            r"acquaintances?|(?:my|your) (?:crush|date)|(?<!on )(?<!by )(?:a|an|the|my"
            r"|your) (?:classmate|teacher"
            r"|tutor|coach|mentor|organiser|organizer|host)",
            r"someone (?:you|i) (?:know|like)",
            r"(?:the|a|an|someone|somebody) (?:\w+ )?(?:person|guy|girl|man|woman|lady|people)?"
            r" ?(?:(?:who|that) )?(?:i|you|we) (?:teamed up|worked|partnered|paired up|collaborated"
            r"|studied|volunteered|reconnected|trained|shared a desk) with",
            r"(?:the|a|another) (?:\w+ )?(?:mum|mom|dad|parent|guy|girl|woman|man|lady|person)"
            r" (?:(?:that|who|whom) )?(?:i|you) (?:always |often )?(?:chat|talk) (?:with|to)",
            r"(?:the|a) (?:\w+ )?(?:person|guy|girl|man|woman|lady) (?:who|that) (?:always "
            r"|usually )?"
            r"(?:sits|works) (?:next to|beside|opposite|near|across from) (?:me|you)(?! on\b)"
            rf"(?! in (?:the|a) (?:\w+ )?{known_people.RIDES})",
            r"(?:writing|reading|art|study|support) group",
            r"[a-z]+ i(?:'ve| have) been (?:messaging|chatting|talking)",
        ),
    ),
    (
        Who.STRANGER,
        words(
            r"(?:a |the )?strangers?",
            r"(?:a|the|another) (?:patient|visitor|parent|passenger)s?\b",
            r"(?:the|a) (?:\w+ )?(?:team|group|table|people) at the (?:next|other|nearby) table",
            r"(?:my|your) [\w]+'s (?:visitors?|guests?|lodger|customers?|clients?)",
            r"(?:a|the|another) (?:\w+ )?famil(?:y|ies)",
            r"passers?-?by",
            r"(?:the|a) (?:bride|groom|bridesmaids?|mourners?|wedding (?:guests?|party))",
            r"(?:my |your |a |the )?(?:seatmates?|travell?ers|holidaymakers|sunbathers|pedestrians"
            r"|fellow (?:passengers?|travell?ers|shoppers|diners|campers|commuters))",
            r"random (?:\w+ )?(?:person|people|guy|woman|man|girl|stranger|strangers|women|men)",
            r"(?:someone|somebody|people|a person|anyone|person|a man|a woman|a guy"
            r"|a girl) (?:(?:that|who) )?(?:(?:you|i) (?:don't|do not|didn't) know(?! well)|(?:you"
            r"|i)(?:'ve| have) never (?:met|spoken to|talked to))",
            r"(?:a|the|some|one) (?:\w+ )?\w+ (?:(?:that|who) )?(?:i've|i have|you've|you have)"
            r" never (?:met|spoken to|talked to|said a word to)",
            r"(?:a|the|some) (?:\w+ )?(?:festival-?goers?|concert-?goers?|gig-?goers?|fans? (?:at"
            r"|in|outside)|spectators?"
            r"|punters?|diners?)",
            r"(?:someone|somebody|a person|people|anyone) (?:you|i)(?:'ve| have) (?:noticed|seen"
            r"|spotted)",
            rf"(?:the )?{_PERSON} (?:i|you) keep (?:seeing|noticing)",
            r"(?:the|a|an) (?:\w+ )?(?:stranger|tourist|passenger|commuter|jogger|runner|shopper"
            r"|dog owner|dog walker)s?",
            _A_PERSON,
            r"(?:the )?(?:person|people|man|woman|guy|girl) (?:next to|beside|behind|in front of"
            r"|ahead of|opposite) (?:me|you)",
            r"the (?:person|people|man|woman|guy|girl) (?:at|on|in) the \w+",
            r"whoever(?:'s| is)? (?:there|around|in|at|nearby|passing)|tourists|shoppers|commuters"
            r"|(?:the|a) (?:whole|entire) (?:row|carriage|queue|line|bus|train|room|table)",
            r"someone|somebody|anyone|everyone|five people|ten people|people|ppl|folks|peeps"
            r"|randoms?|randos?",
        ),
    ),
    (
        Who.STAFF,
        words(
            r"(?:someone|somebody|people) (?:in|from) (?:my|your) (?:field|industry|profession"
            r"|line of work)|(?:someone|somebody|people) (?:doing|whose) (?:a )?(?:job|work"
            r"|career)",
            rf"the {_SHOP} (?:guy|man|woman|lady|girl|bloke|dude|owner)",
            r"the (?:people|person|man|woman) (?:behind|running|who runs?|organising"
            r"|who organises?|in charge of|hosting)",
            r"(?:the|a|an|my|your|our) (?:air hostess|flight attendant|cabin crew|steward"
            r"|stewardess|lifeguard|physio|physiotherapist|uber driver|taxi driver|cab driver"
            r"|delivery driver|pt|personal trainer|trainer|instructor)",
            r"\w+'s (?:physio|physiotherapist|nurse|receptionist|assistant)",
            r"(?:my|your|our) (?:kid|son|daughter|child|children|kids|nephew|niece|grandson"
            r"|granddaughter)(?:'s|s'|') (?:\w+ )?(?:coach|teacher|tutor|instructor|trainer"
            r"|doctor|dentist|nurse|childminder|nanny)",
            r"(?:the|a|an|my|your|our) (?:\w+ )?(?:barista|waiter|waitress|server|cashier"
            r"|shop ?assistant|sales ?(?:assistant|person|man|woman)|salesperson|assistant"
            r"|receptionist|librarian|pharmacist|bartender|barman|barmaid|bouncer|security guard"
            r"|guard|driver|bus driver|conductor|ticket inspector|inspector|hairdresser|barber"
            r"|stylist|tailor|florist|chef|cook|baker|butcher|mechanic|plumber|electrician"
            r"|tradesperson|doctor|dentist|nurse|vet|teacher|tutor|professor|lecturer|instructor"
            r"|trainer|guide|tour guide|organisers?|organizers?|shopkeeper|shop owner|owner"
            r"|stallholder|stall holder|seller|vendor|clerk|agent|recruiter|interviewer|editor"
            r"|publisher|host|usher|concierge|porter|attendant|operator|advisor|adviser|officer"
            r"|manager on duty|farmer|maker|busker|street musician|musician|artist|writer|speaker"
            r"|author|creator)",
            r"(?:the )?(?:person|people|man|woman|guy|girl|lady) (?:who works|working|(?:at"
            r"|behind) the (?:\w+ ){0,2}(?:counter|till|checkout|desk|reception|bar|stall))",
            r"(?:the )?(?:\w+ )?(?:girl|guy|woman|man|lady) (?:who|that) works (?:at|in)",
            known_people.STAFF + r"|someone working (?:in|at)",
            r"(?<=ask )(?:waiter|waitress|barista|cashier|bartender|barman|receptionist|shopkeeper"
            r"|cleaner|driver|taxi driver|bus driver|guard|nurse|doctor|pharmacist|librarian)",
            r"(?:the|a|an) (?:\w+ )?(?:man|woman|guy|lady|girl|auntie|uncle|person|bloke|boy)"
            r" (?:selling|serving|running (?:the|a|that|this)|who (?:sells|serves|runs (?:the|a)))",
            r"(?:the )?(?:person|man|woman|guy|girl|lady|bloke|dude) (?:at|behind|from) the"
            r" (?:\w+ ){0,2}(?:shop|store|stall|café|cafe|bakery|garage|salon|pharmacy|chemist"
            r"|restaurant|hotel|bank|post office|library|box office|ticket office|deli|kiosk|place"
            r"|garden centre|(?:hire|rental) (?:place|shop|desk)|(?:\w+ )?van|food truck|stand"
            r"|booth"
            r"|newsagent|takeaway)",
            r"(?:the|a|an|my|your|our) (?:\w+ )?(?:physio|physiotherapist|optician|optometrist"
            r"|therapist|counsellor|counselor|paramedic|lifeguard|ranger|zookeeper|midwife|surgeon"
            r"|gp|masseuse|beautician|courier|postman|postwoman|teller|flight attendant|cabin crew"
            r"|pilot|estate agent|janitor|cleaner|housekeeper|housekeeping|room attendant|bellboy)",
        ),
    ),
    (
        Who.ORGANISATION,
        words(
            r"customer (?:service|services|support|care)|(?:the )?(?:support team|help ?desk"
            r"|service desk)",
            r"(?:a|an|the|my|your|our|their|local|any|small|nearby|some) (?:\w+ ){0,2}(?:shop"
            r"|shops|store|stores|supermarket|café|cafe|cafés|cafes|coffee shop|bakery|restaurant"
            r"|restaurants|bar|pub|hotel|library|libraries|bookshop|bookstore|gym|bank|company"
            r"|companies|business|businesses|provider|council|museum|gallery|galleries|venue"
            r"|venues|cinema|theatre|theater|school|college|university|office|airline|station"
            r"|market|market stall|stall|radio station|magazine|zine|publication|paper|newspaper"
            r"|agency|clinic|surgery|pharmacy|centre|center|club|charity|organisers|organisation"
            r"|organization|employer|brand|site|website|festival|competition|contest|kitchen"
            r"|food truck|ticket office|box office|reception|front desk|counter|insurer|landline"
            r"|garage|salon|florist|studio|label|producer|fair)",
            r"(?:a|the|my|your) (?:bank|phone company|internet provider|electricity company"
            r"|energy company|insurance company|card provider)",
        ),
    ),
)
ROLES = local_roles.FIRST + known_people.ROLES + _OWN_ROLES + local_roles.LAST
