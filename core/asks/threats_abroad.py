"""A no answered in advance in other tongues: a bad review, a secret told, a friendship ended.

Users write cards in the words they think in: "si no me deja el tinte gratis le pongo una
reseña de una estrella" (if she doesn't give me the dye free I'll give her a one-star review),
"jestli mi nedaj dezert zdarma, dam jim 1 hvezdu" (Czech: the same, for a dessert), "si no le
cuento a su jeva lo de la otra noche" (or else I tell his girlfriend about the other night),
"dacă nu-și mută mașina, pun poza cu ea pe grupul blocului" (Romanian: if he doesn't move his
car I post its photo on the block's group), "if him nuh lend mi di van mi a go tell him wife"
(Jamaican), "or I tell the landlord her boyfriend is staying"; a friendship ended over a no:
"ya no cuente conmigo nunca" (he needn't count on me ever again), "den xreiazetai na mou
ksanamilisei pote" (Greek in Latin letters: she needn't ever speak to me again), "als ze nee
zegt zeggen dat ze een slechte vriendin is" (Dutch: if she says no, tell her she's a bad
friend), "if he disnae come tae ma birthday we're done"; and guilt laid on: "a lo mejor el año
que viene ya no estoy" (maybe next year I won't be here), "megszakad az anyja szíve, és az az ő
hibája lesz" (Hungarian: her mother's heart will break and it will be her fault), "recordarle
todo lo que yo hice por ella, pa que no tenga cara de decir que no". A plan of the user's own
after a no ("si no puede, le pregunto a otro") costs the person nothing and is not read. Read
into the ask's `demands` through `core.asks.hard_nos`; fragments over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

_IF_NOT = (
    r"(?:si no|sino|si nos? no|if (?:\w+ ){1,3}?(?:doesn't|don't|won't|refuses?|says? no|nuh"
    r"|disnae|doesnae|no)|or else|jestli (?:\w+ )?ne\w*|kdy[zž] (?:\w+ )?ne\w*|wenn (?:\w+"
    r" ){0,3}nicht|als (?:\w+ ){0,3}(?:niet|nee)|sinon|s'(?:il|ils|elle) ne|yoksa|dac[aă] nu|ha nem"
    r"|an den|otherwise)"
)
"""A no, as the condition a threat hangs on, in Spanish, English, Czech, German, Dutch, French,
Turkish, Romanian, Hungarian and Greek in Latin letters."""

_REVIEW = (
    r"(?:rese[nñ]a|review|estrellas?|hv[eě]zd\w*|sterren?|sterne?n?|[eé]toiles?|yıldız|stele"
    r"|recenz\w*|bewertung|recenzie|értékelés)"
)
REVIEW_THREATS = words(
    rf"{_IF_NOT}\b[^.!?]{{0,100}}?\b(?:una |1 |one |jedn\w* |een |ein\w* |une |bir |o )?"
    rf"(?:mala |bad |terrible |awful |negative |scathing |slecht\w* |schlecht\w* |mauvais\w*"
    rf" |k[oö]t[uü] )?"
    rf"{_REVIEW}\b(?! (?:of|for|on) (?:the )?(?:other|another|next)\b)",
    r"(?:write|leave|post|give) (?:them |him |her )?(?:a )?(?:terrible|awful|bad|scathing"
    r"|negative|1-star|one-star) review\b[^.!?]{0,60}\b(?:on|in) every\b",
)
"""A bad review promised if the person says no: "si no, reseña mala en Google", "jestli mi
nedaj dezert zdarma, dam jim 1 hvezdu", "if he doesn't leave us extra samples I'll write a
terrible review on every forum"."""

TELLS_ON_THEM = words(
    r"(?:si no|sino),? (?:le |les )?(?:cuento|digo|contar[eé]|dir[eé]|ense[nñ]o|mostrar[eé])"
    r" (?:a |al |a la )?(?:su|sus) (?:\w+ )?(?:jev[oa]|novi[oa]|espos[oa]|mujer|marido|jef[ea]"
    r"|mam[aá]|pap[aá]|padres|pareja)\b",
    r"(?:mi|i) (?:a go|ago|gonna|go) tell (?:him|her|dem) (?:wife|husband|man|woman|gyal|bredda"
    r"|mada|mumma|pupa|boss|baby mother|baby father)\b",
    r"\bor (?:else )?i(?:'ll| will)? tell (?:the|his|her|their) (?:landlord|landlady|wife|husband"
    r"|girlfriend|boyfriend|boss|manager|parents|mum|mom|dad|teacher|partner)\b",
    r"(?:pun|pune|postez|posta) (?:poza|pozele|foto\w*) [^.!?]{0,60}(?:s[aă] vad[aă]"
    r" (?:to(?:a|at[aă]) lumea)|pe grup\w*)",
)
"""A secret of the person's told to their partner, their boss or the landlord, or their photo
posted to the neighbours' group, if they say no."""

ENDS_IT = words(
    r"(?:ya )?no (?:cuente|cuentes|cuenten) (?:m[aá]s |nunca )?conmigo",
    r"(?:den )?(?:xreiazetai|xriazete|xreiazete|xreiazontai) na mou (?:ksana|xana)?mil\w*"
    r"|na mou (?:ksana|xana)mil\w* pote",
    r"(?:zeggen|zeg|zegt|vertellen) (?:\w+ )?dat (?:ze|hij|zij) een (?:slechte|waardeloze|nep)"
    r" (?:vriendin|vriend|zus|broer)\b",
    r"(?:tell|say to|call) (?:her|him|them) (?:\w+ )?(?:a|an) (?:bad|terrible|rubbish|crap|fake"
    r"|useless) (?:friend|sister|brother|mate)\b",
    r"(?:nae|no) second chances?\b",
)
"""A friendship ended over a no, or the person named a bad friend for it."""

GUILT = words(
    r"(?:el a[nñ]o que viene|el pr[oó]ximo a[nñ]o|pronto|ma[nñ]ana) (?:a lo mejor |quiz[aá]s? |tal"
    r" vez )?ya no (?:estoy|est[eé]|estar[eé]|voy a estar)\b",
    r"(?:i|i'll|i will) (?:might|may) not be (?:here|around|alive) (?:next|by next) (?:year"
    r"|christmas|summer)",
    r"(?:megszakad|meghasad|összetörik) (?:az )?(?:\w+ )?sz[ií]v\w*",
    r"(?:az|ez) az (?:ő|o) hib[aá]ja (?:lesz|lenne)\b",
    r"recordarle (?:todo )?lo que (?:yo )?(?:hice|he hecho|hago) por (?:ella|[eé]l|ellos)",
    r"remind (?:him|her|them) (?:of )?(?:everything|all) (?:that )?i(?:'ve| have)? (?:ever )?done"
    r" for (?:him|her|them)\b",
    r"(?:no tenga|no tengan) cara (?:de|pa|para) decir(?:me)? que no",
)
"""Guilt laid on a no: the user's death hinted, a broken heart that will be the person's
fault, a ledger of favours read out so the person "has no face to say no"."""


def threatens_abroad(text: str) -> bool:
    """Whether the ask, in any of these tongues, answers a no with a bad review, a secret told,
    a friendship ended or guilt laid on."""
    return any(has(lexicon, text) for lexicon in (REVIEW_THREATS, TELLS_ON_THEM, ENDS_IT, GUILT))
