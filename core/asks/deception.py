"""Deception, in words: the pretences and lies the check reads as harmful deception.

Saying an honest thing to get something is fine; a made-up story, a false claim or a pretence
to get it is not ("tell the hotel it's our honeymoon to get an upgrade"). It matches the normal
form of `core.asks.text`; claims naming no lie (a concession not due, a role taken on to get
in) are `core.asks.false_claims`, a claim taken back `core.asks.cover_stories`, a made-up
ailment, birthday, status or offer `core.asks.pretexts`, a standing claimed for a price
`core.asks.claims_for_gain`, a tale told to buyers `core.asks.sales_tales`, a figure overstated
`core.asks.inflated_figures`, a relative's misfortune told "so" someone gives
`core.asks.misfortunes`, fake reviews `core.asks.reviews`, a standing in another tongue
`core.asks.pretences_in_other_tongues`, a group's price claimed by one ruled out
`core.asks.concession_claims`, a story its own words undo `core.asks.undone_stories`, a story
in Europe's tongues `core.asks.stories_in_other_tongues`, a ruse `core.asks.ruses`: all joined
to `DECEPTION` here. "I lie on the floor" is no lie (before under, down, a floor, a bed).
"""

from __future__ import annotations

from core.asks import ruses, stories_in_other_tongues
from core.asks import taking_liberties as liberties
from core.asks.borrowed_titles import PATTERNS as BORROWED_TITLES
from core.asks.claims_for_gain import PATTERNS as CLAIMS_FOR_GAIN
from core.asks.concession_claims import PATTERNS as CONCESSION_CLAIMS
from core.asks.cover_stories import PATTERNS as COVER_STORIES
from core.asks.false_claims import PATTERNS as FALSE_CLAIMS
from core.asks.giveaways import PATTERNS as GIVEAWAYS
from core.asks.inflated_figures import PATTERNS as INFLATED_FIGURES
from core.asks.misfortunes import PATTERNS as MISFORTUNES
from core.asks.named_connections import PATTERNS as NAMED_CONNECTIONS
from core.asks.posing import PATTERNS as POSING
from core.asks.pretences_in_other_tongues import PATTERNS as PRETENCES_IN_OTHER_TONGUES
from core.asks.pretexts import PATTERNS as PRETEXTS
from core.asks.reviews import PATTERNS as FAKE_REVIEWS
from core.asks.sales_tales import PATTERNS as SALES_TALES
from core.asks.stretched_claims import PATTERNS as STRETCHED_CLAIMS
from core.asks.text import words
from core.asks.undone_stories import PATTERNS as UNDONE_STORIES

_CONTRADICTED = (
    r"(?:isn't|is not|ain't|hasn't|has not|wasn't|was not|aren't|weren't|didn't|did not|never"
    r"|don't have|do not have|haven't got)"
)
_MISFORTUNE = (
    r"(?:died|is dead|passed away|(?:got|was|has been|were) (?:stolen|nicked|robbed|hit|mugged"
    r"|burgled|skimmed|hacked|cloned)|(?:is|was|'s) (?:in (?:\w+ ){0,2}hospital|sick|ill|dying)"
    r"|broke down|crashed)"
)

_LEISURE = (
    r"(?:so (?:i|we) can|to|and) (?:go (?:to (?:the|a) )?(?:beach|festival|concert|gig|match|game"
    r"|party|park|pub|shopping|surfing|skiing|fishing|sightseeing)|watch the|see (?:the|a) (?:game"
    r"|match|concert|gig|film)|have a lie-in|sleep in|party)"
)
"""A day out: what a sick day "so I can ..." is really for, when the illness is the pretext."""

_PRESS = (
    r"(?:say|saying|said|tell\w*(?: [\w']+){0,5}?|claim\w*) (?:that )?(?:i'm|i am|i|we're|we are)"
    r" (?:from|with|(?:write|writing|work|working|review|reviewing|blog|blogging|report"
    r"|reporting) for) (?:[\w']+ ){1,4}?(?:to get|so (?:they|he|she|i|we|the \w+) (?:\w+ )?"
    r"(?:get|give"
    r"|gives|let|lets|comp)|for (?:a |an |the )?(?:vip|free|complimentary|comp|best|better|press)"
    r"|and ask (?:\w+ ){0,6}(?:free|complimentary|comp|vip|upgrade|tasting))\b"
)
"""Claiming to be from a paper, an outlet or an office to get a perk ("tell security I'm from
Gulf News for the VIP parking", "saying I write for a food column ... a complimentary tasting",
"tell the rice field owner I'm with the tourism office so he lets me use his terraces")."""

APPEALED = words(
    r"(?:appeal|dispute|contest|challenge|fight|correct|complain about)\w* (?:against )?(?:a|an"
    r"|the|that|this|their|his|her) (?:[\w-]+ ){0,2}(?:report|complaint|review|rating|claim"
    r"|accusation|strike|flag|charge|fine|ticket|comment|post)s? (?:that|which) (?:wasn't|was not"
    r"|isn't|is not|weren't|aren't) (?:really )?(?:true|fair|right|accurate|real)"
)
"""A false report about the user, appealed: the untruth is someone else's, and the user asks
for it to be put right ("appeal a report that wasn't true"), so it is no lie of theirs."""
DECEPTION = words(
    *liberties.DECEPTION,
    *POSING,
    r"pretend\w*|(?:lie|lies|lying)(?! (?:under|underneath|beneath|down|flat|still|awake)\b"
    r"| (?:on|in) (?:the |my |a )?(?:floor|bed|sofa|couch|ground|grass|beach|sand|mat|back"
    r"|stomach|side|sun|hammock)\b)|fib(?:s|bed|bing|ber|bers)?|fak(?:e|ed|es|ing)|made-up"
    r"|made up|invent (?:a|an)",
    rf"(?:(?:call|phone|ring)(?:ing)? in sick|(?:say|tell|claim)\w* (?:\w+ ){{0,3}}(?:that )?(?:i'm"
    rf"|i am|i was|i feel) (?:ill|sick|unwell))\b.{{0,80}}\b{_LEISURE}|(?:pull|throw) a sickie",
    r"mak(?:e|es|ing) up (?:that\b|(?:a|an|some|my)(?: \w+)? (?:story|excuse|reason|relative"
    r"|emergency|illness|complaint|problem|fault|injury|issue))",
    r"pos(?:e|ing) as|impersonat\w*|mislead\w*|deceiv\w*|trick (?:them|him|her|someone|people"
    r"|the \w+)|con (?:them|him|her|someone)|scam(?!bi)\w*",
    r"claim(?:ing)? (?:to be|(?:that )?(?:i'm|i am|you're|you are|my|i)|it's|it is)",
    r"(?:even though|when|though|although|but) (?:it|i|she|he|they)(?: (?:isn't|is not|wasn't"
    r"|am not|haven't|have not|didn't|did not|don't|do not|never|really (?:am|was) not)|'m not"
    r"|'s not|'re not|'ve not|'d not)(?! (?:really )?(?:know|feel|think|like|want|understand"
    r"|speak|ask|say|talk|go|do|meet|have|tick|fit|match|check|hit)\b"
    r"| (?:even |actually |ever )?(?:asked|learned|learnt|knew|got) (?:(?:him|her|them) )?(?:for )?"
    r"(?:his|her|their) (?:first )?name\b"
    r"| \w+ (?:since|in (?:years|ages|decades))\b"
    r"| asked (?:(?:him|her|them|anyone|for \w+) )?(?:before|till now|until now|so far|yet"
    r"|in (?:a |\w+ )?(?:while|years?|months?|ages))\b"
    r"| (?:on|in|open|allowed|listed|available|usual|normal|how|what|the way)\b"
    r"| (?:(?:big|keen|huge|great|much) (?:on|for|of)|into|fond of|one for|a fan)\b)",
    r"(?:even though|though|although|when) (?:it's|it is) (?:not(?! (?:on|in|open|allowed|listed"
    r"|available|usual|normal|their|his|her|how|what|the way)\b)|my first)|(?:though"
    r"|although) (?:i|you|we) (?:got|bought|broke|did)",
    r"(?:say|tell \w+(?: \w+)?) (?:that )?(?:i'm|i am|you're|you are) (?:a"
    r"|an) (?:\w+ )?(?:journalist|student"
    r"|doctor|nurse|inspector|reviewer|critic|influencer|police|officer|celebrity|vip|regular"
    r"|blogger|photographer|journalists|pensioner|veteran)\b(?: \w+){0,4} (?:so|to get|and get"
    r"|and ask for|for)",
    r"(?:i'm|i am|you're|you are) (?:a |an )?'[\w ]{2,30}(?=')|(?:,|\.) (?:you're|i'm|you are|i am)"
    r" (?:actually |really )?(?:travelling alone|single|not (?:a|an|on"
    r"|married)(?! (?:\w+ )?(?:hugger|person|fan|natural)\b))",
    r"(?:tell|say) (?:\w+ ){0,6}(?:was|is|got|were) (?:already )?(?:lost|stolen|broken|damaged"
    r"|delayed)(?: when (?:i|we) (?:\w+ ){1,4}?(?:it|them|up|in|out),?)? (?:to get|so (?:they|he"
    r"|she|the \w+|i|we)(?! (?:\w+ )?(?:sends?|fix|fixes|repairs?|comes? (?:round|over|out)"
    r"|can (?:fix|repair|send|sort)|gets? (?:it|them|someone) (?:fixed|repaired|out|round))\b)"
    r"|for (?:a )?(?:refund|compensation))",  # "so he sends someone to fix it": a fault reported
    r"(?:friend|mate|brother|sister|wife|husband|partner|dad|mum) (?:\w+ ){0,2}(?:is|'s)"
    r" (?:already )?inside (?:with|and has)|(?:inside|in there) (?:has|with) my (?:ticket|id"
    r"|pass|wristband|card)",
    r"when (?:i've|i have) (?:actually |really )?been (?:on|there|here|in|at)|when (?:we're|we are"
    r"|i'm|i am|they're|it's) (?:just|only|actually|really)\b",
    r"ate my homework|(?:broke down|flooded|(?:was|got) cancelled|is sick|is ill|died|was stolen)"
    r"\b.{0,40}\bfor (?:a|the) (?:concert|gig|party|festival|match|game|date|holiday|trip)",
    r"(?:say|claim|pretend) (?:that )?(?:i'm|i am) (?:my|his|her|their) (?:[\w']+ )?(?:landlord"
    r"|boss"
    r"|mum|mom|dad|mother|father|husband|wife|brother|sister|partner|manager|lawyer|doctor)",
    r"when (?:it's|it is|they're|they are) (?:actually |really )?(?:for )?(?:me|mine)\b",
    r"(?:it's|it is|its) (?:my|our) (?:\w+ )?(?:birthday|bday|anniversary|honeymoon|first time)\b"
    r".{0,20}\b(?:to get|for (?:a|the) free|so (?:they|he|she|i|we) (?:\w+ )?(?:get|gets|give"
    r"|gives|upgrade|upgrades|comp|comps|let|lets|bring|brings|sing|do|send|throw))",
    r"(?:use|give) a (?:fake|false|different) name",
    r"(?:though|although|but) (?:i'm|i am) (?:single|not|actually|really|fine|healthy)",
    r"us(?:e|ing) (?:my |a |her |his |their |someone else's |someone's )?(?:friend's|sister's"
    r"|brother's|mum's|dad's"
    r"|partner's|flatmate's|\w+'s) (?:old |expired |spare )?(?:(?:student|bus|rail|gym|membership"
    r"|loyalty|id|press|media|staff|vip|crew) )?(?:card|pass|ticket|id|membership|account|coupon)",
    r"say (?:that )?i'm from (?:the )?(?:police|bank|company|government|landlord's|press"
    r"|tv|county|state|ministry|dealership|head office|tax office|customs)\b(?!'s| council)",
    r"(?:died|dying|passed|passed away|is sick|is ill|in hospital|pregnant|disabled|blind"
    r"|deaf) (?:\w+ ){0,2}(?:so (?:i|they|he|she)|to get)",
    r"(?:wore|worn|used|opened|broke) (?:[\w,']+ ){0,6}(?:say|claim|tell)\w* (?:\w+ ){0,3}(?:never"
    r"|wasn't|not|unused|unworn)",
    r"(?:say|claim|tell \w+) (?:\w+ ){0,3}(?:never|wasn't|not) (?:worn|used|opened|arrived"
    r"|delivered)",
    r"(?:say|tell (?:\w+ ){1,3})(?:that )?i'm (?:under|over|only|just) \w+",
    r"act (?:like|as if|injured|sick|ill|hurt|lost|drunk|blind|deaf|disabled|confused)|feign\w*"
    r"|play (?:dumb|sick|injured)",
    r"(?:borrow|use|wear) (?:a|someone's|their|his|her) (?:staff|press|vip|crew"
    r"|security) (?:lanyard|badge|pass|card|uniform)",
    r"say (?:that )?i'm (?:a friend of|related to|with) (?:the )?(?:owner|manager|chef|band"
    r"|bouncer|boss)",
    r"(?:show|use|flash) (?:[\w']+ ){0,2}(?:old|expired|out-of-date|out of date|borrowed) (?:\w+ )?"
    r"(?:card|id|pass|ticket|badge|railcard)|(?:old|expired) (?:student|staff|membership"
    r"|pensioner's|member's) (?:card|id|pass)",
    r"(?:lanyard|badge|uniform|vest|hi-vis|name tag|apron|polo shirt) (?:that )?(?:looks?|looking"
    r"|made to look) like (?:the|a|an|their|theirs|staff|an official)",
    r"dress(?:ed)? up as|disguis\w*|say my (?:dog|cat) is a (?:service|guide|support|therapy)",
    r"(?:when|though|but) i (?:actually |really )?(?:broke|did|caused|damaged|lost|used|wore)"
    r" (?:it|them)\b",
    r"(?:say|claim|tell(?: \w+){1,3}) (?:that )?i'm (?:the )?(?:owner|manager|chef|band|bouncer"
    r"|boss|dj|promoter|singer|artist|headliner|host|bride|groom|director)'s \w+|(?:friend|cousin"
    r"|brother|sister|relative) of the (?:owner|manager|chef)",
    r"(?:convince|persuade|make) (?:\w+ ){1,3}(?:that )?i'm (?:a|an|the) ",
    r"(?:though|although|but|even though) (?:it's|it is|they're|i'm) (?:actually |really )?(?:fine"
    r"|ok|okay|working)",
    r"(?:say|claim|tell \w+(?: \w+){0,4}) (?:that )?i'm (?:a |an )?(?:member|guest|resident|regular"
    r"|local|staff|vip|employee|student|pensioner)(?: \w+){0,4} so (?:they|he|she|i) (?:let|give"
    r"|gives|lets|gets|get|can|'ll)",
    r"when (?:really|actually|in fact|in reality)|but (?:really|actually|in fact) i\b",
    r"(?:something|things?|stuff|items?|it) (?:that )?i (?:didn't|did not|never) (?:buy|bought"
    r"|pay for|paid for|order|ordered)",
    r"(?:say|claim|tell \w+) (?:\w+ ){0,4}(?:never|didn't|did not) (?:came|come|turned up|showed up"
    r"|got here|arrive)",
    r"(?:take|takes|taking) (?:it|them) back (?:\w+ ){0,2}(?:after|though|when|even though)"
    r" (?:i've|i have|i) (?:worn|wore|used|opened|broken|broke|eaten|washed)",
    r"when (?:i|we) (?:was|were) (?:really|actually)\b|on the guest list when",
    r"(?:say|claim|tell \w+) (?:that )?(?:you're|you are|we're|we are) (?:\w+ ){0,5}when"
    r" (?:you're|you are|we're|we are) not",
    r"(?:,|-) ?(?:i|we) (?:don't|didn't|do not|did not|haven't|am not)$",
    r"(?:we're|we are|i'm|i am) on (?:our|my) (?:honeymoon|birthday|anniversary)\b.{0,20}\b(?:to"
    r" get|for (?:a|an) (?:free|upgrade))",
    r"receipt from (?:a|another) (?:different )?(?:shop|store)|someone else's receipt"
    r"|(?:fake|old|wrong) receipt",
    r"(?:say|tell \w+(?: \w+)?|claim) (?:that )?(?:i'm|i am) (?:writing|working|reporting"
    r"|filming) for (?:a|an|the) (?:\w+ ){0,2}(?:magazine|paper|newspaper|blog|channel|website"
    r"|show|station)",
    r"(?:by itself|on its own) (?:after|when) (?:i|we)\b",
    r"(?:say|claim|tell \w+(?: \w+)?) (?:that )?(?:you're|i'm|you are|i am) \d+\b",
    rf"(?<=\()(?:it|they|he|she|there|i|you)(?:'s|'re|'m)? {_CONTRADICTED}\b[^)]{{0,40}}(?=\))"
    r"|(?<=\()i (?:wore|used|broke|ate|drank|had|dropped|damaged|lost|opened) ",
    r"(?:that|which) (?:wasn't|was not|isn't|is not|never was|weren't|aren't) (?:really )?(?:there"
    r"|true|real|broken|faulty)|there(?:'s| is| was) no (?:other|real|actual|such) \w+",
    rf"(?:say|claim) (?:that )?(?:my|your|our) (?:(?!i\b)\w+ ){{0,2}}{_MISFORTUNE}",
    r"after (?:drinking|eating|finishing|using|wearing) (?:all|most|half|the whole|every)\b",
    r"if (?:they|he|she|the \w+) ask\w* (?:me )?(?:for|to see) (?:\w+ )?(?:proof|id|card|pass"
    r"|ticket|receipt|papers|documents?)\b.{0,40}\b(?:say|tell|claim|pretend)",
    _PRESS,
    *FALSE_CLAIMS,
    *COVER_STORIES,
    *PRETEXTS,
    *FAKE_REVIEWS,
    *STRETCHED_CLAIMS,
    *CLAIMS_FOR_GAIN,
    *SALES_TALES,
    *INFLATED_FIGURES,
    *MISFORTUNES,
    *BORROWED_TITLES,
    *NAMED_CONNECTIONS,
    *GIVEAWAYS,
    *PRETENCES_IN_OTHER_TONGUES,
    *CONCESSION_CLAIMS,
    *UNDONE_STORIES,
    *stories_in_other_tongues.PATTERNS,
    *ruses.PATTERNS,
    r"(?<=\()(?:it's|its|it is|we're|we are|i'm|i am|they're|they are|he's|she's|it was|we were)"
    r"(?: really| actually)? not\b[^)]{0,20}(?=\))",
    rf"(?:tell|say|claim)\b.{{0,80}}[.,;-] (?:it|that|we|i|he|she|they)(?:'s|'re|'m)?"
    rf" (?:{_CONTRADICTED}|not)(?: really| actually)?(?= ?[.!)]*$)",
    r"(?:say|saying|said|claim\w*|tell\w*(?: \w+){0,3}?) (?:that )?(?:the )?(?:damage|stain|crack"
    r"|scratch|dent|mark|hole|burn|chip|mould|mold)(?:e?s)? (?:on (?:the|my|our) \w+ )?(?:was"
    r"|were) (?:already )?there"
    r" (?:when|before) (?:i|we) (?:moved in|arrived|got|rented|took)",
    r"(?:because of|for|say|tell|claim|mention)\w*\b.{0,60}\b(?P<claimed>[a-z]{4,})\b.{0,80}"
    r"\bthere(?:'s| is| was|'ll be| will be) no (?:\w+ )?(?P=claimed)\b",
    r"(?<=\()(?:i'm|i am|we're|we are) (?:really |actually )?not(?=[,.!)]| but\b| really\b)"
    r"|(?<=')(?:my |our )?(?:birthday|bday|anniversary|honeymoon|emergency|funeral)(?=')",
    r"(?:like|as if|as though) (?:i|we) (?:work|worked|am on the staff)(?: there| here)?"
    r"|(?:return|take back|send back)\w* (?:[\w,']+ ){0,8}?(?:(?:i|i've) (?:wore|worn|used)"
    r"|after (?:wearing|using))\b.{0,60}\b(?:say|claim|tell)\w*",
    r"(?:say|tell \w+|claim)\w* (?:that )?(?:i'm|i am|we're|we are) from (?:the |a |an )?"
    r"(?:[\w-]+ ){1,3}so (?:i|we) (?:can )?(?:skip|jump|get|go|cut)",
    r"dress(?:ed|ing)? (?:up )?(?:like|as) (?:a|an|the) (?:\w+ )?(?:waiter|waitress|staff|employee"
    r"|nurse|doctor|police\w*|cop|officer|guard|security|cleaner|courier|inspector|official|pilot"
    r"|chef|porter|steward|technician|engineer)\b(?!.{0,40}\b(?:party|halloween|fancy dress"
    r"|costume|carnival|cosplay)\b)",
    r"(?:sound|seem|look) (?:way |much |a lot )?worse than (?:they|it) (?:are|is)|exaggerat\w*",
    r"(?:don't|do not|not|never|without) (?:mention|tell|telling|mentioning|saying)\w* (?:them |him"
    r" |her )?(?:that )?(?:the|my|its|it) (?:\w+ ){0,3}(?:is|was|are|has|had) (?:going|broken"
    r"|faulty|damaged|leaking|dying|cracked|been)",
    r"(?:,|\.|\() ?(?:it|he|she|they|there) (?:was|is|were|are)(?:n't(?! (?:on time|fine"
    r"|working)))? (?:on time|fine|alive|working|in my \w+|still(?! (?:missing|broken|not|leaking"
    r"|unpaid|owed|waiting|late|faulty|outstanding|pending|due|in the box|sealed|unopened)\b) \w+)"
    r"|(?:,|\.|\() ?(?:it's|it is) (?:in my|still(?! (?:missing|broken|not|leaking|unpaid|owed"
    r"|waiting|late|faulty|outstanding|pending|due|in the box|sealed|unopened)\b)|fine|working)",
    r"pass (?:myself|yourself|ourselves|it|them) off as|(?:let|make) (?:\w+ ){1,3}(?:think|believe)"
    r" (?:that )?(?:i'm|i am|we're|we are|it's|it is|i was|i have|i've)",
    r"(?:tell|say|claim|swear|convince|persuade)\b.{0,70}\b(?:(?:to|and|so i can|so we can) get"
    r"|so (?:that )?(?:i|we|they|he|she) (?:get|gets|give|gives|gie|gies|let|lets)) (?:me |us )?"
    r"(?:in |through )?(?:a |an |the |some |my"
    r" |our )?(?:free|freebies?|upgrades?|upgraded|discounts?|cheaper|money off|\w+ off\b|in"
    r" free|for free|comped|(?:trade|pro|wholesale|staff|members?'?|industry|professional"
    r"|bulk|family) (?:price|prices|pricing|rate|rates|discount))",
    r"(?:tell|say|claim|swear|convince|persuade)\b.{0,120}\bso (?:that )?(?:i|we) (?:can )?(?:ride"
    r"|travel|eat|drink|stay|park|fly|board|go in|get in|sit) (?:for )?free\b",
)
"""The last alternatives read the shape of a pretence rather than its words: telling or
claiming something so as to get something free, an upgrade, money off or the price kept for the
trade ("tell the wholesaler I've got a salon so I get trade price"), or so the user rides or
eats free ("tell the keke man the church will pay him later, so I ride free"). An honest ask names
what it wants ("ask whether there's a discount"). It is kept to freebies and money off: told
in general ("tell my partner how I feel so we can talk"), the same shape is an honest ask."""

AS_FOUND = words(
    r"(?:say|saying|said|claim\w*|tell\w*(?: [\w']+){0,5}?|swear\w*) (?:that )?(?:it|they"
    r"|the \w+) (?:all |both )?(?:came|arrived|was|were) (?:already )?(?:broken|damaged|faulty"
    r"|cracked|scratched"
    r"|torn|dented|stained|opened|open|split|ripped|loose|missing|like that|that way)",
    r"(?:was|were) (?:already )?like that when (?:i|we) (?:bought|got|received|opened)",
    r"(?:say|saying|said|claim\w*|tell\w*(?: \w+){0,5}?|swear\w*) (?:that )?(?:it|they|the \w+)"
    r" (?:all |both )?(?:came|arrived|was|were) (?:already )?(?:off|bad|rotten|spoiled|spoilt"
    r"|defective|dead"
    r"|expired|leaking|not working|off already|wilted|wilting|mouldy|moldy|stale|bruised|crushed)",
    r"(?:stopped working|broke|died|failed|cracked|snapped|went|stopped) (?:\w+ )?(?:on (?:its"
    r"|their) own|by (?:itself|themselves))",
)
"""A claim that something was faulty before the user had it."""
OWN_DOING = words(
    r"(?:messed|screwed|mucked|stuffed) up\b.{0,60}\b(?:myself|ourselves)|(?:my|our) (?:own )?fault"
    r"|(?:was|were) (?:fine|perfect|ok|okay|working|fresh) when (?:it|they|i|we) (?:came|arrived"
    r"|got|bought)|(?:i|we) left (?:it|them) (?:out|outside|open|in the sun|in the rain)",
    r"(?:i|we|my \w+|our \w+) (?:\w+ )?(?:stepped on|ran over|drove over|dropped|broke|sat on"
    r"|spilled|spilt|damaged|cracked|scratched|tore|ripped|stained|opened|used|wore|washed|bent"
    r"|snapped|lost)\b",
    r"(?:i've|i have) (?:already )?(?:opened|used|worn|broken|dropped|damaged|washed)"
    r"|(?:i|we) (?:already |have already |'ve already )(?:sold|ate|eaten|used|planted|drank)\b",
    r"(?:^|[.!;] )(?:ran|drove|reversed|backed|knocked|dropped|broke|smashed|crashed|bashed"
    r"|banged|sat on|stepped on|spilled|spilt|tore|ripped|snapped|bent|cracked|scratched|dented"
    r"|burnt|burned|shrank|washed)\b",
    r"(?:ran|drove|reversed|backed|knocked|smashed|crashed|bashed|banged) (?:it|them|the \w+"
    r"|my \w+) (?:\w+ )?into\b",
    r"(?:tore|ripped|broke|cracked|stained|scratched|dented|snapped|bent) (?:\w+ )?(?:myself"
    r"|ourselves)",
    r"(?:^|[.!;,] )(?:ate|eaten|drank|used|wore|finished|planted|sold|cooked) (?:them|it|all"
    r"|most|half|the lot)\b",
    r"even if (?:it|they) (?:was|were|is|are) (?:actually |really )?(?:fine|ok|okay|fresh|good"
    r"|perfect|working)\b",
)
"""The user saying they caused the fault or used the thing ("ran the strimmer into the wall",
"ate them already"), or that it may have been fine ("even if they were fine"): with `AS_FOUND`,
a false claim for a refund or an exchange. A discount on honest damage is not."""
