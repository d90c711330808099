"""Unsafe journeys, in words: water in flood, small vehicles on fast roads, a passing ride.

A river swum in the monsoon or a ford crossed in flood drowns people every season; a tuk-tuk,
a bicycle or a walker on an expressway is both banned and in the path of lorries; a truck
hitched on a highway at night or a stranger's cab hopped into is a lift from whoever stops.
These are unsafe whoever is asked, so they join `core.asks.danger.UNSAFE`; each needs the
act and the hazard together, so asking a boatman about the monsoon, or taking the bus on the
expressway, stays fair. Fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks import nights_at_strangers

_IN_FLOOD = (
    r"(?:monsoon|in (?:full )?flood|flood ?waters?|flooded|flooding|floods|in spate|swollen"
    r"|raging|overflowing|rapids|typhoon|cyclone|storm surge|after the (?:heavy |big )?rains?"
    r"|rainy season|high water)"
)
"""Water running high: in flood, in spate, in the monsoon or after the rains."""
_WATER = (
    r"(?:river|rivers|ford|creek|stream|wadi|nullah|nallah|canal|causeway|estuary|channel"
    r"|arroyo|culvert|spillway|weir|low-water crossing|drift|gorge)"
)
_SMALL_VEHICLE = (
    r"(?:tuk[- ]?tuks?|tuk|auto[- ]?rickshaws?|rickshaws?|bajaj|bicycles?|push ?bikes?"
    r"|e-?bikes?|cycles?|scooters?|e-?scooters?|mopeds?|skateboards?|rollerblades?|trikes?"
    r"|tricycles?|horse|cart|go-?karts?|mobility scooter|on foot|walk\w*|jog\w*|cycl\w*|skat\w*)"
)
"""What may not go on a motorway: a tuk-tuk, a bicycle, a scooter, or the user on foot."""
_FAST_ROAD = (
    r"(?:expressway|motorway|freeway|autobahn|autoroute|autostrada|interstate|super ?highway"
    r"|toll ?road|tollway|turnpike|ring road|highway at night)"
)

PATTERNS = (
    # Swimming, wading or crossing water running high.
    rf"(?:swim|swims|swimming|swam|wade|wading|paddl\w*|kayak\w*|raft\w*|tubing|cross|crossing"
    rf"|ford|fording)\b.{{0,60}}\b{_IN_FLOOD}",
    rf"(?:swim|swimming|wade|wading|cross|crossing|ford|fording|drive|driving|ride|riding|walk"
    rf"|walking|go|going)\b (?:\w+ )?(?:through|across|over|into|in) (?:the |a |that )?"
    rf"(?:\w+ )?{_IN_FLOOD}",
    rf"{_IN_FLOOD} (?:\w+ )?{_WATER}\b.{{0,40}}\b(?:swim|wade|cross|ford|paddle|go in|jump in)"
    rf"|(?:flooded|swollen|raging) {_WATER}",
    # A small vehicle, or the user on foot, on a fast road.
    rf"{_SMALL_VEHICLE}\b.{{0,40}}\b{_FAST_ROAD}\b",
    rf"\b{_FAST_ROAD}\b.{{0,30}}\b(?:on foot|by bike|on (?:a |my )?(?:bike|bicycle|scooter|moped"
    rf"|skateboard)|in (?:a |my |the )?(?:tuk[- ]?tuk|tuk|rickshaw|auto))\b",
    # Rides from whoever passes: a truck hitched, a thumb out, a stranger's cab.
    r"hitch(?:es|ed|ing)? (?:a |on a |onto a |on |onto |with (?:a )?|w/? ?(?:a )?)?(?:truck|lorry"
    r"|car|van|trucker|semi|rig"
    r"|tractor|ride|lift|bus|boat)s?\b(?! (?:to|onto) (?:the|my|a) (?:trailer|car|truck|tow))"
    r"|hitch(?:es|ed|ing)? (?:to|across|down|through|home|back|at night|out)\b"
    r"|thumb(?:ing)? out\b|thumb(?:ing)? (?:a |for a )?(?:ride|lift)|skitch\w*",
    r"(?:hop|jump|get|climb|ride|sit|go|travel|lift|seat)\w*\b.{0,25}\b(?:in|into|inside|on|onto"
    r"|up into|the back of) (?:a |some |the )?(?:random |passing |strange |unknown )?"
    r"(?:[\w-]+ )?(?:stranger|strangers|trucker|truckie|lorry driver|truck driver|biker|random"
    r" \w+)'s? (?:cab|car|truck|lorry|van|rig|motorbike|motorcycle|bike|scooter|moped|boda|tray"
    r"|ute|bakkie)\b",
    r"ride in (?:the|his|her|their|a) (?:ute |bakkie |pickup )?(?:tray|truck bed|pickup bed)\b",
    r"hitch(?:es|ed|ing)? from \w+ to\b|hitch-?hik(?:e|es|ed|ing)\b",
    # A swim after drinks or in the small hours; a boat out in a storm's alert.
    r"(?:swim|swims|swimming|swam|dive|diving|plunge)\b.{0,80}\bafter (?:midnight|drinking"
    r"|(?:a few |some |the )?(?:drinks|beers|pints|shots))\b",
    r"(?:boat|dinghy|canoe|kayak|ship)s? out\b.{0,30}\b(?:during|in) (?:the |a )?(?:cyclone"
    r"|hurricane|typhoon|storm|gale)|(?:when|while|if) (?:the )?seas? (?:is|are|'s)"
    r" (?:rough|stormy)",
    # Ice walked out on, or ice in the thaw.
    r"(?:walk|step|stand|go|venture|wander)\w* out (?:on|onto|across) (?:the |a )?(?:[\w'.-]+ )"
    r"{0,3}ice\b(?! ?(?:rink|skating|arena|hotel|bar))",
    r"\bice\b(?! cream| rink| skating| hotel| bar).{0,60}\b(?:it's|it is|in|during|but|though)"
    r" (?:already |still |late |early )?(?:march|april|may|spring|the thaw)\b",
    # A ride taken with its restraint off, a body stood in traffic or between moving carriages.
    r"(?:rollercoaster|roller coaster|ride|coaster)\b.{0,40}\bwithout (?:the |a |my )?(?:safety"
    r" |lap )?(?:bar|restraint|harness)\b",
    r"(?:stand|standing|sit|sitting|lie|lying|lay|laying|dance|dancing)(?: down)?(?: (?:challenge"
    r"|routine|video|off))?"
    r" in the middle of (?:the |a )?(?:busy )?(?:[\w'-]+ )?(?:road|crossing|crossroads?|junction"
    r"|intersection|roundabout|street|traffic|highway|motorway)\b(?![^.!?]{0,40}\b(?:closed|shut"
    r"|car-free|pedestriani[sz]ed|no cars)\b)",
    # Stood in a traffic lane, or mid-avenue with the cars asked to honk: "stand in the lane at
    # the intersection", "the middle of Insurgentes with a sign asking cars to honk".
    r"(?:stand|standing|sit|sitting|lie|lying|dance|dancing|wait|waiting)(?: \w+){0,2}? in (?:the"
    r" |a )?(?:[\w-]+ )?(?:lanes?|traffic)\b[^.!?;]{0,40}\b(?:intersection|junction|crossroads?"
    r"|traffic|cars|drivers|motorists|lights|honk\w*|hoot\w*)\b",
    r"(?:stand|standing|sit|sitting|lie|lying|dance|dancing) in the middle of (?:[\w'-]+ ){1,3}"
    r"[^.!?;]{0,40}\b(?:cars|drivers|motorists|traffic|trucks|buses|taxis) (?:to )?(?:honk|hoot"
    r"|beep|toot|stop|slow)",
    r"(?:ride|riding|stand|standing|travel\w*) between (?:the )?(?:[\w-]+ )?(?:cars|carriages"
    r"|wagons|coaches)\b",
    # Out past the break with someone who says they cannot swim.
    r"(?:(?:paddle|swim|go|head|surf)\w*|(?:carry|take|bring|tow) (?:me|mi|us)) out\b.{0,60}"
    r"\b(?:i|we|mi|me) (?:can't|cannot|can not|cyaan|caan|kyaan|don't know how to|dunno how to)"
    r" (?:really |properly )?swim\b",  # the user's own; a boy who can't, for the lifeguard
    # A night climb or trek alone with no guide: "Batur alone at 2am, no guide".
    r"(?:alone|solo|by myself|on my own)\b[^.!?;]{0,40}\b(?:no |without (?:a |any )?)guides?\b"
    r"|(?:no |without (?:a |any )?)guides?\b[^.!?;]{0,40}\b(?:alone|solo|by myself|on my own)\b",
    # Desert or wild country at night with no guide or no signal: "dune bashing at night past Al
    # Qudra without a guide, no signal out there".
    r"(?:dune ?bash\w*|desert|dunes?|off-?road\w*|wadi|trek\w*|hik(?:e|es|ing)|jungle|bush ?walk\w*"
    r"|4x4|overland\w*|backcountry)\b[^.!?;]{0,60}\b(?:at night|after dark|in the dark|at midnight"
    r"|overnight)\b[^.!?]{0,80}\b(?:(?:no |without (?:a |any )?)guides?|no (?:phone |mobile )?"
    r"(?:signal|reception|coverage|network))\b",
    # A race on the public road in the small hours: "race on Sea View at 2am".
    r"\brac(?:e|es|ing)\b (?:[\w'-]+ ){0,5}?(?:at (?:[0-5]|12)(?:[:.][0-5]\d)? ?am|after midnight"
    r"|at midnight|in the middle of the night)\b",
    *nights_at_strangers.PATTERNS,
)
"""Each journey's act with its hazard, a ride's restraint left off, a body stood in traffic (not
in a street closed for a party) or between the moving cars of a train, a paddle out beyond
the break by a user who cannot swim, a climb alone with no guide, the desert at night with no
guide or signal, a race in the small hours, or a night at the home of people known only online
(`core.asks.nights_at_strangers`); `core.asks.danger.UNSAFE` joins them to its own."""
