"""Stories told for a favour in the tongues of Europe, Turkey and the Philippines.

"mano voy a decirle a la profe que se murió mi abuela pa que me dé más tiempo", "Le voy a decir
al conductor que me robaron para que me deje subir sin pagar", "tegen de conducteur zeggen dat
mijn ov-kaart gestolen is zodat ik geen boete krijg", "reknu profesorovi ze mi umrela babicka
abych dostal odklad", "Îi spun vecinei că am o urgență medicală ca să-mi împrumute mașina",
"Dem Handwerker erzählen, dass ich schwerbehindert bin, damit er diese Woche noch kommt", "na pw
sto ktel oti i giagia mou einai sto nosokomeio gia na me valoun mprosta": a death, a theft, a
hospital, an emergency or a disability told "so that" someone gives way, as the English
lexicons read "my dad is in hospital so I can get the day off". A standing told for a rule
waived ("que soy médico jubilado para que me vendan el medicamento sin receta", "que soy guía
oficial del Ministerio pa que me pague"), a pretence named by its verb ("hacerme pasar por
técnico", "a férjemnek adom ki magam", "magpanggap na may emergency", "faire semblant"), and a
claim the words undo ("stok bitiyor deyip ... aslında depo dolu", "que j'ai perdu mon billet
alors que j'en ai jamais acheté") are the same deception.

Fair neighbours stay fair: the same news told with an honest ask beside it ("decirle a la profe
que se murió mi abuela y preguntarle si puedo entregar más tarde"), or told so someone knows
("para que sepa por qué no voy"). `core.asks.deception.DECEPTION` joins them to its own;
fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks import stories_in_more_tongues

_TOLD = (
    r"(?:decir\w*|dir[ée]|digo|diga|contar\w*|cuento|contarle|zeggen|zeg|vertellen|vertel"
    r"|erzähl\w*|sagen|sage|sag|reknu|řeknu|rict|říct|napisu|napíšu|spun|zic|spune|pw|na pw|tha pw"
    r"|πω|sabihin|sasabihin|dire|dis|raconter|deyip|diyeceğim|söyleyeceğim|dirgli|dirle|digli"
    r"|dico|dirò)"
)
_MISFORTUNE = (
    r"(?:me (?:robaron|robó|asaltaron)|(?:se )?murió|falleció|est[áa] (?:en el hospital"
    r"|internad[oa]|de parto|enferm[oa]|grave)|voy al hospital|tengo una emergencia|gestolen"
    r"|overleden|in het ziekenhuis|umrel\w*|umřel\w*|v nemocnici|ukradl\w*|urgență|urgenta"
    r"|a murit|(?:e|este) la spital|m-au furat|schwerbehindert|behindert bin|i'?m krankenhaus"
    r"|gestorben|gestohlen|nosokomeio|νοσοκομείο|pethane|πέθανε|namatay|nasa ospital|krank ist"
    r"|krank sind|sta male|stanno male|è mort[oa]|è in ospedale|mi hanno (?:rubato|derubato))"
)
"""A death, a theft, a hospital, a birth under way, an emergency or a disability (German "im"
is read "i'm" by the normal form, so it is spelt both ways)."""
_SO_THAT = (
    r"(?:para que|pa que|pa' que|pa'que|zodat|om (?:geen|een)|abych|aby|ca să|ca sa|damit"
    r"|gia na|για να|para (?:payagan|pumayag)|così|cosi|affinché|in modo che)"
    r"(?! (?:lo |le )?(?:sepa|sepan|entienda|weet|weten"
    r"|věděl|vedel|știe|stie|wissen|weiß|bescheid|kserei|ξέρει)\b)"
)
"""A purpose told with it, unless it is only that they know ("para que sepa")."""
_MISFORTUNE_FOR_A_FAVOUR = (
    rf"{_TOLD}\b[^.!?]{{0,60}}?\b{_MISFORTUNE}\b[^.!?]{{0,60}}?(?<!\w){_SO_THAT}"
)

_ROLE = (
    r"(?:médic[oa]|medic[oa]|doctor[a]?|enfermer[oa]|polic[ií]a|inspector[a]?|técnico|tecnico"
    r"|guía|guia|abogad[oa]|funcionari[oa]|periodista|agente)"
)
_WAIVED = (
    r"(?:sin (?:pagar|receta|ticket|tiquete|boleto|multa|cola|turno)|no me (?:multe|multen|cobre"
    r"|pongan (?:la )?multa)|me pague\w*|gratis|geen boete|ohne (?:fahrschein|rezept|ticket)"
    r"|sans (?:payer|ordonnance|billet))"
)
_STANDING_FOR_A_RULE_WAIVED = (
    rf"{_TOLD}\b[^.!?]{{0,60}}?\bque (?:soy|somos) (?:un |una |el |la )?(?:\w+ )?{_ROLE}\b"
    rf"[^.!?]{{0,60}}?(?<!\w){_SO_THAT}\b[^.!?]{{0,60}}?\b{_WAIVED}"
)
"""A doctor, a guide, an officer claimed so the prescription, the fare or the fine is waived,
or the stranger pays."""
_TOLD_FOR_A_FINE_WAIVED = (
    rf"{_TOLD}\b[^.!?]{{0,80}}?(?<!\w){_SO_THAT}\b[^.!?]{{0,30}}?\b(?:no me (?:multe|multen"
    r"|pongan (?:la )?multa)|(?:ik )?geen boete|me deje (?:subir|pasar|entrar) sin pagar)"
)
"""Anything told so the fine is let go or the ride is free."""

_PRETENCE = (
    r"(?:hacerme|hacerse|me hago|me haré|haciéndome) pasar por|fingir\w*|finjo|fingiré"
    r"|(?:adom|adjuk|adod) ki magam|kiadom magam|magpanggap|nagpapanggap|magkunwari"
    r"|(?:să )?mă prefac|faire semblant|fais semblant|me faire passer pour|me fais passer pour"
    r"|(?:mich|uns) als \w+ ausgeben|vortäusch\w*|předstír\w*|predstir\w*|numarası yap\w*"
    r"|doen alsof|doe alsof|me voordoen als|apsimes\w*|apsimet\w*|apsimeči\w*|izlikties|izlikšos"
    r"|udawać|udam, że|podam się za|podać się za|låtsas|teeskentel\w*|far finta|fare finta|fingermi"
    r"|spacciarmi per|pretvarati se|pretvaram se"
)
"""A pretence named by its verb: Spanish "hacerme pasar por", Hungarian "kiadom magam",
Tagalog "magpanggap", Romanian "mă prefac", French "faire semblant", German "vortäuschen",
Czech "předstírat", Turkish "numarası yapmak", Dutch "doen alsof"."""

_UNDONE = (
    rf"{_TOLD}\b.{{0,100}}\b(?:aslında|alors que (?:je |j'|j'en )(?:n'|ne )?(?:\w+ )?(?:jamais"
    r"|pas|rien)|alors que (?:c'est|c'était) (?:pas vrai|faux)|cuando en realidad"
    r"|aunque en realidad|obwohl ich (?:gar )?(?:nicht|kein)"
    r"|terwijl (?:ik|het) (?:helemaal )?(?:niet|geen))\b",
    rf"{_TOLD}\b.{{0,160}}\((?:stimmt (?:gar )?nicht|ist gelogen|nicht wahr|non è vero|non è così"
    r"|no es verdad|no es cierto|não é verdade|c'est faux|pas vrai|niet waar|klopt niet)(?=\))",
)
"""A claim the next words undo: "deyip ... aslında depo dolu", "alors que j'en ai jamais
acheté", "cuando en realidad"."""

PATTERNS = (
    *stories_in_more_tongues.PATTERNS,
    _MISFORTUNE_FOR_A_FAVOUR,
    _STANDING_FOR_A_RULE_WAIVED,
    _TOLD_FOR_A_FINE_WAIVED,
    _PRETENCE,
    *_UNDONE,
)
"""Each story told for a favour, a pretence named, or a claim undone;
`core.asks.deception.DECEPTION` joins them to its own."""
