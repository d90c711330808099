"""A yes got by shame before others, or by keeping someone past their work, in any tongue.

"pedirle el aumento a mi jefe enfrente de todo el equipo pa que le dé pena decir que no" (ask
for the raise before the whole team so he's too embarrassed to say no), "cobrarle al tipo
delante de to el barrio a ver si le da vergüenza", "den Nachbarn vor der ganzen
Eigentümerversammlung fragen ... soll er sich ruhig blamieren" (German: before the whole owners'
meeting, let him make a fool of himself), "toplantıda herkesin önünde soracağım ki hayır
diyemesin" (Turkish: before everyone at the meeting so he can't say no), "devant tous nos amis
pour qu'il ait honte de dire non" (French), "announce the names of those who refuse", "at the
meeting tell my team everyone must come to my wedding, raise hands now": an audience chosen so a
no shames the person. And someone serving kept past their work: "make the waiter stay and chat
with me even when he's clearly busy", "tell the nurse she needs to sit with you until you feel
better", "tell the pharmacist my mom has cancer so she has to fill it early". Asking a
favour at a meeting with nothing to shame ("ask at the meeting who can help with the fair")
stays fair. Read into the ask's `demands` through `core.asks.hard_nos`; fragments over the
normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

AUDIENCE = words(
    r"(?:enfrente|delante|frente|adelante) de (?:todo|toda|to|todos|todas|tod[oa]s) (?:el |la |los"
    r" |las |mis |sus )?\w+",
    r"vor (?:der|dem|den|allen) (?:ganzen |versammelten )?\w+",
    r"herkesin (?:önünde|onunde|içinde)",
    r"devant (?:tous|toutes|tout) (?:nos |mes |ses |les |le )?\w+",
    r"in front of (?:everyone|everybody|all|the whole \w+|the entire \w+)",
    r"(?:voor|waar) (?:iedereen|heel de|de hele) ?\w*",
    r"p[rř]ed (?:v[sš]emi|cel[yý]m? \w+)",
    r"în fa[tț]a (?:tuturor|întregului|intregului)",
)
"""Everyone the user means to ask before, in Spanish, German, Turkish, French, English, Dutch,
Czech and Romanian."""

SHAMED = words(
    r"(?:le |les )?(?:d[eé]|da|dar[aá]) (?:pena|verg[uü]enza|corte)",
    r"(?:ait|aie|aient|a) honte",
    r"blamier\w*|bloßstell\w*|blosstell\w*",
    r"schaamt|schamen|ru[sș]ine|stydět|styd[eě]l|szégyen\w*",
    r"(?:shame|embarrass|humiliate) (?:him|her|them)\b",
)
"""Shame put on the person: "a ver si le da vergüenza", "soll er sich blamieren"; with an
audience chosen for it, a no made shameful."""

NO_MADE_SHAMEFUL = words(
    r"(?:d[eé]|da) (?:pena|verg[uü]enza|corte) decir(?:me|le)? que no",
    r"honte de (?:dire|me dire|lui dire) non|honte de refuser",
    r"hay[ıi]r diyemesin|hay[ıi]r diyemeyecek|reddedemesin",
    r"(?:no )?(?:pueda|puedan|se atreva|se atrevan) (?:a )?decir(?:me|le)? que no",
    r"too (?:embarrassed|ashamed) to (?:say no|refuse)|(?:shame|embarrass) (?:him|her|them) into",
)
"""A no the shame is chosen to stop: "pa que le dé pena decir que no", "pour qu'il ait honte
de dire non", "ki hayır diyemesin"."""

NAMED_BEFORE_ALL = words(
    r"(?:announce|read out|post|list|name|share) (?:\w+ )?names? of (?:those|the ones|everyone"
    r"|people|anyone) (?:who|that) (?:refuse|refused|say no|said no|don't|won't|didn't)",
    r"(?:everyone|everybody|all of you|you all|the whole team) (?:must|has to|have to) (?:come|be)"
    r" (?:to|at) my (?:wedding|party|birthday|housewarming|leaving do|barbecue|bbq)\b",
    r"raise (?:your |their )?hands? (?:now|right now|here and now)\b",
)
"""Those who say no named before the group, or everyone told they must come to the user's
wedding, hands raised on the spot."""

KEPT_PAST_THEIR_WORK = words(
    r"(?:make|get|keep|force) (?:the |my |our )?(?:\w+ )?(?:waiter|waitress|barista|bartender"
    r"|nurse|cashier|clerk|server|receptionist|staff|driver|attendant) (?:to )?(?:stay|sit|chat"
    r"|talk)\b[^.!?]{0,60}\b(?:busy|rushed|working|on shift|other (?:tables|patients|customers))",
    r"(?:tell|remind) (?:the |my )?(?:nurse|carer|doctor|waiter|waitress|attendant|receptionist)"
    r" (?:she|he|they) (?:needs?|has|have|must|ought) (?:to )?(?:sit|stay|wait) with (?:you|me)"
    r" until\b",
    r"(?:(?:has|got|have) (?:cancer|a tumou?r|dementia|a terminal \w+)|died|passed away) so (?:she"
    r"|he|they) (?:has|have|will have|'ll have|must) to\b",
)
"""Someone serving kept past their work, or told they must: the busy waiter made to stay and
chat, the nurse told she needs to sit until the user feels better, a pharmacist told a
diagnosis "so she has to" bend the rule."""


def shames_a_no(text: str) -> bool:
    """Whether the ask counts on shame before an audience, names who refuse before the group,
    or holds someone serving past their work."""
    if has(SHAMED, text) and has(AUDIENCE, text):
        return True
    readings = (NO_MADE_SHAMEFUL, NAMED_BEFORE_ALL, KEPT_PAST_THEIR_WORK)
    return any(has(lexicon, text) for lexicon in readings)
