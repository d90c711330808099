"""Claims for gain, in words: who the user says they are, told for a price, a fare or a seat.

"Tell the distributor I am the owner of the pharmacy to get the bigger discount", "tell the
gate agent I'm operating crew so they bump me up", "I'm 65 so I get the senior price", "tell
the fabric seller I be pastor wife make she reduce the price", "tell the customers I be the
parking official make dem pay me direct": a standing claimed for what it gets, in English or
in pidgin ("I be ... make she ..."). A day told for a free pass ("it is my nephew's birthday so
he lets him go without ticket"), an age told at the door with no ID to show, and a claim the
user counts on someone by name not finding out are the same lever. An honest ask names what it
wants and leaves the answer to them ("tell the gate I'm 65 and ask if there's a senior
price"), and a standing told for no price ("tell the nurse I'm a new patient so she can find
my file") stays fair. `core.asks.deception.DECEPTION` joins them to its own; fragments over
the normal form of `core.asks.text`.
"""

from __future__ import annotations

_TOLD = r"(?:tell|tells|telling|told|say|says|saying|said|claim\w*|swear\w*|convince\w*)"
_I_AM = r"(?:i'm|i am|i be|me be|am|we're|we are|we be)"
"""The user's "I am", in English or in West African pidgin ("I be pastor wife")."""
_SO_THAT = (
    r"(?:to get|to pay|and get|so (?:that )?(?:they|he|she|i|we|the \w+|\w+)(?:'ll|'d)? "
    r"|make (?:she|he|dem|them|they|e|una|am) )"
)
"""The purpose joined to the claim: "so they ...", "to get ...", pidgin "make she ..."."""
_PRICE = (
    r"(?:discount\w*|(?:\w+ )?price|prices|reduces? (?:the |my |our )?(?:price|cost|bill|fee"
    r"|charge)|cheaper|free|for nothing|upgrade\w*|bump (?:me|us)"
    r"|(?:(?!heart )\w+ )?(?<!heart )rate"
    r"|(?:free|cheap\w*|half|reduced|local|student|child|senior|lower) fare"
    r"|knock\w* (?:\w+ ){0,2}off|money off|\d+ ?(?:%|percent|per ?cent) off|on the house|comp"
    r"|comped)"
)
"""What the claim is for: a price, a fare, money off or a seat moved up."""

_HONEST_TERMS = (
    r"(?!(?:(?:on|with) (?:a |my )?(?:\w+ )?budget|broke|skint|short|struggling|saving"
    r"|paying (?:cash|in cash|upfront|up front|now|today|the lot)|buying (?:two|three|four|five|\d+"
    r"|in bulk|several|a few|more|lots|a lot|the lot|all)|ordering|booking (?:two|three|\d+|for)"
    r"|happy|willing|ready|interested|coming back|a regular|a repeat|a loyal|taking (?:all|the"
    r" lot|two|three|\d+))\b)"
)
"""What a buyer says in an honest haggle: a budget, cash, three bought at once, coming back."""
_STANDING = (
    rf"[^.!?;]{{0,40}}?\b(?:that )?{_I_AM} {_HONEST_TERMS}[^.!?;]{{1,50}}?\b{_SO_THAT}"
    rf"[^.!?;]{{0,40}}?\b{_PRICE}\b"
)
"""A standing claimed, then what it gets: the owner for the bigger discount, the crew for the
seat moved up, an age for the senior price. Terms honestly offered in a haggle ("I'm paying
cash so he gives me a better price") are what they are, and stay fair."""

_OFFICIAL = (
    r"(?:official|officer|warden|attendant|collector|agent|inspector|ranger|marshal|council"
    r"|government|authority|enforcement)"
)
_PAID_AS_OFFICIAL = (
    rf"[^.!?;]{{0,40}}?\b(?:that )?{_I_AM} (?:the |a |an |from the )?(?:[\w-]+ ){{0,3}}?"
    rf"{_OFFICIAL}\b[^.!?;]{{0,30}}?\b{_SO_THAT}[^.!?;]{{0,20}}?\b(?:pay|pays|give|gives|hand"
    r"|hands)(?: it)? (?:me|us|to me|to us)\b"
)
"""An office claimed so people pay the user: the fee is the office's, never the user's."""

_DAY = r"(?:birthday|bday|b-day|anniversary|name day|graduation|wedding day)"
_PASS = (
    r"(?:without (?:a |any |the |paying|paying for )?(?:ticket|tickets|fare|pass|charge|paying)"
    r"|(?:in|on|through|ride|go|travel) (?:for )?free|for free|for nothing)"
)
_DAY_FOR_A_PASS = (
    rf"[^.!?;]{{0,60}}\b(?:it's|it is|its|today is|today's|tomorrow is) (?:my|our|his|her"
    rf"|their|my [\w-]+'s|our [\w-]+'s) (?:\w+ )?{_DAY}\b[^.!?;]{{0,60}}\b{_PASS}"
)
"""Someone's birthday told so a conductor lets them ride without a ticket: a birthday is no
fare. Told to a waiter for a candle, it names nothing free."""

_DOOR_AGE = (
    r"[^.!?;]{0,60}\b(?:i'm|i am|we're|we are|he's|she's) (?:\d\d|over \d\d|of age"
    r"|old enough)\b[^.!?;]{0,30}\b(?:left|forgot|lost|don't have|haven't got|didn't bring)"
    r" (?:my|our|his|her) (?:\w+ )?(?:id|passport|licen[cs]e|card)\b"
)
"""An age told at the door with the ID "left at home": the age is the one thing unshown."""
_COMING_OF_AGE = (
    r"[^.!?;]{0,60}\b(?:it's|its|it is|today is|today's) (?:my|our) (?:18th|21st|eighteenth"
    r"|twenty-first)\b[^.!?;]{0,20}\bso (?:that )?(?:he|she|they|security|the \w+) (?:will |'ll )?"
    r"(?:(?:let|lets|wave|waves) (?:me|us)\b(?: and [^.!?;]{0,20}?)? ?(?:in|into|through|past"
    r"|inside|buy|drink|have (?:a|some) (?:drink|beer|pint|shot))\b|(?:serve|serves|sell|sells)"
    r" (?:me|us)\b)"
)
"""A coming of age told so the door lets the user in or the bar serves them ("tell the cinema
guy its my 18th so he lets me into the 18 film"): the age is the lever, and it is never shown."""

_NEED_CLAIMED = (
    r"(?:claim\w*|pretend\w*|make out|making out) (?:[^.!?;]{0,30}?\b)?(?:that )?(?:i|we)"
    r" (?:use|need|have|carry|rely on|'m in|am in)\b[^.!?;]{1,50}?\b"
    rf"{_SO_THAT}[^.!?;]{{0,40}}?\b{_PRICE}\b"
)
"""A need claimed for a price ("claim on the phone that I use a wheelchair to get the
accessible-seat discount"): the claim verb says it is not so; told plainly, with the seat asked
about, it is the user's own need and stays fair."""

_NAMED_UNAWARE = (
    r"[^.!?]{0,120}[,;] (?:(?:the |my |our )?[a-z]+|and|but|so) (?:won't|will not|will never"
    r"|'ll never|never will|is never going to|isn't going to) (?:ever )?(?:find out|know|notice"
    r"|check)\b(?! (?:how|what|where|why|who|if|whether|about|when|the way|otherwise|unless)\b)"
)
"""A claim the user counts on someone by name not finding out ("..., seth won't find out");
"she won't know the way" is a reason to tell her, not a lie kept."""

PATTERNS = (
    rf"{_TOLD}\b(?:{_STANDING}|{_PAID_AS_OFFICIAL}|{_DAY_FOR_A_PASS}|{_DOOR_AGE}|{_COMING_OF_AGE}"
    rf"|{_NAMED_UNAWARE})",
    _NEED_CLAIMED,
)
"""Each claim with its gain, the telling verb read once for all of them (the check reads
every ask against every lexicon, so a shared head is a scan saved); `core.asks.deception`
joins them to `DECEPTION`."""
