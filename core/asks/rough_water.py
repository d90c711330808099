"""Rough water, in words: the sea taken on in a big swell or with a storm coming.

"Paddle out at Broken Head in the big swell with no leash and see how far I get", "take the
ngalawa out alone tonight when the storm is coming": a surfer with no leash in waves beyond
them, a small boat out as the weather turns or in the monsoon ("ask a fisherman to take me out in
his boat during the monsoon, red flag day"), a swim in a heavy swell in Spanish or French too
("nadar en el Malecón when there's mar de fondo"). These are unsafe whoever is asked, so they join
`core.asks.danger.UNSAFE`; `core.asks.perils` reads boats out during a storm already named.
Each needs the water with its hazard: a paddle out with the lifeguard watching, a surf in the
swell with a friend, or a boat brought in before the storm stays fair. Fragments over the
normal form of `core.asks.text`.
"""

from __future__ import annotations

_BIG_SEA = (
    r"(?:big|huge|massive|heavy|monster|giant|storm|cyclone|pumping|solid|\d+ ?(?:ft|foot|feet"
    r"|m|metre|meter)) (?:\w+ )?(?:swell|surf|waves|sets|seas)"
)
_ON_YOUR_OWN = (
    r"(?:no leash|without (?:a |my )?leash|leashless|alone|on my own|by myself|at night|after"
    r" dark|in the dark|can't swim|cannot swim|never surfed|first time surfing)"
)
_IN_THE_WATER = (
    r"(?<!safe to )(?<!whether to )(?:paddl\w*|surf|surfs|surfing|swim|swims|swimming"
    r"|bodyboard\w*|boogie ?board\w*|go out|head out|get in|jump in|charge|charging)"
)
_SURFED = (
    rf"{_IN_THE_WATER}\b[^.!?;]{{0,40}}\b{_BIG_SEA}\b[^.!?;]{{0,40}}\b{_ON_YOUR_OWN}\b",
    rf"{_IN_THE_WATER}\b[^.!?;]{{0,40}}\b{_ON_YOUR_OWN}\b[^.!?;]{{0,40}}\b{_BIG_SEA}\b",
)
_NEW_TO_IT = (
    r"(?:only (?:been )?(?:surfing|surfed|paddling|swimming) (?:for )?(?:a|one|two|six|\d+)"
    r" (?:year|month|week)s?|(?:can't|cannot|can not) (?:really )?swim|(?:a |complete |total )?"
    r"(?:beginner|novice|learner|newbie)\b|never surfed|just (?:learnt|learned|started) (?:to )?"
    r"surf\w*)"
)
_NEW_IN_BIG_SURF = (
    rf"{_IN_THE_WATER}\b[^.!?;]{{0,60}}\b{_BIG_SEA}\b.{{0,60}}\b{_NEW_TO_IT}",
    rf"{_NEW_TO_IT}\b.{{0,60}}\b{_IN_THE_WATER}\b[^.!?;]{{0,60}}\b{_BIG_SEA}\b",
)
"""Big surf with no leash, alone or in the dark, or for someone a year into surfing ("paddle
out on the big swell day, only been surfing a year"): no way back in if the board is lost.
Asking whether it is safe to swim is asking the way to stay safe."""

_BOAT = (
    r"(?:boat|boats|ngalawa|dhow|mtumbwi|canoe|kayak|dinghy|skiff|banca|bangka|pirogue"
    r"|panga|dugout|jet ?ski|raft|sailboat|yacht|trawler|coble|currach|curragh|punt|sampan"
    r"|longtail|tinny|tinnie|rib|outrigger|sloop|smack)"
)
_STORM = (
    r"(?:storm|gale|cyclone|typhoon|hurricane|squall|tropical depression|big blow|kusi|kaskazi"
    r"|monsoon)s?"
)
_COMING = (
    r"(?:coming|due|forecast|on (?:its|the) way|brewing|rolling in|coming in"
    r"|blowing in|about to (?:hit|break)|approaching|warning|building|closing in)"
)
_BOAT_IN_A_STORM = (
    rf"(?:take|taking|took|sail|sailing|row|rowing|paddle|paddling|launch|launching|head|heading"
    rf"|go|going) (?:the |my |a |our |his |her )?(?:\w+ )?{_BOAT} out\b[^.!?;]{{0,60}}\b(?:when"
    rf"|while|as|with|though|even though|and|because) (?:the |a )?{_STORM}(?:'s| is| are)?"
    rf" {_COMING}\b"
)
"""A small boat taken out as the storm comes; brought in before it, it stays fair."""

_OUT_IN_A_BOAT = (
    rf"out (?:to sea |on the (?:sea|water|lake) )?(?:in|on) (?:the |my |a |our |his |her |their )?"
    rf"(?:\w+ )?{_BOAT}\b[^.!?;]{{0,40}}\b(?:during|in|on|through) (?:the |a )?{_STORM}\b"
)
"""Taken out in a small boat in the storm or the monsoon itself."""
_ON_A_CLOSED_SEA = (
    rf"(?:{_IN_THE_WATER}|{_BOAT})\b[^.!?;]{{0,60}}\b(?:red[- ]flag|double red|black flag) day\b"
)
"""A swim or a boat out on a day the beach has closed the sea ("red flag day")."""
_SWELL = (
    r"mar de fondo|mar (?:picad[oa]|brav[oa]|agitad[oa]|grosso)|marejada|oleaje fuerte|resaca"
    r"|ressaca|grosse houle|forte houle|mer (?:agitée|forte|démontée)|(?:big|heavy|huge|strong)"
    r" (?:swell|undertow|rip)|(?:a |the )?swell(?:'s| is) (?:up|big|huge|pumping)"
)
_SWIM_IN_A_SWELL = (
    r"(?<!safe to )(?<!whether to )(?<!if i can )(?:nadar|nadando|ba[ñn]ar(?:me|se|nos)?"
    r"|meter(?:me|se|nos)|tirar(?:me|se|nos)|mergulhar"
    r"|nager|me baigner|se baigner|swim|swimming|go in|jump in)\b[^.!?;]{0,40}\b(?:when|while|con"
    r"|cuando|quand|with|and|though) (?:there's |there is |hay |il y a |the )?(?:una? |a )?"
    rf"(?:{_SWELL})\b"
)
"""A swim in a heavy swell or its undertow, in Spanish, Portuguese or French as in English;
asking whether to swim in it is asking the way to stay safe."""

_RIVER_IN_SPATE = (
    r"(?:cross|ford|wade|swim|drive|ride|go)\w*\b[^.!?;]{0,40}\b(?:river|río|rio|creek|stream"
    r"|burn|wadi|ford|arroyo)\b(?:(?!bridge|ferry|boat|footbridge"
    r"|tunnel)[^.!?;]){0,60}\b(?:(?:when|while|as|now|if) (?:it's|it is|its|the"
    r" water(?:'s| is)|the river(?:'s| is)|it's running|they're) (?:still |so |really "
    r"|very )?(?:high"
    r"|up|in flood|flooding|flooded|swollen|in spate|raging|running fast)\b|snow ?melt|in spate"
    r"|in flood|swollen|flooded|after (?:the |a )?(?:heavy )?(?:rains?|storm|downpour))"
)
"""A river crossed when it runs high ("cross the río Santa Cruz on horse when it's high from
the snow melt"): fords that are safe in summer carry horses and riders off in a spate. A river
crossed on a bridge, or a high bridge crossed, names no spate."""

PATTERNS = (
    _RIVER_IN_SPATE,
    *_SURFED,
    *_NEW_IN_BIG_SURF,
    _BOAT_IN_A_STORM,
    _OUT_IN_A_BOAT,
    _ON_A_CLOSED_SEA,
    _SWIM_IN_A_SWELL,
)
"""Each stretch of water with its hazard; `core.asks.danger.UNSAFE` joins them to its own."""
