"""People who work for the user or are in their care, and work asked of them unpaid, in other
tongues.

"Chiedere alla mia paziente di votare per mio cugino alle comunali" (Italian: ask my patient to
vote for my cousin in the local elections), "pedir pro meu orientando revisar meu livro inteiro
de graça" (Portuguese: ask my graduate student to review my whole book for free), "be mina
anställda att hjälpa till att måla om sommarstugan en lördag, oavlönat såklart" (Swedish: ask
my employees to help repaint the summer house on a Saturday, unpaid of course), "попросити
підлеглу прийти в суботу допомогти з ремонтом у мене вдома" (Ukrainian: ask my subordinate to
come on Saturday and help renovate my home), "ask my diarista to stay late": the English role
lexicons of `core.asks.power` read "my graduate student", "my employees" and "my subordinate"
only in English, so nobody was found asked and no rule applied (the patient's vote is read in
`core.asks.beyond_the_job`). `SUBORDINATE` joins
`core.asks.power.SUBORDINATE`, so the power rule reads them as it reads "my employee": someone
who cannot easily say no to the user. Each needs the user's own possessive ("mia", "meu",
"mina") or a word that means subordinate by itself ("підлегла", "Untergebene"), so staff
named as someone else's stay as they were. `UNPAID` joins `core.asks.leverage.UNPAID_LABOUR`:
work asked "oavlönat", "sem receber", "senza compenso", with
"extra paisay ki baat nahi" (Hinglish: no talk of extra money) or "bina paise" (without pay).
Fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

SUBORDINATE = (
    r"(?:my|our) (?:diaristas?|empregadas?|kaamwali|kamwali|naukrani|muchacha|trabajadora del"
    r" hogar)",
    r"(?:meu|minha|meus|minhas) (?:orientand[oa]s?|estagiári[oa]s?|funcionári[oa]s?"
    r"|empregad[oa]s?|diaristas?|faxineiras?|subordinad[oa]s?|babás?)",
    r"(?:mia|mio|miei|mie) (?:dipendent[ei]|sottopost[oaie]|stagist[aie]|colf|badante"
    r"|domestica)",
    r"(?:mi|mis) (?:emplead[oa]s?|subordinad[oa]s?|trabajador(?:a|es|as)|practicantes?"
    r"|becari[oa]s?|empleada doméstica)",
    r"(?:mon|ma|my|mes) (?:employée?s?|salariée?s?|subordonnée?s?|stagiaires?|femme de ménage"
    r"|nounou)",
    r"(?:meine?[nm]?|unsere?[nm]?) (?:mitarbeiter(?:in|innen|n)?|angestellten?|untergebenen?"
    r"|praktikant(?:in|innen|en)?|putzfrau|haushaltshilfe)",
    r"(?:min|mina|mitt|vår|våra) (?:anställda?|medarbetare|praktikant(?:er)?|underordnade?"
    r"|städerska)",
    r"(?:mijn|onze) (?:werknemers?|medewerkers?|ondergeschikten?|stagiair(?:e|es|s)?"
    r"|schoonmaakster|personeel)",
    r"(?:mojego|moją|moich|mojej|mój|moja|moi|moje) (?:pracowni\w+|podwładn\w+|stażyst\w+)",
    r"(?:мою|мого|моїх|моих|свою|свого|своїх|своих|моя|мій|мой) (?:працівни\w+|співробітни\w+"
    r"|сотрудни\w+|стажер\w+|стажист\w+)",
    r"підлегл\w+|подчин[её]нн\w+|subordinad[oa]s?|subordonnée?s?|untergebenen?|sottopost[oaie]"
    r"|underordnade|ondergeschikten?|podwładn\w+",
    r"(?:apni|apne|apna|mera|meri|mere|hamari|hamare|hamara) (?:naukar|naukrani|kaamwali"
    r"|kamwali|maid|servant|chowkidar|ayah)",
)
"""Someone the user employs or supervises, in Portuguese, Italian, Spanish, French, German,
Swedish, Dutch, Polish, Ukrainian, Russian or Hinglish, or a maid named by a local word in
English ("my diarista"). Patients and pupils are left out: a nurse asking "mi paciente" whether
he needs anything, or a teacher her class to bring a book, is the job, and the welfare and
class readings that keep them fair are English only."""

UNPAID = (
    r"sem (?:receber|remuneração)|oavlönat|oavlönad|utan (?:lön|ersättning)|senza (?:compenso"
    r"|retribuzione|paga)|sin (?:sueldo|paga)\b|sans (?:être payée?s?|rémunération|salaire)"
    r"|ohne (?:bezahlung|lohn)|unbezahlt|onbetaald|bez wynagrodzenia|без оплати|без оплаты",
    r"(?:extra |zyada |alag se )?(?:paise|paisay|paisa|paison|pagaar|salary|tankhwah) (?:ki|ka"
    r"|ke) (?:baat|zikr) (?:nahi|nahin|mat)|bina (?:extra |zyada )?(?:paise|paisay|paisa"
    r"|paison|pagaar|salary|tankhwah)|(?:extra |zyada )?(?:paise|paisay|paisa) nahi (?:denge"
    r"|dunga|dungi|milenge)",
)
"""Work asked without its wage, in Portuguese, Swedish, Italian, Spanish, French, German, Dutch,
Polish, Ukrainian, Russian or Hinglish. "Sin pagar", "sem pagar" or "de graça" are left out:
they as often say the user rides or eats without paying, which is no one's work unpaid."""
