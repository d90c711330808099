"""Hair and collars, in words: someone else's hair or clothes put right by the user's hands.

"The lady at the next stall has nice long hair. Ask if I can braid it", "en la guagua, pedirle
al señor de al lado que me deje arreglarle el cuello de la camisa y peinarlo un poquito",
"comb the boy's fringe on the bus": hair braided, combed or fixed, a collar or a tie
straightened on someone who did not come to the user for it. The hair is named in one
sentence and handled in the next ("braid it"), or the grooming is said in Spanish or
Portuguese ("peinarlo", "arreglarle el cuello"), where `core.asks.affection.TOUCH` reads
neither. A partner's or the family's hair stays theirs to offer
(`core.asks.decide.hug_is_fine`); the user's own hair fixed by a hairdresser ("my hair is a
mess, ask her to fix it") or a doll's is not someone's body, and a client's hair cut or styled
is the user's trade. Fragments for `core.asks.affection.TOUCH`, over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

_GROOM = r"(?:braid|plait|comb|brush|fix|tidy|stroke|touch|feel|twist|smooth|straighten)"
_HAIR_THEN_IT = (
    r"(?<!my )(?<!our )(?<!doll's )(?:hair|braids|plaits|locs|dreads|curls|fringe|bangs"
    rf"|ponytail|bun|beard)\b[^!?]{{0,100}}\b(?:if|whether|let) (?:i|me) (?:can |could |may )?"
    rf"{_GROOM} (?:it|them)\b"
)
"""Hair named, then handled as "it": "has nice long hair. Ask if I can braid it"."""
_GROOMED = (
    r"(?:comb|plait|tidy|smooth|pat down|brush|straighten|fix|adjust|do up|button)"
    r" (?:their|his|her|the \w+'s|a stranger's|someone's) (?:hair|fringe|bangs|beard|collar"
    r"|tie|shirt|fly|buttons|scarf|hat)\b"
)
"""Hair combed, a collar or a tie straightened on someone else."""
_IN_SPANISH_OR_PORTUGUESE = (
    r"peinarl[oae]s?|peinarle|penteá-l[oa]|(?:arreglarle|acomodarle|ajustarle|enderezarle"
    r"|alisarle|abrocharle|desabrocharle|anudarle|trenzarle) (?:el|la|los|las) (?:cuello|corbata"
    r"|pelo|cabello|camisa|flequillo|pañuelo|blusa|botones)\b"
    r"|(?:arrumar|ajeitar|pentear|trançar) (?:a gola|a gravata|o cabelo|a camisa|a franja)"
    r" (?:dele|dela|do|da)\b|hacerle (?:una |unas )?trenzas?"
)
"""Grooming in Spanish or Portuguese: "peinarlo", "arreglarle el cuello de la camisa",
"hacerle una trenza"; "peinarme" is the user's own hair."""

_MY_HAIR_BY_SOMEONE_NOT_CLOSE = (
    r"(?:colleague|coworker|co-worker|workmate|classmate|stranger|boss|manager|intern|trainee"
    r"|client|customer|passenger|tutor|teacher|student|driver|cashier|barista|waiter|waitress)s?"
    r"(?: \w+){0,4}? (?:to|if (?:she|he|they) (?:would|will|could|can)) (?:braid|plait|stroke"
    r"|play with|comb|brush|run (?:her|his|their) fingers through) my hair\b"
)
"""The user's own hair handed to someone who is not close and does not do hair for a living:
"ask my new colleague to braid my hair" ("از همکار تازه‌واردم بخوام موهامو ببافه") asks for
their hands on the user; a partner, the family, a friend or a hairdresser asked stays fair."""

_HOW_SOFT_HERS = (
    r"(?:touch|feel|stroke) how (?:soft|smooth|silky|fluffy|fuzzy|warm|thick|cosy|cozy|shiny)"
    r" (?:her|his|their) (?:[\w-]+ ){1,2}?(?:is|are|feels?)\b"
)
"""The softness of what someone wears felt on them ("if I can feel how soft her jumper is"):
the goods on the rail, "how soft the jumper is", are `core.asks.goods_felt`."""

PATTERNS = (
    _HAIR_THEN_IT,
    _GROOMED,
    _IN_SPANISH_OR_PORTUGUESE,
    _MY_HAIR_BY_SOMEONE_NOT_CLOSE,
    _HOW_SOFT_HERS,
)
"""Each hand on hair or a collar; `core.asks.affection.TOUCH` joins them."""
