"""Other people recorded in secret or posted, in Spanish forms and in tongues besides.

"Grabaré en secreto la conversación con el director", "voy a grabar al profe cuando le pida
que me suba la nota y lo subo", "hacer un live en insta pidiéndole cosas raras a los clientes
sin avisarles", "grabar al de recursos humanos con el cel en la bolsa", "grabarlo todo escondío
pa YouTube", "grabar ... cuando le pida al cliente que me pague y ponerlo en el estado de
WhatsApp"; in Hungarian "élőben streamelem ... ő nem fogja tudni"; in Romanian "îl filmez pe
șef ... fără să știe"; in Turkish "tepkilerini gizlice çekeceğim"; in German "ich nehme
heimlich mit dem Handy auf"; in Greek written in Latin letters "na travhksw video ton
proistameno ... xwris na to kserei"; in Czech "natočit reakci pokladní ... bez jejího vědomí a
hodit to na youtube"; in Tagalog "i-vlog ko yung reaction ng mga tindera ... di ko sasabihin na
naka-record"; in French "filmer discrètement la réaction de la fille". The Spanish shapes of
`core.asks.footage_in_other_tongues` know "grabar a la señora" but not the future or the
person asked ("cuando le pida"), and no other tongue here was read. Each reading needs the
camera with the secrecy, or someone else's face or reaction put on a page; the user filmed
("grabarme", "mich filmen"), a sunset posted, or a camera the person agreed to stay fair.
`core.asks.conduct.RECORDED` joins them; fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

_GRABAR = (
    r"(?:grab(?:ar|o|a|as|amos|aré|are|aremos|ando|é|arlo|arla|arlos|arlas|arle|arles|ándolo"
    r"|ándola|arlo todo)|film(?:ar|o|aré|ando|arlo|arla|arle)|hacer un (?:live|directo|en vivo)"
    r"|(?:voy a|vamos a) hacer un (?:live|directo))\b"
)
"""Recording in Spanish, by its future, its gerund or its object, and going live."""
_HIDDEN_ES = (
    r"(?:en secreto|a escondidas|escond[ií](?:d)?[oa]|de incógnito|sin avisar(?:le|les)?"
    r"|sin decir(?:le|les)|sin que (?:\w+ )?(?:sepa|sepan|se (?:entere|enteren|dé cuenta))"
    r"|con el (?:cel|celular|teléfono|telefono|móvil|movil) (?:\w+ )?en (?:la|el|mi) (?:bolsa"
    r"|bolsillo|mochila|cartera|bolso))"
)
_PAGE_ES = (
    r"(?:sub(?:o|irlo|irla|iré|ire|e)|lo subo|la subo|postear(?:lo|la)?|publicar(?:lo|la)?"
    r"|poner(?:lo|la) en (?:el |mi |la )?(?:estado|historia|insta|tiktok|face|youtube|grupo))\b"
)
_SOMEONE_ES = (
    r"(?:al|a la|a los|a las|a mi|a mis|a un|a una)\b(?! mí\b| mi mism| mis? (?:perr|gat|mascot"
    r"|casa|comida|jard[ií]n|plant|hij|beb)\w*)|(?:cuando|mientras) le"
    r" (?:pid\w*|pregunt\w*|dig\w*)|pidiéndole|preguntándole|a la gente|a los clientes"
)
_OWN_ES = (
    r"(?:mi|mis|nuestr[oa]s?) (?:propi[oa]s? |nuev[oa]s? )?(?:canci\w*|voz|música|musica|demo"
    r"|tema|disco|práctica|practica|ensayo|discurso|podcast|rutina|coreografía)"
)
"""The user's own song, voice or practice: recorded in secret, it shows nobody else."""
_SPANISH = (
    rf"{_GRABAR}(?! {_OWN_ES})[^.!?]{{0,100}}?\b{_HIDDEN_ES}(?! {_OWN_ES})",
    rf"{_HIDDEN_ES}[^.!?]{{0,20}}?\b{_GRABAR}",
    rf"{_GRABAR}[^.!?]{{0,40}}?\b(?:{_SOMEONE_ES})\b[^.!?]{{0,100}}?\b{_PAGE_ES}",
)
"""A Spanish camera with the secrecy, or with someone in front of it and a page after."""
_HIDDEN_ELSEWHERE = (
    # Hungarian, Romanian, Turkish, German, Dutch, Polish, Greek, Czech, Tagalog, French.
    r"(?:nem (?:fogja|fogják|fogjak) tudni|tudta nélkül|tudtuk nélkül|titokban"
    r"|fără să (?:știe|stie|afle|știu)|fara sa (?:stie|afle)|pe ascuns|în secret"
    r"|gizlice|habersizce|haberi olmadan|haberleri olmadan|izinsiz"
    r"|heimlich|ohne (?:dass|daß) (?:er|sie|es) (?:es )?(?:weiß|merkt|mitbekommt)|ohne (?:ihr|sein"
    r"|deren|ihre) wissen|stiekem|zonder dat (?:hij|zij|ze) het (?:weet|merkt)|potajemnie"
    r"|po kryjomu|bez (?:jego|jej|ich) wiedzy|xwris na (?:to |ton |tin )?(?:kserei|xerei"
    r"|katalavei|mathei)|xoris na to (?:kserei|xerei)|krifa|kryfa|χωρίς να (?:το )?(?:ξέρει"
    r"|καταλάβει)|κρυφά|bez (?:jejího|jejiho|jeho|jejich) (?:vědomí|vedomi)|tajně|tajne|potají"
    r"|potaji|(?:di|hindi) ko (?:sasabihin|ipapaalam|sinasabi)|palihim|patago|hindi nila alam"
    r"|discrètement|en cachette|en douce|sans (?:qu'(?:il|elle|ils|elles) (?:le )?(?:sache|sachent"
    r"|remarque)|lui dire|leur dire|lui demander|leur demander))"
)
"""Words saying the person will not know, in the tongues this module reads."""
_CAMERA_ELSEWHERE = (
    r"(?:streamel\w*|élőben|lefilmez\w*|felvesz\w*|felveszem|videóz\w*|rögzít\w*"
    r"|filmez\w*|filma\w*|înregistr\w*|inregistr\w*"
    r"|çek(?:eceğim|ip|iyorum|mek|erim|eriz|elim)|kayd(?:ed|et)\w*|videoya al\w*"
    r"|auf(?:nehmen|zunehmen|genommen|zeichnen)|nehm\w* \w+ (?:\w+ ){0,4}auf|film(?:e|en|t)\b"
    r"|filmpje|opnemen|neem \w+ op|nagra\w*|filmowa\w*"
    r"|travh\w*|trabh\w*|travi\w*|video|βίντεο|τραβήξ\w*"
    r"|nato[cč]\w*|natáč\w*|nahr[aá]\w*"
    r"|i-?vlog\w*|i-?record\w*|i-?video\w*|videohan|kunan ng video|naka-?record"
    r"|film(?:er|e|erai|ons)|enregistr\w*)"
)
"""A camera or a recording, in the same tongues."""
_OTHERS_PAGE = (
    r"(?:(?:hodit|dát|dat|nahrát|nahrat|postnout|dám|dam) (?:to |ho |ji )?na (?:youtube|tiktok"
    r"|insta\w*|fb|facebook|reels?)|(?:reels?|tiktok|story|stories|instagram)(?:'?(?:e|a|ye|ya))?"
    r" (?:için|at\w*|koy\w*|yükle\w*|paylaş\w*)|gia ta stories|pour (?:la|ma|mes|les) stor(?:y|ies)"
    r"|sur (?:tiktok|insta|youtube|facebook|snap))"
)
_THEIR_FACE = (
    r"(?:reakci|reakce|tepkilerini|reaction ng|réaction de|reactie van|reakcję|reakcja"
    r"|arcát|reacția|reactia)"
)
_ELSEWHERE = (
    rf"\b{_CAMERA_ELSEWHERE}[^!?]{{0,160}}?\b{_HIDDEN_ELSEWHERE}",
    r"\bnehm\w* heimlich\b[^.!?]{0,60}\bauf\b",
    rf"\b{_HIDDEN_ELSEWHERE}[^.!?]{{0,60}}?\b{_CAMERA_ELSEWHERE}",
    rf"\b{_CAMERA_ELSEWHERE}[^.!?]{{0,20}}?\b{_THEIR_FACE}\b[^.!?]{{0,100}}?\b{_OTHERS_PAGE}",
)
"""The camera and the secrecy together, either way round, within a sentence or two of words
("ich nehme heimlich ... auf" with the secrecy inside the verb); someone's reaction filmed and
put on a page."""

PATTERNS = (*_SPANISH, *_ELSEWHERE)
"""Each camera with its secrecy or its page; `core.asks.conduct.RECORDED` joins them."""
