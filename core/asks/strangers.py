"""What a stranger may be asked: a moment of their time, and nothing that costs them more.

The practice's guidance is that an ask of someone you don't know stays small, brief
and easy to decline: a question about the world around you, a tiny favour (a photo of
you, a pen for a minute, a seat swap), a greeting or a compliment on a choice. Rather
than list every way an ask of a stranger can go too far, this module lists what fits
in that moment; an ask of a stranger that is neither a question nor one of these small
favours puts them on the spot. The lexicons match the normal form of `core.asks.text`.
"""

from __future__ import annotations

import re

from core.asks import (
    barely_met,
    given_freely,
    hugs_on_offer,
    own_footage,
    quick_hands,
    shared_tables,
)
from core.asks.language_practice import BRIEF_PRACTICE
from core.asks.prices_asked import PRICE_ASKED
from core.asks.small_permissions import READ_AFTER, SMALL_PERMISSION
from core.asks.text import has, words

PERMISSION = words(
    r"(?<!even )(?<!as )(?:if|whether) (?:i|we|you) (?:can|could|may|might|'d be able to)"
)
"""Permission asked ("if I can ..."); "even if I could check the app" concedes, asks nothing."""
ASKED_FIRST = words(
    r"(?:get|ask for|ask|grab|check) (?:the time|directions|the way (?:to|back|home|there)\b"
    r"(?: [\w'-]+){0,4}?) (?:off|from|of) (?:a |an |the )?(?:somebody|someone|anybody|anyone"
    r"|passer-?by|stranger|local|person|guy|girl|man|woman|lady)\b"
)
"""The time or the way named before the stranger it is got from ("get the time from somebody
without pretending to check my phone"): the moment asked is settled before the person is
named, so what follows them ("without pretending to ...") asks them nothing more, unless
another ask follows ("... and then ask them to walk me home")."""
_ASKED_MORE = words(r"ask\w*|then|and (?:get|see if|invite|have|tell)|if (?:i|we) (?:can|could)")


def asked_first(text: str) -> bool:
    """Whether the small moment asked is named before the stranger and nothing more is asked
    after them. `text` is in normal form."""
    match = ASKED_FIRST.search(text)
    return match is not None and not has(_ASKED_MORE, text[match.end() :])


QUESTION = words(r"what|which|where|when|how|who|whether|if|why|do you know|any idea")
SMALL_FAVOUR = words(
    r"to (?:recommend|suggest|name|point|show me (?:the way|where|how)|tell (?:me|you"
    r"|us) (?:the time|the way|where|which|how|what|when|whether|if|a joke|about (?:the|this|that"
    r"|their (?:dog|book|shirt|choice|band|team))|their favourite)|(?:take|snap) (?:a|our|my"
    r"|your|us a|1|one) (?:quick |nice )?(?:photo|picture|group photo|pic)|(?:photograph"
    r"|snap) (?:me"
    r"|us)\b|(?:film|video) (?:me|us)"
    r"(?: \w+){0,6} on (?:my|our|your) phone|(?:film|video|record) (?:our|my) (?:[\w-]+ ){1,4}?on"
    r" (?:my|our) (?:phone|mobile|camera)|help (?:me|you|us) (?:find"
    r"|with directions|read|work out|choose)"
    r"|(?:fill (?:in|out)|do|take|answer|complete) (?:my|our|a) (?:quick |short |(?:\d+|one|two"
    r"|three|five)[- ]min(?:ute)? )(?:\w+ )?(?:survey|questionnaire|poll)|price[- ]?match"
    r"|borrow (?:a|an|their|his|her|your) (?:spare )?(?:pen|pencil|lighter|charger|lead|cable"
    r"|umbrella|map|tissue|napkin)|(?:reach|get|grab|pass|hand) (?:me |us )?(?:the|a|an|that|this"
    r"|my|one|some) (?:[\w-]+ ){0,3}?(?:off|down from|from|down off|on|up on) (?:the )?(?:top|high"
    r"|higher|highest|upper|top-?most) shel(?:f|ves)|reach (?:up to )?(?:the|that) (?:top|high"
    r"|higher|highest|upper|top-?most) shel(?:f|ves)(?! (?:of|in) (?:his|her|their)\b)|help"
    r" (?:me|us) (?:lift|load|heave|reach|get down|carry) (?:the|my|our|this|these|a|some)"
    r" (?:\w+ ){0,3}?(?:into|onto|in|on|off|from|down|up)\b"
    r"|swap seats|keep an eye on (?:my|your) (?:seat|spot|place)|pass|hold the door|share (?:a|one"
    r"|their) (?:tip|recommendation|favourite)|(?:watch|mind|keep an eye on) my (?:\w+ )?(?:seat"
    r"|spot|place|bike|bag|suitcase|luggage|things|stuff)|explain (?:how|which|what|where) (?:the"
    r"|this|to)|settle (?:a|an) (?:question|argument|debate)"
    rf"|(?:film|video|record) my (?:first |next |last |best )?{own_footage.RUN})",
    *quick_hands.PATTERNS,
    r"(?:teach|show) me (?:her|his|their) (?:\w+ ){0,2}(?:way|trick|knack|method|technique)",
    r"(?:check|watch|look at|have a look at|critique) (?:my|me) (?:[\w-]+ ){0,2}?(?:form|technique"
    r"|posture|grip|stance)\b(?![^.!?;]{0,60}\b(?:for (?:an|one|two|three|\d+|a few|several"
    r"|the whole|a whole|the full) (?:hours?|sessions?|days?|weeks?|workouts?)|for hours|every"
    r"|each|all (?:day|session|week|month)|weekly|daily)\b)",
    r"to (?:play|show|let me (?:hear|try|listen to|see)) (?:me )?(?:[\w-]+ ){0,3}?before (?:i|we)"
    r" (?:pick|buy|choose|decide|commit)\b",
    r"(?:teach|show) me (?:how to do )?(?:a|one|that|the) (?:quick |simple |basic |little )?(?:spin"
    r"|trick|move|step|turn|jump|knot|chord|stroke|stretch|shot|kickflip|ollie|heelflip|shove-?it"
    r"|manual|wheelie|kick-?turn|drop-?in|keepy-?uppy|cartwheel|card trick)\b(?! (?:\w+ )?(?:every"
    r"|each"
    r"|weekly|for hours|all (?:day|week|season)|at (?:his|her|their|my) (?:place|home|flat)))",
)
"""Small favours, including a shop's try-before-you-buy ("ask the guy at Hard Wax to play me
three records before I pick one"): whoever plays them is serving at a counter; and a look at
the user's own lifting form ("ask the lad at the gym to check me deadlift form"), a minute
between sets."""
SMALL_THING = words(
    r"for (?:(?:the )?directions?|the time|a recommendation|recommendations|advice|a tip|tips|help"
    r"|(?:a|some|any) (?:\w+ ){0,2}(?:restaurants?|cafés?|cafes?|places? to (?:eat|stay|go)|bars?"
    r"|pubs?|shops?|route|shortcut)\b|(?:a|some|any|the) (?:good|nice|decent|cheap|local|best"
    r"|great|tasty|authentic|proper) (?:[\w-]+ ){0,2}(?:place|spot|joint)s?\b(?! to (?:sleep"
    r"|crash|stay))"
    r"|a suggestion|the name of (?:the|a|this|that) \w+|the (?:name|number) of the (?:\w+ )?"
    r"(?:trainer|groomer|dog walker|mechanic|plumber|electrician|vet|tutor|builder|garage"
    r"|taxi firm) (?:he|she|they) (?:uses?|used|recommends?|mentioned|goes to)"
    r"|(?:their|his|her) (?:opinion|recommendation|advice|tip|take|favourite|pick|view|thoughts)"
    r"|a (?:pen|pencil|light|tissue|hand with (?:the|a) (?:door|map|pram|buggy|bag))|the way"
    r"|way (?:to|back|out|home)\b|a (?:band|group|team|family|quick) (?:pic|photo|picture|snap)"
    r"|the wifi|change for (?:a|the)|the prices? of"
    r"|(?:the )?best (?!(?:seat|seats|spot|place to sit|price|deal)\b)\w+)"
    r"|(?:lend|pass|hand) (?:me|us) (?:a|an|their|his|her|your) (?:spare )?(?:pen|pencil|biro"
    r"|lighter|rubber|eraser|ruler|tissue|napkin|charger|cable|lead|map|hand)\b",
    r"(?:stranger|passer-?by|passers-by|someone)(?: \w+)? (?:what time it is|the time(?="
    r" ?(?:[.,;!?]|$)))",
)
_WHERE = r"(?: (?:in|on|at|outside|near|by|along) (?:[\w'-]+ ){0,3}?[\w'-]+)?"
ASKED_STRAIGHT = re.compile(
    rf"^{_WHERE},? (?:the time|the way (?:to|back|out|there|home|in)\b|directions\b"
    r"|the nearest \w+|the best (?:\w+ ){0,2}?(?:nearby|around here|round here|near here|in town))"
)
"""A stranger asked the time or the way with no "for" ("ask a passer-by in Shinsaibashi the
way to Junkudo"): read right after the person and where they are, so "the time" further on
("... to give up the time") is not taken for it."""
AFTER_THEIR_TURN = words(
    r"(?:read|borrow|use|have|take|look at) (?:their|his|her|the) (?:\w+ )?(?:paper|newspaper"
    r"|magazine|book|menu|seat|chair|table|machine|bench|rack|pen|charger|ball|court|board|lane)"
    r" (?:when|once|after) (?:he|she|they)(?:'s|'re| is| are)? (?:finish\w*|done)",
    READ_AFTER,
)
"""A thing of theirs asked for once they have done with it ("read his newspaper when he
finishes"): when they finish with it, not when their shift ends."""

OPEN_INVITATION = words(
    r"(?:if|whether) (?:anyone|anybody|any of (?:them|you)|people) (?:\w+ )?(?:wants?|would like"
    r"|'d like|fancies|fancy|is up for|are up for|is interested|are interested|feels like)",
    *given_freely.FREE_SAMPLES,
    *shared_tables.PATTERNS,
)
"""An invitation left open to whoever wants it ("a note asking if anyone wants to help clean
the courtyard"), or samples set out for whoever passes: nobody in particular is put on the
spot."""

_A_REQUEST = words(r"(?<!next )to \w+|for (?:a|an|some|their|his|her|the) \w+")
"""Anything asked of the stranger at all: a favour ("to ...") or a thing ("for a ...")."""


_ITEMS = (
    r"(?:jordans|sneakers|trainers|shoes|kicks|boots|jacket|coat|hat|cap|bag|shirt|t-shirt|top"
    r"|dress|glasses|sunglasses|watch|bike|scarf|umbrella|backpack|jeans|hoodie|earrings"
    r"|necklace|phone case|pram|buggy|stroller|tent|board|racket|book|plant|puppy|dog)"
)
THEIR_CHOICE = words(
    rf"where (?:he|she|they|you) (?:got|bought|found|gets?|buys?) (?:his|her|their|your|that"
    rf"|those|these|this|the) (?:\w+ )?{_ITEMS}",
)
"""Where someone got their trainers or their pram: a question about a choice, a compliment
in all but name, as small as asking the way."""
THEIR_PICK = words(
    r"(?:which|what) (?:\w+ ){0,2}(?:she|he|they|you)(?:'d| would| will|'ll) (?:pick|choose|get"
    r"|go for|order|have|recommend|take)"
)
"""Which doughnut or dish someone would pick: their taste asked, as small as the way."""
STAFF_SERVICE = words(
    r"to (?:heat|warm|reheat) (?:up )?(?:the|my|our|a|some|this) (?:\w+'s )?(?:\w+ )?(?:bottle"
    r"|milk|food|soup|meal|water|plate)",
    r"(?:an|a short|a few days'?|a week'?s?|more time or an) extension (?:on|for|to) (?:the|my|our)"
    r" (?:\w+ )?(?:homework|essay|assignment|coursework|deadline|paper|project|thesis|report)",
)
"""Warming a baby's bottle or a plate: part of a café's service, a moment of staff's time; an
extension on the homework, part of a teacher's."""
FIRST_NAMES = words(r"what (?:their|his|her) first name is|(?:their|his|her) first name,? and tell")
"""Trading first names with someone who serves you often: a greeting, not contact details
(a number, a handle or where they live stay contact details, read by the rules)."""


DANCE_CLASS = words(
    r"(?:dance|dancing|salsa|bachata|kizomba|tango|swing|ballroom|ceilidh|zouk|lindy ?hop"
    r"|folk dance|line dancing|contra) (?:class|classes|lessons?|socials?|course|practica)"
    r"|social dance|milonga|(?:everyone|everybody|partners) (?:rotates?|switch(?:es)? partners)"
    r"|rotate partners"
)
"""A dance class or a social, where dancing with whoever is there is the point of coming."""
ASKED_TO_DANCE = words(r"(?<!slow )dance (?:\w+ ){0,2}with me")
"""A dance asked of someone: in a dance class one partner among many, not a performance."""


COUNTER_ONLY = words(
    r"(?:if|whether) (?:i|we) (?:can |could )?(?:still )?(?:get|earn|collect|keep|claim|add)"
    r" (?:the |my |our )?(?:rewards?|loyalty|member|membership) (?:points|stamps?|card)\b",
    r"for (?:a|an|the|any|some) (?:small |little |bulk |loyalty |regular's |regulars )?"
    r"(?:discount|deal|better price)\b(?! (?:card|code) (?:of|from) (?:his|her|their)\b)",
)
"""What only whoever serves at a counter can give: a discount, or the rewards points asked
for without the app ("the guy at Dunks", "the spare parts guy"). Whoever the words name for
it is serving the user, and a discount or the points asked of them is the counter's ordinary
business, no more than a moment of a stranger's day."""


_FILLINGS = (
    r"(?:onions?|cheese|sauce|dressing|mayo|ice|sugar|croutons|tomato(?:es)?|pickles?|cream|nuts"
    r"|olives|chilli|chili|jalapeños?|jalapenos?|coriander|cilantro|garlic|salt|butter|foam)"
)
CUSTOM_ORDER = words(
    r"to (?:do|make|give me|put) (?:it |mine |my \w+ |the \w+ )?half (?:[\w-]+ ){1,2}(?:and )?"
    r"half\b",
    r"to (?:swap|sub|substitute|switch) (?:the |my )(?:[\w-]+ )?(?:rice|beans|fries|chips|salad"
    r"|bread|bun|wrap|milk|meat|chicken|beef|pork|tofu|side|toast|potatoes|mash|noodles|pasta"
    r"|base|kale|lettuce|eggs?|bacon|filling|dressing|sauce|cheese)s? (?:for|with)\b",
    rf"to (?:hold|leave out|skip|go easy on|leave off) (?:the )?{_FILLINGS}",
    rf"to (?:make|do) (?:it|mine|my \w+) (?:with (?:no|extra|less) |without (?:the )?|extra |no"
    rf" |light on (?:the )?|heavy on (?:the )?){_FILLINGS}",
)
"""An order made the user's way at a counter ("ask the Sweetgreen guy to do half kale half
arugula", "to hold the onions"): whoever the words name makes it for a living, and asking is
the counter's ordinary business."""


def asks_more_than_a_moment(request: str) -> bool:
    """Whether what follows the stranger in an ask costs them more than a small moment.

    `request` is the normal-form text after the words that name the stranger. A small
    permission asked straight ("can I borrow his pen") is as small as one asked with "if". A
    hug the stranger's own sign offers is theirs to give (`core.asks.hugs_on_offer`)."""
    request = hugs_on_offer.without_offered_hugs(request)
    if has(quick_hands.GOES_ALONG, request):
        return True  # "... and then walk me home", whatever small favour comes first
    if has(COUNTER_ONLY, request) or has(CUSTOM_ORDER, request):
        return False
    if has(BRIEF_PRACTICE, request):
        return False  # "if I can practise Japanese with him 5 minute"
    if has(SMALL_PERMISSION, request):
        return False
    if has(PERMISSION, request):
        return not has(SMALL_PERMISSION, request)
    if ASKED_STRAIGHT.match(request):
        return False
    if has(SMALL_FAVOUR, request) or has(SMALL_THING, request):
        return False
    if has(QUESTION, request):
        return False
    return has(_A_REQUEST, request)


BARELY_KNOWN = words(
    r"(?:barely|hardly|scarcely|don't really|do not really|didn't really) (?:even )?know"
    r" (?:each other|them|him|her|one another)\b|(?:i|we) (?:barely|hardly|scarcely) know\b",
    r"(?:we've|we have|i've|i have) only (?:just )?met (?:once|them|him|her)\b",
    r"(?:i|we)(?:'ve| have)? only (?:ever )?met (?:her|him|them|each other) (?:once|twice|a couple"
    r" of times)\b|(?:practically|almost|basically|kind of|sort of) know each other\b",
    r"(?:^|[,;.(] |\b(?:but|and|though) )only (?:ever )?met (?:her|him|them) (?:once|twice|a couple"
    r" of times)\b|(?:i|we) (?:only )?know (?:him|her|them )?(?:by|from) (?:face|sight)\b",
    r"(?:we've|we have|i've|i have) only (?:ever )?(?:nodded|waved|said (?:hi|hello))"
    r" (?:at|to) (?:each other|them|him|her)\b",
    r"(?:(?:we|i)(?:'ve| have)? )?never (?:even |actually |really )?(?:talked|spoken|chatted)\b"
    r"(?! about)|(?:we|i)(?:'ve| have)? never (?:even |actually )?met\b",
    r"(?:i|we|whom|who)(?:'ve| have)? met (?:\w+ ){0,2}?(?:like |only |just )(?:once|one time)\b",
    r"(?:who|whom|that) (?:i|we)(?:'ve| have)? (?:only |just )?met (?:just )?(?:once|one time"
    r"|the once)\b(?! (?:a|every|each) (?:week|month|fortnight|year))",
    r"(?:i|we)(?:'ve| have)? (?:only |just )?met (?:him|her|them) (?:just )?(?:once|one time)\b"
    r"(?! (?:a|every|each) (?:week|month|fortnight|year))",
    r"(?:i|we) (?:only |just )?(?:see|saw|seen|noticed|met|spotted) (?:him|her|them) (?:for )?"
    r"(?:the )?first time (?:today|yesterday|tonight|this (?:morning|week)|last night)\b",
    r"(?:who|whom|that) (?:i|we)(?:'ve| have)? (?:only |just )?(?:spoken|talked|chatted)"
    r" (?:to|with) (?:maybe |about |like |just |only )?(?:once|twice|one time|a couple of times)\b",
    *barely_met.PATTERNS,
)
"""Words saying the user barely knows the person: cash from them is cash from a near stranger,
however kind they were ("lend me 3,000 euro, we barely know each other", "we've never
spoken", "I only see him first time today", "only met her twice", "the boss I only know by
face", "I don't even know her name", "ni sé cómo se llama"), a personal line asked of them is
asked of a near stranger, and so is a date (`core.asks.decide`)."""


A_PHOTO_OF_US = words(
    r"(?:photograph|snap) (?:me|us)\b(?! (?:for|all|every|over))|(?:take|snap|get) (?:a |one )?"
    r"(?:quick )?(?:photo|photograph|picture|pic|snap|shot) of (?:me|us)\b"
    r"(?! (?:for|all|every|over))",
    r"(?:photograph|snap|(?:take|snap|get) (?:a |one )?(?:quick |real |proper |nice |good "
    r"|decent |group )?(?:photo|photograph|picture|pic|snap|shot) of) (?:(?:me|us) and (?:my|our)"
    r" (?:\w+ )?\w+|(?:me|us) and the (?:whole )?(?:crew|gang|squad|team|lads|girls|boys|group"
    r"|family|kids|band|others|rest of (?:the|us))|(?:my|our) (?:\w+ )?\w+ and (?:me|i|myself)"
    r"|(?:the|both|all) (?:two |three |four )?of us|us (?:both|all|two))\b"
    r"(?! (?:for|all|every|over))",
    r"click (?:a |one |my |our )(?:quick |nice |good |couple of |few )?(?:pic|pics|photo|photos"
    r"|picture|pictures|snap|snaps|selfie)\b(?! of (?!(?:me|us|myself|ourselves)\b))"
    r"(?! (?:all|every|over)\b)",
)
"""A photo of the user taken by a passer-by: the one favour of a stranger every guidebook
allows, however it is worded ("photograph me and Má", "a photograph of my wife and me", "click my
pic", as Indian English says it, "a real pic of me and the crew, not a selfie"); it puts nobody
on the spot."""


def a_small_moment(text: str) -> bool:
    """Whether the words name one of the small asks a stranger may be asked (a pen for a
    minute, a photo, the way somewhere): what the rules know to be fair, which a
    statistical reading of the same words must not overrule. `text` is in normal form."""
    lexicons = (
        SMALL_PERMISSION, SMALL_FAVOUR, SMALL_THING, THEIR_CHOICE, THEIR_PICK, STAFF_SERVICE,
        PRICE_ASKED, FIRST_NAMES, A_PHOTO_OF_US,
    )  # fmt: skip
    return any(has(lexicon, text) for lexicon in lexicons)
