"""At the wheel, in words: driving after drinks, riding outside a vehicle, a customer's car.

"Have a few and then drive the lads home", "drive home from the Christmas party after four
beers", "drive one of the buses round the depot after a few Tuskers", "ride moto home after
whisky", "after the arrack party i drive my tuk home", "drive home after close, only had a
couple shots": drink before the wheel, by whatever name the drink has (an Apfelwein, a
nomihoudai), in whichever order the user writes it ("three Apfelwein in, drive the van back"),
and counted down to say the user is fine; the user's speedboat taken out "with me after a few
beers", or a colleague who "has taken four beers" asked to drive the user anywhere. "Ride
hanging on the kombi's door", "the outside step of an old tram": a body outside a moving
vehicle. "Take the customer's Land Cruiser for a quick spin": someone else's car, left in the
user's trust, driven for fun. These are unsafe whoever is asked, so they join
`core.asks.danger.UNSAFE`. Each needs the wheel with its hazard: the bus or a taxi home after
drinks, a ride in the tram, a car test-driven at a dealer stay fair. Fragments over the
normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.safeguards import DRINK_NAMES
from core.asks.text import words

_DRINK = (
    r"(?:beers?|pints?|pegs|drinks?|shots?|wines?|whiske?y|whiskies|whiskeys|vodkas?|rums?|gins?"
    r"|brandy|brandies|tequilas?|lagers?|ciders?|cans|tinnies|stubbies|bevvies|jars|bottles"
    r"|schooners|middies|pots|tuskers?|guinness|star|gulder|castles?|windhoek|kingfisher|tiger"
    r"|singha|chang|bintang|heinekens?|carlsbergs?|amstels?|peronis?|asahis?|san miguels?"
    r"|red horses?|hansas?|black labels?|sake|soju|makgeolli|baijiu|raki|ouzo|arak|arr?ack|arrak"
    r"|lambanog|palm wine|toddy|tuak|chibuku|umqombothi"
    r"|feni|chang'aa|changaa|busaa|kachasu|mezcal|cachaça|pisco|grappa|schnapps|glühwein|sakes"
    r"|nomi-?h[oō]u?dai|all-you-can-drink|bottomless (?:brunch|drinks|mimosas)|open bar|apfelwein"
    rf"|{DRINK_NAMES})"
)
"""Drink by its name, its brand or its local brew."""
_SOME = (
    r"(?:a few|a couple(?: of)?|some|several|two|three|four|five|six|seven|eight|\d+|a|one|my"
    r"|the|too many|a bottle of|a glass of|a skinful of|loads of)"
)
_AT_THE_WHEEL = (
    r"(?:drive|drives|driving|drove|rid(?:e|ing) (?:my |the |his |her |a )?(?:[\w-]+'s )?(?:e-?)?"
    r"(?:moto"
    r"|motorbike|motorcycle|motor|bike|scooter|moped|boda|okada|quad|piki)\w*|take (?:the|my"
    r"|his|her|a) (?:car|truck|van|bike|moto|motorbike|scooter|ute) (?:home|out|for a spin)"
    r"|(?:in|on) (?:my|our|the) (?:speed ?boat|jet ?ski|tinnie|dinghy|rib|runabout|boat) with me)"
)
AS_A_PASSENGER = (
    r"(?! (?:home |back )?(?:on |in |with |by )?(?:the |a |an )?(?:night |last |late |first"
    r" |public |late-night )?(?:bus|buses|tram|train|metro|tube|subway|underground|taxi|cab|uber"
    r"|bolt|lyft|grab|ferry|shuttle|coach|mrt|bts|luas|dart|s-bahn|u-bahn|transport)\b)"
)
"""Put after a verb of the wheel: the bus, a train or a taxi home after drinks is the safe way
home, and "take the bus home after a few beers" stays fair. After drinks or "one for the road",
the wheel is the user's own: someone asked to drive the user home is not at it."""

_AFTER_DRINK = (
    rf"{_AT_THE_WHEEL}\b[^.!?;]{{0,70}}\bafter (?:(?:a|some|my|the) )?(?:night of |round of )?"
    rf"{_SOME}? ?(?:\w+ )?{_DRINK}\b",
    rf"after (?:{_SOME} )?(?:\w+ )?{_DRINK}\b[^.!?;]{{0,60}}\b{_AT_THE_WHEEL}(?! (?:me|us)\b)"
    rf"{AS_A_PASSENGER}",
    rf"{_SOME} (?:\w+ )?{_DRINK} in\b,?[^.!?;]{{0,40}}\b{_AT_THE_WHEEL}(?! (?:me|us)\b)"
    rf"{AS_A_PASSENGER}",
    rf"(?:one|another|a drink|a last one|a quick one|one more|a pint) for the road\b[^.!?;]{{0,50}}"
    rf"\b{_AT_THE_WHEEL}(?! (?:me|us)\b){AS_A_PASSENGER}",
    r"(?:have|had|having|sink|sank|down|after) (?:a few|a couple|one or two|a couple more"
    r"|a few more|a skinful|a bevvy|a few bevvies)(?= (?:and|then|first|before|with)\b|[,.])"
    rf"[^.!?;]{{0,30}}\b(?:then |and |before )(?:\w+ ){{0,2}}?{_AT_THE_WHEEL}\b",
)
_NOT_NONE = r"(?!no |none|nothing|zero|not )"
_OWN_WHEEL = (
    r"(?:(?<!to )(?:drive|drives|driving|drove)(?! (?:me|us)\b)|borrow\w* (?:[\w'-]+ ){0,3}?(?:car"
    r"|van|truck|ute|bakkie|keys|scooter|moto|motorbike|tuk-?tuk|tuk)|behind the wheel)"
)
"""The user at the wheel: driving, or a car or its keys borrowed for it; someone asked "to
drive" the user is not it."""
_FINE_AFTER_DRINKS = (
    rf"(?:only|just) had (?:only |just |like )?{_NOT_NONE}{_SOME} ?(?:\w+ )?{_DRINK}\b"
    r"|(?:i'm|i am|i'll be|i feel|i'm still) (?:totally |perfectly |completely |still )?(?:fine"
    r"|ok|okay|grand|good|sound|alright|all right|sober|sober enough)\b[^.!?;]{0,10}\b(?:after"
    rf"|on) (?:only |just )?{_SOME} ?(?:\w+ )?{_DRINK}\b"
)
"""Drinks counted down to say the user is fine: "only had a couple shots", "I'm fine after
three Castles"."""
_WHEEL_AFTER_A_FEW = (
    rf"{_OWN_WHEEL}\b[^!?]{{0,100}}\b(?:{_FINE_AFTER_DRINKS})",
    rf"(?:{_FINE_AFTER_DRINKS})[^.!?;]{{0,40}}\b{_OWN_WHEEL}{AS_A_PASSENGER}",
)
"""The wheel taken by the user, who counts the drinks down to say they are fine ("drive home
after close, only had a couple shots", "borrow the first mate's car after the staff party, i
only had 3 beers"): the count is the drink, whatever the order."""
_DRIVER_HAD_DRINK = (
    rf"(?:who(?:'s| has| had|'d)?|he(?:'s| has| had)|she(?:'s| has| had)|they(?:'ve| have| had))"
    rf" (?:only |just )?(?:had |drunk |downed )?(?:only |just |like )?{_NOT_NONE}{_SOME}?"
    rf" ?(?:\w+ )?{_DRINK}\b.{{0,40}}\b(?:to drive|drive (?:me|us)|driv\w* (?:me|us) (?:home"
    r"|back)|take the wheel)",
    rf"(?:drive|driving|take|run|give) (?:me|us) (?:home|back|a lift|a ride)\b.{{0,60}}\b(?:he|she"
    rf"|they)(?:'s| has| have|'ve)? (?:only |just )?had (?:only |just |like )?{_NOT_NONE}{_SOME}"
    rf" ?(?:\w+ )?{_DRINK}\b",
    rf"(?:lift|ride|spin|drive) (?:\w+ ){{0,2}}?(?:home|back)\b.{{0,60}}\bhad"
    rf" (?:only |just |like )?{_NOT_NONE}{_SOME} ?(?:\w+ )?{_DRINK}\b.{{0,30}}\b(?:he|she|they)"
    r"(?:'s| is|'re| are|'ll be| will be) (?:grand|fine|ok|okay|sound|alright|all right|good"
    r"|sober enough)\b",
    rf"(?:drive|driving|take|run|give) (?:me|us) (?:home|hame|back|a lift|a ride|to [\w'-]+)\b"
    rf".{{0,80}}\b(?:he|she|they)(?:'s| has| have|'ve)? (?:only |just )?(?:had|drank|downed|sunk"
    rf"|taken|drunk) (?:only |just"
    rf" |like |about |maybe )?{_NOT_NONE}(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few"
    r"|a couple)\b(?! (?:\w+ )?(?:hours?|hrs|mins?|minutes?|coffees?|cups?|teas?|waters?|cokes?"
    r"|sodas?|juices?|of (?:water|coffee|tea)))",
    r"(?:drive|driving|take|run|give) (?:me|us) (?:home|hame|back)\b.{0,60}\b(?:he|she|they)"
    r" (?:drank|(?:has|'s|have|'ve) been drinking|(?:was|were) drinking)\b",
    r"(?:lifts?|rides?) (?:\w+ ){0,3}?(?:home|back)\b.{0,60}\b(?:the )?driver(?:'s| has)? (?:only"
    rf" |just )?had (?:only |just |like )?{_NOT_NONE}{_SOME} ?(?:\w+ )?{_DRINK}\b",
    r"(?:who(?:'s| has)?|he's|she's|they've) (?:\w+ )?been (?:on the (?:bevvy|booze|drink|piss"
    r"|beers|sauce"
    r"|lash)|drinking|boozing)\b.{0,60}\b(?:driv\w*|take|takes) (?:me|us)\b",
    rf"(?:drive|driving|lift|ride|car|wheel)\b[^.!?;]{{0,80}}\b(?:he|she|they)(?:'ll| will)"
    rf" (?:have )?had (?:only |just |like )?{_NOT_NONE}{_SOME} ?(?:\w+ )?{_DRINK}\b",
)
"""Drink before the wheel, in either order; "have a few and then drive" needs no drink named.
A lift home from someone who has "only had five pints, he's grand" is the same wheel.
A driver who has had a few asked to take the user home is the same wheel after drinks; a
sober friend asked to drive the user who has been drinking is the safe way home."""

_SPEED = (
    r"(?:go|goes|going|do|doing|hit|hitting|touch|touching|drive(?: at)?|driving(?: at)?"
    r"|floor it to)"
    r" (?:1[2-9]\d|2\d\d)\b(?! ?(?:steps|metres|meters|m\b|push|reps|pages|words|calories|people"
    r"|times|miles|km\b|kilomet|days|euros|dollars|pounds|quid|rand|naira|rupees))\b.{0,40}"
    r"\b(?:on|down|along|up|round) (?:the (?:(?:[\w-]+ ){0,2}(?:road|motorway|highway|freeway"
    r"|expressway|autobahn|bypass|ring road|dual carriageway|interstate|toll road|corniche"
    r"|bridge|tunnel)|(?:[a-z]{1,3}-?\d{1,3}|[bcdfghjklmnpqrstvwxz]{2,4}|\d{2,3})\b)"
    r"|(?!(?:the|a|my|our|his|her|their|this|that)\b)(?:[\w-]+ ){1,3}(?:avenue|ave|boulevard"
    r"|blvd|street|st|road|rd|highway|prospekt|parkway)\b)"
)
"""A speed far over any limit named with the road it is driven on, by its kind or by its
letters or number ("drive 140 on the VDN", "do 160 down the M4"), or by the city avenue's own
name ("drive 140 on Heydar Aliyev avenue"); "do 150 miles on the motorway" is a distance and
stays fair."""
_RIDER = r"(?:okada|boda|driver|rider|cabbie|cab|taxi|uber|moto|motorbike|bike|danfo|matatu|keke)"
_PUSHED = (
    rf"{_RIDER}\b.{{0,60}}\b(?:go|ride|drive|run|take (?:it|us|me))\w* (?:at )?(?:full|top|max"
    r"|maximum) (?:speed|throttle)|(?:okada|boda|moto|motorbike|bike|moped|scooter|piki)\b.{0,40}"
    r"\b(?:carry|take|fit|squeeze|load) (?:\d+|three|four|five|six) (?:of us|people|passengers)\b"
    r"|(?:ride|riding|rode|go|going|went) (?:triples|tripling|triple seat|three up)\b"
    r"|triple[- ]?rid\w*"
)
"""A driver or a rider asked to go full speed, or a motorbike loaded with three of the user's
party ("ride triples on my Activa"): the rider's body and the passengers' on the road."""

_VEHICLE = (
    r"(?:kombi|combi|matatu|mathree|bus|minibus|tram|trolley|train|trotro|tro-tro|danfo|molue|jeepney|tuk-?tuk"
    r"|taxi|van|truck|lorry|car|ute|bakkie|pickup|carriage|coach|boda|keke|dala ?dala"
    r"|chicken bus|songthaew|bemo|angkot|colectivo|marshrutka|cable car|streetcar|tractor"
    r"|maxi(?:-taxi)?)s?"
)
_OUTSIDE = (
    r"(?:on|onto|off|from|out of|outside|to) (?:the |a |an |its |their )?(?:open |outside |back"
    r" |rear |side |front |running |sliding )?(?:door|doorway|step|steps|footboard|running ?board"
    r"|bumper|tailgate|ladder|coupling|buffers?|side|outside|roof|top(?! deck| floor| bunk))\b"
)
_HANGING = r"(?:ride|rides|riding|rode|hang\w*|hung|cling\w*|stand|standing|travel\w*|hold\w* on)"
_OUTSIDE_RIDE = (
    rf"{_VEHICLE}\b.{{0,80}}\b{_HANGING}\b.{{0,20}}\b{_OUTSIDE}",
    rf"{_HANGING}\b.{{0,20}}\b{_OUTSIDE}\b.{{0,50}}\b{_VEHICLE}\b",
    rf"{_HANGING} (?:from|off|on|onto|out of) (?:the |a |an )?{_VEHICLE}(?:'s)? (?:open |back |side"
    r" |front )?(?:door|doorway|step|steps|footboard|running ?board|bumper|tailgate|ladder|roof)\b",
    rf"{_VEHICLE}\b.{{0,80}}\b(?:hang\w*|hung|cling\w*) (?:at|by) the (?:open )?door(?:way)?"
    r" outside\b",
    rf"{_HANGING} (?:on|onto|off) (?:the|a|his|her|their|its) (?:car's |van's |truck's )?"
    r"(?:bonnet|hood|bumper|tailgate)\b",
)
"""A body outside a moving vehicle: hung on its door, stood on its step, its bumper or its
roof ("ride on top"); the bus's top deck is inside it."""

_SOMEONE_ELSES = (
    r"(?:(?:customer|client|guest|owner|patient|punter|buyer|tourist|visitor)s?'s?"
    r"|(?:customer|client|guest|owner|patient|punter|buyer)s?)"
)
_JOYRIDE = (
    rf"(?:take|takes|taking|took|drive|driving|drove|borrow\w*|ride|riding) (?:the |a |one of"
    rf" the |that )?{_SOMEONE_ELSES} (?:[\w-]+ ){{1,3}}?(?:for a (?:\w+ )?(?:spin|drive|ride"
    r"|joyride|burn|blast|run|rip|hoon|lap|whirl|go)|out (?:for|on|around|to)|(?:a)?round"
    r" (?:the|town|the block)|on the (?:highway|motorway|freeway|expressway|road))"
    r"|joy-?rid\w*",
)
"""Someone else's car, left in the user's trust, taken out for fun."""

_RACE = (
    rf"\brac(?:e|es|ing) (?:the|that|another|other|an?) (?:other )?(?:\w+ )?(?:{_VEHICLE}|mathrees?"
    r"|cars?)\b.{0,40}\b(?:on (?:the )?(?:[\w-]+ ){0,2}(?:road|highway|motorway|street|freeway"
    r"|expressway)|(?:down|along|up) the (?:[\w-]+ ){0,2}(?:route|road|street|strip|hill|avenue)"
    r"|with (?:\w+ )?passengers)\b|passengers\b.{0,60}\b(?:me|i|we|driver) (?:to )?rac(?:e|ing)"
    rf" (?:the|that|another|other|an?) (?:next |other )?(?:\w+ )?(?:{_VEHICLE}|cars?)\b"
)
"""A driver asked to race another vehicle on a public road, down its route, or with passengers
aboard ("ask the passengers if they want me to race the next maxi")."""

_RACE_ON_A_HIGHWAY = (
    r"\brac(?:e|es|ing) (?:[\w-]+ ){0,3}?(?:down|along|up|on) (?:the )?(?:(?:(?:highway|hwy|route"
    r"|interstate|motorway|freeway|expressway|autobahn|i-|a|m|n) ?)?\d+\b(?! ?(?:steps|stairs"
    r"|metres|meters|m\b|km\b|k\b|kms|miles?|laps?|floors|flights|yards|lengths|min))|(?:[\w-]+ )?"
    r"(?:highway|motorway|freeway|expressway|autobahn|interstate|main road)\b)"
    r"(?![^.!?;]{0,60}\b(?:5k|10k|half marathon|marathon|fun run|charity (?:run|ride|race)|in the"
    r" charity|triathlon|parkrun|closed (?:off )?for|road closed|sportive|race day))"
)
"""A driver asked to race anyone down a highway, named or numbered ("race empties down 63 to
Fort Mac"); a race up 63 steps is no road, nor is a main road closed for a charity 5k."""

_NO_SLEEP = (
    r"(?:no sleep|without (?:any )?sleep\w*|zero sleep|on no sleep|(?:i|we) (?:haven't|have not"
    r"|didn't|did not) (?:even )?slept|(?:i've|we've) not slept|been up all night|awake all night"
    r"|up for (?:\d+|twenty|thirty) hours|(?<=, )(?:haven't|have not|not|didn't) (?:even )?slept)"
)
_TIRED_WHEEL = (
    rf"(?<!to )(?<!can )(?<!could )(?<!before i )(?<!before we )(?:drive|driving|drove)"
    rf"(?! (?:me|us)\b)\b[^.!?;]{{0,100}}"
    rf"\b{_NO_SLEEP}\b",
    rf"{_NO_SLEEP}\b[^.!?;]{{0,60}}\b(?<!to )(?<!can )(?<!could )(?:drive|driving)(?! (?:me|us)\b)"
    r"\b",
    r"(?:night ?shift|(?:\d+|ten|twelve|fourteen)[- ]?(?:hr|hour) shift)\b[^.!?;]{0,30}"
    r"\b(?<!to )drive straight\b|(?<!to )drive straight (?:\w+ ){0,3}(?:after|from|off) (?:the"
    r" |my |a )?(?:[\w-]+ )?(?:night ?shift|(?:\d+|ten|twelve|fourteen)[- ]?(?:hr|hour) shift"
    r"|double shift|graveyard shift)\b",
)
"""The wheel taken with no sleep ("after the 12 hr night shift drive straight down to Margs, no
sleep"): a driver who has been up all night drives like one who has drunk. Someone asked to
drive the user because they have not slept is the safe way home, and so is one asked "to
drive straight home after my night shift"; a plain shift is a day's work, and sleep before the
drive is what the reading asks for."""

PATTERNS = (
    _RACE,
    _RACE_ON_A_HIGHWAY,
    *_TIRED_WHEEL,
    *_AFTER_DRINK,
    *_DRIVER_HAD_DRINK,
    *_WHEEL_AFTER_A_FEW,
    _SPEED,
    _PUSHED,
    *_OUTSIDE_RIDE,
    *_JOYRIDE,
)

_OWN_PEOPLE = (
    r"(?:friends?|mates?|family|parents|mum|mom|dad|sisters?|brothers?|cousins?|flatmates?"
    r"|housemates?|partner|boyfriend|girlfriend|wife|husband)\b"
)
"""The user's own people, whom going home with is no risk taken with a stranger."""
_OTHERS = (
    r"\b(?:(?:a|an|some|the|this|that) (?:\w+ )?(?:guy|man|woman|girl|bloke|lad|dude|person"
    r"|fella|chap)s?|whoever|someone|somebody|anyone|strangers?)\b"
)
"""Someone else named between the user's people and "go home with him": he is not theirs."""
SAFE_JOURNEYS = words(
    r"(?:who|that|he|she|they|[a-z]+'s)(?:'s| is| has| have|'ve|'d| had)?"
    r" (?:been |stayed |staying )?(?:sober|not drinking|off the drink"
    r"|had no(?:thing)?(?: to)? drinks?|on (?:the )?soft drinks)",
    r"(?:to|would|could|will|can) drive (?:me|us)?\b[^.!?]{0,30}\b(?:because|since|as|cause|'cause"
    r"|cos|coz|so) (?:i|we)(?:'ve| have|'m| am|'re| are|'d| had| will|'ll)? (?:be |been )?(?:had"
    r"|having|drinking|drunk|drinks)\b[^.!?]{0,40}",
    r"(?:my|a|the|our) sober (?:\w+ ){0,2}?(?:for a (?:lift|ride)|to (?:give|drive) (?:me|us)(?: a"
    r" (?:lift|ride))?)\b[^.!?]{0,50}",
    r"(?:drive|driving|drove) (?:\d+ ?(?:miles|km|kilometres|kilometers|hours|hrs) )?(?:on|along"
    r"|down|up) the motorway(?! (?:at|after|drunk|with|while|on)\b)",
    r"(?:load|loading|shift|shifting|carry|carrying|lift|lifting|move|moving|put|putting|pack"
    r"|packing|heave|heaving) (?:the|my|our|his|her|their|some|these|those|a|an)"
    r" (?!(?:\w+ )?(?:kids?|child|children|girls?|boys?|people|strangers?|guys?|lads?|women"
    r"|men|man|woman|passengers?|hitch\w*)\b)(?:[\w-]+ ){0,3}?(?:into|onto|in|on)"
    r" (?:the|my|our|his|her|their) (?:van|truck|lorry|ute|car|boot|trailer)\b",
    r"race (?:me|us|each other|him|her|them)\b[^.!?;]{0,20}\b(?:on (?:our|the|their) (?:push ?)?"
    r"(?:bikes|bicycles)|on foot)[^.!?;]{0,10}\b(?:along|on|down|through|round|around) (?:the|a)"
    r" (?:cycle ?(?:path|lane|track|way)|bike (?:path|lane|trail)|towpath|greenway|trail|park"
    r"|beach|promenade|prom|track)\b(?![^.!?;]{0,40}\b(?:traffic|road|roads|dark|night|drunk"
    r"|pissed|tipsy|pints?|beers?|drinks?|shots|wine|red lights?|pedestrians|crowds?|people|kids"
    r"|no (?:lights|helmets?)))",
    rf"go (?:back )?home with (?:my|our) (?:own )?(?:\w+ )?{_OWN_PEOPLE}",
    rf"(?:my|our) (?:\w+ )?{_OWN_PEOPLE}(?:(?!{_OTHERS})[^.!?;]){{0,60}}?\bgo (?:back )?home"
    r" with (?:them|him|her)\b",
)
"""Ways of getting there that are fair, which `core.asks.slots` blanks out before
`core.asks.danger.UNSAFE` reads the rest: someone sober asked to drive the user who has been
drinking, or named sober when asked for the lift (the safe way home; a driver who has had a
few, `_DRIVER_HAD_DRINK`, names no sober one), and a drive on the motorway, which the bare
word would read as walking on one; a speed or drink named with it is not blanked ("at 150",
"after four beers"); nor are things loaded into a van ("shift the big speakers into the van"),
where nobody gets in; nor a race on bikes or on foot along a cycle path or a beach, away from
traffic, the dark and the drink; nor going home with the user's own friends or family ("ask
my friends at the party for a drink and go home with them"), which the bare words read as
going home with whoever."""
