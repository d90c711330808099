"""Lifts, in words: a ride from someone unknown, or from a driver the user says has drunk.

"Take a lift from a random guy at the taxi rank after dark", "accept a lift home from Dave
after the works do even though he's had four pints": a stranger's car at night, or a friend's
after the drinks the user names. These are unsafe whoever is asked, so they join
`core.asks.danger.UNSAFE`; `core.asks.at_the_wheel` reads the driver who has had a few when
the words ask them to drive. The same after "his Friday drinks" or "the Tuskers, he says he's
fine", a lift asked of "un desconocido", a rider told to go fast, or a bike home after six
biertjes with no lights. A lift from a friend, a colleague's lift after the works do, or a
lift from a sober mate when the user is the one who has drunk, stays fair. Fragments over the
normal form of `core.asks.text`.
"""

from __future__ import annotations

_STRANGE = r"(?:random|strange|unknown|dodgy|unlicensed|unmarked)"
_SOMEONE = (
    r"(?:guys?|man|men|bloke|blokes|dudes?|fellas?|lads?|woman|women|lady|ladies|person|people"
    r"|drivers?|cars?|cabs?|taxis?|vans?|strangers?|randoms?|one)"
)
_UNKNOWN_LIFT = (
    rf"(?:lift|lifts|ride|rides)(?: home| back)? (?:from|off|with|in) (?:a |some |any |the first )?"
    rf"(?:{_STRANGE} )(?:[\w-]+ )?{_SOMEONE}\b",
    r"(?:lift|lifts|ride|rides)(?: home| back)? (?:from|off|with) (?:a|some) (?:guy|man|bloke"
    r"|dude|woman|lady|driver|stranger) (?:i|we) (?:don't|do not|didn't|never|barely|hardly)"
    r" (?:even )?(?:know|met)\b",
    r"(?:lift|lifts|ride|rides)(?: home| hame| back)? (?:from|off|with|fae|frae) (?:the|a|some|this"
    r"|that) (?:guy|man|bloke|dude|woman|lady|driver|stranger|fella|fellow|boy|chap|geezer|gadgie)"
    r" (?:at|in|by|outside|near) (?:the|a) (?:bus stop|bus shelter|station|taxi rank|rank"
    r"|roadside|side of the road|kerb|curb|car park|petrol station|gas station|lay-?by|corner"
    r"|traffic lights|lights)\b",
)
_SMALL_HOURS = (
    r"(?:at (?:midnight|night|[1-5] ?am)|after dark|late at night|in the middle of the night"
    r"|after (?:my |the )?night (?:shift|duty))"
)
_LIFT_AT_NIGHT = (
    r"(?:lift|lifts|ride|rides)(?: home| back)? (?:from|off|with) (?:the|a|some|this|that)"
    r" (?:\w+ )?(?:guy|man|bloke|dude|fella|stranger|driver)\b(?! (?:next door|from (?:work"
    rf"|church)))[^.!?;]{{0,100}}\b{_SMALL_HOURS}"
)
"""A lift from someone the user calls random or does not know: at the rank, on the kerb, or
known only by where they stood ("the lift hame fae the guy at the bus stop that offered"), or
"the man who keeps offering" named by no name, at midnight."""

_DRINK = (
    r"(?:pints?|beers?|drinks?|cans|glasses|shots|bottles|jars|bevvies|tinnies|stubbies|wines?"
    r"|ciders?|lagers?|whiske?ys?|vodkas?|tequilas?|rums?|gins?|rounds|schooners)"
)
_COUNT = (
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few|a couple(?: of)?|several|loads"
    r" of|a load of|a good few|a fair few|too many)"
)
_DRIVER_HAS_DRUNK = (
    r"(?:lift|lifts|ride|rides)\b[^.!?;]{0,70}\b(?:even though|though|although|but|and|when"
    r"|while|even if|despite|after|since|,) (?:he|she|they|the driver|(?!i\b|we\b)[a-z]+)"
    rf"(?:'s| has|'ve| have|'d| had)? (?:had|drunk|downed|sunk|necked|put away) (?:only |just"
    rf" |like |about |maybe |at least )?{_COUNT} (?:\w+ )?{_DRINK}\b"
)
"""A lift taken from a driver the words say has had their pints: the user's own drinks, with
someone sober at the wheel, are not it."""

_BRANDS = r"(?:tuskers?|biertjes|bier|pils|cervezas?|cervejas?|birras?|apfelwein|soju|palm wine)"
"""Beer and wine by the names a local bar gives them."""
_TAKEN = (
    r"(?:accept\w*|take|taking|get|getting|catch|ask\w* (?:[\w']+ ){0,3}?for|hop\w* on|jump\w* on"
    r"|climb\w* on) (?:a |the |his |her |their )?(?:lift|ride|back of|pillion)"
)
"""A lift the user takes from the driver; one given or offered to them is not it."""
_HIS_DRINKS = (
    rf"{_TAKEN}\b[^.!?;]{{0,60}}\bafter (?:his|her|their)"
    rf" (?:\w+ ){{0,2}}?(?:{_DRINK}|{_BRANDS}|session|sesh)\b",
    r"(?:lift|lifts|ride|rides)\b[^.!?;]{0,60}\bafter (?:the|a few|some|his|her|their)"
    rf" (?:\w+ )?(?:{_DRINK}|{_BRANDS})\b.{{0,80}}\b(?:he|she|they) (?:says|said|swears|claims"
    r"|insists)(?: that)? (?:he's|she's|they're|he is|she is|they are|it's) (?:fine|ok|okay"
    r"|alright|all right|good|sober)\b",
    r"(?:had|drunk|downed) (?:like |about |maybe )?(?:\d+|two|three|four|five|six|seven|a few"
    r"|a couple of) (?:\w+ )?(?:beers|pints|drinks|cans|shots)\b[^.!?;]{0,20}\bbut (?:he's|she's"
    r"|they're|he is|she is) (?:fine|ok|okay|alright|sober)\b.{0,80}\b(?:drive|lift|ride)\b",
)
"""A lift from a driver after their own drinks ("on his boda after his Friday drinks"), or after
the round with only their word that they are fine: a sober driver after the user's drinks is
not it."""

_STRANGER_IN_SPANISH = (
    r"(?:carona|boleia|aventón|aventon|jalón|raite|lleve|leve|lleva|levar|llevar)\b[^.!?;]{0,40}"
    r"\b(?:un|um|uma|una) (?:desconhecid[oa]|estranh[oa]|desconocid[oa]|extrañ[oa])\b"
    r"|(?:un|um|uma|una) (?:desconhecid[oa]|estranh[oa]|desconocid[oa]|extrañ[oa])\b[^.!?;]{0,40}"
    r"\b(?:carona|boleia|aventón|aventon|que me (?:lleve|leve))\b"
)
"""A lift asked of a stranger in Portuguese or Spanish ("pedir carona pra um desconhecido")."""
_STRANGER_IN_KOREAN = (
    r"아무 (?:차|차나|차를|차량|트럭)\w*[^.!?;]{0,30}(?:태워|얻어 ?타)\w*"
    r"|(?:모르는|낯선) (?:사람|아저씨|남자|여자|분)\w* 차\w*[^.!?;]{0,20}(?:태워|타)\w*|히치하이\w*"
)
"""A lift flagged from whatever car stops, in Korean ("아무 차나 세워서 태워달라고 하기"): a
taxi hailed is not it."""

_RECKLESS_RIDE = (
    r"(?:tell|ask|get) (?:him|her|them|the (?:\w+ )?(?:driver|rider|cabbie|man|guy)) to (?:go"
    r"|drive|ride) (?:really |very |super |extra |as )?(?:fast(?:er)?|flat out|full speed)\b"
    r"|(?:cycle|cycling|bike|biking|ride|riding)\b[^.!?;]{0,80}\b(?:no lights|without (?:any )?"
    r"lights|lights off)\b"
    r"|(?:cycle|cycling|bike|biking|ride|riding|drive|driving)\b[^.!?;]{0,40}\bafter"
    rf" {_COUNT} (?:\w+ )?{_BRANDS}\b"
)
"""A rider told to go fast, a bike at night with no lights, or a ride after the user's count of
beers by a local name ("six biertjes"): a crash the words themselves ask for."""

PATTERNS = (
    *_UNKNOWN_LIFT,
    _LIFT_AT_NIGHT,
    _DRIVER_HAS_DRUNK,
    *_HIS_DRINKS,
    _STRANGER_IN_SPANISH,
    _STRANGER_IN_KOREAN,
    _RECKLESS_RIDE,
)
"""Each lift with its hazard; `core.asks.danger.UNSAFE` joins them to its own."""
