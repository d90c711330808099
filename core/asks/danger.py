"""Unsafe asks, in words: what the check reads as illegal or unsafe for the user or others.

No card is illegal or unsafe: theft, trespass, drink or drugs, a lift from a stranger, a roof
or a railway line, a derelict building or a floor with no rails, thin ice or a wild animal up
close. The modules named read more (all under `core.asks`): the wheel after drinks or a car
taken for a spin (`at_the_wheel`), another's prescription (`substances`), drink given to a
teenager (`under_age`), a power tool handed to a child (`young_hands`), a train's footboard
(`open_rides`), big surf (`rough_water`), a random driver's lift (`lifts`), drink before the
wheel in other words (`over_the_limit`), cold water (`open_water`), old mine workings or a
river's ice (`underfoot`), a museum locked in overnight (`closed_places`), a limit of the law or
the weather set aside (`ignored_limits`), a child at play asked along (`children_led_off`), the
asks done drunk (`dutch_courage`), and many of these in other tongues (`perils_abroad`).
`UNSAFE` is unsafe whoever is asked; `UNSAFE_WITH_STRANGERS` only with a stranger (a lift home
is fine from a friend). It was split from `core.asks.conduct` to keep each lexicon module small;
it matches the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks import (
    at_the_wheel,
    children_led_off,
    closed_places,
    daring,
    dutch_courage,
    ignored_limits,
    lifts,
    open_rides,
    open_water,
    over_the_limit,
    perils,
    perils_abroad,
    reckless_dares,
    rough_water,
    safeguards,
    substances,
    under_age,
    underfoot,
    wrong_ways,
    young_hands,
)
from core.asks import taking_liberties as liberties
from core.asks.text import words

_WILD = (
    r"(?:rhinos?|lions?|elephants?|buffalo(?:es)?|hippos?|crocodiles?|crocs?|bears?|leopards?"
    r"|hyenas?|cheetahs?|gorillas?|wild animals?|bison|moose|sharks?)"
)
"""Wild animals, unsafe to approach on foot or up close."""

_ROUNDS = (
    r"(?:after|had|having|downed|sank|sunk|on|few|couple of) (?:my )?(?:\w+ )?(?:schooners|stubbies"
    r"|tinnies|cans|bevvies|jars|middies|pots|brews|rounds|shots|pegs|pints|beers|drinks|bottles|soju"
    rf"|sake|whiske?ys|lagers|ciders|tequilas|margaritas|cocktails|glasses of \w+"
    rf"|{safeguards.DRINK_NAMES})"
)
"""Drinks counted by whatever name the bar gives them: a driver who has had them is unsafe."""

_VEHICLE = (
    r"(?:truck|lorry|rig|b-double|road train|semi|van|ute|car|bus|coach|forklift|tractor|digger"
    r"|excavator|crane|boat|jet ?ski|quad|motorbike|bike|scooter|moped|wagon|tipper|loader)"
)
"""What a driver takes out: after a few rounds, unsafe whatever it is called. Taking the bus
home after them is the safe way, so "take" counts only as "take the truck out"."""

_DRINKS = (
    r"(?:vodkas?|beers?|pints?|shots?|drinks?|wines?|whiske?ys?|rums?|gins?|tequilas?|lagers?"
    r"|ciders?|cans|bevvies|jars|schooners|tinnies)"
)
_SHAPES = (
    rf"(?:more|another|extra|two|three|few|couple of) (?:\w+ )?{_DRINKS}\b.{{0,60}}\b(?:before"
    r"|then|and then) (?:i|we) (?:\w+ )?(?:drive|ride)",
    r"(?:i|me) (?:can |could |will |'ll )?driv\w*\b.{0,80}\b(?:i've|i have|i'd|i had) (?:only"
    r" |just )?had (?:a few|a couple|one or two)\b|(?:who's|who has|who had|(?:he|she|they)(?:'s"
    r"| has| have|'ve)) (?:only |just )?had (?:a few|a couple)\b.{0,40}\bdriv\w*",
    r"(?:past|beyond|around|ignor\w*) (?:the |a )?(?:[\w-]+ ){0,2}(?:closed|closure|danger"
    r"|warning|no[- ]entry|keep[- ]out) (?:sign|signs|barrier|tape|gate|notice)",
    r"without (?:isolating|isolation|lock-?out|locking (?:it )?out)|(?:don't|do not|won't) need"
    r" (?:a |any |the )?(?:helmets?|harness\w*|life ?jackets?|seat ?belts?|life ?vests?)"
    r"|no (?:helmets|life ?jackets|seat ?belts|life ?vests)",
    r"(?:on (?:my|me) own|alone|by myself|unsupervised)\b.{0,60}\bnot (?:yet )?(?:signed off"
    r"|certified|licen[cs]ed|qualified|ticketed)",
    r"(?:\d+|two|three|four|five|six|seven)[- ]?(?:year|yr)[- ]?old\b.{0,60}\b(?:swim|deep end"
    r"|pool|sea|river|lake)\b.{0,40}\b(?:by (?:himself|herself|themselves)|alone|on (?:his|her"
    r"|their) own|unsupervised)",
    r"ice (?:in|during) (?:march|april|may|spring|the thaw)|climb\w* (?:\w+ ){0,4}(?:at night"
    r"|after dark|in the dark)",
)
"""Drink before the wheel, a job done live or unsigned-off, a closure sign passed, a small
child alone in deep water: unsafe whoever is asked, read as shapes rather than one venue."""
UNSAFE = words(
    *liberties.UNSAFE,
    *_SHAPES,
    *perils.PATTERNS,
    *perils_abroad.PATTERNS,
    *daring.PATTERNS,
    *safeguards.PATTERNS,
    *at_the_wheel.PATTERNS,
    *substances.PATTERNS,
    *under_age.PATTERNS,
    *young_hands.PATTERNS,
    *open_rides.PATTERNS,
    *rough_water.PATTERNS,
    *lifts.PATTERNS,
    *over_the_limit.PATTERNS,
    *open_water.PATTERNS,
    *underfoot.PATTERNS,
    *closed_places.PATTERNS,
    *wrong_ways.PATTERNS,
    *ignored_limits.PATTERNS,
    *children_led_off.PATTERNS,
    *dutch_courage.PATTERNS,
    *reckless_dares.PATTERNS,
    r"(?:alone|by myself|on my own|solo)\b.{0,40}\b(?:though|although|even though|and|but|when)"
    r" i(?:'ve| have) never (?:sailed|driven|flown|ridden|dived|climbed|skied|surfed|kayaked"
    r"|operated|steered|rowed)\b",
    r"(?:even though|though|although|despite|but|and|with) (?:there (?:are|is|'s) )?(?:no|without)"
    r" (?:\w+ )?(?:rails|railings|handrails?|guard ?rails?|barriers|parapet)\b",
    r"(?:unfinished|derelict|abandoned|condemned|half-built|ruined|burnt-out)"
    r" (?:\w+ )?(?:building|site|house|tower|block|hotel|factory|mill)\b.{0,120}\b(?:let me (?:in"
    r"|up|go)|go up|climb|get in|inside|top floor|last floor)|ruins\b.{0,40}\blet me (?:in|up)\b"
    r".{0,40}\b(?:go up|climb|look around|explore|get to the top)",
    r"(?:driver|car|motorist)s? (?:stopped|waiting|idling|parked) (?:at|in|by|on) (?:the |a )?"
    r"(?:lights|junction|traffic|kerb|curb|roadside|side of the road)\b.{0,60}\b(?:take|drive"
    r"|give|drop) me\b|(?:someone|somebody|anyone|a stranger|a random \w+) (?:in|at|on|outside)"
    r" (?:the|a) (?:parking lot|car park|street|road|bar|club|station|kerb|curb)\b.{0,60}"
    r"\b(?:ride|lift|drive|take me) (?:me )?home",
    rf"(?:walk|walking|step|stepping|stand|standing|stroll|strolling) (?:out )?(?:on|onto)"
    rf" (?:the |a )?(?:[\w'-]+ ){{0,2}}{underfoot.ON_THE_WATER}\b(?! ?(?:side|banks?|shore|path"
    rf"|towpath|front|walk|edge|beach|promenade|wall)\b)",
    r"(?:look the other way|turn a blind eye|not (?:to )?notice|pretend not to (?:see|notice))"
    r" (?:\w+ ){0,2}(?:while|when|as|if) (?:i|we|you) (?:take|grab|pocket|walk out|sneak|leave)",
    r"\d{2,3} ?(?:km/?h|kmh|kph|mph|miles an hour)|(?:break|over) the speed limit|drive (?:\w+ )?"
    r"(?:really |super |dangerously |way too |as )?fast(?:er)?\b|(?:go|ride) (?:really|super"
    r"|dangerously|way too) fast|run (?:a|the) red light",
    r"steal\w*|shoplift\w*|trespass\w*|(?<!her )(?<!his )(?<!their )(?<!my )(?<!your )(?<!lunch )"
    r"(?<!coffee )(?<!tea )(?<!a )break (?:in(?! (?:return|exchange)\b)|into)"
    r"|sneak(?:s|ed|ing|y|ily)?(?! (?:a )?peek)"
    r"|without paying|don't go back"
    r"|not go back|never go back|don't pay|dine and dash",
    r"go (?:back )?home with|hitch-?hik\w*|ride in the (?:cab|cockpit)|get (?:in"
    r"|into) a stranger's car",
    r"alone at night|at night alone",
    r"race (?:me|us|each other|him|her|them)\b.{0,30}\b(?:home|on the (?:road|motorway|autobahn"
    r"|highway|freeway|street)|in (?:our|the|their|his|her) cars?|on (?:our|the|their) (?:bikes"
    r"|motorbikes|scooters))|(?:street|drag) rac\w*",
    r"barely (?:stand|walk)|can't walk straight|hammered|legless|plastered",
    r"(?:walk|stand|sit|balance|run) (?:\w+ ){0,3}(?:on|along|across) (?:the )?(?:top|edge) of",
    r"drunk|drugs?(?! (?:calc\w*|charts?|rounds?|doses?|dosages?|interactions?|names|cards?"
    r"|classes|side effects|formulary|trolley|errors?|administration|exams?|quiz\w*)\b)"
    r"|pills|weed|cocaine|\bmdma\b|(?:a )?joint(?! (?!(?:with|at|in|on|for|and|or|to"
    r"|before|after|from|outside|behind|together|me|us|him|her|them|while|during|if|so|but|then"
    r"|is|was|because|when|please|tonight|later|now|too|again|lol)\b)\w)|molly|ecstasy|ketamine"
    r"|shrooms"
    r"|magic mushrooms|lsd|poppers|laughing gas|nitrous",
    r"(?:light|set off|hold|throw) (?:\w+ ){0,2}(?:fireworks?|flares?|rockets?|bangers?)"
    r"|(?:fireworks?|flares?|rockets?)\b.{0,40}\b(?:light|set off) (?:one|it|them)",
    r"weapons?|knives|knife|(?<!heat )(?<!glue )(?<!nail )(?<!staple )(?<!caulk )(?<!caulking )"
    r"(?<!grease )(?<!paint )(?<!spray )(?<!massage )(?<!solder )(?<!soldering )guns?",
    r"fire alarm|climb(?:ing)? (?:up|onto|on|over|into|the|a)\b"
    r"|(?<!my )(?<!our )(?<!shed )(?<!garage )(?<!workshop )roofs?|rooftop(?! (?:\w+ )?"
    r"(?:class|classes|bar|terrace|garden|restaurant|cafe|café|cinema|party|session|lounge|yoga"
    r"|dinner|brunch|view|deck|pool|market|gig|concert|event|kitchen))"
    r"|railway lines?"
    r"|train tracks|jump (?:off|from)|(?:jump|div|leap|flip|backflip|bomb|swing|climb|swim)\w*"
    r" (?:\w+ ){0,3}?(?:off|from|under) (?:the |a )?(?:[\w-]+ )?pier|cliff|ledge"
    r"|bridge railing",
    r"drink(?:ing)? and driv\w*|under ?age|underage|fake id|too young to",
    r"without (?:a )?prescription|(?:antibiotics|sleeping pills|painkillers"
    r"|prescription drugs) without",
    r"staff[- ]only|closed (?:\w+ )?(?:park|area|building|construction|site|quarry|mine)"
    r"|restricted area|behind the fence"
    r"|(?:climb|jump|hop|get|go|leap|vault|squeeze|clamber)\w* (?:\w+ )?over the fence",
    r"(?:one more|another) drink after|(?:i've|i have) had enough|over the limit|(?:a "
    r"|the )?stranger'?s? drink|(?:taste|sip) of (?:a |their )?(?:stranger's )?drink",
    r"enclosure|cage|motorway|edge of the|out past|beyond the",
    r"(?:on|onto|across|over|along|near|down|off|cross|crossing|walk|walking) (?:the |some )?"
    r"(?:[\w-]+ ){0,2}tracks",
    r"no (?:diving|swimming|entry|trespassing)|keep out|with (?:the|a) bull\b",
    r"(?:lift|ride) (?:across|over) (?:the )?(?:state|country|border)|truck(?:er"
    r"| driver)\b.{0,40}\b(?:ride"
    r"|lift)|(?<!\dh )(?<!hours )(?<!hrs )(?<!day )(?<!shift )(?:in|into) (?:the|his|her|their"
    r"|a stranger's) (?:van|truck|lorry)\b(?! log ?book)|(?:van|truck|lorry)\b.{0,60}\bget in\b",
    r"while (?:i'm|i am) driving|(?:drink|drinks|drunk) and driv\w*",
    r"pills?|while the red flag|red flag is (?:up|flying)|rip current",
    r"(?:i'm|i am) (?:only )?(?:1[0-7]|thirteen|fourteen|fifteen|sixteen|seventeen|under ?age"
    r"|a minor)\b",
    r"let me drive|let me (?:ride|sit) in the (?:cab|cockpit|driver's seat)",
    r"(?:let me in|into the building|get in|let me into) (?:\w+ ){0,4}after (?:hours|midnight"
    r"|closing|close|dark)"
    r"|without (?:a )?(?:pass|badge|permission)",
    r"without (?:an? )?id\b|(?:alcohol|beer|wine|cigarettes|vapes?|tobacco|spirits) without",
    r"climb(?:ing)? (?:their|his|her)\b|scaffolding|crane",
    r"(?:anything|something) stronger|shallow end|dive (?:in|into) the shallow",
    r"(?:got|have|has|sell|selling) (?:anything|something) (?:to make|that'll make|that will make"
    r"|for) (?:\w+ ){0,2}(?:night|party|evening|weekend|gig|rave) (?:better|more fun|wilder|go)",
    r"avalanche\w*|off-piste|in (?:the|a) (?:storm|thunderstorm|blizzard|gale)|past the flags",
    r"(?:with )?no (?:helmet|harness|life ?(?:jacket|vest)|seat ?belt)|without (?:a |the |any "
    r"|our )?(?:helmet|harness|life ?(?:jacket|vest)|seat ?belt)s?",
    r"(?:serve|sell|give|buy) (?:\w+ ){0,3}(?:1[0-7]|thirteen|fourteen|fifteen|sixteen|seventeen)"
    r"[- ]years?[- ]old",
    r"(?:ride|sit|travel|hide) in the back of (?:a|the|his|her|their) (?:lorry|van|truck|pickup)"
    r"|(?:lorry|van|truck)\b.{0,40}\bin the back\b"
    r"|dark alley\w*|alleyways? at night|had too (?:much|many)|already (?:drunk|tipsy|wasted)",
    r"frozen (?:pond|lake|river|canal|reservoir)|thin (?:\w+ ){0,2}ice"
    r"|(?:march|april|spring|melting|cracking|cracked|rotten|breaking) ice|live wires?"
    r"|electric fence"
    r"|never (?:ridden|driven)"
    r"|without a licen[cs]e|(?:alone|on my own) in the (?:fog|dark|woods|mountains|snow)",
    r"swim\w*\b.{0,40}\b(?:at night|in the dark|after dark|at midnight|drunk)",
    r"(?:down|drink|neck|chug) (?:a |the )?(?:whole )?(?:bottle|litre)|(?:\d+|five|six|seven|eight"
    r"|ten|several) shots|shots in a row|knock (?:them|it) back|(?:bottle|bottles) of (?:vodka"
    r"|wine|gin|rum|whisky|tequila)|drinking (?:game|contest)|dares? me to (?:drink|down|neck"
    r"|jump|climb|swim)|(?:finish|down|drink|neck) (?:a |the )?whole bottle",
    r"storm warning|rough seas?|dual carriageway|(?:hop|jump|vault|scale) (?:over )?(?:the|a)"
    r" (?:[\w']+ ){0,2}(?:fence"
    r"|wall|gate|barrier|turnstile)|up the down escalator|down the up escalator",
    r"tag (?:my name|a wall|the wall|the bus)|graffiti|spray[- ]?paint",
    r"sort me out with|pocket (?:a|an|the|some) \w+.{0,40}\b(?:as a test|to see if|and see if"
    r"|and walk out)|see if anyone notices",
    r"(?:first date|first meeting|meet(?:ing)?(?: up)?) (?:\w+ ){0,2}at (?:his|her|their) (?:flat"
    r"|house"
    r"|place|home|apartment|hotel)|at (?:his|her|their) (?:flat|house|place|home|apartment|hotel)"
    r" for (?:a|our|the) first (?:date|meeting)",
    r"(?:met|matched with|talking to|chatting (?:to|with)) (?:\w+ )?(?:online|on (?:an? |the )?"
    r"(?:app|tinder|hinge|bumble|grindr|dating app|dating site))\b.{0,60}\b(?:pick me up"
    r"|my (?:house|home|flat|place|address)|(?:his|her|their) (?:house|home|flat|place|hotel)"
    r"|stay (?:at|with|over)|come (?:over|round))",
    r"(?:drink|drinks|drinking|beers?|wine|pints?|drunk|tipsy)\b(?:(?!sober\b|designated\b).){0,40}"
    rf"\b(?<!don't )(?<!not )(?<!won't )(?<!never )(?:drive|lift|ride){at_the_wheel.AS_A_PASSENGER}"
    rf"|(?:drive|lift|ride){at_the_wheel.AS_A_PASSENGER}\b.{{0,40}}\b(?:drinking|drinks|beers?"
    r"|pints|drunk|tipsy)",
    # Lifts from whoever stops, a stranger's door, a game park on foot: unsafe whoever is asked.
    r"(?:wave|flag|thumb) (?:down )?(?:a|any|some|the first|passing|random) (?:\w+ )?(?:car"
    r"|cars|truck|lorry|van|driver|motorist|vehicle)|thumb (?:a )?(?:lift|ride)"
    r"|(?:any|whichever|whatever|the first) (?:car|truck|lorry|van|driver|motorist|vehicle)"
    r" (?:that )?(?:stops|comes|passes)|whoever stops",
    r"(?:lift|ride)s? (?:\w+ ){0,3}(?:from|off|with) (?:a|any|some|whichever|whoever|the first"
    r"|random|a random) (?:\w+ )?(?:driver|motorist|trucker|car|stranger|van|truck|lorry)",
    r"(?:ask|stop|hail) (?:some|any|a passing|passing|random|a random) (?:truck|car|lorry|van"
    r"|vehicle|motorist|driver)s?",
    r"(?:customers?|strangers?|passers-by|someone i don't know) to (?:drive|take|give) me"
    r" (?:home|a lift|a ride)|(?:right|ok|okay|fine|safe|sober enough) to drive",
    r"(?:train|metro\w*|tram|rail\w*|tube|subway|underground|locomotive) (?:\w+ )?driver\b"
    r".{0,40}\b(?:cab|cockpit)",
    r"knock (?:on|at) (?:a|a random|some|any|random|a stranger's|strangers') (?:\w+ )?doors?\b"
    r".{0,60}\b(?:use|come in|go in|inside|bathroom|toilet|loo|shower|stay|sleep|in for)",
    r"past the (?:\w+ )?(?:fence|barrier|cordon|rope|gate|warning sign)",
    rf"{_WILD}\b.{{0,40}}\b(?:up close|close up|on foot)"
    rf"|(?:up close|on foot)\b.{{0,40}}\b{_WILD}",
    # Rounds by any local name before taking the wheel; a go at driving or operating, no licence.
    rf"{_ROUNDS}\b.{{0,80}}\b(?:(?:i|me) (?:\w+ )?driv\w*|driv\w* (?:the|my|his|her|back|home)"
    rf"|behind the wheel|(?:ride|take) (?:my|the|his|her) (?:motor)?(?:bike|scooter|moped|quad)"
    rf"|(?:drive|operate) (?:the|my|his|her|a) (?:[\w-]+ )?{_VEHICLE}\b|(?:take|run) (?:the|my"
    rf"|his|her|a) (?:[\w-]+ )?{_VEHICLE} out\b)",
    r"(?:let me|if i (?:can|could)|i (?:can|could)|me (?:have a go|try|drive|use|operate|ride"
    r"|take))\b.{0,80}\b(?:no|without (?:a |my |any )?|(?:don't|do not) have (?:a |my |any )?"
    r"|(?:haven't|have not)"
    r" got (?:a |my )?|only (?:have )?(?:a |my )?provisional) (?:driving |driver's |forklift"
    r" |proper |full )?licen[cs]e",
    # Rides from whoever passes; a stranger's door or house; fenced-off ruins.
    r"hitch(?:ing|ed)? (?:a )?(?:lift|ride)",
    r"knock (?:on|at) (?:a|a random|some|any|random|a stranger's|strangers') (?:\w+ )?(?:houses?"
    r"|flats?|homes?)\b.{0,80}\b(?:come in|go in|inside|bathroom|toilet|stay|sleep|cool off"
    r"|in for)",
    r"(?:seller|vendor|hawker|stallholder|shopkeeper|trader|cashier|waiter|waitress|driver|courier"
    r"|stranger|guard|cleaner)\b.{0,30}\blet me (?:in|into|inside) (?:his|her|their) (?:house"
    r"|home|flat|place|apartment|room)",
    r"(?:skip|waive|bypass|ignore|skip over) (?:the |my )?(?:id|security|safety|age|bag|ticket)"
    r" (?:check|checks|scan|search)",
    # A house that is not the user's got into through a window; a night trail with no torches
    # (not "don't forget the torches").
    r"(?:foreclosed|repossessed|vacant|empty|unoccupied|boarded[- ]up|condemned|abandoned"
    r"|neighbou?rs?'s?|someone's|stranger's) (?:[\w-]+ ){0,2}(?:house|home|property|flat|building"
    r"|place|apartment|unit|villa|bungalow)\b.{0,60}\b(?:through|via|by|in at) (?:a|the|an"
    r"|its) (?:[\w-]+ )?window|(?:in|into|inside) through (?:a|the|an) (?:[\w-]+ )?window\b.{0,60}"
    r"\b(?:foreclosed|repossessed|vacant|empty|unoccupied|boarded[- ]up|condemned|abandoned)\b",
    r"(?:mountain|peak|summit|trail|hike|hiking|climb\w*|ridge|crags?|kloof|cliff|lion's head"
    r"|table mountain|fell|volcano|gorge)\b[^.!?]{0,80}\b(?:at night|in the dark|after dark"
    r"|before dawn|at midnight|pre-dawn|for (?:a |the )?sunrise)\b[^.!?]{0,80}\b(?<!n't )"
    r"(?<!not )(?<!never )(?:leave|ditch|without|no|forget|switch off|turn off)"
    r" (?:the |our |their |your |any |all )?(?:torch(?:es)?"
    r"|head ?torch(?:es)?|head ?lamps?|flashlights?|lights)\b",
    r"no-entry|squeeze (?:through|under|past) (?:the |a )?(?:fence|gap|hole|bars|railings|gate"
    r"|barrier)|squeeze through\b.{0,60}\babandoned|abandoned\b.{0,80}\bsqueeze through",
)
UNSAFE_WITH_STRANGERS = words(
    r"come back to (?:their|his|her)|(?:to|at|into|inside) (?:their|his|her) (?:flat|place|house"
    r"|apartment|hotel room|home)|meet me at|go (?:back )?(?:home|to their place)",
    r"(?:for|give me|get|offer me|need|hitch|accept) a (?:lift|ride)|(?:lift|ride) home|get (?:in"
    r"|into) (?:a |their |his |her )?car|drive (?:their|his|her) car",
    r"(?:keep|hold|mind|look after|watch) my (?:passport|wallet|keys|baby|child|kids|dog|drink)",
    r"(?:their|his|her) drink|at [1-5] ?am\b|in the middle of the night",
    r"drive me|pick me up|my (?:home )?address|(?:their|his|her|a stranger's) car|in (?:their|his"
    r"|her|a) (?:van|car|truck)",
    r"(?:lend|give) me (?:their|his|her) (?:bank |credit |debit )?card|(?:their|his|her) (?:bank"
    r"|credit|debit) card",
    r"come (?:in|inside|round|over)\b|(?:into|inside) (?:their|his|her) (?:house|home|flat)",
    r"(?:shots?|sips?|swigs?|tastes?) of what(?:ever)? [\w' ]{2,12} drinking",
)
