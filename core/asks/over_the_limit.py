"""Over the limit, in words: drink before the wheel or the cliff edge, told in other words.

"Drive home the bog road after the Christmas party, I've only had a few and the guards are never
out that way", "pedirle a mi compa que me deje manejar el tractor después de unas cervezas",
"come up Salisbury Crags in the dark after close, we'll all be steaming", "ask my mate to spot
me on a 200kg bench after a few pints": the wheel taken by the user after drinks, with the
police counted on being away, in Spanish or in Portuguese, a height climbed in the dark by a
party the user says will be drunk, and a heavy bar lifted after drinks; round forty-two, "ride
us down from Nagarkot after a few bottles of Gorkha, he knows the road", "drive us home from the
VFW after a few Lone Stars, I'm fine". These are unsafe whoever is asked, so they join
`core.asks.danger.UNSAFE`; `core.asks.at_the_wheel` reads the English shapes with a drink named.
A friend asked to drive because the user has had a few, a walk up the crags at dawn, or a night
out on foot stay fair. Fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.safeguards import DRINK_NAMES

_HAD_A_FEW = (
    r"(?:i've|i have|i'd|i had) (?:only |just )?had (?:a few|a couple|one or two|a skinful"
    r"|(?:\d+|two|three|four|five|six) (?:pints|beers|drinks|cans|glasses|jars|bevvies|shots))\b"
)
_SET_OFF_DRIVING = rf"(?:^|(?<=[:.!] ))(?:drive|driving|drove)\b[^.!?]{{0,80}}\b{_HAD_A_FEW}"
"""A card that sets the user driving, then says they have had a few: the user is at the wheel
(a friend asked to drive because the user has had a few is the safe way home)."""

_THE_LAW = (
    r"(?:guards|gardaí|gardai|garda|cops|police|coppers|feds|polis|rozzers|bizzies|the law"
    r"|checkpoints?|breathalys\w*|booze bus|rbt|traffic police|highway patrol|speed cameras?)"
)
_LAW_AWAY = (
    r"(?:drive|driving|drove|(?:ride|riding|rode) (?:the |my |a |his |her )?(?:scooter|moto"
    rf"|motorbike|motorcycle|moped|quad|dirt ?bike))\b[^.!?]{{0,150}}\b{_THE_LAW}\b"
    r" (?:are |is |'re )?"
    r"(?:never|won't be|aren't|are not|isn't|not|rarely|hardly ever|never ever|don't|do not"
    r"|doesn't) (?:\w+ )?(?:out|about|around|there|on|check\w*|stop\w*|patrol\w*|bother\w*)\b"
)
"""The wheel taken with the police counted on being away: what the user fears they would see.
A ride home with a friend because the police never patrol the estate is company on the way,
not the wheel; a scooter ridden home is the wheel."""

_AL_VOLANTE = (
    r"(?:manejar|conducir|manejo|conduzco|manejando|conduciendo|dirigir|dirijo|dirigindo|guiar"
    r"|llevar el (?:carro|coche|auto|tractor|camión|camion|troca))\b[^.!?;]{0,60}\b(?:después"
    r" de|despues de|tras|con|depois de|com) (?:unas?|unos|umas?|uns|dos|tres|cuatro|duas|três"
    r"|tres|varias|varios|mis|algunas|algunos|\d+)? ?(?:cervezas|chelas|copas|tragos|birras"
    r"|chupitos|caguamas|cheves|cervejas|caipirinhas|tequilas|mezcales|vinos|drinks|beers|shots)\b",
    r"(?:manejar|conducir|dirigir|manejo|conduzco|dirijo)\b[^.!?;]{0,40}\b(?:borracho|borracha"
    r"|pedo|tomado|tomada|bebido|bebida|ebrio|ebria|bêbado|bêbada|bebado|bebada|pisto|jalado)\b",
)
"""Drink before the wheel in Spanish or Portuguese: "manejar después de unas cervezas"."""

_DRUNK = (
    r"(?:steaming|steamin|drunk|pissed|blootered|bladdered|mortal|hammered|wasted|trolleyed"
    r"|pished|tipsy|bevvied|half-cut|rat-?arsed|plastered|paralytic|sloshed|sozzled|legless"
    r"|off (?:our|my|their) (?:faces?|heads?|tits))"
)
_HEIGHT = (
    r"(?:crags?|cliffs?|cliff ?tops?|quarry|quarries|gorge|ravine|ridge|scree|summit|peak|tor"
    r"|sea ?wall|arthur's seat|fell|munro|volcano|crater|viaduct|dam wall)"
)
_DARK = r"(?:in the dark|at night|after dark|at midnight|after close|after closing|after hours)"
_DRUNK_ON_A_HEIGHT = (
    rf"{_HEIGHT}\b[^.!?]{{0,40}}\b{_DARK}\b[^.!?]{{0,60}}\b(?:be|get|getting|all|been|already)"
    rf" (?:all |a bit |well |proper |absolutely |totally )?{_DRUNK}\b",
    rf"{_DRUNK}\b[^.!?]{{0,60}}\b{_HEIGHT}\b[^.!?]{{0,40}}\b{_DARK}\b",
)
"""A cliff or crag climbed in the dark by people the user says will be drunk."""

_HEAVY_BAR = (
    r"(?:bench|benching|bench press|squat|squats|squatting|deadlift\w*|clean and jerk|overhead"
    r" press|max out|maxing out|(?:1|one)[- ]?rep max|1rm|pb attempt|pr attempt)"
)
"""A heavy bar by its lift; a weight alone ("a 50kg sack") is no bar over the body."""
_ROUNDS = (
    r"(?:a few|a couple(?: of)?|some|several|two|three|four|five|six|\d+|too many|loads of)"
    rf" (?:\w+ )?{DRINK_NAMES}"
)
_LIFTED_AFTER_DRINKS = (
    rf"{_HEAVY_BAR}\b[^.!?;]{{0,60}}\bafter (?:{_ROUNDS}|(?:the |a )?(?:pub|drinks|session|bar))\b",
    rf"after {_ROUNDS}\b[^.!?;]{{0,60}}\b{_HEAVY_BAR}\b",
)
"""A heavy bar lifted after drinks, spotter or not: a bar dropped on the chest or the neck."""

_POURED_TILL_DOWN = (
    r"(?:pour|pouring|serve|serving|bring|bringing|keep)\w*\b.{0,40}\b(?:shots|drinks|pints|beers"
    r"|vodkas?|tequilas?)\b.{0,30}\b(?:till|until|til) (?:i|we)(?: can't| cannot|'m| am| are"
    r"|'re)? (?:stand|walk|see straight|pass out|passed out|black out|on the floor|legless|sick)\b"
)
"""Drinks poured "till I can't stand up": the count set by falling down, not by a limit."""

_VEHICLE = (
    r"(?:rig|truck|lorry|semi|van|ute|car|bus|tractor|forklift|boat|motorbike|bike|scooter"
    r"|okada|keke|trailer|camper|motorhome)"
)
_MOVED_AFTER_A_FEW = (
    rf"(?:had|after|downed|sank|on) (?:my )?(?:\w+ )?(?:\d+|a few|a couple of|two|three|four|five"
    rf"|six) (?:\w+ )?{DRINK_NAMES}\b[^.!?]{{0,100}}\b(?:i|me|myself) (?:\w+ )?(?:move|shift"
    rf"|reverse|back up|park|repark|bring|swing)\w* (?:the|my|his|her|a) (?:[\w-]+ )?{_VEHICLE}\b",
)
"""A vehicle moved by the user after drinks, "only two hundred yards" round the back: the wheel
all the same. A wife or a mate asked to move it for the user is the safe way."""

_PIDGIN_DRANK = (
    r"(?:i|me|mi|we) (?:go |don |done |don go |fit )*(?:don|done) (?:drink|take shayo|high)\b"
    r"|(?:i|me|mi) (?:go |don |done )?(?:dey|de) (?:high|tipsy|drunk)\b"
)
_WHEEL_LENT = (
    r"(?:lend|borrow|loan|give)\w* (?:me |mi )?(?:his|her|their|your|the|a|di) (?:\w+ )?(?:car"
    r"|motor|keys|van|okada|keke|bike|motorbike|scooter|jeep)\b[^.!?]{0,40}\b(?:to )?(?:drive"
    r"|ride)"
)
_LENT_AFTER_DRINK = (
    rf"{_WHEEL_LENT}\b[^!?]{{0,80}}\b(?:{_PIDGIN_DRANK})",
    rf"(?:{_PIDGIN_DRANK})\b[^!?]{{0,80}}\b{_WHEEL_LENT}\b",
)
"""A car borrowed to drive home when the user has drunk, said in Nigerian Pidgin ("lend me his
car to drive home from the owambe, I go don drink small"): the user at the wheel after drink.
A car lent to a sober friend names no drink and stays fair."""

_DRIVES_US = r"(?:drive|driving|ride|riding)\b (?:us|me|them|everyone|(?:\w+ )?home)\b"
_A_FEW_OF = (
    r"after (?:a few|a couple(?: of)?|some|several|two|three|four|five|six|\d+) (?:more )?"
    r"(?!(?:minutes|mins|hours|hrs|seconds|days|weeks|months|stops|miles|km|errands|songs|games"
    r"|laps|hands|rounds of (?:golf|cards))\b)(?:[\w'-]+ ){0,2}?"
)
_SAID_FINE = (
    r"(?:i'm|i am|he's|he is|she's|she is|they're|they are|we're|we are) (?:totally |perfectly"
    r" |completely |still )?(?:fine|ok|okay|good|alright|all right|sober enough|not drunk)\b(?! to)"
    r"|(?:he|she|i) knows? the (?:road|roads|way)\b"
)
_FINE_AFTER_A_FEW = (
    rf"{_DRIVES_US}[^.!?;]{{0,60}}\b{_A_FEW_OF}(?:bottles|glasses|cans|pints|rounds|shots|jugs"
    r"|pitchers|tins) of \w+",
    rf"{_DRIVES_US}[^.!?;]{{0,60}}\b{_A_FEW_OF}[\w'-]+,? (?:\w+ )?(?:{_SAID_FINE})",
)
"""The user or a friend at the wheel "after a few bottles of Gorkha", or "after a few Lone
Stars, I'm fine": drinks counted by their brand, the driver said to be fine or to know the road.
A lift home after a few minutes, or from a friend who has not drunk, names no fitness vouched."""

PATTERNS = (
    *_FINE_AFTER_A_FEW,
    *_MOVED_AFTER_A_FEW,
    *_LENT_AFTER_DRINK,
    _POURED_TILL_DOWN,
    _SET_OFF_DRIVING,
    _LAW_AWAY,
    *_AL_VOLANTE,
    *_DRUNK_ON_A_HEIGHT,
    *_LIFTED_AFTER_DRINKS,
)
"""Each wheel, height or bar with the drink; `core.asks.danger.UNSAFE` joins them to its own."""
