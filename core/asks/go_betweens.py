"""Someone's line, records or routine, got through whoever knows them rather than from them.

"Ask the ward clerk for the cellphone number of Dr. Santos the cute resident", "ask my
friend's sister for the number of the lifeguard, she's so pretty", "the name and Instagram of
the woman who always does the 7am spin class", "ask the gal at the pharmacy counter for her
cell number, she was real sweet": a private line of someone met at a counter or only admired,
given by a colleague, a friend or the person's own till, which they never offered the user.
"Ask my cousin at the phone company to check which number is registered to the lady", "look
up her phone in our system", "check the crew roster for which flight the purser is on":
records kept for the firm's use, opened for the user's. "Ask the driver which runs she does
on Thursdays so I can catch her bus again", "which room the surfer is staying in, I want to
surprise him", "where she parks her car, so I might leave a note on it", "which beach she
swims at on Sundays, just to say hello there": a routine learned so the user can turn up in
it, however kind the gift.

A friend asked for the number of her plumber, the gym asked which days the physio works to
book, a sister asked which beach mum swims at to surprise her, or the bus company asked which
route goes to the stadium stay fair. `core.asks.traces.traces_someone` reads
`passed_on`; the patterns match the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.group_chats import JOINS_OUR_CHAT
from core.asks.text import has, without, words

_SOCIAL = r"(?:insta(?:gram)?|ig|snap(?:chat)?|tiktok|facebook|fb|socials|whatsapp)"
_LINE = rf"(?:{_SOCIAL}|cell(?:phone)?(?: number)?|mobile(?: number)?|phone number|number|phone)"
_ADMIRED = r"(?:cute|pretty|sweet|gorgeous|beautiful|hot|fit|fine|stunning|handsome|smiles?|smiled)"
_BUSINESS = (
    r"(?:shop|office|company|business|clinic|school|practice|store|restaurant|bakery|salon|firm"
    r"|plumber|electrician|builder|mechanic|cleaner|tutor|landlord|agent|garage|caterer"
    r"|photographer|accountant|lawyer|vet|dentist|doctor's surgery|hotel|venue|gardener|handyman"
    r"|babysitter|nanny|childminder|dog walker|decorator|painter|roofer|tiler|carpenter|locksmith"
    r"|contractor|hairdresser|barber|seamstress|tailor)"
)

SOMEONES_LINE = words(
    rf"(?:{_SOCIAL}|cell(?:phone)?|mobile)(?: number)? (?:of|for) (?:the|that|this|dr\.?|mr\.?"
    rf"|ms\.?|miss|anh|chi|em|[\w'-]+'s) (?!(?:[\w-]+ )?{_BUSINESS}\b)",
    rf"name and {_SOCIAL} of\b",
    rf"(?:{_SOCIAL}|endere[çc]o|n[uú]mero|telefone|celular|zap) (?:da|do|de la|del|de) (?:moça|moca"
    r"|menina|garota|mina|gata|moço|chica|chico)\b",
)
"""A third person's cell or social handle asked of someone else ("the cellphone number of
Dr. Santos", "the name and Instagram of the woman", "o endereço da mina"), not a shop's or a
tradesman's line."""

LINE_OF_THE_ADMIRED = words(
    rf"(?:phone number|number|phone|email) of (?:the|that|this) (?:new )?(?!(?:[\w-]+ )?"
    rf"{_BUSINESS}\b)[\w-]+\b",
    rf"(?:gal|girl|chick|lady|woman|lass|guy|bloke|lad|dude|boy|man) (?:at|behind|from|on)"
    rf" (?:the|a) [^.!?]{{0,50}}?\bfor (?:her|his) (?:own |personal |private )?{_LINE}\b",
)
"""Someone's number asked of a go-between, or asked at their own counter: passed on only
when the person is admired ("she's so pretty", "she was real sweet") or the number is only
to praise them."""

ADMIRED = words(
    rf"(?:she|he)(?:'s| is| was)? (?:so |really |real |very |just |always )?{_ADMIRED}\b",
    rf"{_ADMIRED} (?:[\w-]+ )?(?:girl|gal|guy|lady|woman|man|resident|one|soprano|lifeguard)\b",
    r"so (?:i|we) can (?:tell|let) (?:her|him) (?:know )?(?:she|he) (?:sang|played|looked|was)",
    r"(?:shes|she's|hes|he's) basically a mate|served me (?:twice|three times|every)",
    rf"(?:with|wi|wif|w/) (?:the|those|that|her|his|them) (?:{_ADMIRED}|lovely|amazing|nice"
    r"|gorgeous) \w+",
)
"""Someone admired or only seen serving: the reason the number is wanted."""

RECORDS = words(
    r"(?:which|what) (?:number|phone|sim|address) is registered (?:to|under|in the name of)\b",
    r"(?:check|look up|pull up|search|find) (?:\w+ ){0,3}?(?:the |her |his |their )?(?:new |home"
    r" |current )?(?:address|number|phone|flight|shift)s? (?:\w+ ){0,6}?(?:in|on|from) (?:our"
    r"|the|their|his|her) (?:\w+ )?(?:system|roster|rota|records?|register|database)\b",
    r"check (?:the )?(?:crew |staff |duty )?(?:roster|rota|register|records) (?:for|to see)"
    r" (?:which|what|where|when)\b",
    r"who owns (?:this|that|the|a) (?:\w+ )?(?:number|phone|sim|line|mobile|cell|plate|number"
    r" ?plate|reg|email|account)\b",
    r"(?:mobile|cell|number|phone|address|email|details|whatsapp)\b[^.!?;]{0,40}\b(?:from|in|off"
    r"|out of) (?:the|our|their) (?:client|customer|patient|guest|member|staff|student|booking"
    r"|tenant|parent) (?:records?|list|files?|database|system|register|details|notes)\b",
    r"(?:works?|working) (?:at|in|for) (?:the|a) (?:[\w-]+ ){0,2}(?:shop|store|company|bank"
    r"|telco|network|carrier|provider|registry|council|dmv|office|hospital|clinic|hotel)\b"
    r"[^.!?;]{0,60}\b(?:find|look up|get|check|pull up|dig up|track down|search) (?:\w+ ){0,2}?"
    r"(?:number|address|details|mobile|phone|cell)s? (?:of|for)\b",
    r"(?:registration|records|registry|census|hr|payroll) (?:team|office|department|desk|staff)"
    r" (?:\w+ ){0,3}?to (?:check|look up|find|pull up) (?:\w+ ){0,2}(?:new |home |current )?"
    r"(?:address|number|phone)\b",
)
"""Records opened for the user: a number's registered owner ("who owns this number"), a phone
or a flight checked in the firm's system or roster, a mobile taken from the client records,
a relative who works at the phone shop asked to find someone's number, a registration team
asked for someone's new address."""

_PEOPLE_SERVED = (
    r"(?:regulars?|customers?|clients?|guests?|patients?|passengers?|diners?|members?|punters?"
    r"|truckers?|drivers?|tenants?|lodgers?|shoppers?)"
)
SERVED_PERSONS_DOOR = words(
    r"(?:address|number|mobile|cell|phone|details|insta(?:gram)?|whatsapp) of (?:the|that|this"
    rf"|a|one of the) (?:[\w-]+ ){{0,2}}?{_PEOPLE_SERVED}\b(?! (?:meeting|portal|services?"
    r"|desk|line|office|account|lounge|car park|entrance|list|area|helpline)\b)",
)
"""The address or the line of someone a place serves (the regular with the blue vespa, the
trucker who left his thermos), asked of whoever serves them: the place's to keep, a friend
who works there too."""
FRIENDS_LINE = words(
    rf"(?:her|his|their|[\w-]+'s) (?:pal|friend|mate|bestie|best friend|sister|cousin|flatmate"
    rf"|roommate|colleague|workmate|coworker|co-worker|pals|friends|mates)'s {_LINE}\b",
)
"""A friend's friend's line ("ask Jen for her pal's number"): theirs to give, asked when the
one wanted is only admired."""

HOME_ADDRESS = words(
    r"(?:home|house|residential) address (?:of|for)\b",
    r"(?:which|what) (?:way|route|road|lane|bus) (?:the|that|this) (?:[\w-]+ ){0,2}?(?:girl|woman"
    r"|lady|guy|boy|man|student) (?:[\w'-]+ ){0,8}?(?:goes|walks|takes|gets|cycles|rides) home\b",
)
"""Someone's home address, or the way a girl noticed goes home, asked of people who are not
the user's family or friends ("the other drivers in my lane for the home address of anh
Minh", "the chowkidar which way the girl with the blue dupatta goes home")."""

ROUTINE = words(
    r"(?:which|what) (?![^.!?]{0,60}?\b(?:my|our)\b)(?:[\w-]+ ){0,2}?(?:runs?|routes?|way"
    r"|beach|beaches|bus|buses|flight|flights|sestiere|neighbou?rhood|suburb|area|district|hotel|room|villa|gym|pool|park"
    r"|trail|class|classes) (?:[\w'-]+ ){0,12}?(?:she|he)(?:'s| is)? (?:usually |normally"
    r" |always |often )?(?:does|drives?|takes?|goes|swims?|parks?|lives?|stays?|staying|is on"
    r"|surfs?|walks?|jogs?|runs?|trains?|sleeps?|comes?)\b",
    r"(?:which|what) (?![^.!?]{0,60}?\b(?:my|our)\b)(?:room|villa|hotel|hostel|flight)"
    r" (?:[\w'-]+ ){1,12}?(?:(?:is|are|'s)"
    r" (?:staying|sleeping|booked|on)|stays|sleeps)\b",
    r"where (?:she|he) (?:usually |normally |always |often )?(?:parks?|swims?|surfs?|walks?"
    r"|jogs?|trains?|eats?|drinks?|goes (?:home|after|on|at))\b",
    r"what time (?:she|he) (?:usually |normally |always )?(?:comes?|arrives?|gets? (?:to|there"
    r"|here|in)|leaves?|goes)\b",
)
"""Where someone goes on their day, the run they drive, the room they sleep in, the beach they
swim at, the hour they come; not the user's own mum's hotel room, asked to surprise her."""

TURNS_UP = words(
    r"so (?:i|we) (?:can|could|might|may) (?:\w+ ){0,3}?(?:catch|see|meet|find|surprise|bid for"
    r"|be on|get on|take|leave|say (?:hi|hello|hey)|bump|run into|wait for)\b",
    r"(?:to|and) (?:say|tell (?:her|him)) (?:hi|hello|hey|jambo|\w+) (?:again|there)\b",
    r"\bsurprise (?:her|him|them)\b",
    r"leave (?:\w+ ){0,4}?(?:at|on) (?:her|his|their) (?:door|doorstep|car|bike|windscreen)\b",
    r"drop (?:it|them|\w+) (?:off|round|over)\b(?! (?:at|to|with) (?:the|reception|lost|a))",
    r"(?:and|to) say (?:hi|hello|hey)\b",
)
"""The user turning up on the route, at the beach, on the flight or at the door."""


def passed_on(text: str, asked_close: bool) -> bool:
    """A private line or records passed on by whoever keeps them, a friend's admired friend's
    line, a customer's door sought to turn up at, or someone's routine learned
    to turn up in it; a routine sought of family or friends, whose own it may be, is theirs
    to share (`asked_close`)."""
    if has(SOMEONES_LINE, without(JOINS_OUR_CHAT, text)) or has(RECORDS, text):
        return True  # a chat the user's group keeps, joined, is no one's line passed on
    if (has(LINE_OF_THE_ADMIRED, text) or has(FRIENDS_LINE, text)) and has(ADMIRED, text):
        return True
    if has(SERVED_PERSONS_DOOR, text) and has(TURNS_UP, text):
        return True  # the regular's address, to surprise him: not the kitchen's to give
    if asked_close:
        return False
    return has(HOME_ADDRESS, text) or (has(ROUTINE, text) and has(TURNS_UP, text))
