"""Something the user holds over the person, traded for a favour, in English and other tongues.

"como entreno a los niños, le voy a pedir a los padres que me paguen el almuerzo si quieren que
su hijo juegue" (if they want their son to play), "anders minder speeltijd voor hun kind"
(Dutch: or less playing time for their child), "sinon il reste sur le banc" (French: or he
stays on the bench), "el que venga tiene puntos extra", "extra credit for the ones that come",
"cserébe nem lesz gond a jeggyel" (Hungarian: in return no trouble with the grade), "terfisi
bana bağlı sonuçta" (Turkish: his promotion depends on me after all): a place, a grade or a
promotion tied to the favour. Or the user names their hold and asks for themselves: "jsem jeho
mentor" (Czech: I'm his mentor) and "ať mi zaplatí oběd" (he should pay my lunch), "eimai i
proistameni tis" (Greek in Latin letters: I'm her supervisor) and "tis nyxterines mou" (my
night shifts), "eu îi semnez evaluarea" (Romanian: I sign his evaluation) and "să-mi facă
declarația", "como soy la encargada" and "que me cubra el sábado", "yo soy la que le paga" and
"que me preste su quincena", "el becario que superviso" and "que me lave el carro", "I pick who
starts each week" and "if I can use it". Rent a tenant owes, held over a date or babysitting
("le perdono el retraso del arriendo", "she's behind on rent anyway", "die
Nebenkostenabrechnung habe ich ja noch nicht gemacht"); a child's own birthday money taken
because "lo que es de él es mío" or "a mi run dis house"; the user's team, class or brigade
asked to move the user's house or chip in for the user's anniversary; staff asked to break their
rules or do the user's chores (a cleaner asked to open a friend's room, housekeeping to iron
shirts, a clerk to cancel the user's ticket for a favour done, members checking in asked for
follows). Asking how the new one is settling in, or the user's own role beside a fair ask,
trades on nothing. Read into the ask's `trades_on_position` through
`core.asks.own_standing`; fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

TIED = words(
    r"si quieren que (?:su|sus) (?:\w+ )?(?:hij[oa]s?|niñ[oa]s?|nen[ea]s?|chamac[oa]s?) (?:juegue"
    r"|jueguen|sea titular|entre)",
    r"(?:minder|geen) speel(?:tijd|minuten)\b",
    r"(?:reste|restera|finit|sera) sur le banc",
    r"(?:otherwise|or else|or|if not),? (?:\w+ ){0,3}(?:stays?|sits?|stuck|left|kept) on the"
    r" bench\b|(?:less|no) (?:playing|game|pitch) ?time\b",
    r"(?:extra|bonus) (?:credit|points|marks) (?:for|to) (?:the ones|those|whoever|anyone|everyone"
    r"|students|kids|pupils)(?: who| that)? (?:come|comes|help|helps|turn up|show up)",
    r"(?:el|la|los|las|quien|quienes) que (?:\w+ ){0,1}(?:venga|vengan|ayude|ayuden|participe)"
    r" (?:\w+ ){0,3}(?:tiene|tienen|tendr[aá]n?|gana|ganan|se lleva\w*) (?:\w+ )?(?:puntos|punto"
    r"|nota|d[eé]cimas?)\b",
    r"cser[eé]be (?:\w+ ){0,4}(?:jegy\w*|oszt[aá]lyzat\w*|jegg\w*)",
    r"(?:terfisi|zammı|zammi|maaşı|maasi|kadrosu|sözleşmesi) bana ba[gğ]l[ıi]",
)
"""A place in the team, a grade or a promotion tied to the favour."""

STANDING = words(
    r"jsem (?:jeho|jej[ií]|jejich) (?:mentor|[sš]éf|sef|vedouc\w*|tren[eé]r|u[cč]itel\w*"
    r"|nad[rř]ízen\w*|nadrizen\w*)",
    r"eimai (?:o|i) (?:proistamen\w*|afentik\w*|dieuthint\w*|ypeuthyn\w*|ypeuthin\w*|manager)"
    r"(?: \w+)?",
    r"(?:eu )?(?:[iî]i|le) (?:semnez|fac|dau) (?:eu )?evaluarea",
    r"(?:como |ya que |porque )?soy (?:el|la) (?:encargad[oa]|jef[ea]|supervisor[a]?|gerente"
    r"|due[nñ][oa]|coordinador[a]?|entrenador[a]?|profe\w*|patr[oó]n[a]?)\b",
    r"(?:yo )?soy (?:el|la) que (?:le|les) paga|total yo (?:le|les) pago",
    r"(?:que|a quien|a quienes) (?:yo )?(?:superviso|entreno|dirijo|mentoreo|coordino)\b",
    r"i (?:pick|choose|decide|select) who (?:starts|plays|gets picked|makes the team)\b",
)
"""The user's hold named: mentor, supervisor, the one who signs the evaluation, pays the wage,
or picks who starts."""

FOR_ME = words(
    r"(?:que )?me (?:lave|laven|pague|paguen|preste|presten|cubra|cubran|ayude|ayuden|haga"
    r"|hagan|regale|regalen|lleve|compre|invite|planche|limpie)\b",
    r"(?:a[tť]|aby|a[tť] mi) mi (?:zaplat\w*|koup\w*|p[uů]j[cč]\w*|umyj\w*|ud[eě]l\w*)",
    r"(?:tis|ta|to|tin|ton|tous) \w+ mou\b",
    r"s[aă]-mi (?:fac[aă]|dea|dai|pl[aă]teasc[aă]|[iî]mprumute|spele)",
    r"(?:if|whether) (?:i|we) (?:can|could|may) (?:use|borrow|have|stay (?:in|at)) (?:it|their"
    r"|his|her)\b",
)
"""Something asked for the user: their car washed, their lunch paid, a shift covered, their
night shifts taken, their taxes done, the parents' holiday house used."""

RENT_HELD = words(
    r"(?:le |te )?perdono (?:el|la) (?:retraso|atraso|deuda|mes) (?:del? |de la )?(?:arriendo"
    r"|alquiler|renta)",
    r"(?:she's|he's|they're|she is|he is|they are|shes|hes) (?:\w+ ){0,2}?behind (?:on|with)"
    r" (?:the |her |his |their )?rent\b",
    r"nebenkostenabrechnung (?:habe|hab) ich (?:ja |doch )?noch nicht",
)
"""Rent a tenant owes, forgiven for a date or held over a favour."""

KIDS_MONEY = words(
    r"lo que (?:es|sea) de (?:[eé]l|ella) es m[ií]o",
    r"hand over (?:di |the |her |his |their )?birthday money|a mi run dis house",
)
"""A child's own money taken as the parent's: "what's his is mine"."""

GROUP_FAVOURS = words(
    r"(?:my|our) (?:team|staff|employees|class|students|pupils|interns|trainees|workers|reports"
    r"|s\d class)\b[^.!?]{0,40}\b(?:help (?:me|us) (?:to )?move (?:house|hoose|flat|home)"
    r"|chip in for my|contribute (?:for|to|towards) my)",
    r"(?:brigade|station|shift|squad|crew|team) lads (?:to )?(?:chip in|pay|contribute|club"
    r" together) (?:for|to|towards) my\b",
)
"""The user's team, class or brigade asked to move the user's house or pay for the user's day."""

RULES_BENT = words(
    r"let (?:me|us) in(?:to)? (?:my )?(?:friend's|someone's|someone else's|another guest's|his|her"
    r"|their|the next|the other) (?:\w+ )?room\b",
    r"(?:housekeeping|cleaner|cleaning lady|maid|chambermaid) (?:\w+ ){0,3}(?:to )?(?:iron|wash"
    r"|launder|press) my (?:shirts|laundry|clothes|washing|ironing|suits?)\b(?![^.!?]*\b(?:pay"
    r"|fee|charge|service|tip)\b)",
    r"(?:cancel|void|drop|waive|tear up|fix|get rid of) my (?:\w+ )?(?:ticket|fine|citation)\b"
    r"[^.!?]{0,60}\b(?:i (?:\w+ ){0,3}(?:her|his|their) (?:street|road|drive|driveway|car|lawn"
    r"|snow)|after all)\b",
    r"(?:(?:checking[- ]in|i check in|at check-?in) (?:\w+ )?(?:members|guests|customers|clients"
    r"|patients)|(?:members|guests|customers|clients|patients) (?:i|we) (?:check in|sign in"
    r"|serve))\b[^.!?]{0,30}\b(?:follows?|followers|likes|subs|subscribers)\b",
)
"""Staff asked to break their rules or do the user's chores, or those the user serves asked
for follows."""


def holds_something_over(text: str) -> bool:
    """Whether the ask ties a favour to something the user holds over the person, or names
    that hold and asks something for the user."""
    tied = (TIED, RENT_HELD, KIDS_MONEY, GROUP_FAVOURS, RULES_BENT)
    if any(has(lexicon, text) for lexicon in tied):
        return True
    return has(STANDING, text) and has(FOR_ME, text)
