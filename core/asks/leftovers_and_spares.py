"""What someone has left over, asked for: the rest of their plate, or their spare gear.

"The halmeoni next to us isn't finishing her galbi... ask if I can take it home", "that man
beside me in the bank queue with the suya he's not finishing, ask if he'll pass me the rest of
it", "ask the diver who chartered us for his spare regulator": food off someone's plate or
gear they keep spare is still theirs, and asking a stranger for it is asking for their things
(`core.asks.requests.PERSONAL_MONEY`). The user's own plate boxed up ("I'm not finishing my
pasta, ask them to wrap it so I can take it home"), a friend's chips, and a spare pen, a
charger or a seat for a minute stay fair. Fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

_NOT_EATEN = (
    r"(?:not|\w+n't|never) (?:finish\w*|eat\w*|touch\w*|going to (?:finish|eat)|gonna (?:finish"
    r"|eat))"
)
_ASKED_FOR = (
    r".{0,120}?\b(?:(?:take|have|keep|get) (?:it|them|that|those|the rest|what's left)"
    r"|(?:pass|give|hand|slide|send) (?:me|us) (?:it|them|that|those|the rest|what's left)"
    r"|the rest of (?:it|them|that|his|her|their))\b"
)
_SMALL = (
    r"(?:pen|pencil|biro|lighter|charger|cable|lead|tissue|napkin|hair tie|plaster|bag|minute"
    r"|moment|second|seat|chair|room|bed|time|hand|key|keys)"
)

PATTERNS = (
    rf"{_NOT_EATEN} (?:all (?:of )?)?(?:her|his|their) (?:[\w-]+ ){{0,2}}?[\w-]+{_ASKED_FOR}",
    rf"(?:the|that|this|her|his|their) [\w-]+(?: [\w-]+)? (?:she|he|they)(?:'s|'re| is| are)?"
    rf" {_NOT_EATEN}{_ASKED_FOR}",
    rf"(?:for|borrow|have|keep|take) (?:his|her|their) spare (?!{_SMALL}s?\b)[\w-]+",
    r"(?:give|hand|pass|let) (?:me|us) (?:have )?(?:his|her|their) (?:old|last|previous"
    r"|spare) (?:iphone|phone|mobile|laptop|ipad|tablet|console|xbox|playstation|ps\d|switch"
    r"|camera|watch|smartwatch|headphones|airpods|bike|scooter)\b",
    r"(?:people|strangers|someone|somebody|anyone|folks|punters|festival-?goers|fans|others|guys"
    r"|girls) (?:\w+ ){0,5}?(?:for|if (?:they|he|she) (?:have|has|'ve got|got)) (?:any |their"
    r" |some |a )?(?:spare|extra|leftover) (?:wristbands?|entry bands?|lanyards?)\b",
)
"""Their unfinished food asked for ("isn't finishing her galbi ... take it home", "the suya he's
not finishing ... pass me the rest of it"), or their spare gear ("his spare regulator"), or the
old phone they replaced ("whether he'd give me his old iPhone now he's got the new one"), or
the wristband that lets them in, asked of the people at the gate ("spare wristbands")."""
