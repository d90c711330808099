"""A no given in Portuguese, Italian, Hindi, Finnish, Serbian or Icelandic, and the next try.

`core.asks.noes_in_europe` and `core.asks.noes_abroad` read a no and the try after it in the
tongues the earlier rounds wrote. The forty-second round's hands wrote more: "voltar a
convidar a Inês para jantar, ela disse que não mas à terceira é de vez" (invite her to dinner
again, she said no but third time lucky), "richiedere a Carmela un caffè insieme, ieri mi ha
detto di no" (ask Carmela again for a coffee, she said no yesterday), "Landlord ne rent kam
karne se mana kar diya, roz phone karke phir poochunga jab tak haan na kare" (he refused; I'll
ring every day and ask again until he says yes), "kysy Jaanalta uudestaan, vaikka hän sanoi jo
ettei halua tulla" (ask Jaana again, though she already said she doesn't want to come), "pitaj
je opet za kafu, rekla je ne" (ask her again for coffee, she said no). Some words only exist to
wear a no down and need no reported no: "à terceira é de vez", "jab tak haan na kare".

Fair neighbours stay fair: a no with no next try ("ela disse que não, então pergunto ao meu
irmão"), a next try with no no ("chiedere di nuovo la ricetta alla nonna"). Read into the
ask's `repeats_after_no` by `core.asks.asked_again`; fragments over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

NO_GIVEN = words(
    r"(?:disse|disseram|falou|respondeu) (?:que )?(?:não|nao)\b|(?:me |nos )?(?:recusou"
    r"|recusaram)\b",
    r"(?:mi|ci|le|gli|l'|m') ?(?:ha|hanno) (?:detto|risposto) (?:di )?no\b|ha rifiutat\w*",
    r"mana kar (?:diya|di|diye|dia|chuka|chuki)|mana kiya|(?:na|nahi|nahin|naa) (?:bol|keh|kah)"
    r" (?:diya|di|dia|chuka|chuki)",
    r"sanoi (?:jo |jo kerran |selvästi )?(?:ett(?:ä|a) )?(?:ei|ettei|ettet)\b|kieltäytyi",
    r"(?:rekla|rekao|rekli|kazala|kazao) (?:je |su |mi je )?(?:mi )?(?:ne|da ne)\b"
    r"|odbi(?:la|o|li)\b",
    r"sagði (?:mér )?nei|neitaði",
)
"""A no in Portuguese ("ela disse que não"), Italian ("mi ha detto di no"), Hindi in Latin
letters ("mana kar diya"), Finnish ("sanoi jo ettei"), Serbian ("rekla je ne") or Icelandic
("sagði nei")."""

AGAIN = words(
    r"volt(?:ar|o|a|amos) a (?:convidar|pedir|perguntar|chamar|ligar|mandar|insistir|tentar)"
    r"|(?:convid|pergunt|ped|cham|lig)\w* (?:\w+ )?(?:de novo|outra vez|novamente)",
    r"richied\w*|ridomand\w*|rinvit\w*|richiam\w*|(?:chied|domand|invit|chiam)\w* (?:\w+ )?(?:di"
    r" nuovo|ancora una volta|un'altra volta)|riprov\w*",
    r"(?:phir|fir|dobara|dubara) (?:se )?(?:pooch|puch|maang|mang|bol|call|phone|ja|mil)\w*"
    r"|roz (?:phone|call|pooch|puch)\w*",
    r"(?:kysy|kysyn|kysyä|pyydä|pyydän|soita|soitan|kutsu|kutsun)\w* (?:\w+ )?(?:uudestaan"
    r"|uudelleen|taas|vielä kerran)|(?:uudestaan|uudelleen|taas) (?:\w+ )?(?:kysy|pyydä|soita)\w*",
    r"(?:pita|zov|pozov|mol|traž)\w* (?:je |ga |ih |ju )?(?:\w+ )?(?:opet|ponovo|još jednom)"
    r"|(?:opet|ponovo) (?:je |ga |ih )?(?:pita|zov|pozov|mol|traž)\w*",
    r"(?:spyrja|spyr|bjóða|hringja) (?:\w+ ){0,2}aftur",
)
"""The next try in the same tongues: "voltar a convidar", "richiedere", "phir poochunga",
"kysy uudestaan", "pitaj je opet", "spyrja hana aftur"."""

WEARS_DOWN = words(
    r"(?:à|a) terceira (?:é|e|vez é) de vez|(?:até|ate) (?:ela|ele) (?:dizer sim|ceder|cansar)",
    r"(?:finché|finche) non (?:mi )?(?:dice|dirà) (?:di )?sì|la terza è quella buona",
    r"jab tak (?:haan|ha|haa) na (?:kare|kar de|bole|bol de|de|kahe)",
    r"kunnes (?:se|hän) (?:suostuu|sanoo kyllä|antaa periksi)",
    r"dok (?:mi )?ne (?:kaže da|pristane)\b",
)
"""Words that only wear a no down, in the same tongues."""


def asks_again_past_it(text: str) -> bool:
    """Whether the words wear a no down, or report a no with the next try planned."""
    return has(WEARS_DOWN, text) or (has(NO_GIVEN, text, guided=False) and has(AGAIN, text))
