"""Warnings ignored, in words: water, a wash or a slope taken on while the weather is called.

"Ask the parents if I can take the class down into the wash for the field trip even though
there's a flash flood warning", "ask the coast guard to let me sail to Bantayan tonight even
with Signal No. 2 up", "ask the lads who's keen to swim out to Mokoia with me tonight, storm's
rolling in but that's half the legend", "big storm swell rolling in, paddle out and ask the guys
to time how long I last": a warning the weather service or the coast guard has put out (a flood,
a storm, a gale, an avalanche, a typhoon signal by its number), or a storm on its way, and the
user setting out into it anyway, with others or alone. Nobody asked can make that safe by
saying yes, so these are unsafe whoever is asked and join `core.asks.danger.UNSAFE`;
`core.asks.rough_water` reads small boats and big surf, this the warning itself. A warning
that keeps the user in ("ask the school to cancel the trip, there's a flood warning"), a
question whether it is safe, or an outing before the storm arrives stays fair: each shape
needs the outing with the warning joined by "even with", "during", "despite" or "but".
Fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

_WEATHER = (
    r"(?:flash[- ]?flood|flood|storm|gale|cyclone|typhoon|hurricane|tsunami|avalanche|blizzard"
    r"|severe weather|thunderstorm|lightning|wind|high surf|surf|small craft|marine|bushfire"
    r"|fire|tornado|weather)"
)
_WARNING = (
    rf"(?:{_WEATHER} (?:warnings?|watch|alerts?|advisory|advisories)"
    r"|(?:typhoon |storm |wind |tropical cyclone |cyclone |public storm )?signal (?:no\.? ?"
    r"|number |#)?\d"
    r"|red (?:flag )?warning|(?:code|level) (?:red|orange|[3-5]) (?:\w+ )?(?:warning|alert))"
)
"""A warning put out for the weather: a flood, storm or gale warning, a typhoon signal by its
number ("Signal No. 2"), a red warning or an avalanche level."""

_OUT = (
    r"(?<!safe to )(?<!whether to )(?<!if i should )(?:(?:take|taking|took|bring|bringing|lead"
    r"|leading|walk|walking)\w* (?:[\w']+ ){0,3}?(?:out|down|up|into|across|onto|over)"
    r"|(?:go|goes|going|went|head|heading|get|getting)"
    r" (?:out|down|up|into|in the (?:sea|water|river|surf|bush)|swimming|surfing|sailing|fishing"
    r"|hiking|climbing|skiing|kayaking|off-piste|across|over to)|sail|sails|sailing|swim|swims"
    r"|swimming|paddl\w*|row|rowing|kayak\w*|canoe\w*|surf|surfing|dive|diving|ski|skiing|hike"
    r"|hiking|climb|climbing|cross|crossing|camp|camping|fishing|launch\w*)"
)
"""Setting out: a class taken down into a wash, a boat sailed, a slope skied, a river crossed."""
_KEPT_SAFE = (
    r"(?:whether|if|is|it's|it is|it'd be|it would be|not|how) (?:it's |it is |it'd be |it would"
    r" be |really |still )?safe|cancel\w*|postpon\w*|call\w* off"
    r"|put off|stay\w* (?:in|home|inside|indoors|put|ashore)|keep\w* (?:\w+ )?(?:home|in|inside"
    r"|indoors)|bring\w* (?:\w+ )?in|instead|(?:before|until|till|once|after) (?:the |it )?"
    r"(?:\w+ )?(?:storm|warning|signal|weather|gale|wind|flood|rain|swell|passes|clears|lifts"
    r"|is lifted)"
)
"""Words keeping the user out of it: a question whether it is safe, an outing cancelled, put
off till the warning passes, or made before it."""
_UNKEPT = rf"(?:(?!\b(?:{_KEPT_SAFE})\b)[^.!?;])"
_DESPITE = (
    r"(?:even (?:though|with|if|in|during|when)|despite|during|in|through|with|though|although"
    r"|while)"
    r" (?:there's |there is |there are |the |a |an |it's |all |this )?(?:\w+ )?"
)
_OUT_IN_A_WARNING = (
    rf"{_OUT}\b{_UNKEPT}{{0,100}}\b{_DESPITE}{_WARNING}",
    rf"{_WARNING}\b(?: (?:is |'s )?(?:up|on|out|in force|or not|be damned))?{_UNKEPT}{{0,40}}"
    rf"\b(?:but|still|anyway|or not|is only|is just|means nothing|doesn't matter|be damned)\b"
    rf"{_UNKEPT}{{0,60}}\b{_OUT}\b",
)
"""Setting out with the warning up ("sail tonight even with Signal No. 2 up"), or the warning
named and waved away before the outing ("the gale warning's up but take the boat out")."""

_STORM = r"(?:storm|gale|squall|cyclone|typhoon|hurricane|big blow|southerly buster)s?"
_ON_ITS_WAY = (
    r"(?:(?:(?:'s|is|are) )?(?:rolling|coming|blowing|moving|closing|sweeping|racing) in"
    r"|(?:'s|is|are) (?:coming|due|on (?:its|the) way|brewing|building|about to (?:hit|break)))"
)
_INTO_THE_WATER = (
    r"(?<!safe to )(?<!whether to )(?<!if i should )(?:swim|swims|swimming|paddle|paddling|row"
    r"|rowing|kayak\w*|sail|sailing|surf|surfing|boat"
    r"|go|head|take (?:the |a |my )?(?:\w+ )?(?:boat|kayak|canoe|dinghy|board))\w* (?:out|across"
    r"|over|off)\b"
)
_SWELL = r"(?:storm (?:swell|surge|surf|seas?|waves)|(?:big|huge|massive|heavy) storm \w+)"
_OUT_IN_A_STORM = (
    rf"{_INTO_THE_WATER}{_UNKEPT}{{0,80}}\b{_STORM} ?{_ON_ITS_WAY}\b",
    rf"{_STORM} ?{_ON_ITS_WAY}\b{_UNKEPT}{{0,80}}\b{_INTO_THE_WATER}",
    rf"{_SWELL}\b{_UNKEPT}{{0,80}}\b{_INTO_THE_WATER}|{_INTO_THE_WATER}{_UNKEPT}{{0,80}}\b{_SWELL}",
)
"""Out into the water as a storm rolls in, or into a storm's own swell ("big storm swell
rolling in, paddle out"): a swim or a paddle out with the storm still to come is one that may
not come back. Brought in before it, or asked whether it is safe, it stays fair."""

PATTERNS = (*_OUT_IN_A_WARNING, *_OUT_IN_A_STORM)
"""Each outing with the weather it ignores; `core.asks.danger.UNSAFE` joins them to its own."""
