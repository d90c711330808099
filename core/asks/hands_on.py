"""Hands on someone, in words: a waist held, a cheek pinched, a head on a shoulder.

"Help the tourist girls up the tram step by holding their waist", "dance holding the waist of a
guest I don't know", "pinch the cheeks of the babies on the Circumvesuviana", "preguntarle a
alguien en el Subte si puedo apoyar la cabeza en su hombro", "minta pegangan tangan sama
mbak-mbak sebelah di KRL" (ask the woman beside me on the train to hold hands, in Indonesian),
"she always brings her sister for her measurements; tomorrow I take the chest and waist myself
with my own hands, she is shy and will not say anything", "pull the prettiest tourist into the
syrtos by the waist", "give the lad who delivers Mam's tablets a big squeeze", "slap the new
guy on the back of the head, it's affection", "tocarle el pelo a la chica del subte", "practice
palpating masseter muscles on my flatmate": a hand on a body, or a head on it, that the person
did not offer, a body pulled by a part of it, a squeeze, a slap, a stranger's hair touched in
Spanish or Portuguese, a body examined by hand, a fitting done by hand when the one who
keeps it proper is away, legs "pressed" (a massage, in Indian English), and a stranger's
posture corrected hands-on. Touch from a partner or family stays theirs to give
(`core.asks.decide.hug_is_fine`); a hand offered up the step, a seat offered on the train, or
measurements taken with the client's sister there, is not it. Fragments for
`core.asks.affection.TOUCH`, over the normal form of `core.asks.text`.
"""

from __future__ import annotations

_HELD = (
    r"(?:hold|holding|held|grab|grabbing|grabbed|(?:put|putting|keep|keeping|rest|resting"
    r"|place|placing) (?:my |both )?(?:hands?|arms?) on|pinch|pinching|squeeze|squeezing|stroke"
    r"|stroking)"
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

_PART = (
    r"(?:waist|hips?|arms?|hands?|wrists?|collar|hair|shoulders?|neck|elbows?|scruff of (?:the|his"
    r"|her|their) neck)"
)
_PULLED_BY = (
    r"(?:pull|pulls|pulling|drag|drags|dragging|yank|yanking|tug|tugging|haul|hauling|spin"
    r"|spinning|swing|swinging|grab|grabbing)\b[^.!?;]{0,50}\bby (?:the|their|his|her) "
    rf"{_PART}\b"
)
"""A body pulled or spun by its waist or its arm into a dance or a room."""
_SQUEEZED = (
    r"(?:give|giving|gives|gave) (?:him|her) (?:a |one )?(?:big |little |good |proper |quick"
    r" |tight |massive |huge )?(?:squeeze|squish|smooch|snog|bear hug)\b"
    r"|squeez(?:e|es|ing) (?:him|her)\b(?! (?:in|into|past|through|out|for|onto|on)\b)"
)
"""A squeeze given to him or her, or someone squeezed: an embrace by another name; squeezing
someone in is an appointment, and avocados given a squeeze are fruit."""
_SLAPPED = (
    r"(?:slap|slaps|slapping|smack|smacks|smacking|cuff|cuffing|spank|spanking|swat|swatting)"
    r" (?:him |her |them |(?:the|that"
    r"|this|my|a) (?:[\w'-]+ ){1,3}?)(?:on|across|round|around|upside|over)"
    r" (?:the |his |her |their )?(?:back of the )?(?:head|bum|butt|arse|ass|face|cheeks?|ears?"
    r"|back|neck|behind|bottom|backside|shoulders?)\b"
)
"""A slap, a smack or a clip round the ear: a blow, whatever affection it is called."""
_HAIR_IN_OTHER_TONGUES = (
    r"(?:tocar|acariciar|oler|agarrar|tocá|toca|passar a mão (?:n|em))\w* (?:el|la|los|las|su|sus"
    r"|o|a|os|as|seu|sua|seus|suas) (?:pelo|cabello|cabelo|cara|rostro|mejillas?|bochechas?"
    r"|piernas?|pernas?|cintura|brazos?|braços?|barba|rulos|cachos|trenzas|tranças|cuello|pesco[çc]o"
    r"|espalda|costas)\b"
)
"""Hair, a face or a body touched, in Spanish or Portuguese; a doorbell rung ("tocarle el timbre")
is no body."""
_EXAMINED = (
    r"practi[cs](?:e|es|ed|ing) (?:\w+ ){0,2}?(?:palpat\w*|massag\w*|shiatsu|reflexology|reiki"
    r"|taping|strapping|cupping"
    r"|dry needling|acupuncture|manual therapy|adjustments?)\b[^.!?;]{0,40}\bon (?:my|a|an|the"
    r"|her|his|some|people|strangers|classmates|someone|somebody)\b"
)
"""A body examined or treated by hand for the user's practice: a clinician's touch taken from
someone who is not there for it; the doctor asked to palpate the user's neck is not it."""
_PATTED_ON = (
    r"(?:pat|pats|patting|tap|taps|tapping|squeeze|squeezes|hand|hands|rub|rubs|stroke|strokes)"
    r" on (?:the|their|his|her|your|a|each|every) (?:knees?|thighs?|legs?|bum|bottom|backside|butt"
    r"|hips?|waist|lap)\b"
    r"|(?:pat|pats|patting|tap|taps|tapping|squeeze|squeezes|squeezing|rub|rubs|rubbing|stroke"
    r"|strokes|stroking)\w* (?:their|his|her|them|everyone's|each \w+'s|every \w+'s|the \w+'s)"
    r" (?:knees?|thighs?|legs?|bum|bottom|backside|butt|hips?)\b"
)
"""A pat on the knee, a hand on the thigh: a stranger's leg or hip touched as friendliness. A pat
on the back stays out, the praise it usually means."""
_ADJUSTED = (
    r"(?:give|giving|gives|gave|offer|offering|offers|offered|do|doing|try|trying|provide"
    r"|providing)\b(?:(?!\bme\b)[^.!?;]){0,40}?\b(?:hands-?on|hands on|physical|manual)"
    r" (?:[\w-]+ )?(?:adjustments?|assists?|corrections?|alignments?|healing|bodywork|treatments?)"
    r"|(?:give|giving|offer|offering|do|doing)\b(?:(?!\bme\b)[^.!?;]){0,40}?\b(?:hip|back|neck"
    r"|spine|spinal|pelvic|posture|shoulder|chiropractic) (?:adjustments?|alignments?|cracks?"
    r"|manipulations?)\b(?! (?:on|for|to) (?:me|my)\b)"
    r"|crack (?:their|his|her|people's|strangers'|someone's) (?:backs?|necks?|spines?)"
)
"""Hands-on adjustments or a back cracked, given or offered by the user: a body handled that
did not come for it. A yoga teacher asked for an adjustment to the user's own pose gives it
to "me", and is not this; nor is a physio asked "to do a back adjustment on me"."""

_PRESSED = (
    r"press(?:es|ing)? (?:my|his|her|their|your) (?:legs?|feet|foot|back|head|shoulders?|hands?"
    r"|calves|body|knees?)\b(?! (?:into|against|down|together|flat|firmly|to|on|onto)\b)"
)
"""Legs or feet "pressed": a massage, as it is asked in India ("ask the young Swiggy boy to
press my legs for 5 minutes, he should respect elders"); feet pressed into the floor or hands
pressed together, a pose, are not."""
_CORRECTED = (
    r"(?:correct|fix|adjust|straighten|realign)\w* (?:their|his|her|someone's|people's"
    r"|strangers'|a stranger's|the \w+'s) (?:posture|form|stance|alignment|pose|back|shoulders"
    r"|hips|spine)\b[^.!?;]{0,20}?\b(?:hands-?on|hands on|by hand|with my hands|physically)\b"
    r"|(?:hands-?on|physically) (?:correct|fix|adjust|straighten|realign)\w* (?:their|his|her"
    r"|someone's|people's|strangers'|a stranger's|the \w+'s) (?:posture|form|stance|alignment"
    r"|pose|back|shoulders|hips|spine)\b"
)
"""A stranger's posture corrected hands-on ("walk up to someone stretching on the prom and
correct their posture hands-on, they'll thank me later"): a body handled that asked for no
lesson. Telling them, or correcting the user's own form, is no hand on anyone."""

PATTERNS = (
    _PRESSED,
    _CORRECTED,
    _PATTED_ON,
    _ADJUSTED,
    _WAIST_OR_CHEEKS,
    _IN_OTHER_TONGUES,
    _FITTED_BY_HAND,
    _PULLED_BY,
    _SQUEEZED,
    _SLAPPED,
    _HAIR_IN_OTHER_TONGUES,
    _EXAMINED,
)
"""Each hand or head with the body it is put on; `core.asks.affection.TOUCH` joins them."""
