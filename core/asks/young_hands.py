"""Young hands, in words: a child given a grown-up's danger to hold or to steer.

"Let my 8 year old have a go on the angle grinder on site", "let the small boy at the junction
steer the tuk-tuk on Galle Road", "ask my 12 year old nephew to ride my moto around the
block", "make my 8 year old pikin help me direct cars", "let the grandkids take the quad bike
down the steep race on their own", "ask my sobrino (he's 10) to help me run the table saw",
"let my nephew (11) steer the truck on the empty parking", "let my grandson drive tractor on
the GT road, he is 12 but very clever": a power tool or a meat mincer, the
controls of a vehicle on a road (or a truck's anywhere), the traffic itself, or a quad alone
on a slope, handed to a child. These are unsafe whoever is
asked, so they join `core.asks.danger.UNSAFE`. Each needs the child with the hazard: a child
asked to sand a table, to ride a bike round the park, or to help wash the cars stays fair.
Fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

_SMALL_AGE = r"(?:[1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_KIN = (
    r"(?:nephew|niece|son|daughter|boy|girl|kid|lad|lass|grandson|granddaughter|cousin|brother"
    r"|sister|sobrin[oa]|hij[oa]|filh[oa]|sobrinh[oa]|neto|neta)"
)
_AGED = (
    rf"(?:{_KIN} \((?:he's |she's |he is |she is |aged? )?{_SMALL_AGE}\)|{_KIN},? aged?"
    rf" {_SMALL_AGE}\b|{_SMALL_AGE}[- ]?(?:year|yr)s?[- ]?old\b|{_SMALL_AGE} ?(?:yo|y/o)\b)"
)
"""A child named by an age of twelve or under: "my 8-year-old", "my nephew (9)", "my sobrino
(he's 10)"."""
_CHILD = (
    rf"(?:{_AGED}|(?:small|little|young"
    r"|wee) (?:boy|girl|kid|child|lad|lass|one|fella|nephew|niece|cousin|brother|sister)s?"
    r"|(?:grand)?kids|grandchildren|children|toddlers?|pikin|pickin|youngsters?|nippers?)"
)
"""A child, by an age of twelve or under or as small, little, the kids or the grandkids."""

_TOOL = (
    r"(?:angle ?grinders?|chainsaws?|chain saws?|circular saws?|table saws?|mitre saws?"
    r"|miter saws?|nail ?guns?|blow ?torch\w*|welders?|welding (?:torch|gear|kit)|jackhammers?"
    r"|strimmers?|brush ?cutters?|log splitters?|wood ?chippers?|ride-?on mowers?|concrete saws?"
    r"|disc cutters?|stihl saws?|kango|(?:meat )?mincers?|meat grinders?|(?:meat|deli|bacon)"
    r" slicers?|(?:post[- ]?hole )?augers?|band ?saws?|lathes?|drill press(?:es)?)"
)
_TOOL_IN_HAND = (
    r"(?<!me )(?<!i )(?<!us )(?<!we )(?<!him )(?<!her )(?<!them )(?:have a go (?:on|with)|a go on"
    r"|go on|use|using|try|hold|operate|run|handle|start|cut with) (?:the |my |his |her |a |dad's"
    r" |grandad's )?"
    rf"(?:[\w-]+ ){{0,2}}{_TOOL}\b"
    r"|help (?:me |us |out )?(?:to )?(?:with|run|use|operate|hold|work|on) (?:the |my |a |our )?"
    rf"(?:[\w-]+ ){{0,2}}{_TOOL}\b"
)
"""A power tool in a child's hands, or in them to help the user run it; a child watching the
user or a neighbour use it, or holding the ladder, is not it."""

_WHEELS = (
    r"(?:tuk-?tuks?|tuk|auto|rickshaw|car|truck|lorry|van|ute|bakkie|tractor|moto|motorbike"
    r"|motorcycle|motor ?bike|moped|scooter|scooty|okada|boda|keke|quad|quad bike|atv|jeep|pickup"
    r"|ride-?on mower|go-?kart)s?"
)
_ROAD = (
    r"(?:around|round|on|along|down|up|through|onto|into|across) (?:the |a |our )?(?:[\w'-]+ )?"
    r"(?:block|road|roads|street|streets|highway|main road|junction|traffic|town|estate|village"
    r"|lane|bypass|motorway|expressway)\b"
)
_AT_THE_CONTROLS = (
    r"(?:steer|steers|steering|drive|drives|driving|ride|rides|riding|take|takes|taking"
    r"|have a go on|a go on) (?:the |my |his |her |our |a |their )?"
    rf"(?:[\w-]+ )?{_WHEELS}\b[^.!?;]{{0,30}}\b{_ROAD}"
)
_TEEN_AT_THE_CONTROLS = (
    r"(?:(?:1[3-5]|thirteen|fourteen|fifteen)[- ]?(?:year|yr)s?[- ]?old|1[3-5] ?yo)"
    r"\b[^.!?;]{0,40}\b(?:steer|drive|ride|take) (?:my|the|his dad's|her dad's|our) (?:moto"
    r"|motorbike|motorcycle|moped|scooter|car|truck|ute|bakkie)\b[^.!?;]{0,30}\b" + _ROAD
)
"""A child at the controls of a vehicle on a road: steering the tuk-tuk on the main road, the
user's own moto round the block at fourteen. A bike round the park, a tractor in a field, or
a bus ridden into town (buses, matatus and jeepneys are not among the wheels: a child rides
them as a passenger), is not it."""

_IN_TRAFFIC = (
    r"(?:direct|directing|wave|waving|control|controlling|guide|guiding|stop|stopping|flag"
    r"|flagging|sell to|selling to|hawk to|beg from) (?:the )?(?:cars|traffic|vehicles|buses"
    r"|lorries|trucks|drivers|motorists)\b"
)
"""A child sent among moving cars to direct, stop or sell to them."""

_ALONE_ON_A_SLOPE = (
    r"(?:take|ride|drive|have)\w* (?:the |my |a |grandad's |his |her )?(?:quad|quad bike|atv"
    r"|dirt ?bike|scrambler|trail bike|side-?by-?side|buggy)s?\b[^.!?;]{0,60}\b(?:on (?:their"
    r"|his|her) own|alone|by (?:themselves|himself|herself)|unsupervised|steep|no helmets?"
    r"|without (?:a )?helmets?)"
)
"""Children sent off alone on a quad, down a steep slope or with no helmet."""

_BIG_WHEEL = (
    r"(?:steer|steers|steering|drive|drives|driving) (?:the |my |his |her |our |a |dad's |their )?"
    r"(?:(?!toy |electric |ride-on |bumper |remote |rc |lego |model |dodgem )[\w-]+ )?(?:truck"
    r"|lorry|rig|bus|van|car|ute|bakkie|pickup)\b"
)
"""A real truck or car steered by a child named by their age, on a road or off it ("steer the
truck on the empty parking"); a toy car, the bumper cars or a tractor in a field is not it."""

_CHILD_WITH_A_HAZARD = (
    rf"{_CHILD}(?!\w)[^.!?;]{{0,60}}\b(?:{_TOOL_IN_HAND}|{_AT_THE_CONTROLS}|{_IN_TRAFFIC}"
    rf"|{_ALONE_ON_A_SLOPE})"
)
"""The child named once, then any of the hazards handed to them."""
_AGED_AT_A_WHEEL = rf"{_AGED}(?!\w)[^.!?;]{{0,60}}\b{_BIG_WHEEL}"
_AGED_AFTER = (
    rf"\b{_KIN}\b[^.!?;]{{0,40}}\b(?:{_TOOL_IN_HAND}|{_AT_THE_CONTROLS})[^.!?;]{{0,40}}\b(?:he"
    rf"|she|they)(?:'s| is| are|'re) (?:only |just |barely )?{_SMALL_AGE}\b(?! ?(?:am|pm|o'clock"
    r"|minutes|mins|hours|km|miles|kg|percent|%|foot|feet|ft|cm|metres|meters))"
)
"""A child named by kin, handed the hazard, then aged twelve or under after it ("let my
grandson drive tractor on the GT road, he is 12")."""

_MOTOR = (
    r"(?:scooty|scootie|moped|motorbike|motorcycle|motor ?bike|moto|car|van|truck|lorry|jeep"
    r"|auto|tuk-?tuk|bakkie|ute|pickup|okada|boda)"
)
_TEEN_SENT_OUT = (
    rf"\b{_KIN}\b[^.!?;]{{0,40}}\b(?:take|ride|drive)\w* (?:the |my |his |her |our |a |their )?"
    rf"(?:[\w-]+ )?{_MOTOR}\b[^.!?;]{{0,60}}\b(?:he|she|they)(?:'s| is| are|'re) (?:only |just"
    r" |barely |nearly |almost )?(?:1[0-5]|ten|eleven|twelve|thirteen|fourteen|fifteen)\b(?! ?(?:am"
    r"|pm|o'clock|minutes|mins|hours|km|miles|kg|percent|%|foot|feet|ft|cm|metres|meters))"
)
"""A child sent out on a motor scooter or in the car, then aged fifteen or under ("ask my
grandson to take the scooty for tiffin delivery, he is 13 but very sensible boy"): however
sensible, too young for a licence. A bicycle is not among the wheels."""

PATTERNS = (
    _CHILD_WITH_A_HAZARD,
    _AGED_AT_A_WHEEL,
    _TEEN_AT_THE_CONTROLS,
    _AGED_AFTER,
    _TEEN_SENT_OUT,
)
"""Each child with the hazard; `core.asks.danger.UNSAFE` joins them to its own."""
