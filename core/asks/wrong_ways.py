"""Wrong ways on a road: a vehicle ridden against the traffic, a main road crossed where a
footbridge stands.

"Ride the scooter on the périph against traffic to save 5 min", "cycle home on the wrong side
of the Stadhouderskade in rush hour", "go with the motorino on the wrong side of via Marina in
traffic", "cross the Airport road without the foot over bridge", a busy road crossed
"without looking left and right": dares that put the user, and
the drivers who must swerve round them, in the way of moving cars. Walking or running facing
the traffic on a country lane is what the highway code advises, so the wrong side is read only
with a vehicle; "the wrong side of town" or "of the bed" is no road. `core.asks.danger.UNSAFE`
joins these to its own; fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

_RIDDEN = (
    r"(?:ride|rides|riding|rode|cycle|cycles|cycling|cycled|bike|biking|drive|drives|driving"
    r"|drove|scoot\w*|skate|skating|skateboard\w*|blade|rollerblad\w*|go (?:with|on) (?:the|my|a)"
    r" (?:[\w-]+ )?(?:scooter|motorino|moped|bike|motorbike|car|vespa|scooty))"
)
_AGAINST = (
    r"(?:against (?:the )?(?:traffic|oncoming (?:traffic|cars)|flow of traffic)|(?:on|down|up"
    r"|along|in) the wrong (?:side|way|lane)(?: (?:of|on|up|down|along) (?!(?:town|the tracks"
    r"|the bed|history|the law|the argument|the city|the river|the family|\d+)\b))?|the wrong"
    r" way (?:up|down|on|along|round|around|into) (?:the |a )?(?:[\w'-]+ )?(?:road|street"
    r"|motorway|highway|dual carriageway|one-?way(?: street)?|ring ?road|roundabout|freeway"
    r"|avenue|boulevard|lane|périph|periph))"
)
_FOOTBRIDGE = (
    r"(?:foot ?over ?bridge|footbridge|foot bridge|pedestrian bridge|overpass|underpass"
    r"|subway|skywalk)"
)

_MAIN_ROAD = (
    r"(?:road|street|highway|motorway|expressway|freeway|carriageway|avenue|boulevard|rambla"
    r"|costanera|corniche|ring ?road|bypass|junction|intersection|roundabout)"
)
"""A road with traffic, by its kind in English or as a city names it ("the Rambla")."""

PATTERNS = (
    rf"{_RIDDEN}\b[^.!?;]{{0,60}}\b{_AGAINST}",
    rf"cross\w* (?:the |a )?(?:[\w'-]+ ){{0,3}}?(?:road|highway|motorway|expressway|freeway"
    rf"|carriageway|bypass|ring ?road|avenue|périph|periph|autobahn|interstate|nh ?\d+)\b"
    rf"[^.!?;]{{0,20}}\b(?:without|instead of|not|rather than|skipping) (?:using |taking )?(?:the "
    rf"|a )?"
    rf"{_FOOTBRIDGE}",
    r"(?:cross\w*|(?:run|ran|dash|dart|sprint|walk)\w* (?:across|over)) (?:the |a )?"
    r"(?:[\w'-]+ ){0,4}?(?:road|street|highway|motorway|expressway|freeway"
    r"|carriageway|avenue|junction|intersection|traffic)\b[^.!?;]{0,40}\bwithout (?:even )?"
    r"(?:looking|checking|a look|a glance)\b(?! at (?:my|his|her|the) (?:phone|screen|map))",
    r"(?:run|ran|running|dash\w*|dart\w*|sprint\w*|race|racing|weave|weaving) (?:across|over"
    r"|through) (?:the |a )?(?:[\w'-]+ ){0,4}?(?:through|into|between|in|against) (?:the )?"
    r"(?:moving |oncoming |busy |rush[- ]hour |live )?(?:traffic|cars|lanes of traffic)\b",
    rf"(?:cross\w*|(?:run|ran|dash|dart|sprint|walk|jog|race)\w* (?:across|over)) (?:the |a )?"
    rf"(?:[\w'-]+ ){{0,4}}?{_MAIN_ROAD}\b[^.!?;]{{0,40}}\b(?:without|not (?:at|using)|away from"
    r"|nowhere near|instead of (?:using )?) (?:a |the |any )?(?:pedestrian |zebra )?(?:crossing"
    r"|crosswalk|lights|traffic lights|zebra)\b",
    rf"(?:run|ran|dash|dart|sprint|race)\w* (?:across|over) (?:the |a )?(?:[\w'-]+ ){{0,4}}?"
    rf"{_MAIN_ROAD}\b[^.!?;]{{0,40}}\b(?:(?:at|in|during) (?:the )?(?:rush hour|peak hour|peak"
    r" traffic)|through (?:the )?(?:moving |oncoming )?traffic"
    r"|between (?:the )?(?:moving )?cars)\b",
)
"""Each wrong way, read with the vehicle or the main road that makes it one; a road crossed
without a look for the cars (not "without looking at my phone"), or away from any crossing, or
run across at rush hour or through the traffic ("run across the roundabout through the traffic
while a stranger times me"; walked across at the lights it is fair)."""
