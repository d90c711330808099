"""The people users name by a word of another language or a dialect, and by "our" and a name.

Users mix languages ("ask my ragazzo to sit with me", "demander à mon copain", "llamar a mi
madre", "my schoonmoeder", "ma pote Camille", "demander au serveur", "au propriétaire") and
in the north of England call a sister, a wife or a son "our Sharon". Read without these, the
person asked is nobody, or a school or a child mentioned later, and a hug asked of a partner
is refused as touching a stranger while pressure on a mother-in-law passes. The fragments are
alternatives for the role patterns of `core.asks.known_people`, over the normal form of
`core.asks.text`; "our" and a name is read from the words as written, in `core.asks.asked`.
"""

from __future__ import annotations

import re

from core.asks.text import NAME

_MY = (
    r"(?:my|your|our|mon|ma|mes|mi|mis|il mio|la mia|mio|mia|mein|meine|mijn|minha|meu|tu|tus"
    r"|ton|ta|tes|il tuo|la tua|tuo|tua|teu|dein|deine|deinen|deinem|jouw|je|(?<=\bao )seu"
    r"|(?<=\bà )sua|(?<=\ba )sua)"
)
"""The user's own, or the reader's ("tu pareja", "ton copain", "dein Freund", "ao seu
namorado": a card speaks to the user); "seu" and "sua" alone may be someone else's."""

PARTNER = (
    rf"(?<!be ){_MY} (?:ragazz[oa]|fidanzat[oa]|copain|copine|chéri|chérie|cheri|cherie|mec|meuf"
    r"|novi[oa]|pareja|namorad[oa]|freund|freundin|vriend|vriendin|pacar|jowa|boyfie|bf|gf|jaan"
    r"|jaanu|habibi|habibti|partner|partnerin|mari|femme|moglie|marito|frau|mann)\b(?!'s)",
    rf"(?:(?<=ask )|(?<=tell )|(?<!be ){_MY} )(?:chồng|vợ|ông xã|bà xã|anh xã)\b",
    r"(?:istri|suami|bini)(?:ku)?\b(?! (?:orang|teman|temen|bos|tetangga|dia|mu)\b)(?!'s)",
    r"(?<=dari |sama |pada )pacar(?:ku)?\b(?! (?:orang|teman|temen|bos|tetangga|dia|mu)\b)(?!'s)",
)
"""A partner in the user's other language ("my ragazzo", "mon copain", "mi novia", "my bf", or
the Vietnamese "chồng" and "vợ", husband and wife, asked with no "my": "ask chồng hold my
hand"); not "be my novia", which is what a stranger is asked to become. In Indonesian a wife
or a husband ("minta cium dari istri"), or a partner a hug is asked from ("minta pelukan dari
pacar"), is the user's own unless the words give them to someone else ("istri orang")."""

FAMILY = (
    rf"{_MY} (?:madre|padre|mamá|papá|mère|mere|père|pere|mamma|papà|mutter|vater|moeder|vader"
    r"|mãe|mae|pai|belle-mère|belle-mere|beau-père|beau-pere|belle-soeur|belle-sœur|beau-frère"
    r"|beau-frere|schoonmoeder|schoonvader|schoonzus|schoonbroer|suegra|suegro|cuñad[oa]|cunad[oa]"
    r"|schwiegermutter|schwiegervater|schwester|bruder|sœur|soeur|frère|frere|hermanit[oa]|sis"
    r"|sissy|bhai|behen|bhabhi|dadi|nani|chachi|suocera|suocero|sorella|fratello|tante|oncle"
    r"|tonton|tatie|tata|mamie|mémé|pépé|grand-mère|grand-mere|grand-père|grand-pere"
    r"|cousine)\b(?!'s)",
    r"(?<!of )our kid\b(?!s\b|')",
)
"""Family in the user's other language ("mi madre", "my belle-mère", "my schoonmoeder", "ma
tante"), or "my sis", or "our kid", the north of England's word for a brother or a sister."""

FRIEND = (
    rf"{_MY} (?:pote|potes|amig[oa]s?|amie?|pana|parce|kumpel|compa|pare|tropa|bessie|vriendje"
    r"|amico|amica|amici|bestie)\b(?!'s)",
    rf"{_MY} (?:mejor|mejores|melhor|melhores) amig[oa]s?\b(?!'s)",
    rf"{_MY} (?:old|vieux|vieil|vieille|bon|bonne|good|best|dear|cher|chère) (?:copain|copine"
    r"|copains|copines|pote|potes)\b(?!'s)",
    r"(?:(?:my|your|our) )?(?:kanka|kankam|kanki|kankacım)\b(?!'s)",
    rf"{_MY} (?:uō|uo|uōmea|uomea|soa|hoa)\b(?!'s)",
)
"""A friend in the user's other language ("ma pote Camille", "mi amiga", "mi mejor amiga"),
"my old copain" (a copain of old is a friend, where "mon copain" alone may be a boyfriend), and
the Turkish "kanka", a close mate, with or without "my" before the name ("ask kanka Emre"); the
Samoan "uō" or "soa" and the Māori or Hawaiian "hoa", a friend ("ask my uō to sit with me")."""

SWAHILI_TRADES = (
    r"(?:mboga|samaki|ntilie|lishe|chapo|chapati|maandazi|mandazi|matunda|fua|chai|chipsi|viazi"
    r"|uji|kibanda|duka)\b"
)
"""What a seller is called by in East Africa after "mama" or "baba" ("mama mboga", the woman who
sells vegetables at the corner; "mama ntilie", who cooks by the roadside): her trade, not the
user's mother."""

STAFF = (
    r"(?:au|le|la|the|un|une|el|al) (?:serveur|serveuse|vendeur|vendeuse|pharmacien|pharmacienne"
    r"|caissier|caissière|videur|fleuriste|coiffeur|coiffeuse|cameriere|cameriera|kellner"
    r"|kellnerin)\b",
    r"(?:o|ao|pro|pra|do) (?:seguranca|segurança|porteiro|vigia|garçom|garcom|garçonete)\b",
)
"""Someone serving the user, by a French, Italian, German or Portuguese word ("demander au
serveur", "falar pro segurança")."""

LANDLORD = (
    r"(?:au|le|la|the|my|mon|ma|notre|our) (?:propriétaire|proprietaire|proprio|vermieter"
    r"|vermieterin|huisbaas|hyresvärd|hyresvard|vuokranantaja|verhuurder|udlejer|utleier"
    r"|arrendador|arrendadora|senhorio|senhoria)\b",
    r"(?:the|my|our) real estate(?= (?:to|if|whether|for|about|and)\b|[,.!?;:]|$)",
)
"""A landlord in French, German, Dutch, Swedish ("hyresvärd"), Finnish, Danish, Norwegian,
Spanish or Portuguese, or "the real estate" (an Australian letting agent)."""

OURS_BY_NAME = re.compile(
    r"\b(?:[Aa]sk|[Tt]ell|[Tt]ext|[Mm]essage|[Cc]all|[Rr]ing|[Pp]hone|[Hh]ug|[Ii]nvite|[Ee]mail)"
    rf" our ({NAME})\b"
)
"""Someone asked as "our" and a first name ("ask our Maureen", "ask our Sharon for a hug"):
in the north of England, the user's sister, wife or child; family, not nobody."""
