"""Hands on someone, in words: a waist held, a cheek pinched, a head on a shoulder.

"Help the tourist girls up the tram step by holding their waist", "dance holding the waist of
a guest I don't know", "pinch the cheeks of the babies on the Circumvesuviana", "preguntarle a
alguien en el Subte si puedo apoyar la cabeza en su hombro", "minta pegangan tangan sama
mbak-mbak sebelah di KRL" (ask the woman beside me on the train to hold hands, in Indonesian),
"she always brings her sister for her measurements; tomorrow I take the chest and waist myself
with my own hands, she is shy and will not say anything": a hand on a body, or a head on it,
that the person did not offer, and a fitting done by hand when the one who keeps it proper is
away. Touch from a partner or family stays theirs to give (`core.asks.decide.hug_is_fine`);
a hand offered up the step, a seat offered on the train, or measurements taken with the
client's sister there, is not it. Fragments for `core.asks.affection.TOUCH`, over the normal
form of `core.asks.text`.
"""

from __future__ import annotations

_HELD = (
    r"(?:hold|holding|held|grab|grabbing|grabbed|put (?:my |both )?hands? on"
    r"|putting (?:my |both )?hands? on|pinch|pinching|squeeze|squeezing|stroke|stroking)"
)
_WAIST_OR_CHEEKS = (
    rf"{_HELD} (?:(?:the|their|his|her|a|some) )?(?:\w+ )?(?:waists?|hips?|cheeks?)\b"
    r"(?![- ](?:measurement|size|band|bag|pack|belt|flask|hop|pocket|replacement|surgery))"
)
"""A waist or hips held, or cheeks pinched; a waist measurement or a hip bag is not a body."""
_IN_OTHER_TONGUES = (
    r"(?:pegangan|gandengan|gandeng|pegang) tangan\w*|(?:bersandar|nyender|senderan) (?:di|ke)"
    r" bahu\w*|(?:tomar|tomarle|agarrar|agarrarle|coger|cogerle)(?: de)? la mano"
    r"|(?:apoyar|recostar|descansar|encostar|deitar|poner) (?:la|mi|a|minha) cabe[zcç]a"
    r" (?:en|no|na|sobre) (?:su|el|o|seu|sua|tu) (?:hombro|ombro)"
)
"""Holding hands or a head on a shoulder, in Indonesian, Spanish or Portuguese."""
_FITTED_BY_HAND = (
    r"(?:chest|bust|waist|hips?|inside leg|inseam)(?: and (?:\w+ )?(?:chest|bust|waist|hips?))?"
    r" measurements?\b[^.!?;]{0,60}\bwith my (?:own )?hands\b"
    r"|measurements?\b.{0,120}\b(?:she|he)(?:'s| is) (?:very |too |so |quite )?shy\b[^.!?;]{0,30}"
    r"\b(?:won't|will not|wouldn't|would not) say (?:anything|a word|no)\b"
    r"|measurements?\b[^.!?;]{0,60}\b(?:when|while|once|as soon as) (?:her|his|their) (?:mother"
    r"|mum|mom|sister|husband|father|dad|chaperone|friend) (?:steps out|is out|goes out|leaves"
    r"|is away|isn't there|is not there|pops out)\b"
)
"""A body measured by the user's own hands, when the person is too shy to say a word, or the
moment the mother or the sister who comes along steps out."""

PATTERNS = (_WAIST_OR_CHEEKS, _IN_OTHER_TONGUES, _FITTED_BY_HAND)
"""Each hand or head with the body it is put on; `core.asks.affection.TOUCH` joins them."""
