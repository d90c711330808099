"""Pretences told in Spanish, Portuguese, French or Indonesian: a standing claimed for a favour.

"Decir en el Prado que soy estudiante. Tengo 34 pero parezco más joven", "decirle al del museo
que todavía soy estudiante so I get in free, even though I graduated years ago", "dizer na loja
que sou sobrinha da dona pra ganhar o desconto de família", "dire au caviste que je suis
sommelier so he lets me taste the grands crus for free", "bilang ke resto kalau aku orang dari
dinas kesehatan biar dikasih makan gratis": a student's card the user's own words say they no
longer hold, kin of the owner claimed for the family discount, a trade or an office claimed for
a free tasting or a free meal. `core.asks.borrowed_titles` reads the Spanish and Portuguese
titles told "para que" someone gives way; these read the standing the English lexicons have no
words for. Saying who the user is and asking ("decirle al museo que soy estudiante y
preguntar si hay descuento", "bilang ke resto aku dari dinas kesehatan, mau tanya jadwal
inspeksi") leaves the answer to them and stays fair: each shape needs the claim with what
belies it, or with the perk it is told for. `core.asks.deception.DECEPTION` joins them to its
own; fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.borrowed_titles import TOLD
from core.asks.false_claims import NOT_ELIGIBLE

_STILL = r"(?:todavía |todavia |aún |aun |ainda |encore |toujours )?"
_STUDENT = (
    r"(?:estudiante|estudante|universitari[oa]|alumn[oa]|alun[oa]|étudiante?|etudiante?"
    r"|jubilad[oa]|aposentad[oa]|retraitée?|residente|socio|sócio|menor(?: de edad| de idade)?)"
)
"""A standing a price is kept for: a student, a pensioner, a resident, a member, a minor."""
_BELIED = (
    rf"(?:{NOT_ELIGIBLE}|(?:tengo|tenho|j'ai) (?:ya |já |como )?[3-9]\d\b(?! (?:y|e|et) (?:estudio"
    r"|estudo|sigo|j'étudie))|(?:pero|mas|mais|aunque|embora) (?:\w+ )?(?:parezco|pareço|aparento"
    r"|j'ai l'air)|parezco (?:más |mas )?joven|pareço (?:mais )?(?:jovem|nova|novo)"
    r"|(?:me gradué|me recibí|terminé|acabé|me formei|terminei|j'ai fini|j'ai terminé)\b)"
)
"""What rules the user out: an age, a degree finished, a face that passes for younger."""
_STANDING_BELIED = (
    rf"{TOLD}\b[^.!?;]{{0,40}}?\bque {_STILL}(?:soy|sou|je suis) (?:un |una |um |uma |une )?"
    rf"{_STUDENT}\b.{{0,120}}?\b{_BELIED}"
)
"""A student's or a pensioner's standing claimed, with what says the user no longer holds it."""

_KIN = (
    r"(?:sobrin[oa]|sobrinh[oa]|prim[oa]|herman[oa]|irmão|irmao|irmã|irma|hij[oa]|filh[oa]|niet[oa]|net[oa]"
    r"|ahijad[oa]|afilhad[oa]|cuñad[oa]|cunhad[oa]|nuera|yerno|genro|nora|amig[oa])"
)
_OWNER = (
    r"(?:dueñ[oa]|duen[oa]|don[oa]|propietari[oa]|proprietári[oa]|gerente|jefe|jefa|chefe"
    r"|patr[oó]n|patroa|encargad[oa]|administrador[a]?)"
)
_GAIN = (
    r"(?:para que|pra que|pa que|para (?:ganhar|ganar|conseguir|tener|ter|entrar|pagar menos)"
    r"|pra (?:ganhar|conseguir|ter|entrar|pagar menos)|y (?:así|asi) |e assim |so (?:they|he|she|i"
    r"|we)|to get|descuento|desconto|gratis|grátis|de graça|free)"
)
_KIN_OF_THE_OWNER = (
    rf"{TOLD}\b[^.!?;]{{0,40}}?\bque (?:soy|sou) (?:o |a |el |la )?{_KIN} (?:del|de la|de los|da"
    rf"|do|dos|das) {_OWNER}\b[^.!?;]{{0,60}}?\b{_GAIN}"
)
"""Kin of the owner or the manager claimed for the family discount or a way in."""

_FR_TOLD = r"(?:dire|dis|dites|disant|raconter|prétendre|pretendre|faire croire)"
_FR_ROLE = (
    r"(?:sommelier|sommelière|critique|journaliste|blogueur|blogueuse|influenceur|influenceuse"
    r"|inspecteur|inspectrice|chef|caviste|acheteur|acheteuse|photographe|policier|médecin"
    r"|medecin|infirmier|infirmière)"
)
_FR_TITLE_FOR_A_PERK = (
    rf"{_FR_TOLD}\b[^.!?;]{{0,40}}?\b(?:que )?je suis (?:un |une |le |la )?(?:\w+ )?{_FR_ROLE}\b"
    r"[^.!?;]{0,80}?\b(?:gratuit\w*|gratis|free|offert\w*|pour rien|for nothing|on the house"
    r"|so (?:he|she|they) (?:\w+ )?(?:let|lets|give|gives)|pour (?:avoir|qu'il|qu'elle|qu'ils))"
)
"""A trade or a title claimed in French, for a free tasting or a way in."""

_ID_TOLD = r"(?:bilang|bilangin|ngaku|ngakunya|mengaku|pura-pura|pura2|bohong|kasih tau|kasih tahu)"
_ID_OFFICE = (
    r"(?:dinas \w+|kantor \w+|kementerian|polisi|polda|polres|pajak|bpom|satpol pp|wartawan"
    r"|jurnalis|pejabat|inspektur|petugas \w+|orang (?:dinas|kementerian|pajak|pemda|dinkes)"
    r"|dinkes|pemda|influencer|food vlogger|selebgram)"
)
_ID_PERK = (
    r"(?:gratis|free|diskon|potongan|dikasih|dapet|dapat|didahulukan|duluan|masuk|dibebasin"
    r"|dibebaskan)"
)
_ID_OFFICE_FOR_A_PERK = (
    rf"{_ID_TOLD}\b[^.!?;]{{0,40}}?\b(?:(?:kalau|kalo|bahwa|klo)? ?(?:aku|saya|gue|gw) (?:ini )?"
    rf"|(?<=ngaku )|(?<=mengaku )|jadi |sebagai )(?:orang |dari |petugas )*{_ID_OFFICE}\b"
    rf"[^.!?;]{{0,50}}?\b(?:biar|supaya|agar|buat|so)\b[^.!?;]{{0,30}}?\b{_ID_PERK}\b"
)
"""An office or a trade claimed in Indonesian ("aku orang dari dinas kesehatan", "ngaku
wartawan") so the food or the ticket is free."""

PATTERNS = (
    _STANDING_BELIED,
    _KIN_OF_THE_OWNER,
    _FR_TITLE_FOR_A_PERK,
    _ID_OFFICE_FOR_A_PERK,
)
"""Each standing claimed with what belies it or the perk it is told for;
`core.asks.deception.DECEPTION` joins them to its own."""
