"""A moment's permission asked of a stranger: a pen borrowed, a seat shared, a dog patted.

`core.asks.strangers` reads a stranger's small moments: an ask of someone met in public is
fair when it is the kind people commonly and easily give. These are the permissions among
them, by their own words (the kinds of dog a stranger may be asked to let the user pat, a
paper read once its reader is done with it). Lexicons over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

from core.asks.joining_in import JOIN_IN
from core.asks.queue_jumps import GOES_AHEAD_IF_FREE
from core.asks.text import words

PETS = (
    r"(?:dog|puppy|pup|cat|kitten|collie|lab|labrador|spaniel|terrier|retriever|husky|pug|poodle"
    r"|corgi|dachshund|sausage dog|beagle|greyhound|whippet|lurcher|staffy|doggo|pooch|pony"
    r"|horse)"
)
"""A dog walked past by its owner, by its kind or its breed ("give their collie a pat")."""
READ_AFTER = (
    r"read (?:their|his|her) (?:(?!(?:messages|texts|phone|diary|notes|emails?|letters?|mail"
    r"|chats?|screen|post|journal)\b)[\w'-]+ ){1,3}?(?:when|once|after) (?:he|she|they)(?:'s|'re"
    r"| is"
    r"| are)? (?:finish\w*|done)"
)
"""Their paper, by its title, read once they are done with it ("his La Provence when he
finishes")."""

SMALL_PERMISSION = words(
    r"(?:(?:if|whether) (?:i|we|you) (?:can|could|may|might)|(?:can|could|may) (?:i|we))"
    r" (?:please )?(?:borrow (?:a|an|their|his"
    r"|her) (?:pen|pencil|charger|lighter|map|paper|newspaper|phone charger|lead|cable|salt|pepper"
    r"|ketchup|sugar|napkins?|menu|chair|spoon|sunscreen|sun ?cream|sunblock|suncream|bug spray"
    r"|insect repellent)|borrow (?:a|some|one) (?:little |quick |tiny )?(?:squirt|dab|splash"
    r"|squeeze|blob|splodge|spritz|pump|drop)\b|plug (?:in"
    r"|my|your)|sit (?:here|there|down|on the|in the|next to)|swap"
    r"|(?:switch|change|trade) (?:seats|places)"
    r"|join (?:for|in) (?:one"
    r"|a) (?:round|game)|join (?:the |their )?(?:\w+ )?(?:game|match|kickabout) for (?:a|one)"
    r" (?:round|game|go)|join (?:in )?(?:(?:the|their) )?next (?:round|game|match|point|set"
    r"|rally|heat)|join (?:in )?(?:the|their|a|your) (?:pick-?up|drop-in|open|casual"
    r"|street) (?:\w+ )?(?:game|match|kickabout|session|run)|join (?:in )?(?:the|their) (?:frisbee"
    r"|ultimate|basketball|football|footy|soccer|volleyball|cricket|badminton|rounders|futsal"
    r"|hacky ?sack|catch|kickball|softball|handball) (?:game|match)\b(?![^.!?]{0,40}\b(?:picnic"
    r"|barbecue|bbq|braai|party|dinner|lunch|meal|table))|(?:read|look at|have a look at)"
    r" (?:their|his|her|the) (?:(?:news)?paper|magazine) (?:when|once|after)|play (?:one|a)"
    r" (?:round|game)|say (?:hello|hi) to (?:it|them|(?:their|his|her|the) \w+)"
    r"|pet|work in|share (?:the|a|their|his|her|your) (?:bench|machine|rack|table)"
    r"|(?:stroke|pat) (?:their|his|her"
    rf"|the) (?:\w+ )?{PETS}|give (?:their|his|her|the) (?:\w+ )?{PETS} a (?:quick |little"
    rf" |gentle )?(?:pat|stroke|scratch|rub|cuddle)|{READ_AFTER}"
    r"|take a (?:photo|picture|pic|snap) of (?:their|his|her|the) (?:\w+ )?"
    r"(?:dog|view"
    r"|garden|mural|building|shirts?|dress|clothes|outfits?|embroidery|jacket|bike|car|van|boat"
    r"|stall|sign|shoes|hat|bag|sculpture|sandcastle|fade|haircut|hairstyle|braids|tattoos?"
    r"|trainers|sneakers|kicks|boots|coat|scarf)|watch (?:him|her|them|(?:his|her|their)"
    r" (?:\w+ )?(?:dog|dogs|horse|team|crew)) (?:work|train|at work|working|training)"
    r"|ask (?:a|one|them a|you a) (?:quick )?question|have (?:a look|the seat"
    r"|this seat)|use (?:the|this) (?:seat|table|chair)|(?:take|have|use|grab|borrow) (?:their"
    r"|his|her|the|that|this|your) (?:empty|spare|free|unused|extra) (?:chair|seat|stool)|"
    + "|".join(JOIN_IN)
    + ")",
    *GOES_AHEAD_IF_FREE,
)
"""A moment's permission: a pen borrowed, a seat shared or switched, the empty chair at their
table, a place in the frisbee or basketball game on the lawn (not in their picnic or barbecue),
an over of their cricket or a weekly group's run (`core.asks.joining_in`), going first with a no
taken (`core.asks.queue_jumps`)."""
