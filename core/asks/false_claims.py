"""False claims to get something, in words: the pretences that name no lie outright.

Kept apart from `core.asks.deception` so each lexicon module stays small. A concession asked
for beside the fact that rules it out ("the student price, even though I finished three years
ago", "the seniors' rate, I'm 52 but look older", "with my old uni card from 2012"); someone
else's card; a role taken on to get in ("email the label as a journalist to get into the
show", "tell the steward I'm the new physio"); a cover story kept ready for when someone asks;
what the user will say set against what was actually so ("say I was in the clinic. I was
actually at the match"); and a cause the user names themselves, then blames on someone else
("the cow died of pneumonia; tell the agrovet it was his feed"); a paper the user says they
write for, an emergency given and then taken back, passing as one of the place's own. It
matches the normal form of `core.asks.text`.
"""

from __future__ import annotations

CONCESSION = (
    r"(?:students?|seniors?|senior citizens?|pensioners?|child|children|kids?|youth|junior"
    r"|under-?\d+s?|residents?|locals?|veterans?|oaps?|military)(?:'s|s'|')? (?:price|prices"
    r"|discount|discounts|rate|rates|ticket|tickets|fare|fares|concession|pass|entry|admission"
    r"|promo|deal|offer|coffee|meal|menu|special|breakfast|lunch|bus pass)"
)
"""A price kept for some people: students, seniors, children, residents."""

NOT_ELIGIBLE = (
    r"(?:graduated|finished|left (?:uni|university|school|college)|dropped out|looks? (?:\w+ )?"
    r"(?:older|younger)|think i'm (?:older|younger)|they won't check|(?:\w+|\d+) years? ago"
    r"|from (?:19|20)\d\d|(?:i'm|i am) (?:only |just )?\d+,? but|(?:i'm|i am) only \d+"
    r"|(?:i'm|i am) \d+ only"
    r"|when (?:i'm|i am) (?:only |just |actually )?(?:\d+|\w+(?:ty|teen))\b"
    r"|(?:but|though) (?:i )?looks? (?:\w+ )?(?:old|older|rough|grey|young|younger|tired|rough)"
    r"|gone grey|going grey|grey hair|(?:old|expired|out-of-date|out of date|borrowed|last"
    r" year's) (?:[\w-]+ ){0,2}(?:card|id|pass|badge|railcard)|(?:brother's|sister's|son's"
    r"|daughter's|kid's|friend's|mate's|cousin's|nephew's|niece's) (?:\w+ )?(?:id|card|pass)"
    r"|(?:my|his|her|their|our) (?!own\b)[a-z-]+'s (?:id|card|pass|railcard|bus pass|ticket)"
    r"|(?:i|we) (?:can|could) (?:easily |still |totally |defo |definitely )?pass(?: for (?:one|it"
    r"|younger|older|\d+))?(?=[,.;!]|$| lol| haha)"
    r"|not (?:a student|retired|a pensioner|local|a local|a resident))"
)
"""What rules the user out of that price: finished studying, younger than they look ("I can
pass"), a card that is old or someone else's ("with my dziadek's ID")."""

_YOUTH_PRICE = (
    r"(?:students?|youth|young person|under-?(?:1\d|2[0-6])s?|juniors?|child|children|kids?"
    r"|teens?|16-25)(?:'s|s'|')? (?:price|prices|discount|rate|ticket|fare|deal|offer|concession"
    r"|entry|admission|promo|menu|meal|railcard|plan)"
)
_TOO_OLD_FOR_IT = (
    rf"{_YOUTH_PRICE}\b(?:(?!\bfor (?:my|our|his|her|their)\b).){{0,80}}[.,;!] (?:but |though |and"
    r" |lol )?(?:i'm|i am) (?:actually"
    r" |really |like )?[3-9]\d\b(?!,? (?:and|but|though) (?:i'm |i am )?(?:still |a |an )?(?:mature"
    r" |part-time )?(?:student|studying|study|doing|enrolled|back at|at uni))"
)
"""A price kept for the young, then the user's own age of thirty or more: "to get the student
deal. I'm 52 lol". A mature student saying so ("I'm 34 and doing my PhD"), or a parent asking
the student price for their son, is no claim."""

_ROLE = (
    r"(?:journalist|reporter|critic|reviewer|blogger|influencer|buyer|editor|inspector|officer"
    r"|photographer|stylist|producer|scout|press|vip|doctor|nurse|police\w*|cop|official|agent"
    r"|pastor|priest|vicar|imam|rabbi|detective|lawyer|solicitor|councillor|mp|senator|judge"
    r"|minister|physio|medic|paramedic|celebrity|security|contractor|electrician|plumber"
    r"|steward|headliner|coach|architect|gp|[a-z]+olog(?:ist|er)|pharmacist|dentist|surgeon|vet"
    r"|midwife|optician|dietitian)"
)
"""Roles a user might claim to be waved through, served first or let in free."""

_GAIN = (
    r"(?:so (?:they|he|she|i|we|the \w+)|to get|and get|ask to (?:go|skip|jump|come|get)|to skip"
    r"|quicker|faster|go through|let me (?:in|through|skip|park)|free|get in|waive\w*|skip|rate"
    r"|discount)"
)
"""What a claimed role is for: let through, served sooner, let in free. A new starter saying
who they are and asking where to go is not claiming anything."""

_PERK = (
    r"(?:free|freebies?|complimentary|comp|comped|vip|upgrade\w*|tasting|discount\w*|on the house"
    r"|better (?:room|table|seat|price|rate|deal))"
)
"""What a claimed press role is dropped for: a meal on the house, a better room."""

_PRESS = (
    r"(?:say|saying|said|tell\w*(?: [\w']+){0,6}?|claim\w*|mention\w*|drop\w*|let slip) (?:that )?"
    r"(?:i'm|i am|i|we're|we are) (?:writ\w*|review\w*|blog\w*|report\w*|work\w*|doing|covering"
    r"|a (?:writer|reviewer|critic|journalist|blogger))\b(?: [\w'-]+){0,4}? (?:for|at|with)"
    r" (?:the |a |an )?[\w'-]+\b.{0,80}\b" + _PERK
)
"""Naming a paper or an outlet the user writes for, then the perk ("say I write for the
Herald, ask for free brunch", "mention I'm writing a travel piece for the Star and ask
whether they could upgrade my room")."""

_SET_AT_NAUGHT = (
    r"(?:because|cos|since|say|saying|tell\w*|claim\w*)\b.{0,80}\b(?:in (?:\w+ ){0,2}hospital"
    r"|sick|ill|dying|died|passed away|an emergency|a funeral|an accident)\b.{0,160}\b(?:is|are"
    r"|'s|was|were) (?:actually |really |in fact )?(?:perfectly|totally|completely|absolutely"
    r"|actually|really|in fact|quite) (?:fine|well|healthy|alive|ok|okay|all right|alright)\b"
)
"""An emergency given as the reason, then taken back ("waive the fare because I'm rushing
to my father in hospital. My father is perfectly fine")."""

_ONE_OF_THEM = (
    r"(?:put on|wear\w*|with|flash\w*|show\w*) (?:my |a |an |the |her |his )?(?:[\w-]+ )?(?:lanyard"
    r"|badge|uniform|vest|hi-vis|name tag|apron|polo)\b.{0,80}\b(?:say|tell|claim)\w* (?:[\w'-]+ )"
    r"{0,6}?(?:that )?(?:i'm|i am|we're|we are) (?:a |an |on (?:the )?)?(?:staff|member|members"
    r"|guest|guests|resident|residents|employee|crew|team)\b"
    r"|(?:next to|near|by|across from|opposite|round the corner from|down the (?:road|street) from)"
    r" (?:my|our) (?:\w+ )?(?:house|home|flat|place|soi|street|road|building|office|work)\b"
    r".{0,100}\b(?:say|tell|claim)\w*\b.{0,40}\b(?:i|we)(?:'m| am| are|'re)? (?:stay|staying|in)"
    r" (?:in )?room \d+|(?:say|saying|claim\w*|tell\w*(?: \w+){0,3}?) (?:that )?(?:i'm|i am"
    r"|we're|we are) (?:calling )?from (?:their|your|his|her) (?:own )?(?:\w+ ){0,2}(?:department"
    r"|team|head office|office|hq|support|security|fraud)\b"
)
"""Passing as one of the place's own: staff at the pool behind a lanyard from elsewhere, a
guest in room 512 of the hotel next to the user's own street, someone from the bank's own
IT department. A guest or a member saying so plainly is not passing as anything."""

_DATE_DENIED = (
    r"(?:say|tell|claim)\w*\b.{0,40}\b(?:it's|it is) (?:my|our) (?:birthday|bday|anniversary)\b"
    r".{0,60}[.,;] (?:(?:but|actually|really) )?(?:it's|it is|mine's|mine is|my \w+ is|it was)"
    r" (?:actually |really )?(?:in|on|next|not|last)\b"
)
"""A birthday claimed, then its real date given ("tell them it's my birthday. It's in May")."""

_LONG_MARRIED = (
    r"(?:married|together|wed) (?:for )?(?:\d+|a few|several|many|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty)(?: \w+)? (?:years?|yrs|decades?)"
    r"|(?:married|wed|together) (?:since|in) (?:19|20)\d\d|(?:years|decades) (?:married|ago)"
)
_HONEYMOON_CLAIMED = (
    r"(?:say|saying|said|tell\w*|claim\w*|pretend\w*|make out|act\w* like|mention\w*|because"
    r"|cos|since) (?:(?!never\b|no\b|didn't\b)[\w'-]+ ){0,6}?(?<!second )(?<!2nd )honeymoon\w*"
)
_NOT_WED = (
    r"(?:we're|we are|we aren't|we're not|we are not) (?:not |even |actually )*(?:married|wed)\b"
    r"|(?:i'm|i am) (?:actually |really |just )?(?:alone|single|by myself|solo|travelling alone)\b"
)
_HONEYMOON_BELIED = (
    rf"{_HONEYMOON_CLAIMED}\b.{{0,80}}\b(?:{_LONG_MARRIED}|{_NOT_WED})"
    rf"|\b(?:{_LONG_MARRIED})\b.{{0,80}}\b{_HONEYMOON_CLAIMED}"
)
"""A honeymoon claimed, or given as the reason, by a couple married for years, not married, or
a user travelling alone ("say we're on our honeymoon (we've been married 12 years)", "because
it's our honeymoon. We've been married eleven years"); a second honeymoon, said so, is no
claim."""
_OCCASION = (
    r"(?:it's|it is|its|we're|we are|i'm|i am)(?: on)? (?:my|our|your) (?:\w+ )?(?:birthday|bday"
    r"|anniversary|honeymoon)"
)
_OCCASION_USED = (
    rf"{_OCCASION}\b.{{0,20}}\b(?:so (?:they|he|she|the \w+) (?:\w+ )?(?:upgrade|upgrades|bring"
    r"|brings|give|gives|comp|comps|waive|waives|let|lets)\b|(?:for|,) (?:a |an |the |some )?"
    r"(?:free|upgrade|comp))|(?:free|upgrade|comp\w*)\b.{0,50}\bby (?:saying|telling(?: \w+){0,2}"
    rf"|claiming|pretending) (?:that )?{_OCCASION}|(?:it's|it is|its) not (?:actually |really"
    r" |even )?(?:my|our) (?:birthday|bday|anniversary|honeymoon)\b.{0,60}\b(?:tell|say|claim)"
)
"""A birthday, an anniversary or a honeymoon used as the lever for something free ("tell the
waiter it's your birthday so they bring a free dessert", "a free late checkout by saying we're
on our honeymoon"); asking whether they do anything for birthdays names what it wants."""

_EMERGENCY_BELIED = (
    r"(?:say|tell|claim)\w*\b.{0,60}\b(?:emergency|urgent)\b.{0,100}\b(?:(?:really|actually|in"
    r" fact) (?:just|only)|(?:it's|its|it is|it was) (?:just|only) (?:a|an|some))\b"
)
"""An emergency claimed, then made small in the same card ("say it's an emergency so they fit us
in today, its really just a rash"): a slot taken from someone who needs it."""

_ALONE_BELIED = (
    r"(?:say|tell|claim)\w*\b.{0,120}\b(?:(?:even though|though|although|but) (?:i'm|i am"
    r"|i'll be|i will be) (?:actually |really )?(?:alone|on my own|by myself|solo)\b|(?:kahit"
    r"(?: na)?|pero|eh) (?:wala|walang|hindi|di)\b)"
)
"""A claim, then the user's own "even though I'm alone" or in Tagalog "kahit wala" (even though
there is none): "tell the SM guard I'm a PWD companion so I can use the priority lane kahit wala
akong kasama"."""

_SECOND_HAND = (
    r"(?:yard|garage|car ?boot|boot|jumble|estate|rummage|church) sale|flea market|thrift"
    r" (?:shop|store)|charity shop|op shop|ebay|craigslist|gumtree|vinted|(?:facebook )?marketplace"
    r"|another (?:shop|store)|a different (?:shop|store)|(?:a|my) (?:mate|friend|neighbour)"
)
_NOT_BOUGHT_THERE = (
    r"(?:say|tell|claim)\w*\b.{0,80}\b(?:i|we) (?:bought|got|purchased) (?:it|them|this|these"
    r"|the \w+) (?:there|here|from (?:them|you|there|their|your)|at (?:their|your|the) (?:shop"
    rf"|store))\b.{{0,100}}\b(?:{_SECOND_HAND})\b",
    r"(?:return|returns desk|refund|take (?:it|them|the \w+) back|store credit)\b.{0,100}\b(?:got"
    r"|bought|picked up|found|picked (?:it|them) up)(?: (?:it|them|the \w+))?(?: \w+)?"
    r" (?:at|from|on|off|in) (?:a |an |the )?"
    rf"(?:{_SECOND_HAND})\b",
)
"""Something returned to a shop as bought there, when the card says it came from a yard sale or
from someone else ("tell the returns desk I bought the drill there, got it at a yard sale"):
a refund taken for what the shop never sold."""

PATTERNS = (
    _EMERGENCY_BELIED,
    _ALONE_BELIED,
    *_NOT_BOUGHT_THERE,
    _PRESS,
    _TOO_OLD_FOR_IT,
    _HONEYMOON_BELIED,
    _OCCASION_USED,
    _SET_AT_NAUGHT,
    _ONE_OF_THEM,
    _DATE_DENIED,
    rf"{CONCESSION}\b.{{0,80}}\b{NOT_ELIGIBLE}|{NOT_ELIGIBLE}\b.{{0,80}}\b{CONCESSION}",
    r"us(?:e|ing) (?:my |a |her |his |their |someone else's |someone's )?(?:\w+ )?(?:\w+'s)"
    r" (?:\w+ )?(?:id|card|pass|ticket|railcard|badge)\b.{0,40}\b(?:price|discount|rate|fare"
    r"|entry|free|cheaper|get in)",
    rf"(?:email|e-mail|message|dm|call|ring|phone|write to|contact|approach|go|turn up|show up"
    rf"|walk in|get in|register|sign up)\w* (?:[\w-]+ ){{0,3}}as (?:a|an|the) (?:[\w-]+ ){{0,3}}"
    rf"{_ROLE} (?:to get|so (?:they|i|he|she) (?:\w+ )?(?:let|get|give))",
    rf"(?:tell|say|claim|write to|e-?mail|messag)\w* (?:[\w'-]+ ){{0,6}}?(?:that )?(?:i'm|i am)"
    rf" (?:the |a |an )?"
    rf"(?:[\w'-]+ ){{0,2}}?{_ROLE}\b.{{0,50}}\b{_GAIN}",
    rf"(?:{_PERK}|rate|waive\w*)\b.{{0,60}}\b(?:say|tell|claim)\w* (?:[\w'-]+ ){{0,3}}?(?:that )?"
    rf"(?:i'm|i am) (?:the |a |an )?(?:[\w'-]+ ){{0,2}}?{_ROLE}\b",
    r"(?:book|reserve|check in|turn up|show up|walk in)\w* (?:[\w-]+ ){0,3}as (?:a|an|the)"
    r" (?:[\w-]+ ){0,2}(?:inspector|critic|reviewer|influencer|celebrity|vip|official)\b",
    rf"(?:as if|as though|pretending) (?:i'm|i am|i was|i were) (?:the |a |an |his |her |their )"
    rf"(?:\w+ )?(?:{_ROLE}|owner|manager|boss|landlord|parent|teacher)\b",
    r"if (?:anyone|anybody|someone|somebody|they|he|she|security|staff|the \w+) (?:asks?"
    r"|questions?|checks?|stops? me)\b,? (?:i'll |i will |i |just |then )?(?:say|tell|claim"
    r"|pretend)",
    r"(?:say|said|tell|told|claim\w*)\b.{0,150}(?:[.;,!] |\bbut )(?:i|we) (?:was|were)"
    r" (?:actually|really)"
    r" (?:at|in|on|out|just|home|asleep|hungover|fine|watching|playing|partying|drinking)\b",
    r"(?:saying|telling|claiming)\b.{0,80}\bactually (?:it|i|we|they|he|she)"
    r" (?:didn't|did not|wasn't|was not|isn't|is not|doesn't|hasn't|haven't|weren't|aren't"
    r"|am not|won't)\b",
    r"(?:even though|though|although|when) (?:nobody|no one|no-one|none of them|no other \w+)"
    r" (?:did|does|has|had|was|is|said|quoted|offered|asked|called)\b(?! (?:there|around|about"
    r"|here|home|in|near|looking|watching|listening)\b)",
    r"(?:say|tell|claim)\w* (?:[\w']+ ){0,6}?(?:i'm|i am|it's|it is) (?:a |an |my )?(?:\d+(?:st|nd"
    r"|rd|th)?|pensioner|senior|student|oap|retiree|veteran|minor|child|local|resident|\w+"
    r" birthday)\b.{0,30}[,.;!] (?:sure |but |though |actually |really |when )?(?:i'm|i am)"
    r" (?:only |actually |really |just )?\d+\b",
    r"(?:flash|show|use|wear|put on|wearing) (?:\w+ ){0,2}(?:old|expired|former) (?:\w+ )?"
    r"(?:badge|card|id|pass|uniform|lanyard)|(?:old|expired|former) (?:\w+ )?(?:badge|id|pass"
    r"|lanyard|warrant card)\b.{0,80}\b(?:flash|show) (?:it|them)",
    r"(?:tell|say|claim)\w*\b.{0,60}[,;] (?:and )?(?:get|make|pocket|earn|squeeze) (?:\w+ ){0,2}"
    r"extra\b",
    r"(?:died|broke|failed|spoil\w*|stopped working|got sick) (?:of|from|because|because of|after"
    r" (?:i|we))\b.{0,100}\b(?:tell|say|claim)\w* (?:\w+ ){0,4}(?:it was|it's|it were) (?:his|her"
    r"|their|the \w+'s|(?:a )?thie(?:f|ves))\b|because (?:i|we) (?:\w+ )?(?:wash\w*|dropp\w*"
    r"|broke|lost|left|forgot|sat on"
    r"|spill\w*|spilt|drown\w*|burn\w*|crack\w*)\b.{0,100}\b(?:tell|say|claim)\w*"
    r"\b.{0,30}\b(?:thie(?:f|ves)|stolen|stole|robbed|nicked|snatched)\b",
)
