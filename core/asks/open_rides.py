"""Open rides, in words: a body carried where a vehicle has no seat, on a public road or rail.

"Hang from the door of the Churchgate fast, full footboard style", "sumabit sa likod ng
jeepney" (hang on at the back of a jeepney, in Tagalog), "ride on the outside step of the 28
from Graça down to Baixa", "ride in the back of the trailer along the A30 with the hay bales":
outside the train's door, clinging to the jeepney's back step or the tram's outside step, in
an open trailer on a main road, where a jolt or a bend throws the rider off. These
are unsafe whoever is asked, so they join `core.asks.danger.UNSAFE`; `core.asks.at_the_wheel`
reads the same hazard when the vehicle is named beside the door or the step. A hayride on the
farm, a seat inside the jeepney or a trailer borrowed to carry hay stays fair. Fragments over
the normal form of `core.asks.text`.
"""

from __future__ import annotations

_FOOTBOARD = (
    r"(?:footboard|foot-board|running ?board) (?:style|travel\w*|ride|riding|rider|surfing|stunt)"
    r"|(?:hang|hangs|hanging|hung|ride|riding|stand|standing|travel|travelling|traveling)"
    r" (?:on|from|off) (?:the )?(?:footboard|foot-board)"
)
"""Riding the footboard of a train or a bus: out of the door, one hand on the rail."""

_DOOR_HANG = (
    r"(?:hang|hangs|hanging|hung|dangle|dangling|lean|leaning) (?:out )?(?:from|off|out of) (?:the"
    r" )?(?:open )?(?:door|doorway)s? (?:of|on) (?:the |a )?(?:[\w'-]+ ){0,2}?(?:fast|slow|local"
    r"|express|train|tram|bus|jeepney|danfo|matatu|mathree|nganya|trotro|metro|suburban)\b"
)
"""Hanging out of a moving train's door: "the Churchgate fast" is a train by its own name, and
"Churchgate local" one with no article; a "mathree" is a matatu in Sheng."""

_SABIT = (
    r"(?:sabit|sumabit|sumasabit|nakasabit|sasabit|magsabit|pasabit)\w*\b[^.!?;]{0,40}\b(?:jeep|jeepney|jeepneys|bus|tricycle"
    r"|trike|truck|fx)\b"
)
"""Tagalog "sabit": hanging on at the back or side of a jeepney that is full inside."""

_TRAILER_ON_THE_ROAD = (
    r"(?:ride|rides|riding|sit|sits|sitting|travel|travelling|traveling|stand|standing|go)"
    r" (?:in|on) (?:the )?(?:back of (?:the|a|my|his|our) )?(?:trailer|hay ?bales|flatbed"
    r"|truck bed|tray|load)\b[^.!?;]{0,40}\b(?:along|on|down|up|across) (?:the )?(?:[a-z]\d+\b"
    r"|(?:(?!farm |dirt |private |field |access |gravel |estate )[\w'-]+ )?(?:road|main road"
    r"|highway|motorway|dual carriageway|bypass|expressway))"
)
"""Someone riding in an open trailer along a main road, the A30 or the highway; a farm road or
a field track is the hayride that stays fair."""

_OUTSIDE_STEP = (
    r"(?:ride|rides|riding|stand|standing|hang|hanging|hop|hopping|jump|jumping|cling|clinging"
    r"|travel|travelling)(?: on| off| onto| from)? (?:the )?(?:outside (?:step|ladder|platform)"
    r"|(?:back|rear) bumper)s? (?:of|on) (?:the|a) (?:[\w'-]+ ){0,2}?(?:tram|bus|train|jeepney"
    r"|trotro|matatu|danfo|\d+)\b"
)
"""Riding the outside step or the back bumper of a tram or a bus, "the 28" by its number."""

_TOWED = (
    r"(?:hold|holding|held|hang|hanging|grab|grabbing|cling|clinging)(?: on)? (?:on ?to|onto|to)"
    r" the (?:back|side|tailgate|bumper) of (?:a|the|his|her|their) (?:[\w'-]+ )?(?:truck|lorry"
    r"|bus|van|car|tram|tractor|ute|pickup)\b[^.!?;]{0,40}\b(?:on|with) (?:my|a|the|our) (?:push"
    r" ?)?(?:bike|bicycle|skateboard|board|scooter|skates|rollerblades|longboard)\b|skitch\w*"
)
"""Towed on a bike or a board holding the back of a moving lorry ("hold onto the back of his
truck on my bike down Frankfurter Allee"): the rider is pulled at the vehicle's speed with no
brakes of their own."""

_CARRIAGES = (
    r"(?:wagons|carriages|coaches|cars|train|tram|metro|subway|tube|bus|tunnelbana|t-bana"
    r"|u-bahn|s-bahn|underground|jeepney|danfo|molue|matatu|mathree|trotro|local)"
)
_OUTSIDE_BETWEEN = (
    r"(?:ride|rides|riding|rode|stand|standing|travel\w*|hang\w*|sit|sitting|cling\w*|crouch\w*)"
    r" (?:on )?(?:the )?outside\b[^.!?;]{0,20}\b(?:between|of) (?:the |a )?(?:[\w'-]+ )?"
    rf"{_CARRIAGES}\b|(?:ride|riding|stand|standing|sit|sitting|travel\w*) on the coupling\b"
)
"""Riding on the outside of a train, between its wagons ("ride on the outside between the
wagons on gröna linjen for one stop"); a seat in the carriage is inside it."""

_MOVING_BOARDED = (
    r"(?:jump|jumps|jumping|jumped|hop|hops|hopping|hopped|leap|leaping|swing|swinging|climb"
    r"|climbing|get|getting|grab|grabbing)(?: on| onto| on to| aboard| into)? (?:the (?:back|side"
    r"|door|step|tail) of )?(?:a|the|an) (?:moving|departing|running|speeding|passing) (?:[\w'-]+"
    r" )?(?:bus|danfo|molue|matatu|mathree|train|tram|jeepney|trotro|truck|lorry|keke|tuk-?tuk"
    r"|van|car|okada|boda|metro|local)\b"
)
"""Jumping onto a vehicle already moving ("jump on the back of a moving danfo at Ojuelegba and
hang outside till Yaba"): a missed grip is a fall under its wheels."""

_TRUCK_BED = (
    r"(?:ride|rides|riding|sit|sits|sitting|travel\w*|stand|standing|hop|hopping) (?:[\w'-]+ )"
    r"{0,3}?(?:in|on) (?:the )?(?:bed|tray|tailgate) of (?:the|a|his|her|my|our|their|\w+'s)"
    r" (?:[\w-]+ )?(?:truck|pickup|pick-up|ute|bakkie)\b|(?:ride|riding|sit|sitting) (?:in|on)"
    r" (?:the |a )?(?:truck|pickup|pick-up) bed\b"
)
"""People riding in a pickup's open bed ("my little cousins to ride in the bed of the truck on
the dirt road"): thrown out by the first bump or swerve, whatever road it is. Loading the
boxes into the bed of the truck carries nobody."""

PATTERNS = (
    _FOOTBOARD,
    _TRUCK_BED,
    _DOOR_HANG,
    _SABIT,
    _TRAILER_ON_THE_ROAD,
    _OUTSIDE_STEP,
    _TOWED,
    _OUTSIDE_BETWEEN,
    _MOVING_BOARDED,
)
"""Each ride with where it is taken; `core.asks.danger.UNSAFE` joins them to its own."""
