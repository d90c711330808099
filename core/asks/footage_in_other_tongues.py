"""Other people filmed or photographed, in Spanish, Portuguese or Patois: kept from them, or posted.

"Sacar fotos a las chicas en la playa sin que se enteren", "grabar a escondidas a mi jefe
cuando le pido el aumento", "la próxima vez que la señora me grite, grabarla y subirlo a
TikTok", "filmar o vizinho sem que ele saiba", "video di argument wid di taxi man and put it
pon insta": a camera turned on someone who is never told ("sin que se enteren", "a escondidas",
"sem que saibam"), or their clip put on a page ("subirlo a TikTok", "postar no Insta", "put it
pon insta"). The English lexicons of `core.asks.conduct` read neither the verbs nor the page in
these words, so the rules found no camera at all. The user filmed ("que me filme", "grabarme",
"video mi self"), a photo the user asks a stranger to take of them ("si me saca una foto"), or
photos sent to the landlord of a leak stay fair: each shape needs someone else recorded with
the secrecy or the post. `core.asks.conduct.RECORDED` joins them; fragments over the normal
form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks import footage_in_more_tongues

_SHOOT = (
    r"(?:grabar|grabando|filmar|filmando|gravar|gravando|fotografiar|fotografar|(?:sacar|tomar"
    r"|hacer|tirar|bater) (?:unas |umas |algunas |algumas )?(?:fotos?|vídeos?|videos?))"
)
"""Recording, in Spanish or Portuguese: "grabar", "sacar fotos", "tirar fotos"; the forms a card
is written in, not "que me grabe", where the user asks to be recorded."""
_PERSON = (
    r"(?:señora|señor|señoras|señores|vecin[oa]s?|vizinh[oa]s?|jef[ea]s?|chefe|cajer[oa]s?"
    r"|caixa|meser[oa]s?|camarer[oa]s?|garçom|garçonete|profes?|profesor[a]?|professor[a]?"
    r"|chic[oa]s|pibas?|pibes?|gente|niñ[oa]s|crianças|motorista|taxista|conductor[a]?|chofer"
    r"|policía|policial|guardia|guarda|segurança|borrach[oa]s?|bêbad[oa]s?|client[ea]s?"
    r"|turistas|guiris|pareja|casal|mujer|mulher|hombre|homem|tí[oa]|suegr[oa]|compañer[oa]s?"
    r"|colega|colegas|mendigo|vendedor[a]?|empleada?|funcionári[oa]|enfermer[oa]|médic[oa]"
    r"|desconocid[oa]s?|estranh[oa]s?)"
)
"""People a camera would be turned on, by their Spanish or Portuguese word."""
_SOMEONE_SHOT = (
    r"(?:(?:grabarl|filmarl|fotografiarl)[aeo]s?|(?:gravá|grava|filmá|filma|fotografá)-l[oa]s?"
    r"|(?:sacarle|sacarles|tomarle|tomarles|hacerle|hacerles|tirarle|tirarles) (?:unas |algunas )?"
    rf"(?:fotos?|vídeos?|videos?)|{_SHOOT} (?:a|al|à|ao|aos|às) (?!mí\b|mi mism|nosotr|mi"
    r" (?:perro|gato|mascota|casa|comida|plato)\b|(?:la|el) (?:playa|ciudad|calle|comida|vista"
    rf"|paisaje)\b)|{_SHOOT} (?:o|os|el|los|las|la|a|as|um|uma|un|una|mi|mis|meu|minha|ese|esa"
    rf"|esse|essa|aquel\w*|del|da|do|das|dos|de (?:la|las|los|el|mi|mis|una?|esa|ese)) (?:\w+ )?"
    rf"{_PERSON}\b)"
)
"""Someone else in front of the camera: "grabarla", "sacarle fotos", "grabar a la señora",
"gravar o motorista"; not a view or a plate ("sacar fotos del atardecer", "grabar un video")."""
_KEPT_FROM_THEM = (
    r"(?:sin que (?:\w+ ){0,2}(?:se (?:enteren?|dé cuenta|den cuenta|entere)|(?:lo |la |me )?"
    r"(?:sepan?|vean?|note|noten))|a escondidas|en secreto|sin avisar(?:le|les)?|sin decir(?:le"
    r"|les)?(?: nada)?|sin pedir(?:le|les)? permiso|sem (?:que )?(?:\w+ )?(?:saber|saibam?"
    r"|perceber|percebam?|ver|vejam?)|escondid[oa]|às escondidas|as escondidas|em segredo"
    r"|sem avisar|sem pedir (?:permissão|licença))"
)
"""Words saying the person recorded will not know: "sin que se enteren", "a escondidas"."""
_PAGE = (
    r"(?:tiktok|insta(?:gram)?|ig|face(?:book)?|fb|twitter|x|youtube|snap(?:chat)?|whatsapp"
    r"|reels?|stories|historias|status|estado|redes(?: sociales| sociais)?|el grupo|o grupo|grupo"
    r"|mi canal|meu canal)\b"
)
_POSTED = (
    rf"(?:sub(?:ir|e|o|irlo|irla|irlos|irlas)|postar|posta|postear(?:lo|la)?|publicar(?:lo|la)?"
    rf"|colgar(?:lo|la)?|compartir(?:lo|la)?|compartilhar)\b[^.!?]{{0,20}}?\b(?:a|en|no|na|pro"
    rf"|pra|para|al) (?:mi |meu |minha )?{_PAGE}"
)
"""A clip put on a page: "subirlo a TikTok", "postar no Insta", "colgarlo en Facebook"."""

PATTERNS = (
    *footage_in_more_tongues.PATTERNS,
    rf"\b{_SOMEONE_SHOT}[^.!?]{{0,80}}?\b(?:{_KEPT_FROM_THEM}|{_POSTED})",
    rf"\b{_KEPT_FROM_THEM} (?:\w+ ){{0,2}}?{_SOMEONE_SHOT}",
    rf"\b{_SHOOT} (?:a escondidas|às escondidas|as escondidas|en secreto|em segredo|escondid[oa]"
    rf"|de escondidas) (?:(?:a|al|ao|à) (?!(?:mí|mi mism\w*|nosotr\w*)\b)|(?:o|a|la|el|os|as|los"
    rf"|las|mi|mis|meu|minha) (?:\w+ )?{_PERSON}\b)",
    r"\b(?:video|film|record|tape)\w* (?:di|de|dat|dem|him|her|dis)\b(?!self| (?:view|sunset"
    r"|sunrise|beach|sea|sky|food|dinner|dog|cat|yard|garden|car|church|game|match|show)\b)"
    r"[^.!?]{0,60}?\b(?:put|post|stick|upload|share)\w* (?:it |dem |them |up )*(?:pon|on|a|to)"
    rf" (?:mi |my )?{_PAGE}",
)
"""Someone recorded and kept from it, someone recorded and posted, in Spanish or Portuguese;
someone filmed in Patois and put "pon insta"."""
