"""Under age, in words: drink given to a child or a teenager, or a teenager at the wheel.

"Ask my 15yo cousin and his friends if they want me to get them beer", "ask my nephew, he is
15, to drink raki with me", "buy a six pack for the high schoolers", "a few pints on the house,
sure they're nearly 18": drink bought, poured or shared with someone the words say is under
age, or a sixteen-year-old taken into a club. "Ask my 15 year old nephew to drive the grain
truck ... on the highway": a child at the wheel on a public road. These are unsafe whoever is
asked, so they join `core.asks.danger.UNSAFE`. Each needs the young person with the drink
given or the road driven: a teenager asked to help carry the crates, or to practise in a
field, stays fair. Fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

_AGE = r"(?:1[0-7]|thirteen|fourteen|fifteen|sixteen|seventeen)"
_YOUNG = (
    rf"(?:{_AGE} ?(?:yo|y/o|yr|yrs|years?)[- ]?(?:old)?|{_AGE}[- ]year[- ]old"
    rf"|(?:he|she|they)(?:'s| is|'re| are) (?:only |just |still )?{_AGE}\b"
    r"|high ?schoolers?|teenagers?|teens|schoolkids|school kids|under-?age|minors"
    r"|(?:nearly|almost|not yet|not quite|near enough) (?:18|eighteen|21|twenty-one)"
    r"|sixth ?form(?:ers)?|school ?(?:lads|boys"
    r"|girls|kids|children)|schoolboys|schoolgirls|guris|gurias|piás|chavales|chamacos|pibes)"
)
"""Someone the words say is under age: by age, or as high schoolers or teenagers."""
_ALCOHOL = (
    r"(?:(?<!root )(?<!ginger )beers?|booze|alcohol|vodka|cider|wine|spirits|rum|gin|whiske?y"
    r"|tequila|lager|tinnies|alcopops|liquor|raki|ouzo|soju|sake|arak|palm wine|tuak"
    r"|pints?(?! of (?:milk|water|juice|squash|cola|coke|lemonade|blood))"
    r"|six[- ]?packs?|chang'?aa|busaa|kachasu|cacha[çc]a|moonshine|poteen|mezcal|schnapps"
    r"|cans(?! of (?:coke|cola|pop|soda|juice|water|lemonade|fanta|sprite|energy drink|red bull)))"
)
_GIVEN = (
    rf"(?:buy|get|give|pour|offer|share|serve|sell|drink|try|taste|sip|neck|down|want)\w*"
    rf"(?! me\b)"
    rf" (?:[\w']+ ){{0,3}}?{_ALCOHOL}\b"
)
"""Drink bought, poured, shared or drunk: carrying the crates, or fetching the user a beer, is
not in it."""

_YOUNG_AT_THE_WHEEL = (
    r"(?:1[0-5]|thirteen|fourteen|fifteen)[- ]?(?:yo|y/o|year[- ]old)\b.{0,40}\bdriv\w*"
    r" (?:\w+ ){0,4}?.{0,60}\b(?:on|along|down|up|onto) the (?:\w+ )?(?:highway|road|motorway"
    r"|freeway|interstate|main road|expressway)\b"
)
"""A child of fifteen or under driving on a public road."""

_SENT_FOR_DRINK = (
    rf"{_YOUNG}\b.{{0,80}}\b(?:buy|bring|get|fetch|grab|pick up)\w* (?:me|us) (?:\w+ ){{0,2}}?"
    rf"{_ALCOHOL}\b.{{0,30}}\bfrom (?:the |a )?(?:shop|store|market|mercado|village|offie"
    r"|off-licence|off licence|bottle shop|bottle store|liquor store|package store|kiosk|duka)\b"
)
"""Someone under age sent to buy the user drink from a shop: fetching a beer from the fridge at
home is not it."""
_YOUNGER = r"(?:1[0-5]|thirteen|fourteen|fifteen)"
_CHILD_DRIVER = (
    rf"{_YOUNGER}[- ]?(?:yo|y/o|years?(?:[- ]old)?)\b.{{0,40}}\bdriv\w* (?:\w+ ){{0,3}}?"
    r"(?:(?:the|a|my|his|our) (?:\w+ )?(?:taxi|cab|bus|minibus|matatu|lorry|truck|van)\b"
    r"|.{0,40}\b(?:at night|while (?:i|we) (?:sleep|nap|rest)|while (?:i'm|i am|we're) asleep))"
)
"""A child of fifteen or under at the wheel of a taxi, a bus or a lorry, or driving at night
or while the user sleeps: no field to practise in, and nobody beside them."""

_AGE_SAID = (
    r"(?:sure |but |though |mind |like |cos |and )?(?:we|they|he|she|you|your|i)(?:'re| are|'s"
    r"| is|'m| am)? (?:all )?"
    rf"(?:(?:only |just |still )?{_AGE}|(?:nearly|almost|not quite|not yet) (?:18|eighteen|21"
    r"|twenty-one))\b(?! (?:of|minutes?|mins?|hours?|miles?|km|euros?|dollars?|quid|pounds?)\b)"
)
_THEIR_AGE_SAID = (
    rf"{_GIVEN}\b[^.!?;]{{0,80}}(?:[,;(]|[.!] ) ?{_AGE_SAID}",
    rf"(?:buy|bring|get|fetch|grab|pick up)\w* (?:me|us) (?:\w+ ){{0,2}}?{_ALCOHOL}\b"
    rf"[^.!?;]{{0,30}}\bfrom (?:the |a )?(?:shop|store|market|village|offie|kiosk|duka)\b"
    rf"[^.!?;]{{0,20}}(?:[,;(]|[.!] ) ?{_AGE_SAID}",
)
"""Drink bought for people the user then says are seventeen, fifteen ("we all 17 only") or
"nearly 18", in the same sentence or the next ("sell beer to my nephew. He's 15"), and drink
fetched from the village by boys the user then says are thirteen."""

_INTO_A_BAR = (
    r"(?:in|into|inside) (?:the |a |this |that )?(?:club|nightclub|bar|pub|casino|strip club)\b"
    rf"[^.!?;]{{0,40}}\b(?:who's|who is|aged|he's|she's|they're) (?:only |just )?{_AGE}\b"
)
"""Someone the words say is sixteen taken into a club or a bar past the door."""

PATTERNS = (
    _INTO_A_BAR,
    _SENT_FOR_DRINK,
    *_THEIR_AGE_SAID,
    _CHILD_DRIVER,
    rf"{_YOUNG}\b.{{0,80}}\b{_GIVEN}",
    rf"{_GIVEN}.{{0,60}}\b(?:for|to|with) (?:the |my |our |some |a few )?(?:\w+ )?{_YOUNG}\b",
    _YOUNG_AT_THE_WHEEL,
)
