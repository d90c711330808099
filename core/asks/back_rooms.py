"""Into a business's back rooms, or into someone's set while they are still playing it.

"Go inside the kitchen of the koshary shop and ask the cook to show me how he makes the
sauce", "ask the owner if I can sit in their workroom for an afternoon", "nip into the
kitchen at the Indian across the road", "step into the booth while someone else is mid-set
and ask to play just one track": a kitchen or a DJ booth is staff's and performers' ground,
and someone mid-set, mid-song or mid-game is busy with it. The office kitchen at work, or the
user's own family's kitchen (known people, `core.asks.decide`), is nobody's back room.
Fragments for `core.asks.manners.BACKSTAGE` and `ABSORBED`, over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

_IN = (
    r"(?:go|goes|nip|pop|step|walk|wander|head|sneak|slip|get|barge|stroll|march|come)"
    r" (?:right |straight |back )?(?:inside|into|in to|through to|round to|back into|in)"
)
_BACK = r"(?:kitchens?|back ?room|storeroom|stockroom|cellar|prep room)"
_BUSINESS = (
    r"(?:restaurant|cafe|café|shop|bakery|takeaway|pizzeria|diner|bar|pub|hotel|stall|chippy"
    r"|canteen|bistro|brasserie|bouchon|taqueria|warung|carinderia|dhaba)"
)
_ON_THEIR_FLOOR = (
    r"(?:sit|stand|stay|hang around|hang about)(?: \w+){0,2}? in (?:their|its|his|her)"
    r" (?:workroom|workshop|atelier|sewing room|cutting room|back ?room|stockroom|storeroom)\b",
    r"(?<!they'd )(?<!they would )(?<!she'd )(?<!she would )(?<!he'd )(?<!he would )(?<!to )"
    r"sell (?:my|our) (?:[\w'-]+ ){0,3}?(?:inside|in|from) (?:her|his|their|its) (?:shop|store"
    r"|boutique|stall|salon|restaurant|cafe|café|bakery)\b(?! on (?:commission|consignment))",
    r"work (?:there|here|in (?:the|their|its|his|her) (?:shop|store|kitchen|boutique)) (?:\w+ )"
    r"{0,2}?(?:for free|for nothing|unpaid|without pay)\b",
)
"""A business's own floor taken for the user's nerve: an afternoon in its workroom watching its
tailors ("ask the owner if I can sit in their workroom and watch how their karigors cut"), the
user's wares sold from inside her shop today, a day's work there for free to show off. A
shop asked to stock the user's fabrics on commission, or whether they would sell the user's
soap in their shop ("ask the women's cooperative if they'd sell my argan soap"), is asked for
business: they sell it, the user does not stand in their shop."""
INTO_BACK_ROOMS = (
    *_ON_THEIR_FLOOR,
    rf"{_IN} (?:the|its|their) (?:[\w-]+ )?{_BACK} (?:of|at|in) (?:the|a|that|this)\b(?! (?:party"
    r"|house|flat|office|hostel|school|hall|community|church|mosque|temple|shelter)\b)",
    rf"{_IN} (?:the|a|their) {_BUSINESS}(?:'s)? {_BACK}\b",
    rf"{_IN} (?:the|their|his|her) (?:dj )?booth\b",
    r"let (?:me|us|you) (?:go )?(?:into|in to|inside|up to|up into|in) (?:the|their|its)"
    r" (?:[\w-]+ )?(?:projection (?:booth|room)|control room|sound booth|booth|cockpit"
    r"|engine room|server room|kitchens?|back ?room|storeroom|stockroom|cellar)\b",
)
"""Into the kitchen or the back room of a business, into the DJ booth, or let into a cinema's
projection booth or a ship's engine room by whoever keeps its door."""
MID_ACT = (
    r"(?:while|when|as) (?:someone|somebody|they|he|she|the \w+)(?: else)?(?:'s|'re| is| are"
    r" still| is still| are)? (?:still )?(?:mid-?(?:set|song|game|match|show|performance|round"
    r"|routine|sentence|speech|workout|session|class|flow)|in the middle of (?:a|their|his|her)"
    r" (?:set|song|game|match|show|performance|routine))\b",
)
"""Someone still in their set, song, game or routine."""
