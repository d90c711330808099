"""Strangers put on the spot in more tongues, and English shapes of it left unread.

"কফি হাউসে পাশের টেবিলের অচেনা দিদিকে জিজ্ঞেস করব উনি কোন জাত" (Bengali: ask a stranger at the
next table what caste she is), "preguntarle a una señora en la guagua si está embarazada"
(Spanish: whether she is pregnant), "kysy saunassa vieraalta mieheltä miksi hän on vielä
sinkku" (Finnish: why he is still single), "да попитам непознат колко тежи" (Bulgarian: how
much he weighs), "miért nincs még gyereke" (Hungarian: why she has no children yet); and in
English "why dey no more kids", "if that's her real hair": a stranger's body, birth, marriage
or children, not the user's to ask. "Fermarmi al tavolo di due sconosciuti e chiedere se posso
unirmi" (Italian: stop at two strangers' table and ask to join): their company joined
uninvited. "Pedirle a un viejito que me deje su silla en medio de la partida" (Spanish: ask an
old man for his chair in the middle of the game): their place taken mid-game, as a café chair
is taken while its owner is at the counter. "Kneel in the
middle of a packed restaurant and beg, so everyone's watching": a room made an audience. The
same questions of the user's own family, and a game joined when a seat is offered, are left
to the other readings. Fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import words

_KIDS = r"(?:kids|children|babies|a baby|married|a husband|a wife|a boyfriend|a girlfriend)\b"

PERSONAL_FURTHER_AFIELD = words(
    r"(?:কোন|কী|কি) জাত|জাত\S* (?:কী|কি)\b|(?:what|which|kaunsi|konsi|kya) (?:caste|jaat|jati)\b",
    r"si (?:está|esta) embarazada|(?:está|esta) (?:embarazada|preñada) o\b|cuándo sale de cuentas",
    r"miksi (?:hän|se) on (?:vielä |yhä )?(?:sinkku|naimaton|yksin|lapseton)|miksi (?:hänellä"
    r"|sillä) ei ole (?:vielä )?(?:lapsia|vaimoa|miestä|puolisoa)",
    r"колко (?:тежи|килограма|печели|взима)|защо (?:няма|не е) (?:\w+ )?(?:деца|женен|омъжена)"
    r"|сколько (?:весит|зарабатывает)|чому (?:у (?:неї|нього) )?(?:немає|нема) дітей",
    r"miért nincs (?:még )?(?:gyerek\w*|férj\w*|ferj\w*|feleség\w*|felesege|párja|parja|barát\w*)"
    r"|mennyit (?:nyom|keres)\b|hány kiló",
    rf"why (?:\w+ ){{0,2}}(?:no|not|never|don't|dont|doesn't|didn't|haven't|hasn't|aint|ain't)"
    rf" (?:have |had |got |get )?(?:any )?(?:more |other )?{_KIDS}(?! (?:sizes?|menus?|meals?"
    r"|clothes|section|toys|books|shoes|portions?|tickets|prices|club|activities|events|area"
    r"|corner|discount|rates?)\b)",
    r"(?:என்ன|எந்த) (?:ஜாத|சாத)\w*|(?:क्या|कौन सी|कौनसी|किस) (?:जात|बिरादर)\w*",
    r"se (?:ela|ele) (?:é|e|eh|tá|ta|está|esta) (?:casad[oa]|solteir[oa]|grávida|gravida)"
    r"|(?:por ?que|pq|porque) (?:ela |ele |você |voce |vc )?(?:ainda )?(?:não|nao|n) (?:(?:tem"
    r"|teve) (?:filhos?|marido|esposa|namorad[oa])|casou|se casou|é casad[oa]|engravidou)",
    r"(?:bach(?:ay|che|chay|e|ey)|aulad|shaadi|shadi) (?:\w+ ){0,2}(?:kyun|kyon|kiyon|kiun|q)"
    r" (?:nahi|nahin|nai|na)\b|(?:kyun|kyon|kiyon) (?:\w+ )?(?:nahi|nahin|nai) (?:\w+ )?(?:shaadi"
    r"|shadi|bach(?:ay|che|chay|e))",
    r"(?:علاش|لماذا|ليش|ليه|لاش|علاه) (?:\S+ ){0,2}(?:تزوج|تجوز|اتزوج|يتزوج|تتزوج|تزوجت|ولاد"
    r"|أولاد|اولاد|أطفال|اطفال)\w*",
    r"(?:if|whether) (?:that's|that is|it's|it is) (?:her|his|their) (?:real|natural|own) (?:hair"
    r"|teeth|nose|eyelashes|lashes|boobs|chest|tan|colour|color)\b|(?:if|whether) (?:her|his"
    r"|their) (?:hair|teeth|nose|eyelashes|lashes|boobs|tan) (?:is|are) (?:real|natural|fake)\b",
)
"""A stranger's caste, pregnancy, weight, pay, singleness, marriage, children or body asked
(caste in Tamil and Hindi; marriage and children in Portuguese, Hindustani and Arabic)."""

JOINS_FURTHER_AFIELD = words(
    r"(?:tavolo|tavola) (?:di|con) (?:\w+ ){0,2}sconosciut\w*|(?:posso|possiamo) unir(?:mi|ci)"
    r"|sedermi (?:al tavolo |con )(?:\w+ ){0,2}sconosciut\w*",
    r"mesa de (?:\w+ ){0,2}desconhecid\w*|(?:posso|podemos) (?:me )?juntar a (?:eles|elas|vocês)",
    r"rhannu eu (?:cinio|bwyd|swper|pryd|brecwast|te|sglodion)|a (?:gaf|ga) i (?:eistedd|ymuno)"
    r" (?:gyda|efo|â|wrth eu bwrdd)",
)
"""A table of strangers joined, or their meal shared, in Italian, Portuguese or Welsh."""

PLACE_TAKEN_MID_GAME = words(
    r"(?:deje|dé|de|ceda|preste) su (?:silla|asiento|lugar|puesto|turno) (?:\w+ ){0,3}en medio"
    r" (?:de (?:la|el|una|un)|del) (?:partida|juego|partido|mano)",
    r"(?:give|let) me (?:have )?(?:his|her|their) (?:seat|chair|place|spot|turn) (?:\w+ ){0,2}in"
    r" the middle of (?:the|their|a|his|her) (?:game|match|round|hand)",
    r"(?:take|taking|grab|grabbing|nick|nicking|steal|stealing|sit (?:down )?(?:in|on|at)"
    r"|sitting (?:down )?(?:in|on|at)) (?:someone's|somebody's|a stranger's|their|his|her)"
    r" (?:\w+ )?(?:chair|seat|table|spot|place|sunbed|lounger|stool)\b[^.!?;]{0,40}\b(?:while"
    r"|when|whilst|as soon as) (?:they|he|she)(?:'re|'s| are| is| go| goes| get| gets| step"
    r" away| nip| pop)\b",
)
"""A player's seat taken in the middle of their game, or someone's chair taken while they are
up at the counter, to see if they will ask the user to move."""

MADE_A_SHOW_OF = words(
    r"(?:kneel|kneeling|get down on (?:my|one) knees?|beg|begging|grovel\w*) (?:\w+ ){0,4}in the"
    r" (?:middle|centre|center) of (?:a |the )?(?:packed|crowded|full|busy) (?:\w+ )?(?:restaurant"
    r"|bar|café|cafe|room|pub|shop|bus|train|square|market)",
    r"so (?:that )?(?:everyone|everybody|the whole (?:\w+ )?(?:room|restaurant|bar|place|bus"
    r"|carriage))(?:'s| is| are| can (?:see|watch|hear)) (?:watching|looking|staring|listening)?",
)
"""A scene made so a room looks on: the one asked can't say no before everyone."""
