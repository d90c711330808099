"""A no worn down: staying put, keeping on at someone, or rushing them until they give.

"I'm not leaving without it", "keep on at her till she lends me the money", "stay on the line
until they refund", "no answer means yes", a one-star review held over a no: each leaves the
other person no free no, whoever they are. `core.asks.leverage.presses` reads these beside
the guilt and the yes counted on. Lexicons over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import words

_THEY = r"(?:he|she|they|him|her|them)"

WEARS_DOWN = words(
    r"(?:not|no|ain't|won't|will not|i'm not|am not|refuse to) (?:be )?(?:leav|mov|budg)\w*"
    r" (?:\w+ ){0,3}(?:without|until|till)",
    r"(?:refuse|refusing|won't|will not|not going|i'm not going) to take (?:a )?no\b"
    r"|keep (?:on )?at (?:him|her|them)\b",
    r"stay(?:ing)? put (?:at|in front of|by|until|till)\b",
    r"(?:stand|stay|sit|wait)(?:ing)? (?:there|here|at (?:her|his|their|the) (?:desk|counter"
    r"|till|window)) (?:till|until) (?:he|she|they)",
    rf"(?:not|won't|don't|never) let {_THEY} (?:go|leave) (?:until|till)",
    r"(?:1|one|2|two)[- ]?stars? (?:\w+ )?(?:reviews?|ratings?)|(?:review|rate) (?:\w+ ){0,3}(?:1"
    r"|one|2|two)[- ]?stars?",
    r"(?:(?:no|without (?:a |any )?) ?\w+ ?(?:=|means|equals|gets?)|or (?:i(?:'ll| will)? (?:give"
    r"|leave|rate)|you get|they get)) ?(?:a |an |only |just )?(?:1|one|2|two|low|bad)[- ]?stars?",
    r"(?:stay|keep|remain|hang)(?:ing)? on the (?:phone|line|call) (?:\w+ ){0,6}(?:until|till)",
    r"no matter how (?:many times|often|much) (?:she|he|they) (?:says?|refuses?|explains?"
    r"|tells? me)",
    r"make (?:them|him|her) (?:cave|give in|crack|fold|give up)|(?:cave|give in|crack|fold)"
    r" (?:in )?(?:eventually|in the end|sooner or later)|wear (?:them|him|her|the \w+) down"
    r"|keep (?:going|pushing|at it|on at (?:him|her|them)) (?:until|till)",
    r"(?:(?<=^)|(?<=[,.;:!?] )|(?<=\band )|(?<=\bthen )|(?<=\bi )|(?<=\bi'll )|(?<=\bno )"
    r"|(?<=refused )|(?<=refuses )|(?<=\bjust ))keep (?:on )?(?:begging|pleading|saying"
    r" (?:please|pl+e+a+s+e+)\b)",
)
"""Staying until the other person gives in, or threatening a bad review, or a plea kept up
("keep begging", "keep saying please", the user's own, after a no, a stop or "and"; the
nephews who keep begging for cookies are not the user): a demand, not an ask."""
RUSHED = words(
    r"no time to (?:think|decide|consider)|(?:must|has to|have to|needs? to) (?:decide|answer"
    r"|choose|say yes|commit) (?:right )?(?:now|on the spot|immediately|there and then|tonight)",
    r"give (?:him|her|them|\w+) (?:\d+|ten|five|thirty|sixty) (?:seconds|secs)\b",
    r"(?:nothing|silence|no answer|no reply|not answering) (?:means|counts as|=|is a) (?:a )?yes",
)
"""An answer rushed out of someone ("no time to think", "nothing means yes"): a no with no
time to give it."""
UNTIL_THEY_GIVE = words(
    r"(?:keep\w*|kept|stand\w*|stay\w*|sit|sitting|block\w*|refus\w* to \w+(?: \w+)?|shout\w*|cry"
    r"|crying|yell\w*|argu\w*|message|messaging|text|texting|call|calling|ring|nag\w*|pester\w*"
    r"|hound\w*|badger\w*|follow\w*|sulk\w*|pout\w*|loiter\w*|lurk\w*|hover\w*"
    r"|raising my voice|make (?:\w+ ){1,3}feel (?:bad|guilty)"
    r"|give (?:\w+ ){1,3}a hard time)\b[^.!?;]{0,60}\b(?:until|till|til|untill) (?:she|he|they"
    r"|the \w+|my \w+) (?:\w+ )?(?:lends?|gives?|agrees?|pays?|signs?|decides?|refunds?"
    r"|lowers?|takes?|brings?|caves?|relents?|finds?|hands?|accepts?|sells?|budges?"
    r"|comes|(?:does|do|did)(?=\s*(?:[.,!?;]|$| lol| haha)))\b",
    r"(?:keep\w*|kept) (?:on )?(?:ringing|buzzing|knocking|banging|pressing|hammering|leaning"
    r" on)\b[^.!?;]{0,30}\b(?:until|till|untill) (?:she|he|they|the \w+|my \w+) (?:\w+ )?"
    r"(?:opens?|comes? (?:out|down|to the door)|lets? me in|signs?|agrees?|does|do)\b",
    r"(?:stay|keep|sit|remain|go) (?:silent|quiet|in silence)\b[^.!?;]{0,30}\b(?:until|till|til)"
    r" (?:someone|somebody|anyone|one of them|one) (?:\w+ )?(?:volunteers?|offers?|agrees?"
    r"|steps? (?:up|in|forward)|gives? in|caves?)\b",
    r"(?:for|over|about) every (?:little |single |tiny )?(?:thing|detail|item)\b[^.!?;]{0,30}"
    r"\b(?:until|till) (?:i|we) (?:get|am given|'m given) (?:something|it|my way|what i want)\b",
)
"""Keeping on at someone, or staying put, until they give: "call my friend ungrateful until
she lends me money", "stand at her door until she signs", "sulk at her gate until she hands over the
keys", "keep ringing the bell till he does" (till he signs, till he opens), the team asked who takes
the user's shift and a silence held "until someone volunteers", calling the manager over
every little thing until the user gets something free. Sitting with someone until they fall asleep
asks nothing of them."""
