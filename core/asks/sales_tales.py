"""Sales tales, in words: a story told to buyers, diners or tourists so they pay more.

"Tell my table it's my last shift ever so they tip bigger, works every time", "tell the hotel
chef my octopus is from deep sea when it is from the lagoon, so he pays more", "tell the
tourists the temple is closed today so they take the long tour with me": each tells the
people the user sells to something made up, so that they pay, tip or book with the user.
Thanking a table on a real last shift, telling a chef where the catch is from and asking his
price, or telling tourists a temple's opening hours stay fair: each shape needs the tale with
the money it is told for, with the user's own "when it is", or with the trade it sends their
way. `core.asks.deception.DECEPTION` joins them to its own; fragments over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

_TOLD = r"(?:tell|tells|telling|told|say|says|saying|said|claim\w*|swear\w*|convince\w*)"

_PAYS_MORE = (
    r"[^.!?;]{0,80}\bso (?:that )?(?:they|people|customers|(?:the|my) (?:table|customer|tourist"
    r"|guest|diner|buyer|passenger|client|punter|visitor)s?)"
    r" (?:will |'ll |would |might )?(?:(?:tip|tips|pay|pays|leave|leaves) (?:me |us )?(?:a )?"
    r"(?:bigger|more|extra|double|triple|higher|over the odds|big)\b|(?:give|gives) (?:me |us )?"
    r"(?:a )?(?:bigger|more|extra|double) (?:tips?|fare|money|cash)\b)"
)
"""A tale told so they tip bigger or pay more, to the people the user sells to; a real last
shift, thanked for, names no tip, and the hours the user worked, told to a manager so she pays
for them, are their due."""

_WORKS_EVERY_TIME = (
    r"(?! (?:good (?:morning|afternoon|evening|night)|hello|hi|hey|thank you|thanks|please|sorry"
    r"|yes|no)\b)[^.!?]{0,120}\b(?:works every time|always works|never fails|does the trick"
    r" every time|gets them every time)\b"
)
"""A line the user tells as a trick they use on people: "works every time"; a greeting or a
thank-you that works every time is only good manners."""

_BELIED = (
    r"[^.!?;]{0,80}\b(?:is|are|'s|'re|was|were) [^.!?;]{1,40}?\bwhen (?:it|they"
    r"|he|she)(?:'s| is| are|'re| was| were) (?:actually |really |in fact |just |only )?(?:from"
    r"|farmed|bought|grown|caught|frozen|fake|plastic|second-?hand|used|imported|local"
    r"|cheap)\b"
)
"""Goods said to be one thing "when it is from the lagoon": the user's own word belies it."""

_SHUT = (
    r"(?:closed|shut|full|fully booked|sold out|cancelled|canceled|flooded|dangerous|not safe"
    r"|unsafe|off limits|under repair)"
)
_SENT_MY_WAY = (
    rf" (?:the )?(?:tourists?|visitors?|travell?ers?|backpackers?|customers?|passengers?"
    rf"|guests?|pilgrims?|buyers?|people)\b[^.!?;]{{0,60}}\b(?:is|are|'s|'re) (?:\w+ )?{_SHUT}\b"
    r"[^.!?;]{0,30}\bso (?:that )?(?:they|he|she|people)\b[^.!?;]{0,40}\b(?:with|from|to|in|on|at"
    r"|into) (?:me"
    r"|us|my (?:\w+ )?(?:shop|stall|place|cousin|friend|brother|uncle|hotel|guesthouse|taxi|car"
    r"|boat|tour))\b"
)
"""A sight said to be shut so strangers take the user's tour, taxi or shop instead."""

_STALE = (
    r"[^.!?;]{0,80}\b(?:came up|caught|landed|picked|baked|made|laid|harvested|cut|killed"
    r"|slaughtered|brewed|roasted|delivered|fresh)\b[^.!?;]{0,30}\b(?:last night|this morning"
    r"|today|yesterday|fresh)\b[^.!?;]{0,20}\b(?:when|but|though|even though|although)"
    r" (?:it's|its|it is|they're|theyre|they are|it was|they were|it's been|it has been|they've"
    r" been|they have been|it been|they been) (?:actually |really |already )?(?:\d+|two|three"
    r"|four|five|six|seven|a few|several|many) (?:days?|weeks?|months?)\b"
)
"""Goods sold as fresh "when it's 4 days in the tank": the catch's own age belies the tale."""

_WORSE_FOR_MORE = (
    r" (?:the|a|my|our|this|that) (?:customer|client|buyer|owner|driver|tourist|guest|patient)s?"
    r"\b[^.!?;]{0,80}\b(?:even though|though|although|when|but) (?:na|it's|its|it is|it was|e be"
    r"|they're|they are) (?:just|only|ordinary|small|minor|nothing but)\b"
)
"""A fault made out bigger to a customer than the user says it is ("tell the customer his
gearbox is finished even though na just fluid"): the repair is sold on the tale."""

PATTERNS = (
    rf"{_TOLD}\b(?:{_PAYS_MORE}|{_WORKS_EVERY_TIME}|{_BELIED}|{_SENT_MY_WAY}|{_STALE}"
    rf"|{_WORSE_FOR_MORE})",
)
"""Each tale with its gain, the telling verb read once for all of them (the check reads
every ask against every lexicon, so a shared head is a scan saved); `core.asks.deception`
joins them to `DECEPTION`."""
