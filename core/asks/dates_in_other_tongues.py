"""A date asked, in another language or a dialect, of someone who serves the user or passes by.

"Dar em cima da frentista do posto when I fill up, she has to be nice anyway", "chamuyar a una
chica en el colectivo and ask her out", "preguntarle al chico del gym if he wants to go for
cañas", "kenalan sama mbak barista terus ajak jalan malam minggu", "ask di cashier at Juici
Patties out", "pedirle una cita al cliente guapo": the person is a pump attendant, a barista,
a cashier, a client or a stranger on the bus, named in words the English role lexicons do not
read, so the rules found nobody asked and let the date through. As in English
(`core.asks.decide`), a date asked of someone serving the user or only passing is pursuit.
Asking "la cajera" for the receipt, "mbak barista" for a latte, or a friend "al cine" names
no date with them. Read with the set-ups of `core.asks.set_ups` into the ask's
`pursues_someone_noticed`; fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import words

_PT_SERVES = (
    r"(?:frentista|caixa|atendente|garçonete|garconete|garçom|garcom|barista|recepcionista"
    r"|vendedora|balconista|enfermeira|moça|moca|menina|mina|gata|estranha|passageira)"
)
_ES_SERVES = (
    r"(?:chica|chico|mina|piba|pibe|mujer|muchach[oa]|señorita|cajer[oa]|meser[oa]|camarer[oa]"
    r"|moz[oa]|barista|desconocid[oa])"
)
_ID_SERVES = r"(?:barista|kasir|pelayan|spg|ojol|resepsionis|waitress|penjaga \w+)"
_DIALECT_SERVES = (
    r"(?:cashier|barista|waitress|waiter|server|bartender|receptionist|attendant|teller|gyal"
    r"|girl|bwoy|ting)"
)
DATED_IN_OTHER_TONGUES = words(
    rf"dar (?:em|in) cima d[oa] (?:\w+ ){{0,2}}?{_PT_SERVES}\b",
    rf"(?:chamuyar(?:le)?|tirar(?:le)? onda|tirarle los perros|ligar(?:me)? con"
    rf"|ligarme) (?:a )?(?:una?|la|el|esa|ese) (?:\w+ )?{_ES_SERVES}\b",
    rf"(?:preguntarle|pregúntale|preguntale|invitar(?:la|lo|le)?|invita) (?:a )?(?:al|a la|el"
    rf"|la) {_ES_SERVES} (?:del|de la|de el|en el|en la)\b[^.!?]{{0,80}}?\b(?:(?:go|ir|to go)"
    r" (?:out )?(?:for|a tomar|por) (?:some |unas? )?(?:cañas|caña|cervezas?|drinks?|a drink"
    r"|tragos?)|una cita|a date|salir conmigo)\b",
    rf"(?:pedirle|pídele|pidele|pedir) (?:una cita|salir) (?:a |al |a la |con (?:el|la) )(?:\w+ )?"
    rf"(?:{_ES_SERVES}|client[ea])\b",
    rf"(?:mbak|mas|kak|kakak|teteh|akang|neng) {_ID_SERVES}\b[^.!?]{{0,80}}?\b(?:ajak|ngajak"
    r"|ajakin)(?: \w+){0,2}? (?:jalan|kencan|ngedate|nge-date|nonton|ngopi|makan malam|dinner)\b",
    rf"ask (?:di|de|da|dat|dis) (?:\w+ )?{_DIALECT_SERVES}\b (?:[\w'-]+ ){{0,5}}?(?<!check )"
    r"(?<!find )(?<!work )(?<!sort )(?<!help )(?<!take )(?<!point )(?<!try )(?<!cash )out\b(?! of"
    r"| loud)",
)
"""A date asked, or someone hit on, in Portuguese, Spanish, Indonesian or Patois, when the one
asked is named as staff or a passer-by."""
