"""The role lexicons: the words that name each kind of person an ask can be addressed to.

Each role is one pattern over the normal form of `core.asks.text`. Where two roles
could name the same words, `core.asks.asked` takes the earliest and longest match, so
"someone I don't know" is a stranger, "the girl who works at the bakery" is staff and
"someone you've chatted with" is an acquaintance.
"""

from __future__ import annotations

import re

from core.asks.roles import Who
from core.asks.text import words

_PERSON = (
    r"(?:someone|somebody|a person|people|persons?|man|woman|men|women|guy|guys"
    r"|girl|girls|lady|bloke|dude|boy|couple|group|tourist|passengers?|mum|mom|dad"
    r"|parent|mother|father|student|customer|shopper|cyclist|worker|old man|old woman)"
)
_A_PERSON = rf"(?:a|an|the|some|two|three|five|ten|\d+)\s+(?:\w+\s+)?{_PERSON}|{_PERSON}"
_KNOWN = (
    r"(?:you|i)(?: already)?"
    r"(?: (?:know(?! well)|like|trust|admire|respect|fancy|have (?:been|met|chatted|talked)"
    r"|are (?:seeing|dating|getting)|am (?:seeing|dating)|met (?:at|through|on)"
    r"|went (?:out|on (?:a|two|three|some) dates?) with|matched with|see (?:at|every|each))"
    r"|'ve (?!never)(?:\w+ )?(?:been|met|chatted|talked|got to know)|'re (?:seeing|dating|getting)"
    r"|'m (?:seeing|dating))"
)

ROLES: tuple[tuple[Who, re.Pattern[str]], ...] = (
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
            r"(?:a|the|some|that|this) (?:\w+ ){0,2}(?:kids?|child|children|toddlers?"
            r"|teenagers?|teens?|minors?|schoolboys?|schoolgirls?|little (?:boy|girl)s?"
            r"|young (?:boy|girl)s?)(?!')",
            r"(?:kids|children|teenagers|teens|little (?:boys|girls|ones))(?!')",
            r"(?:my|your) (?:little|baby|young|kid|infant|toddler) (?:\w+ )?(?:cousin"
            r"|brother|sister"
            r"|nephew|niece|neighbour)",
            r"(?:a|the) (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            r"|thirteen|fourteen|fifteen|sixteen|seventeen)[- ]years?[- ]olds?",
            r"(?:my|your) (?:son|daughter|kids|children|child|nephew|niece|grandchild"
            r"|grandson|granddaughter|stepson|stepdaughter)(?!'|s')",
            r"(?:[\w']+ )?(?:client|neighbour|colleague|friend)'s (?:child|kid|son|daughter)",
            r"(?:my|your) (?:son|daughter|kid|child)(?:'s|s') (?:\w+ )?(?:friends?|classmates?)",
        ),
    ),
    (
        Who.SUBORDINATE,
        words(
            r"(?:my|your|our) (?:new )?(?:intern|interns|employee|employees"
            r"|trainee|trainees|apprentice|apprentices|assistant|direct reports?"
            r"|reports|staff member|subordinates?|junior|juniors|new hire|tenants?"
            r"|patients?|pupils?|students|student|mentee|cleaner|nanny|carer"
            r"|caretaker)",
            r"the (?:new )?(?:intern|interns|trainee|trainees|apprentice|apprentices|new hire"
            r"|new starter|junior)",
            r"(?:players|kids|children|students|pupils|athletes|team|people) (?:i"
            r"|you) (?:coach|teach"
            r"|train|tutor|supervise|manage|mentor|look after)",
            r"(?:on|in) my team|(?:who|that) works? for me|(?:i|i'm) (?:manage|supervise|managing"
            r"|supervising|line-manage)|(?:i|i'm) (?:write|writing|do|doing) (?:her|his|their) "
            r"(?:review|appraisal|reference)",
            r"(?:one of|a) (?:my|your) (?:students|pupils|employees|staff|interns"
            r"|patients|tenants|team)",
            r"(?:a|an|the) (?:student|pupil|employee|patient|tenant|intern) of (?:mine|yours)",
            r"(?:who|whose|that) (?:\w+ ){0,3}reports? to (?:me|you)",
            r"(?:whose|who's) (?:\w+ ){0,4}(?:review|contract|grade|appraisal"
            r"|visa|shifts?|pay|job) (?:i|you)(?: (?:write|decide|set|sign|control|renew|mark"
            r"|approve)|(?:'m| am|'re| are) (?:renewing|writing|deciding|marking|reviewing"
            r"|in charge of))",
            r"(?:the )?cleaner at my (?:office|work)",
            r"(?:whose|who's|who) (?:\w+ ){0,3}(?:job|contract|visa|pay|shifts?|grade|review"
            r"|promotion|place|rent|home|income) (?:\w+ )?(?:depends|relies|rests) on (?:me"
            r"|you|my)",
            r"(?:who|that) (?:depends|relies) on (?:me|you) for",
            r"(?:my|your) (?:new|newest|junior|youngest) (?:team member|starter"
            r"|joiner|hire|recruit)",
            r"(?:a|the) tenants? (?:in|of|at) my|tenants? (?:in|of) (?:my|your)",
        ),
    ),
    (
        Who.PARTNER,
        words(
            r"(?:my|your) (?:partner|boyfriend|girlfriend|husband|wife|fiancée?"
            r"|spouse|other half|date)",
            r"(?:the )?(?:person|someone|somebody) (?:you're|you are|i'm|i am) (?:seeing"
            r"|dating|with)",
            r"(?:the )?(?:person|someone|somebody) (?:you've|i've|you have|i have) been (?:seein"
            r"g"
            r"|dating|on \w+ dates? with)",
        ),
    ),
    (
        Who.FAMILY,
        words(
            r"(?:my|your|our) (?:\w+ )?(?:mum|mom|mother|dad|father|parents?"
            r"|sister|brother|siblings?|cousins?|aunt|auntie|uncle|grandma|grandmother"
            r"|grandad|grandfather|grandparents?|gran|nan|relatives?|family|in-laws?"
            r"|step\w+)",
            r"(?:an?|some) (?:\w+ )?relatives?",
            r"relatives",
        ),
    ),
    (
        Who.MANAGER,
        words(
            r"(?:my|your|our|the) (?:\w+ )?(?:manager|boss|supervisor|team lead"
            r"|team leader|line manager|employer|director|ceo|head of \w+|hr"
            r"|human resources)",
            r"hr",
            r"someone (?:more )?senior",
            r"a senior colleague",
            r"(?:my|your) former (?:manager|boss)",
        ),
    ),
    (
        Who.COLLEAGUE,
        words(
            r"(?:my|your|a|an|the|another|one|two|three) (?:\w+ )?(?:colleagues?"
            r"|coworkers?|co-workers?|workmates?|teammates?|team|team at work"
            r"|peers?|classmates?|flatmates?|housemates?|roommates?)",
            r"colleagues|coworkers|co-workers|teammates|classmates|housemates"
            r"|flatmates|another team",
        ),
    ),
    (
        Who.LANDLORD,
        words(
            r"(?:my|your|the) (?:landlord|landlady|letting agent|letting agency"
            r"|building manager|property manager|housing association|caretaker)"
        ),
    ),
    (
        Who.NEIGHBOUR,
        words(
            r"(?:my|your|a|the|our|new|some|three) (?:\w+ )?(?:neighbours?|neighbors?)",
            r"neighbours|neighbors",
        ),
    ),
    (
        Who.FRIEND,
        words(
            r"(?:my|your|a|an|one|two|three|our|old|best|close|mutual) (?:\w+ )?(?:friends?"
            r"|mates?|pals?|buddy|buddies|bff)",
            r"friends",
            r"(?:my|your) (?:group chat|friend group|writing group|book club)",
        ),
    ),
    (
        Who.ACQUAINTANCE,
        words(
            rf"(?:someone|somebody|a person|people|the person|the one|one person|anyone|a man"
            rf"|a woman|a guy|a girl|the man|the woman|the guy|the girl|a group|groups"
            rf"|(?:two|three|four|a few) people) (?:\w+ ){{0,2}}(?:(?:that|who|whom) )?{_KNOWN}",
            r"(?:someone|somebody|people|a group|groups|(?:two|three|four|a few) people) "
            r"(?:you|i)(?:'d| would) (?:like|love) to (?:get to )?know",
            r"(?:a|the|any) groups? (?:you|i)(?:'re| are|'m| am)? ?(?:belong to|part of|in|go to)",
            r"(?:someone|somebody|a person) who (?:has |have )?(?:helped|taught|supported|mentored"
            r"|encouraged|inspired) (?:you|me)",
            r"(?:someone|somebody|people|a person) (?:(?:from|in|at) (?:my|your)"
            r"|(?:from|in) (?:a|the)) (?:\w+ )?"
            r"(?:class|club|choir|team|group|course|gym class|running club"
            r"|climbing club|writing group|church|mosque|temple|book club|workplace)",
            r"(?:someone|somebody|people|a person) (?:you've|i've|you have|i have) (?!never )"
            r"(?:\w+ ){0,2}(?:chatted|talked|talking|spoken|met|enjoyed|got to know)",
            r"acquaintances?|(?:my|your) (?:crush|date)|(?:a|an|the|my|your) (?:classmate"
            r"|teacher|tutor|coach|mentor|organiser|organizer|host)",
            r"someone (?:you|i) (?:know|like)",
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
            r"random (?:\w+ )?(?:person|people|guy|woman|man|girl|stranger|strangers|women|men)",
            r"(?:someone|somebody|people|a person|anyone|person|a man|a woman"
            r"|a guy|a girl) (?:(?:that|who) )?(?:(?:you|i) (?:don't|do not|didn't) know(?! well"
            r")"
            r"|(?:you|i)(?:'ve| have) never (?:met|spoken to|talked to))",
            r"(?:someone|somebody|a person|people|anyone) (?:you|i)(?:'ve| have) (?:noticed"
            r"|seen|spotted)",
            rf"(?:the )?{_PERSON} (?:i|you) keep (?:seeing|noticing)",
            r"(?:the|a|an) (?:\w+ )?(?:stranger|tourist|passenger|commuter|jogger"
            r"|runner|shopper|dog owner|dog walker)s?",
            _A_PERSON,
            r"(?:the )?(?:person|people|man|woman|guy|girl) (?:next to|beside"
            r"|behind|in front of|ahead of|opposite) (?:me|you)",
            r"the (?:person|people|man|woman|guy|girl) (?:at|on|in) the \w+",
            r"someone|somebody|anyone|everyone|five people|ten people|people",
        ),
    ),
    (
        Who.STAFF,
        words(
            r"(?:someone|somebody|people) (?:in|from) (?:my|your) (?:field|industry|profession"
            r"|line of work)|(?:someone|somebody|people) (?:doing|whose) (?:a )?(?:job"
            r"|work|career)",
            r"the (?:people|person|man|woman) (?:behind|running|who runs?|organising|who organises?"
            r"|in charge of|hosting)",
            r"(?:the|a|an|my|your|our) (?:\w+ )?(?:barista|waiter|waitress|server"
            r"|cashier|shop ?assistant|sales ?(?:assistant|person|man|woman)"
            r"|salesperson|assistant|staff|receptionist|librarian|pharmacist"
            r"|bartender|barman|barmaid|bouncer|security guard|guard|driver|bus driver"
            r"|conductor|ticket inspector|inspector|hairdresser|barber|stylist"
            r"|tailor|florist|chef|cook|baker|butcher|mechanic|plumber|electrician"
            r"|tradesperson|doctor|dentist|nurse|vet|teacher|tutor|professor"
            r"|lecturer|instructor|trainer|guide|tour guide|organisers?|organizers?"
            r"|shopkeeper|shop owner|owner|stallholder|stall holder|seller|vendor"
            r"|clerk|agent|recruiter|interviewer|editor|publisher|host|usher"
            r"|concierge|porter|attendant|operator|advisor|adviser|officer|manager on duty"
            r"|farmer|maker|busker|street musician|musician|artist|writer|speaker"
            r"|author|creator)",
            r"(?:the )?(?:person|people|man|woman|guy|girl|lady) (?:who works|working"
            r"|(?:at|behind) the (?:\w+ ){0,2}(?:counter|till|checkout|desk|reception|bar|stall))",
            r"(?:the )?(?:\w+ )?(?:girl|guy|woman|man|lady) (?:who|that) works (?:at|in)",
            r"staff|someone working (?:in|at)",
        ),
    ),
    (
        Who.ORGANISATION,
        words(
            r"(?:a|an|the|my|your|our|their|local|any|small|nearby|some) (?:\w+ ){0,2}(?:shop"
            r"|shops|store|stores|supermarket|café|cafe|cafés|cafes|coffee shop"
            r"|bakery|restaurant|restaurants|bar|pub|hotel|library|libraries"
            r"|bookshop|bookstore|gym|bank|company|companies|business|businesses"
            r"|provider|council|museum|gallery|galleries|venue|venues|cinema"
            r"|theatre|theater|school|college|university|office|airline|station"
            r"|market|market stall|stall|radio station|magazine|zine|publication"
            r"|paper|newspaper|agency|clinic|surgery|pharmacy|centre|center|club"
            r"|charity|organisers|organisation|organization|employer|brand|site"
            r"|website|festival|competition|contest|kitchen|food truck|ticket office"
            r"|box office|reception|front desk|counter|insurer|landline|garage"
            r"|salon|florist|studio|label|producer|fair)",
            r"(?:a|the|my|your) (?:bank|phone company|internet provider|electricity company"
            r"|energy company|insurance company|card provider)",
        ),
    ),
)
