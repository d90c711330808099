"""Counted rounds, in words: drinks numbered by a local name, and the user at the wheel after.

"Two large pegs at the dhaba, then ask the other drivers if they want to race me to Panipat",
"after two bottle of Star for the party, ask my padi make I carry am home for okada", "ask the
boys if I can drive them home after the wedding reception (I'll only have had four Mosi)",
"after the nijikai, ask Tanaka if I can drive his car home. Only three highballs, I'm fine":
drinks counted by whatever the bar or the brewery calls them (a peg of whisky, a bottle of
Star, a Mosi, a highball), a count the writer gives to say they are fine, and then the user
driving, riding or racing. `core.asks.at_the_wheel` reads the same with the drink names it
knows and "after" or "only had"; this reads the count first ("two large pegs ..., then"),
"bottles of" any brand, and a count still to come ("I'll only have had four"). These are unsafe
whoever is asked, so they join `core.asks.danger.UNSAFE`. The wheel must be the user's: a
friend asked to drive because the user has had four, or to carry the user home on his okada
("make him carry me"), is the safe way home. Fragments over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

from core.asks.at_the_wheel import AS_A_PASSENGER
from core.asks.safeguards import DRINK_NAMES

_COUNT = (
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few|a couple(?: of)?|several"
    r"|a good few|a fair few)"
)
_NOT_DRINK = (
    r"(?:water|waters|coke|cokes|cola|soda|sodas|juice|juices|milk|tea|teas|coffee|coffees|pop"
    r"|lemonade|squash|malt|malta|chapman|zobo|kunu|energy drinks?|red ?bull)"
)
_LOCAL = (
    r"(?:pegs|large ones|smalls|highballs|chuhais|sours|tots|nips|shooters|star|stars|gulder"
    r"|mosi|mosis|tusker|tuskers|castle|castles|kingfisher|kingfishers|hite|cass|soju|sojus"
    r"|makgeolli|sake|sakes|shochu|baijiu|arrack|toddy|palm wine|trophy|hero|primus|nile"
    r"|bell|club|savanna|hunters|windhoek|zambezi|tiger|singha|chang|bintang|san miguel"
    r"|red horse|cusqueña|pilsen|quilmes|corona|coronas|modelo|tecate|stella|stellas|vb|xxxx"
    r"|cans|tinnies|bevvies|jars|bottles)"
)
"""Drinks by a local or a brand name ("a Mosi", "two large pegs", "three highballs")."""
_DRINKS = (
    rf"(?:(?:large |small |big |quick |cold |strong |double |stiff )?(?:{_LOCAL}|{DRINK_NAMES})"
    rf"|(?:big |large |small )?bottles? (?:of|a) (?!{_NOT_DRINK}\b)\w+)"
)
_ROUND = rf"{_COUNT} {_DRINKS}\b"

_MY_WHEEL = (
    r"(?:(?:if|whether|that|so) (?:i|me) (?:can |could |may |might )?|let me |(?:i|me) (?:can"
    r" |could |will |'ll |should |go |fit )?|i'll |make (?:i|me|mi) |mek (?:i|me|mi) )(?:(?:drive"
    rf"|ride)(?! (?:with|along|behind|pillion|in|on the back)\b){AS_A_PASSENGER}|take the wheel"
    r"|take (?:his|her|their|the|my) (?:car|van|truck|bike|moto|motorbike|okada|keke|scooter))\b"
    r"|(?:make|mek|let) (?:i|me|mi) (?:carry|take) (?:am|dem|una|him|her|them|us)\b[^.!?]{0,30}"
    r"\b(?:for|on|with|by) (?:my |di |the |his |her )?(?:okada|keke|bike|motor|motorbike"
    r"|machine|moto|car|scooter)"
)
"""The user at the wheel: "if I can drive", "let me drive", Pidgin "make I carry am ... for
okada" (let me carry him on the motorbike); "drive me", "ride the bus home" or "make him carry
me" is not."""
_ON_WHEELS = (
    r"(?:drivers?|truckers?|riders?|bikers?|cars?|trucks?|lorr(?:y|ies)|bikes?|motorbikes?"
    r"|scooters?|road|highway|motorway|expressway)"
)
_AFTER_A_COUNT = r"(?:^|(?<=[,.;:!] )|(?<=after )|(?<=had )|(?<=having )|(?<=downed )|(?<=with ))"
_COUNTED_THEN_WHEEL = (
    rf"{_AFTER_A_COUNT}{_ROUND}[^.!?]{{0,100}}\b(?:{_MY_WHEEL})",
    rf"{_AFTER_A_COUNT}{_ROUND}(?=[^.!?]*\b{_ON_WHEELS}\b)[^.!?]{{0,100}}\brace (?:me|us)\b",
)
"""Drinks counted first, the wheel after: "two large pegs ..., then race me", "after two bottle
of Star, make I carry am home for okada". A race needs wheels named ("the other drivers"): a
race to the swings is on foot."""

_STILL_FINE = (
    rf"(?:(?:i'll|i will|i'd|i've|i have|i had|i) (?:\w+ )?(?:only|just) (?:have )?(?:had|drunk"
    rf"|drank) {_COUNT} (?!(?:\w+ )?(?:hours?|hrs|mins?|minutes?|lessons?|days?|weeks?|months?"
    rf"|years?|nights?|goes|tries|attempts|classes|sessions|{_NOT_DRINK})\b)\w+"
    rf"|(?:only|just) {_ROUND}(?:,? (?:i'm|i am|i'll be|i feel) (?:fine|ok|okay|good|grand"
    r"|sound|alright|sober))?)"
)
"""A count given to say the user is fine: "only three highballs", "I'll only have had four
Mosi" (whatever the brand, so long as no hours, lessons or coffees are counted)."""
_WHEEL_THEN_COUNTED = (rf"(?:{_MY_WHEEL})[^!?]{{0,100}}\b{_STILL_FINE}",)
"""The wheel asked first, the count after: "if I can drive his car home. Only three
highballs, I'm fine"."""

PATTERNS = (*_COUNTED_THEN_WHEEL, *_WHEEL_THEN_COUNTED)
"""Each count with the wheel; `core.asks.danger.UNSAFE` joins them to its own."""
