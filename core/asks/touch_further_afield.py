"""Touch asked in more tongues, and hands-on asks of people the user serves, in English.

"Chiedere a un signore sconosciuto di abbracciarmi forte" (Italian: ask an unknown man to hug
me tight), "pyydä baristaa hieromaan mun hartioita" (Finnish: ask the barista to rub my
shoulders), "paprašyti nepažįstamos merginos leisti paliesti jos kasas" (Lithuanian: ask a
girl on the bus to let me touch her braids), "অফিসের নতুন মেয়েটাকে বলব হাতটা একটু ধরতে দাও"
(Bengali: tell the new girl at the office to let me hold her hand), "a cheiro on the cheek"
(Portuguese in Brazil: a kiss on the cheek, of a girl just met), "cela umama othengisa izithelo
ukuthi ngimgone" (Zulu: ask the woman selling fruit to let me hug her). In English: a client's,
patient's or tenant's hand held, suncream put on a tourist's back, a head laid in a
neighbour's lap. Each is a body asked for that the person did not offer. Touch of a partner or
family stays theirs to give (`core.asks.decide.hug_is_fine`), and suncream or a hand on the
user's own body asks no one. Fragments for `core.asks.affection.TOUCH`, over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

_OTHER_TONGUES = (
    r"abbracci(?:ar\w*|ami|are|arl\w*|arsi)|baciar\w*|massaggi\w*|accarezz\w*",
    r"(?:me )?abra[cç]ar\w*|beijar\w*|massagem|fazer (?:um )?cafun[ée]",
    r"hiero(?:a|o|maan|isi\w*|tko\w*|nta\w*)|halaa\w*|halia\w*|suukot\w*|pussaa\w*",
    r"paliest\w*|paglost\w*|apkabin\w*|pabučiuo\w*|pabuciuo\w*",
    r"(?:othengisa|odayisa|umthengisi|umuntu|abantu|isihambi|umfokazi|owesifazane|indoda"
    r"|intombazane|uweta|unesi|umshayeli)\b[^.!?]{0,60}?\b(?:ukungi|ukum|uku|ngim|ngiba|ngi"
    r"|angi|abangi)(?:gon[aei]|qabul[aei])\w*",
    r"হাত\S* (?:\S+ ){0,2}ধর\w*|জড়িয়ে ধর\w*",
    r"(?:a |um |uma )?(?:cheir(?:o|inho)|beij(?:o|inho)|bacio|bacetto|smooch|peck) (?:on|no|na"
    r"|sulla|sul) (?:the |a )?(?:cheeks?|bochecha|rosto|guancia|cangote)",
    r"(?:a |une |la |the |some |two |deux )?(?:bises?|bisous?|bisou|bisettes?)\b",
)
"""Hugging, kissing, stroking, rubbing or holding a hand, in Italian, Portuguese, Finnish,
Lithuanian, Bengali or Zulu (a seller, a passer-by or a waiter named before "ngimgone", that I
hug her, or "ukumqabula", to kiss her: read even where an English aside makes the ask read as
English; a friend named instead is left to the gloss, which knows the friend), and a kiss on
the cheek by its Brazilian word, or by the French "bise" or "bisou" in an English ask (of a
waitress, touch; of family, a greeting theirs to give)."""

_SERVED = (
    r"(?:client|customer|patient|tenant|student|pupil|tutee|colleague|coworker|co-worker"
    r"|passenger|guest|buyer|seller|stranger|tourist|neighbou?r|cashier|waitress|waiter)"
)

_ENGLISH = (
    rf"hold (?:my |the |a |this |that )?(?:\w+ )?{_SERVED}'s hands?",
    r"(?:put|apply|rub|spread|smear|slather) (?:some |the |my )?(?:sun ?cream|sunscreen|sun"
    r" lotion|suntan lotion|tanning oil|after-?sun|lotion|oil|cream) on (?!my\b)(?:[\w']+ ){1,3}?"
    r"(?:back|shoulders?|neck|legs?|body|chest)\b",
    r"(?:put|rest|lay) my head (?:in|on) (?:her|his|their|your|someone's|a stranger's) lap",
    r"(?:a stranger|strangers|someone|somebody|a random \w+|random \w+|a guy|a girl|a man"
    r"|a woman|a lady|a bloke)\b[^.!?;]{0,50}\b(?:put|apply|rub|spread|smear)\w* (?:some |the )?"
    r"(?:sun ?cream|sunscreen|sun lotion|suntan lotion|tanning oil|lotion|oil) on my (?:back"
    r"|shoulders|legs|body|neck)\b",
    r"(?:put|apply|spread|smear|slather|do) (?:some |the |a bit of )?(?:sun ?cream|sunscreen"
    r"|sunblock|sun lotion|suntan lotion|tanning oil|after-?sun) on my (?:back|shoulders|legs"
    r"|neck)\b",
)
"""A hand held of someone the user serves or meets by chance, suncream put on someone else's
back or asked of a stranger for the user's own, a head laid in someone's lap. Suncream put on
the user's own back by anyone asked ("the pool attendant at the hotel") is hands on their
body, as rubbing it in is; a partner or family may still be asked (`hug_is_fine`)."""

PATTERNS = _OTHER_TONGUES + _ENGLISH
