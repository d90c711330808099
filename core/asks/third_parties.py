"""A third person's line, door or diary, asked of whoever holds it: never theirs to hand on.

"Ask Petra from day shift for the number of the redhead who booked table 6, she has it from
the reservation", "ask the owner of the pizzeria for the phone of the signora from yesterday's
order, she was so elegant", "ask Bolt support for the number of my driver from last night, she
was really nice", "ask Doc if I can check the file of the handsome patient, just to get his
mobile", "ask the wedding planner for the bride's sister's address", "ask my client Marta for
the number of her ex-husband's new girlfriend", "ask Jake's sister for Maya's snap, Maya
doesn't have to know": a customer, a patient, a driver or someone's new partner reached
through a colleague, a shop, a firm or a friend, when they never gave the user their line.
"Ask the receptionist what time the redhead's next appointment is", "ask the lady from the 4th
floor what time she knocks off and where she parks", "call the front desk and ask what room the
CEO is in": the hour and place to find someone, asked of whoever keeps it.

Fair neighbours stay fair: the number of the plumber who fixed the sink or of the florist, a
friend asked for her own sister's number with nothing kept from her, the driver's number the
agency gives for tomorrow's pickup, the room the conference is in, a salon asked when the
stylist is in so the user can book. `core.asks.traces` reads `seeks_their_line` into
`traces_someone`; fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

_LINE = (
    r"(?:number|phone|phone number|mobile|cell|digits|snap|snapchat|insta|instagram|ig"
    r"|whatsapp|address|home address|contact|email|socials)"
)
_NOTICED = (
    r"(?:redhead|blonde|blond|brunette|ginger|signora|señora|senora|madame|handsome \w+|pretty"
    r" \w+|cute \w+|hot \w+|gorgeous \w+|beautiful \w+|fit \w+|elegant \w+)"
)
"""Someone named by their looks, or as a lady the user only saw."""
_SERVED = r"(?:driver|rider|passenger|patient|customer|client|guest|diner|shopper|member)"
_MET_ONCE = (
    r"(?:from (?:last night|yesterday|earlier|this morning|today|the other day|yesterday'?s?"
    r" \w+|last (?:week|time))|who (?:booked|came|ordered|sat|stayed|bought|was in|checked in"
    r"|dropped))"
)
_WHY_THEM = (
    r"(?:(?:she|he) (?:was|is|looked|looks) (?:so |really |very |super )?(?:elegant|nice|pretty"
    r"|cute|lovely|beautiful|hot|fit|gorgeous|handsome|sweet|kind)|(?:just|only) (?:want to |wanna"
    r" |to )?say (?:\w+ )?(?:hi|hello|hey|thanks|thank you|ahoj|aitäh|\w+ properly)|say \w+"
    r" properly|i will only say)"
)

LINE_OF_ANOTHER = words(
    rf"{_LINE} (?:of|for) (?:the|that|this|my|her|his) (?:[\w'-]+ ){{0,2}}?{_NOTICED}\b",
    rf"{_LINE} (?:of|for) (?:her|his|their|my|the|[a-z]+'s) ex(?:-\w+)?'s (?:new )?(?:girlfriend"
    r"|boyfriend|partner|wife|husband|fiancée?|missus|man)\b",
    rf"(?:bride|groom|bridesmaid|best man)'s (?:\w+'s )?(?:\w+ )?{_LINE}\b",
    rf"(?:file|chart|record|records|notes|details) of (?:the|that|this) (?:[\w'-]+ ){{0,3}}?"
    rf"{_SERVED}\b[^.!?;]{{0,60}}?\bto get (?:his|her|their) {_LINE}\b",
)
"""A line of someone noticed, of an ex's new partner, of the wedding party, or out of a file."""

SERVED_ONCE = words(
    rf"{_LINE} (?:of|for) (?:the|that|this|my) (?:[\w'-]+ ){{0,2}}?(?:{_SERVED}|lady|woman|girl"
    rf"|guy|man|signora|señora)s? {_MET_ONCE}\b",
)
"""The line of someone served once ("my driver from last night", "the signora from yesterday's
order"), read with why they are wanted."""
WHY_THEM = words(_WHY_THEM)

KEPT_FROM_THEM = words(
    rf"[a-z]+'s {_LINE}\b[^.!?;]{{0,80}}?\b(?:she|he|they|[a-z]+) (?:doesn't|does not|doesnt"
    r"|don't|dont|won't|needn't|need not|doesn't need to|does not need to) (?:have to |need to"
    r" |ever )?know\b",
    rf"[a-z]+'s {_LINE}\b[^.!?;]{{0,60}}?\bwithout (?:her|him|them) know(?:ing)?\b",
)
"""Someone's line asked of a third person, with the words keeping it from them."""

NEXT_SLOT = words(
    r"(?:what time|when|which days?) (?:is )?(?:the |that |this )?(?:[\w'-]+ ){0,2}?[\w'-]+'s?"
    r" (?:next )?(?:appointment|booking|session|lesson|class|treatment)\b",
)
"""Another client's next appointment or class, read only with a meeting planned round it: a
mum's next appointment asked so the user can drive her is care."""
FINDS_THEM = words(
    r"(?:what time|when) (?:she|he|they) (?:knocks? off|leaves?|finish(?:es)?|clocks? (?:off"
    r"|out)|gets? off)\b[^.!?;]{0,40}?\bwhere (?:she|he|they) parks?\b",
    r"(?:which|what) (?:room|suite)(?: number)? (?:the |that |this )?(?:ceo|cfo|coo|founder"
    r"|director|chairman|chairwoman|president|owner|actor|actress|singer|star|player|footballer"
    r"|celebrity|influencer|model|girl|guy|woman|man|lady|bloke)\b[^.!?;]{0,60}?\b(?:is|are"
    r"|'s) (?:in|staying in|booked into)\b",
)
"""The hour and place to find someone: the time she leaves and where she parks, the room a
guest sleeps in."""
_NEEDS_A_MEETING = words(
    r"['\"]?(?:bump|run) into['\"]?|catch (?:her|him)|be there|say hi|see (?:her|him)"
    r"|happen to be"
)
_ALONGSIDE = words(r"together|with (?:her|him|them)|walk (?:her|him) (?:to|out)|(?:her|his) lift")
"""A colleague asked when she finishes so they can walk to the cars together."""


def seeks_their_line(text: str) -> bool:
    """Whether the ask seeks a third person's line, door or diary from whoever holds it."""
    if has(LINE_OF_ANOTHER, text) or has(KEPT_FROM_THEM, text):
        return True
    if has(SERVED_ONCE, text) and has(WHY_THEM, text):
        return True
    if has(NEXT_SLOT, text) and has(_NEEDS_A_MEETING, text):
        return True
    return has(FINDS_THEM, text) and not has(_ALONGSIDE, text)
