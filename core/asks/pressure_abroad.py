"""Leaning on a no in Spanish, Portuguese and Indonesian: drink, a wake, a no not taken.

Users write cards in the words they think in: "pedirle a Facu que me preste el auto cuando
esté borracho, así seguro dice que sí" (ask Facu to lend me the car when he's drunk, that way
he'll surely say yes), "pedir o empréstimo pro meu primo no velório da vó. ele tá sensível, vai
dizer sim" (ask my cousin for the loan at grandma's wake; he's emotional, he'll say yes),
"minta pinjem motor ke temen ... jangan terima no" (ask a friend to lend the motorbike ...
don't accept a no). `core.asks.off_guard` and `core.asks.leverage` read the English; these
are the same shapes in other tongues. A hug asked at the wake ("un abrazo en el velorio"), or
a friend asked to dance once she's had a drink, takes nothing and stays fair: a moment needs
a loan, a car, money or a signature with it. Read into the ask's `demands` through
`core.asks.hard_nos`; fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

MOMENT = words(
    r"cuando (?:est[eé]|est[aá]|ande|se ponga|se haya puesto) (?:\w+ )?(?:borrach[oa]s?|en pedo"
    r"|pedo|tomad[oa]|pasad[oa]|mamad[oa]|entonad[oa]|achispad[oa]|prendid[oa]|triste|de duelo)",
    r"(?:en|durante|despu[eé]s de) (?:el|la) (?:velorio|velatorio|funeral|entierro|misa de"
    r" difuntos)",
    r"(?:no|na|durante o|durante a|depois do) (?:vel[oó]rio|enterro|funeral|missa de s[eé]timo"
    r" dia)",
    r"(?:ele|ela|eles|elas) (?:t[aá]|est[aá]|estiver|tiver|vai estar) (?:\w+ )?(?:s[eé]nsivel"
    r"|sens[ií]vel|abalad[oa]|fragilizad[oa]|b[eê]bad[oa]|chapad[oa]|alegrinh[oa]|de luto)",
    r"(?:pas|waktu|saat|kalau|kalo|pas lagi) (?:dia|doi|mereka) (?:lagi |udah |sudah )?(?:mabuk"
    r"|teler|sedih|berduka)",
)
"""The moment a no is hardest: drink taken, a wake, grief still raw."""

TAKEN = words(
    r"prest\w*|empr[eé]st\w*|dinheiro|dinero|plata|pinj[ae]m\w*|minjem\w*|uang|duit|firm(?:e|ar"
    r"|a)\w*|assin\w*|herencia|heran[cç]a|auto|carro|coche|moto\w*|terreno",
)
"""What the moment is used to take: a loan, money, a car, a signature."""

SAYS_YES = words(
    r"(?:as[ií]|entonces|seguro)(?: que)? (?:seguro |seguramente |fijo )?(?:dice|diga|dir[aá]"
    r"|va a decir) que s[ií]",
    r"vai (?:me )?dizer (?:que )?sim",
)
"""A yes the moment is counted on to bring ("así seguro dice que sí", "vai dizer sim")."""

NO_NOT_TAKEN = words(
    r"no (?:va a )?(?:poder|puede|podr[aá]) (?:decir(?:me)? que no|negarse)|no se (?:va a )?"
    r"(?:puede|podr[aá]|pueda) (?:negar|rajar|echar (?:para|pa) ?tr[aá]s)|no se (?:vaya a )?raje",
    r"(?:n[aã]o|nao) (?:vai )?(?:conseguir |saber |poder )?(?:dizer (?:que )?(?:n[aã]o|nao)"
    r"|recusar|negar)",
    r"jangan (?:mau )?(?:terima|nerima|kasih) (?:no|kata tidak|penolakan|jawaban tidak|alesan)"
    r"|(?:gak|ga|nggak|tidak|gk|ngga) (?:boleh|bisa) (?:nolak|menolak)|pokoknya (?:dia )?harus"
    r" mau",
)
"""A no the person will not manage, or the user will not take ("jangan terima no"), or a yes
she cannot back out of ("pa que no se pueda rajar")."""


def presses_abroad(text: str) -> bool:
    """Whether the ask, in Spanish, Portuguese or Indonesian words, counts on a no the person
    cannot give, or times a loan, money or a signature for drink or a wake."""
    if has(NO_NOT_TAKEN, text):
        return True
    return has(MOMENT, text) and (has(SAYS_YES, text) or has(TAKEN, text))
