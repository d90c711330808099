"""A date asked, in many tongues, of someone the user serves, who serves them, or a stranger.

"Le voy a pedir una cita a la turista que guié ayer" (the tourist the user guided), "invitar a
cenar a mi paciente del cuarto 4", "invitar a la muchachita nueva que contraté a tomarse algo
conmigo" (the girl the user just hired), "invitar a almorzar a la auxiliar contable que me
reporta, pero como cita", "la pana de la cola del banco ... le voy a pedir que salgamos"
(someone in the bank queue), "invitar a salir al muchacho del Starbucks", "invitaré a tomar un
café a la enfermera que me atiende"; "de jongen van de ah kassa vragen of ie met me wil daten"
(Dutch: the boy at the supermarket till); "die Kellnerin fragen, ob sie mit mir ausgeht"
(German: the waitress); "pozvat na rande tu holku od vedlejsiho stolu, vubec ji neznam"
(Czech: a girl at the next table the user does not know at all); "îl invit în oraș pe
directorul financiar de la firma pe care o auditez" (Romanian: the CFO of the firm the user
audits); "na rwtisw ton astheni apo to thalamo 4 an thelei na vgoume" (Greek: the patient from
room 4); "randira hívni a fiatal pincért ... munka közben" (Hungarian: the young waiter, at
work); "yayain ko mag-date yung client" (Tagalog: the user's client); "demander à la serveuse
de sortir avec moi" (French: the waitress). And in English, people the role lexicons missed: a
train's provodnytsia, a customs officer on duty, the user's property manager, accountant or
new ASM, a member whose card the user is holding at the desk, and a widower whose wife the
user sat with as she died.

Each person is at work with the user, served by them or answerable to them, or a stranger: a
no costs them a customer, a job, a patient's trust, or is hard to give at all. As in English
(`core.asks.decide`), a date asked of them is pursuit. A date with the user's own partner or a
friend ("invitar a mi novia a cenar") is read as close and left alone; a patient, a client or
a waiter asked for anything but a date ("preguntarle a la cajera por el recibo") names no date.
Read by `core.asks.dates_off_limits.dates_someone_off_limits`; fragments over the normal form
of `core.asks.text`.
"""

from __future__ import annotations

from core.asks import advances, affection, dates_further_afield
from core.asks.roles import Who
from core.asks.text import has, words

DATE_ABROAD = words(
    # Spanish
    r"(?:pedir|pedirle|pido|pediré|voy a pedir)(?:le)? (?:una cita|que salgamos|salir)"
    r"|(?:invitar|invito|invitaré|invitaria|invitaría)(?:la|lo|le)? a (?:cenar|almorzar|comer"
    r"|tomar(?:se)? (?:algo|un café|un cafe|una copa|unas? \w+)|salir|bailar)\b"
    r"|salgamos|salir conmigo|como (?:una )?cita"
    r"|(?:invitar|invito|invitaré)(?:la|lo|le)? (?:\w+ ){1,10}?a (?:cenar|almorzar|tomar(?:se)?"
    r" (?:algo|un café|un cafe|una copa) conmigo)\b",
    # Dutch, German
    r"(?:met (?:me|mij) )?(?:wil |wilt )?daten\b|mee uit (?:vragen|eten)|uit (?:te )?vragen"
    r"|(?:mit mir )?aus(?:geht|gehen|zugehen)\b|(?:zu |auf )?ein(?:em)? date\b",
    # Turkish, Czech, Romanian
    r"(?:yemeğe|kahveye|içkiye|sinemaya) (?:davet|çağır)\w*|çıkma teklif\w*|randevu\w*",
    r"pozvat na (?:rande|ve[cč]e[rř]i|kafe|drink|pivo|v[ií]no)|rande\b",
    r"invit (?:\w+ )?(?:în|in) ora[șşs]|invit la (?:cin[aă]|o cafea|un suc|o [îi]nt[aâ]lnire)"
    r"|s[aă] ie[șşs]im (?:[îi]mpreun[aă]|(?:în|in) ora[șşs])",
    # Greek (Greek or Latin letters), Hungarian, Tagalog, French
    r"na vgoume\b|(?:ra)?ntevou\b|ραντεβού|να βγούμε",
    r"randi\w*|randevú\w*|(?:vacsorázni|vacsorazni|kávézni|kavezni|inni) hív\w*",
    r"mag-?date|makipag-?date|i-?date|ligawan|manligaw\w*",
    r"sortir avec (?:moi|elle|lui)|(?:boire un verre|d[iî]ner|un caf[ée]) avec moi",
    *dates_further_afield.DATE,
)
"""A date or an evening out in Spanish, Dutch, German, Turkish, Czech, Romanian, Greek,
Hungarian, Tagalog or French."""

NOT_FREE_TO_DATE = words(
    # Spanish: a tourist guided, a patient, someone hired or reporting, staff, a stranger
    r"turista que gui\w*|(?:mi|su|la|el|al) paciente|(?:mi|una?|la|el) client[ea]\b"
    r"|que contrat[ée]\b|que me reporta|(?:mi|la|el) (?:empleada|empleado|subordinad[oa]"
    r"|practicante|pasante|becari[oa])\b|enfermer[oa] que me atiende|que me atiende"
    r"|(?:muchach[oa]|chic[oa]|pana|chamo|chama|jev[ao]|señor[a]?) del? (?:la )?(?:\w+ )?"
    r"(?:starbucks|café|cafetería|cafeteria|banco|super\w*|tienda|colmado|bodega|farmacia"
    r"|gym|gimnasio|cola|fila|metro|bus|autobús|camión|guagua)\b|que no conozco",
    # Dutch, German
    r"(?:jongen|meisje|man|vrouw|gast|meid|dame|knul) (?:van|achter|bij|aan) (?:de|het) (?:\w+ )?"
    r"(?:kassa|balie|bar|toonbank|receptie)|caissi[eè]re|serveerster|onbekende",
    r"kellner\w*|kassierer\w*|verkäufer\w*|barkeeper\w*|patientin|kundin|praktikant\w*|fremde",
    # Czech, Romanian, Greek, Hungarian
    r"(?:holk\w*|holc\w*|kluk\w*|[zž]en\w*|slečn\w*|slecn\w*) od (?:vedlej\w*|vedle)\b"
    r"|v[uů]bec (?:ji|ho|je) nezn[aá]m|č[ií]šn\w*|cisn\w*|serv[ií]rk\w*|pokladn[ií]\w*",
    r"pe care o auditez|auditez\b|pacient\w*|osp[aă]tar\w*|chelner\w*|casier\w*|subaltern\w*",
    r"(?:ton|tin|to) asthen\w*|ασθεν\w*|pelat\w*|πελάτ\w*|agnwst\w*|άγνωστ\w*|servitor\w*",
    r"pincér\w*|pincer\w*|pénztáros\w*|páciens\w*|ügyfel\w*|munka közben",
    # Tagalog, French
    r"(?:yung|ang|si) (?:client|customer|kustomer|pasyente|cashier|crew)\b",
    r"serveu(?:r|se)|caissi[eè]re?|barmaid|vendeu(?:r|se)|inconnu\w*|stagiaire|elle travaille"
    r"|il travaille",
    # English
    r"provodni\w*|provodny\w*|customs officer|border (?:guard|officer)|immigration officer",
    r"(?:my|our|the|my flat's|our flat's) (?:property manager|letting agent|accountant"
    r"|bookkeeper|financial (?:adviser|advisor)|tax (?:adviser|advisor|preparer))\b"
    r"|accountant who does my",
    r"(?:my|our) (?:new )?(?:asm|intern|trainee|apprentice|direct report)\b",
    r"(?:while|when|as) i(?:'m| am)? (?:holding|scanning|swiping|checking|ringing up|serving"
    r"|bagging|processing) (?:her|his|their)\b",
    r"whose (?:late )?(?:wife|husband|mother|father|mum|mom|dad|son|daughter|partner) i (?:sat"
    r" with|cared for|nursed|looked after|treated)\b",
    *dates_further_afield.NOT_FREE_TO_DATE,
)
"""Someone the user serves or who serves them, answers to them or is a stranger, in the
tongues above and in English words the role lexicons miss."""

_LOOKS = words(r"cute|handsome|pretty|hot|gorgeous|sexy|beautiful|attractive|good-looking")
"""Looks noted of the one invited: a dinner with them is a date, not a working lunch."""
_OWN_CIRCLE = frozenset({Who.FRIEND, Who.PARTNER, Who.FAMILY})


def dates_across_a_counter(text: str, who: Who) -> bool:
    """Whether a date (in the tongues above, asked out in English, or a meal asked of someone
    whose looks the user notes) is asked of someone who serves the user, whom the user serves
    or manages, or a stranger. A meal alone with an accountant may be a working one."""
    if who in _OWN_CIRCLE or not has(NOT_FREE_TO_DATE, text):
        return False
    if has(DATE_ABROAD, text) or has(affection.ROMANCE, text) or has(advances.ADVANCES, text):
        return True
    return has(affection.INVITE, text) and has(_LOOKS, text)
