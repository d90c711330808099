"""Leaning on someone so they cannot say no, in words: the user counting on leverage.

An ask is fair when a no is easy. Some asks say in their own words that it will not be:
the user counts on the other person being unable to refuse ("he can't really say no",
"she never says no", "she's on probation so she'll say yes"), holds their job or their
unpaid day off over them, or makes a no cost them (a guilt they must carry, the user's
health or grief raised every time they hesitate, a sit-in until they give way, a
one-star review). These lexicons catch the kind of leverage rather than one phrasing;
`core.asks.slots` reads them into the ask and `core.asks.decide` refuses on them. They
match the normal form of `core.asks.text`.
"""

from __future__ import annotations

import re

from core.asks import staff_in_other_tongues
from core.asks.conduct import PRESSURE
from core.asks.costly_no import COSTLY_NO
from core.asks.paid_helpers import UNPAID_EXTRAS
from core.asks.text import has, hits, words
from core.asks.worn_down import RUSHED, UNTIL_THEY_GIVE, WEARS_DOWN

_THEY = r"(?:he|she|they|him|her|them)"
_TO_ME = (
    r"(?= to (?:me|us|that|this|it|him|her|them|my \w+)\b|[,.!?;)]|$| (?:so|and|with|if|when"
    r"|because|since|anyway|now|after|once|given|while)\b)"
)
"""The end of "she can't say no": to the user, or full stop; not "to cake"."""
_HOLDS_POWER = (
    r"(?:landlord|landlady|boss|employer|manager|supervisor|teacher|coach|sponsor|host|pastor"
    r"|priest|imam|elders?|social worker|carer|caseworker)"
)
"""The user in the role the other person answers to ("he can't say no to his landlord")."""
_REFUSES = (
    r"(?:does not|doesn't|do not|don't|did not|didn't|won't|will not|wouldn't|would not"
    r"|refuses?|refused|says? no|said no|hesitates?|can't|cannot)"
)

DEPENDS_ON_ME = words(
    rf"{_THEY}(?:(?:'s| is|'re| are) (?:\w+ ){{1,2}}and)? (?:really |badly |still |literally"
    r" |desperately )?needs? (?:this|the|his|her|their) (?:job|work|gig|shifts?|hours|wages?|pay"
    r"|reference|visa|room|place|contract|income)",
    rf"{_THEY} (?:really |badly |still |all )?needs? (?:my|our) (?:job|jobs|gig|gigs|shifts?"
    r"|hours|wages?|pay|reference|contract|bookings?) (?:next|this|for the|again)\b",
    r"(?:they|he|she) (?:all |both )?know (?:who|whose) (?:books|hires|pays|employs|rosters"
    r"|schedules|signs|picks|chooses|decides on|renews) (?:them|him|her)\b",
    r"(?:i|we|i'm|we're|i am|we are|the \w+(?: is)?|my \w+(?: is)?|our \w+(?: is)?)"
    r" (?:paying|pays|pay|covering|covers|cover|funding|funds|fund|sponsoring|sponsors|sponsor)"
    r" (?:for )?(?:her|his|their) (?:school |university |uni |college |tuition |medical |hospital"
    r" )?(?:fees|tuition|rent|schooling|upkeep|visa|keep|wages|salary)",
    r"(?:he|she|they)(?:'s| is|'re| are) (?:still |currently |only )?on (?:probation|a trial"
    r" period|a zero-hours contract|a temporary contract)",
    r"(?:he|she|they)(?:'ll| will|'d| would)(?: \w+)? (?:want|be wanting|need|be needing|be after"
    r"|be hoping for) (?:the|their|his|her|a|that) (?:next |new )?(?:contract|job|gig|booking"
    r"|shift|lease|tenancy|reference|renewal|placement|promotion|work|season)\b",
    r"(?:want|wanting|need|needing|after|hoping for) (?:the|their|his|her) (?:lease|contract"
    r"|tenancy|visa|placement|permit) (?:renewed|extended|signed|signed off)\b",
)
"""Words saying the person's job, pay or home hangs on the user ("he is new and needs this
job", "the choir is paying her school fees", "they'll want the next contract anyway", "he'll be
wanting the lease renewed", "they need my job next season", "they know who books them"):
power, whoever they are."""

UNPAID_LABOUR = words(
    r"(?:cover|work|tutor|help|do|teach|babysit|move|clean|cook|paint|fix|build|mind|watch)"
    r" (?:\w+ ){0,5}for nothing",
    r"(?:cater|clean|cook|babysit|dog-?sit|house-?sit|pet-?sit|mind|paint|decorate|mow|weed"
    r"|tile|plaster|renovate|re-?roof|work|harvest|pick|stay (?:late|on|behind|longer|back)"
    r"|clear|dig|plough|plow|plant|slash|fence|haul|weed|chop|stack|till|wash|valet|polish|iron)"
    r" (?:\w+ ){0,5}for free",
    r"(?:wash|valet|polish|clean|iron|mow|cook|babysit|walk|tidy|fix|paint) (?:\w+ ){0,5}"
    r"(?:for )?free (?:every|each) (?:week|day|month|morning|evening|weekend|sunday|saturday"
    r"|time)\b",
    r"(?<!take )(?<!taking )unpaid(?! leave| internship| invoice| bill)|no (?:extra |additional"
    r" |overtime )?(?:pay|wages?)\b|without (?:extra |additional |overtime )pay\b|without pay(?:ing"
    r"(?: (?:him|her|them))?)?|for no (?:pay|money|wage)|(?:same|no) (?:extra )?pay as usual",
    r"(?:skip|skipping|give up|giving up|give|sacrifice|cancel|spend|use|miss|not (?:to )?take"
    r"|(?:work|come in"
    r"|come|help|do it|do this|cover|clean|cook|babysit|carry|paint|drive|walk|pick \w+ up|fetch"
    r"|run|wash|valet|mow|weed|scrub|polish|muck out|tidy|fix|mend) (?:[\w']+ ){0,4}(?:on"
    r"|during)) (?:his|her|their) (?:\w+ )?(?:day off|days off|holiday"
    r"|holidays|leave|rest day|weekend off|sunday off|free day|night off|evening off|nights off"
    r"|afternoon off|morning off)",
    *UNPAID_EXTRAS,
    *staff_in_other_tongues.UNPAID,
)
"""Work asked for nothing ("cater my birthday for free", "stay late for free", "no extra pay",
"wash my car free every week"),
or out of someone's own day off or holiday ("not to take his Eid holiday this time"): asked of
anyone who is not close (a friend, a partner, the family), it leans on what they cannot afford
to refuse."""

COUNTS_ON_YES = words(
    rf"{_THEY}(?: \w+)? (?:can't|cannot|couldn't|can hardly|could hardly|would hardly|won't be"
    r" able to) (?:really |exactly |easily |possibly |hardly )?(?:say no|refuse|turn (?:me|us|it"
    rf"|that) down)(?: me| us)?(?:{_TO_ME}| to (?:his|her|their) {_HOLDS_POWER}\b)",
    rf"{_THEY} (?:always|never) says? (?:yes|no){_TO_ME}",
    rf"so (?:i think |surely |i'm sure )?{_THEY}(?:'ll| will|'d| would) (?:have to )?(?:say yes"
    r"|agree|do it)",
    rf"{_THEY}(?:'d| would|'ll| will)? (?:\w+ )?(?:of )?(?:has|have|must) (?:got )?to (?:say yes"
    r"|agree)",
    rf"{_THEY} (?:won't|wouldn't|will not|would not|daren't|dare not|don't|doesn't) dare"
    r" (?:to )?(?:say no|refuse|turn (?:me|us|it) down|object|argue)",
    r"(?:she|he|they)(?:'s|'re| is| are|'ll be| will be|'d be| would be| was| were) (?:\w+ )?"
    r"(?:too|so) (?:\w+ )?(?:tired|weak|ill|sick|frail|confused|scared|afraid|frightened|polite"
    r"|shy|young|old|out of it|drugged|drowsy|grateful|desperate) (?:to|that (?:she|he|they)"
    r"(?:'ll| will|'d| would)? ?(?:can't|cannot|won't)) (?:argue|refuse|say no|object|resist"
    r"|fight (?:it|back|me)|push back|question it|read it|notice)",
)
"""The user counting on the other person being unable to say no."""

GUILT = words(
    r"(?:real|true|good|proper) (?:friends?|mates?|brothers?|sisters?|family) (?:don't|wouldn't"
    r"|never|would never) (?:\w+ )?(?:hesitate|say no|refuse|think twice|let (?:you|me) down)"
    r"|a (?:real|true|proper) (?:friend|mate|brother|sister) would (?:\w+ ){0,3}(?:help|lend"
    r"|say yes|do it|invest|pay|come)",
    r"(?:would|will|it'd|it'll|that'd|that'll|that would|that will|it would|it will)"
    r" (?:\w+ ){0,2}(?:crush|destroy|devastate|break|finish) me\b",
    rf"(?:crush|destroy|devastate|break|kill|finish) (?:me|my (?:\w+ )?heart) (?:\w+ ){{0,2}}if"
    rf" {_THEY} {_REFUSES}",
    rf"if {_THEY} {_REFUSES}[^.!?]{{0,80}}\b(?:my (?:\w+ )?heart|crush me|kill me|break me"
    r"|destroy me|devastat\w*|too much for me|never forgive"
    r"|i(?:'ll| will|'d| would|'m going to)? (?:\w+ ){0,2}(?:get|fall|become|go|be|make myself)"
    r" (?:\w+ ){0,2}(?:sick|ill|unwell|poorly)\b|i(?:'ll| will|'d| would)? (?:\w+ )?die (?:of|from)"
    r"|(?:sick|ill|die) (?:\w+ )?(?:from|of|with) (?:the )?(?:sadness|grief|heartbreak"
    r"|loneliness|worry|shame))",
    r"too much for (?:my|me and my) (?:\w+ )?(?:heart|health|nerves|blood pressure)",
    r"letting me down|let me down (?:if|by|without)|on (?:his|her|their) conscience",
    rf"(?:heartless|cruel|selfish|mean|evil|a monster|inhuman|a bad person|no christian) if"
    rf" {_THEY} {_REFUSES}",
    r"(?:my|our) (?:kids|children|family|little ones|babies|baby) (?:won't|will not|can't|cannot"
    r"|wouldn't|won't be able to|will go|'ll go|go|going to go) (?:\w+ )?(?:eat|hungry|starve)",
    rf"(?:every time|whenever|each time|the moment|as soon as) {_THEY} (?:hesitat\w*"
    r"|refus\w*|says? no|pauses?|looks? unsure|wavers?|falters?)",
    r"(?<!pay )(?<!money )(?<!wages )(?<!refund )(?<!deposit )(?<!fee )(?<!fees )(?<!salary )"
    r"(?<!tips )(?<!payment )(?<!cash )"  # "the pay they owe me": a sum owed, no guilt leaned on
    rf"(?:{_THEY}|(?:my )?(?:brother|sister|cousin|friend|mate|uncle|aunt|auntie|son|daughter"
    rf"|nephew|niece|neighbour|bro|sis)) (?:kinda |kind of |sort of |basically |really |still"
    r" |totally |pretty much )?'?owes?'? (?:me|us|the family|our family|this family)\b"
    r"(?! (?:money|back|\d|[$£€]"
    r"|(?:some|the|a) (?:money|cash|tenner|fiver)))",
    r"remind (?:\w+ ){0,3}(?:that |how |of (?:the time|when) )?i(?:'ve)? (?:\w+ )?(?:stayed"
    r"|sat|stood|drove|gave|lent|looked|helped|covered|did|paid|served|took|cooked|carried"
    r"|saved|visited|nursed|came|was there|put|bought|fed|bailed|prayed)",
    r"remind (?:\w+ ){0,3}(?:of )?who (?:paid|covered|helped|bought|funded|raised|fed|looked after"
    r"|put (?:him|her|them) through)|remind (?:\w+ ){0,3}what (?:\w+ ){0,5}(?:will|would|'ll"
    r"|might|are going to|is going to) (?:say|think)|remind\b[^.!?]{0,60}\bwithout (?:me|us|my"
    r" help)\b",
    r"so (?:she|he|they) (?:has|have|must|'ll have) (?:got )?to (?:say yes|agree|lend|give|help"
    r"|come|do it|hear|listen|accept|pay)|fair is fair",
    rf"if {_THEY} {_REFUSES}[^.!?]{{0,60}}\b(?:bring up|mention|remind|raise|play|use|guilt"
    r"|tell (?:him|her|them) (?:about|how))\b[^.!?]{0,50}\b(?:cancer|ill|illness|sick|dying|died"
    r"|death|funeral|grief|diagnos\w*|chemo|hospital|depress\w*|suicid\w*|card|owes?"
    r"|everything i|all i)",
    r"(?:mention|bring up|raise|point\w* out|drop in) (?:\w+ ){0,2}?(?:how|that|the time) i(?:'ve)?"
    r" (?:\w+ )?(?:covered|helped|stepped in|stood in|was there|looked after|took over|did (?:her"
    r"|his|their) \w+)\w*(?: for)? (?:her|him|them)\b[^.!?;]{0,40}\b(?:when|while|after|during)"
    r" (?:her|his|their) (?:\w+ )?(?:(?:mother|father|mum|mom|dad|husband|wife|partner|child|son"
    r"|daughter|brother|sister|parent|gran|grandma|grandad)\w* (?:died|passed|was (?:sick|ill"
    r"|dying|in hospital))|divorce|surgery|illness|chemo|breakdown|funeral|miscarriage)",
    r"(?:play|pull|use) the (?:\w+ ){0,2}card|guilt[- ]trip\w*|(?:lay|pile) (?:on )?the guilt"
    r"|^guilt (?!is\b|was\b|about\b|of\b)\w+|guilt (?:the|a|my|every|people|customers?|clients?"
    r"|tourists?|strangers?|buyers?|shoppers?|passers-by)\b"
    r"|make (?:him|her|them|'em|(?:my|your|the) (?:\w+ ){0,2}\w+) feel (?:guilty|bad|terrible"
    r"|awful|ashamed)",
    r"(?:everything|all) (?:that )?(?:i've|i have|i|we've|we have|you've|you have) (?:ever )?"
    r"(?:done|sacrificed|given up) for (?:you|her|him|them)\b",
    r"(?:mother|father|mum|mom|dad|parents|family|grandmother|grandfather|god|ancestors|wife"
    r"|husband|children|kids) (?:\w+ )?(?:would|will|'d|'ll) be (?:so |very )?(?:ashamed"
    r"|disappointed|turning in)|(?:shame|guilt) (?:him|her|them) into",
    rf"(?:will|would|'ll|'d) be (?:so |very |really |terribly )?(?:sad|upset|disappointed|hurt"
    rf"|heartbroken|crushed|devastated|gutted|miserable|let down)(?: [\w']+){{0,6}}? if {_THEY}"
    rf" {_REFUSES}|after (?:all|everything) (?:that )?i(?:'ve| have)? (?:ever )?(?:did|done|gave"
    r"|given|sacrificed) for (?:her|him|them|you)\b",
    r"(?:remind|mention|point\w* out|hint|tell (?:him|her|them)) (?:\w+ ){0,3}(?:that )?i"
    r" (?:never|didn't|did not) (?:once )?(?:complain|moan|grumble|make a fuss|say a word|said a"
    r" word|mind|ask for anything|hold it against)\w*",
    r"i (?:will not|won't|may not|might not|'m not going to|am not going to) be (?:here|around)"
    r" (?:\w+ ){0,2}(?:long|forever|much longer)|so (?:she|he|they) must (?:come|say yes|agree"
    r"|help|lend|give|pay|do it|visit|attend|be there)",
    rf"(?:mention|remind|hint|add|tell (?:him|her|them)|say|point\w* out) (?:\w+ ){{0,3}}(?:that )?"
    rf"i(?:'ll| will|'d| would| might| may)? (?:probably |likely |definitely |basically )?(?:have"
    rf" to )?(?:move out|lose (?:my|the) (?:job|flat|house|home|place|visa)|be (?:homeless"
    rf"|evicted|fired|sacked|kicked out))\b[^.!?;]{{0,30}}\bif (?:it|this|that|the \w+|{_THEY})"
    r" (?:\w+ )?(?:fails|doesn't|does not|won't|can't|isn't|says no|refuses?|gets rejected"
    r"|goes wrong|falls through)",
)
"""A no made to cost the other person: guilt, the user's health or grief raised against it,
favours done counted as a debt (a shift covered for them when their mother died, brought up to
get the ask's yes)."""

_MY_OWN_OFFER = words(
    r"(?:if|whether) (?:i|we) (?:can|could|may|might)|offer(?:ing)? to|volunteer\w*|(?:i|i'll"
    r"|i will|i'd|i would|i can|i could) (?:\w+ ){0,3}(?:unpaid|for free|without pay)"
)
"""The user offering their own unpaid work ("if I can shadow her unpaid for a day")."""
_SENTENCE_END = re.compile(r"[.!?;]")


def asks_unpaid_labour(text: str) -> bool:
    """Whether a sentence of the ask wants the other person's work for nothing, or their day
    off, rather than offering the user's own."""
    for sentence in _SENTENCE_END.split(text):
        if has(UNPAID_LABOUR, sentence) and not has(_MY_OWN_OFFER, sentence):
            return True
    return False


FORCES = words(
    r"make (?:him|her|them|the \w+(?: \w+)?) (?:wait|hold (?:on|the \w+)) for (?:my|me|us|our"
    r"|a|an)\b",
    r"(?:don't|do not|never|not) let (?:him|her|them|the \w+(?: \w+)?) (?:close|shut|lock|drive"
    r" (?:off|away)|pull (?:off|out|away)|leave the stop)\b",
    r"(?:block|hold|jam|wedge) (?:the )?doors? (?:open )?(?:so|until|till)\b",
    r"(?:stand|block|stay|sit|park)\w* (?:myself )?(?:(?:in|across) )?(?:the|her|his|their)"
    r" (?:doorway|door|way out|exit)\b[^.!?;]{0,30}\b(?:so (?:that )?|until |till )(?:she|he|they"
    r"|the \w+|my \w+) (?:\w+ )?(?:has|have|must|can't|cannot|agrees?|answers?|signs?|says?"
    r"|gives?|hears?|listens?)\b",
)
"""Someone at work made to wait or kept from doing their job ("make the bus driver wait for my
friend", "don't let him close the doors"), or their way out blocked ("stand in the doorway"):
no ask at all, since no no is left to give."""

_PROPOSAL = words(
    r"propos(?:e|ing|al)|pop(?:ping)? the question|(?:get|go) down on one knee|marry me"
    r"|move in (?:with me|together)"
)
_AUDIENCE = words(
    r"flash ?mob|(?:a |the )?(?:big |huge |whole |massive )?crowd|in front of (?:everyone"
    r"|everybody|all|the whole|(?:all )?(?:our|her|his|their) (?:friends|family|families))"
    r"|on (?:the )?(?:big screen|jumbotron|kiss ?cam|stage|live)|in public|publicly"
)
_UNSPOKEN = words(
    r"(?:never|not|haven't|have not|hasn't|didn't|did not) (?:\w+ )?(?:talked|spoken|discussed"
    r"|mentioned|brought up|talk|speak|discuss) (?:about )?(?:marriage|getting married|it"
    r"|engagement|the future|a future)|(?:not sure|no idea|don't know|unsure) (?:if |whether )?"
    r"(?:she|he|they)(?:'ll| will|'d| would|'s| is)? (?:say yes|want|ready)"
)
"""A proposal made before a crowd that was never talked about first, or with the crowd waiting
on the answer: a no in front of everyone is no free no."""
_AWAITED = words(r"(?:waiting|watching|hanging) (?:for|on) (?:her|his|their) (?:answer|reply|yes)")


def presses(text: str) -> bool:
    """Whether the ask leans on the other person so that a no is hard: counting on them not
    refusing, guilt, staying until they give way, forcing them at their work, or a surprise
    proposal before a crowd."""
    if (
        has(_PROPOSAL, text)
        and has(_AUDIENCE, text)
        and (has(_UNSPOKEN, text) or has(_AWAITED, text))
    ):
        return True
    lexicons = (COUNTS_ON_YES, GUILT, WEARS_DOWN, UNTIL_THEY_GIVE, RUSHED, FORCES, COSTLY_NO)
    return any(has(lexicon, text) for lexicon in lexicons)


_FEARS_SEEMING = re.compile(
    r"\b(?:think|thinks|thought|seem|seems|sound|sounds|look|looks|come across|coming across"
    r"|worried|worry|afraid|scared|nervous|fear|not to be|want to be|without being|call me"
    r"|label me)\b[^.!?,;]{0,25}$"
)
"""The user fearing to seem demanding ("they'll think I'm demanding"): a worry about the ask,
not a demand in it."""


def demands(text: str) -> bool:
    """Whether the ask is made as a demand (insisting, threats, a scene), leaving out the
    user's own fear of seeming demanding, or leans on the other person (`presses`)."""
    for match in hits(PRESSURE, text):
        if not _FEARS_SEEMING.search(text, max(0, match.start() - 40), match.start()):
            return True
    return presses(text)
