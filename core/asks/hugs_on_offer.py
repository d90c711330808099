"""Hugs a stall or a sign offers to anyone passing: taking one up is no touch asked unbidden.

"At the 'Free Hugs' stall in town, actually go and ask for one instead of walking past": the
hug is offered in public by the people at the stall, and the user's courage is in accepting
it. `core.asks.affection.TOUCH` reads "hugs" as touch asked of a stranger, so
`core.asks.wants` reads touch without these spans: the offer itself, and a plain hug (or a
cuddle) asked where hugs are on offer. Anything more than the hug offered is still touch
("at the free hugs stand, kiss the girl", "hug her and don't let go"), and so is the user
holding a sign of their own or hugging passers-by ("free hugs style but without the sign").
Fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, without, words

HUGS_OFFERED = words(
    r"(?:the|a|their|his|her|that|this)\W+free[- ]hugs?\W+(?:stall|stand|booth|sign|table|tent"
    r"|guy|girl|people|crew|team|volunteers?)\b",
    r"(?:people|someone|somebody|a guy|a girl|a woman|a man|volunteers|they|he|she)"
    r" (?:are |is )?(?:offering|giving out|handing out) (?:free )?hugs",
    r"(?:a|the|their|his|her) (?:sign|board|placard) (?:saying|that says|offering) (?:free )?hugs",
)
"""Hugs others offer to anyone: a "Free Hugs" stall or sign, people "giving out free hugs"."""
HELD_BY_THEM = words(
    r"(?:guy|girl|man|woman|lady|bloke|person|people|someone|somebody|volunteers?|student|kid"
    r"|dude|chap|fella|folks|lads?|couple) (?:with|holding|carrying) (?:a|the|his|her|their)"
    r" (?:big |cardboard |handmade )?free[- ]hugs? (?:sign|placard|board)\b",
    r"(?:(?<=^ )|^)(?:with|holding|carrying) (?:a|the|his|her|their) (?:big |cardboard |handmade )?"
    r"free[- ]hugs? (?:sign|placard|board)\b",
)
"""Someone else holding the sign ("the guy with the free hugs sign", or the words after the
person named: "with the free hugs sign"): their offer, not the user's own sign."""
_A_HUG = words(r"(?:a |one |their |the )?(?:hug|hugs|cuddle|cuddles)")
_MORE_THAN_OFFERED = words(
    r"(?:don't|do not|won't|not) let (?:go|her go|him go|them go)|for (?:ages|as long as"
    r"|minutes)|kiss\w*|grop\w*|squeez\w*|lift (?:her|him|them) up",
    r"(?:hold|holding|make|making|carry|carrying|with|my|our) (?:a |my |the |our )?(?:\w+ )?"
    r"(?:free hugs )?(?:sign|placard|board|stall|stand)\b",
    r"hug (?:a |the |some |random )?(?:strangers?|tourists|people|passers-?by|everyone|everybody"
    r"|commuters|shoppers)",
)
"""More than the hug on offer: held on to, kissed, lifted; or the user's own sign held up, and
strangers hugged by the user."""


def without_offered_hugs(text: str) -> str:
    """The text without the hug on offer, nor a plain hug asked where one is offered."""
    offered = has(HUGS_OFFERED, text) or has(HELD_BY_THEM, text)
    if not offered or has(_MORE_THAN_OFFERED, without(HELD_BY_THEM, text)):
        return text
    return without(_A_HUG, without(HUGS_OFFERED, without(HELD_BY_THEM, text)))
