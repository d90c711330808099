"""A date asked in more tongues, of someone the user serves or who serves them.

"Invitare a cena la cliente a cui sto vendendo casa" (Italian: ask to dinner the client whose
house the user is selling), "запросити на побачення пацієнтку" (Ukrainian: ask a patient on a
date), "kutsu oma praktikant õhtusöögile, ainult meie kahekesi" (Estonian: ask the user's own
intern to dinner, just the two of them), "Keells cashier kellagen ice cream ekakata yamuda
kiyala ahanna" (Sinhala in Latin letters: ask the cashier to go for an ice cream), "convidar a
minha explicanda para um café" (Portuguese: ask the user's tutee for a coffee). As in
`core.asks.dates_across_tongues`, whose lexicons these extend, a no costs the person a sale, a
job or a patient's trust. A dinner with the user's own partner or friend names no one served
and stays fair. Fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

DATE = (
    r"convid\w* (?:\w+ ){0,7}?para (?:um caf[ée]|jantar|almo[cç]ar|sair|um copo|uma bebida|o"
    r" cinema)\b|sair comigo",
    r"invit\w* (?:\w+ ){0,4}?(?:a cena|fuori|a bere|per un caff[eè]|a uscire|al cinema)"
    r"|uscire con me",
    r"(?:kutsu\w*|kutsun) (?:\w+ ){0,3}(?:õhtusöögile|ohtusoogile|kohvile|kinno|välja|valja"
    r"|lõunale|lounale)|kohtingule",
    r"на побачення|на свидание|на среща|запрос\w* (?:\w+ ){0,2}на (?:каву|вечерю|кофе|ужин)",
    r"treffeille|(?:kahville|illalliselle|leffaan) (?:\w+ )?(?:kanssani|mun kanssa)",
    r"(?:\w+ )?ekak(?:ata|ta) yamu\w*|yanna yamu\w*|date ekak\w*",
)
"""A date, a dinner or a coffee asked in Portuguese, Italian, Estonian, Ukrainian, Russian,
Bulgarian, Finnish or Sinhala in Latin letters."""

NOT_FREE_TO_DATE = (
    r"explicand[oa]|(?:minha|meu|a|o) (?:alun[oa]|paciente|cliente|estagi[aá]ri[oa])\b",
    r"(?:la|il|mia|mio) (?:client[ea]|paziente|stagista|allievo|allieva|alunn[oa])\b"
    r"|a cui sto vendendo",
    r"(?:oma )?praktikan\w*|(?:oma )?(?:klient\w*|patsient\w*)",
    r"пацієнт\w*|пациент\w*|клієнт\w*|клиент\w*|практикант\w*|стажер\w*",
    r"cashier\w*|kellagen\b",
)
"""A client, patient, pupil, intern or cashier in those tongues."""
