"""The role lexicons for people the user does not know: strangers, staff and organisations.

They follow the roles of people the user knows in `core.asks.people` (which holds the order
`core.asks.asked` reads them in), so that "a woman from my choir" is an acquaintance before
"a woman" can be a stranger. Patterns are over the normal form of `core.asks.text`.
"""

from __future__ import annotations

import re

from core.asks import known_people
from core.asks.power import STUDENT_THINGS
from core.asks.roles import Who
from core.asks.text import words

_PERSON = (
    r"(?:someone|somebody|a person|people|persons?|man|woman|men|women|guy|guys|girl|girls|lady"
    rf"|bloke|dude|boy|babe|couple|group|tourist|passengers?|mum|mom|dad|parent|mother|father"
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

ROLES: tuple[tuple[Who, re.Pattern[str]], ...] = (
    (
        Who.STRANGER,
        words(
            r"the (?:person|man|woman|guy|girl|lady|bloke) (?:at|in) (?:gym|park|beach|pool"
            r"|market)\b",  # "the lady at gym in Andheri", without the article
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
            r"|punters?|diners?|alumni|alums|delegates|attendees|revell?ers|drinkers)",
            r"(?:someone|somebody|a person|people|anyone) (?:you|i)(?:'ve| have) (?:noticed|seen"
            r"|spotted)",
            rf"(?:the )?{_PERSON} (?:i|you) keep (?:seeing|noticing)",
            r"(?:the|a|an) (?:\w+ )?(?:stranger|tourist|backpacker|sightseer|passenger|commuter"
            r"|jogger|runner|shopper"
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
            r"(?:the|a|an|that|this) (?:[\w-]+ ){0,3}?(?:deputy|sheriff|cop|copper|trooper"
            r"|constable|policeman|policewoman|police officer|traffic (?:cop|officer|warden))\b"
            r"(?! (?:head|manager|director|principal|editor|chair|mayor|leader|governor"
            r"|minister)\b)",
            r"(?:the )?(?:person|people|man|woman|guy|girl|lady) (?:who works|working|(?:at"
            r"|behind) the (?:\w+ ){0,2}(?:counter|till|checkout|desk|reception|stall)|behind the"
            r" (?:\w+ ){0,2}bar|on (?:the )?(?:front )?(?:reception|desk|till|checkout|door))",
            r"(?:the )?(?:\w+ )?(?:girl|guy|woman|man|lady) (?:who|that) works (?:at|in)",
            known_people.STAFF + r"|someone working (?:in|at)",
            r"(?:la|el|the|a|una|un) (?:moza|mozo|camarera|camarero|mesera|mesero|cajera|cajero"
            r"|dependienta|dependiente)\b",
            r"(?<=ask )(?:waiter|waitress|barista|cashier|bartender|barman|receptionist|shopkeeper"
            r"|cleaner|driver|taxi driver|bus driver|guard|nurse|doctor|pharmacist|librarian)",
            r"(?<=ask )(?:[\w-]+ )?(?:tout|touts|conductor|makanga|kondakta|konda|barker"
            r"|ticket collector)\b|(?:the|a|our|my) (?:[\w-]+ )?(?:touts?|makanga|kondakta"
            r"|barker)\b",
            r"(?:the|a|an) (?:\w+ )?(?:man|woman|guy|lady|girl|gal|auntie|uncle|person|bloke|boy)"
            r" (?:selling|serving|running (?:the|a|that|this)|who (?:sells|serves|runs (?:the|a)))",
            r"(?:the )?(?:person|man|woman|guy|girl|lady|bloke|dude|lad|lass|fella|chap) (?:at"
            r"|behind|from) the (?:\w+ ){0,2}(?:shop|store|stall|café|cafe|bakery|garage|salon"
            r"|pharmacy|chemist|co-op|coop|supermarket|grocery|grocer's|grocers|offie|off-licence"
            r"|minimart|petrol station"
            r"|restaurant|hotel|bank|post office|library|box office|ticket office|deli|kiosk|place"
            r"|garden centre|(?:hire|rental) (?:place|shop|desk)|(?:\w+ )?van|food truck|stand"
            r"|booth"
            r"|newsagent|takeaway)",
            r"(?:the|a|an|my|your|our) (?:\w+ )?(?:physio|physiotherapist|physical therapist"
            r"|massage therapist|optician|optometrist"
            r"|therapist|counsellor|counselor|paramedic|lifeguard|ranger|zookeeper|midwife|surgeon"
            r"|gp|masseuse|beautician|courier|postman|postwoman|teller|flight attendant|cabin crew"
            r"|pilot|estate agent|janitor|cleaner|housekeeper|housekeeping|room attendant|bellboy"
            r"|psychologist|psychiatrist|psychotherapist|psychoanalyst|shrink)",
            # a hotel's maid, staff as the housekeeper is; the user's own maid is theirs to pay
            r"(?:the|a|an) (?:\w+ )?(?:chamber)?maid(?! of hono)",
            # a tutor as the user's class calls him, and a cook named for his dish
            r"(?:the|my|our) (?:\w+ )?(?:tuition|coaching|maths|math|physics|chemistry|biology"
            r"|science|english|hindi|accounts|class) (?:sir|ma'am|maam|madam|miss)\b",
            r"(?:the|a|an|my|our) (?:\w+ )?(?:ramen|sushi|noodle|soba|udon|tempura|dumpling|pho"
            r"|kebab|pizza|curry|tea|coffee|bbq|barbecue) master\b",
        ),
    ),
    (
        Who.ORGANISATION,
        words(
            r"customer (?:service|services|support|care)|(?:the )?(?:support team|help ?desk"
            r"|service desk)",
            r"(?:the|a|an|their|its) (?:[\w-]+ ){0,2}(?:app|platform|courier|delivery|rider"
            r"|driver|seller|account|tech|technical|it) (?:support|helpline|hotline|help centre"
            r"|help center)\b(?! (?:worker|workers|staff|group|groups)\b)",
            r"student (?:services|support|finance|advice|welfare|hub|office|union|centre|center"
            r"|council)|(?:the )?(?:registry"
            r"|admissions office|registrar)",
            r"(?:a|an|the|my|your|our|their|local|any|small|nearby|some)"
            r" (?:(?!(?:which|what|where|whether|if|when|how|who)\b)\w+ ){0,2}(?:shop"
            r"|shops|store|stores|supermarket|café|cafe|cafés|cafes|coffee shop|bakery|restaurant"
            r"|restaurants|bar|pub|hotel|library|libraries|bookshop|bookstore|gym|bank|company"
            r"|companies|business|businesses|provider|council|museum|gallery|galleries|venue"
            r"|venues|cinema|theatre|theater|school|college|university|office|airline|station"
            r"|market|market stall|stall|radio station|magazine|zine|publication|paper|newspaper"
            r"|agency|clinic|surgery|pharmacy|centre|center|club|charity|organisers|organisation"
            r"|organization|employer|brand|site|website|festival|competition|contest|kitchen|salon"
            r"|food truck|ticket office|box office|reception|front desk|counter|insurer|landline"
            r"|garage(?! (?:roof|door|floor|wall|gutter)s?\b)|florist|studio|label|producer|fair)",
            r"(?:a|the|my|your) (?:bank|phone company|internet provider|electricity company"
            r"|energy company|insurance company|card provider)",
        ),
    ),
)
