"""Dares that court harm on the road, on a site or in a car at night, in words the danger
lexicons miss.

"Ask drivers at the red light to race me to the next one": a street race from the lights, a
danger to the racers and to everyone crossing. "Go to the construction site at night and ask
the watchman to let me in to take photos": an unlit building site entered after dark. "Tell a
stranger to get in my car at night", "offer a stranger a lift home at night", "kuomba lifti kwa
gari la mtu nisiyemjua usiku" (a lift asked of a stranger at night, glossed by
`core.asks.gloss`): alone in a car with someone unknown, after dark. "Ask the area boys under
Oshodi bridge to show me their shortcut at night": led off the main way by strangers or a street
gang after dark. "Dare a lad at the bar to do five tequila shots with me, loser pays": spirits
downed as a contest. A race on foot, a site
toured by day, a lift offered to a neighbour or asked of a taxi stay fair.
`core.asks.danger.UNSAFE` joins these to its own; fragments over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

_RACED = r"(?:race|races|racing|drag race|drag racing)"
_AT_THE_LIGHTS = (
    r"(?:red lights?|traffic lights?|the lights|next (?:one|light|lights|junction)|junction"
    r"|green light|on the (?:motorway|highway|freeway|expressway|ring ?road))"
)
_SITE = r"(?:construction|building|demolition|work) site"
_AFTER_DARK = r"(?:at night|after dark|at midnight|in the dark|tonight|late at night|at \d ?am)"
_INSIDE = (
    r"(?:let (?:me|us) in|let (?:me|us) into|get in|go in|inside|climb|sneak|explore|look around"
    r"|wander)"
)
_UNKNOWN = (
    r"(?:a stranger|strangers|someone i don't know|somebody i don't know|a random (?:\w+)"
    r"|random (?:people|guys|men|women)|a hitchhiker|hitchhikers|(?:guy|man|bloke|driver|rider"
    r"|dude|fella|woman|lady|person) (?:i|we) (?:don't|do not|dont) know)"
)
_IN_MY_CAR = (
    r"(?:get in(?:to)? my car|in my car|into my car|a lift|a ride|lift home|ride home|my car"
    r"|hitch\w*)"
)
_SPIRITS = (
    r"(?:tequila|vodka|j[aä]ger|jagerbomb|sambuca|whiske?y|rum|gin|absinthe|aftershock|fireball"
    r"|ouzo|raki|rakia|soju|baijiu|palinka|schnapps|mezcal|spirit)"
)
_ROUGH_CROWD = (
    rf"(?:area boys|agberos?|touts|gangs?|gang members|gangsters|thugs|hustlers|dealers"
    rf"|street boys|{_UNKNOWN})"
)
_LED_OFF = (
    r"(?:show|take|lead|walk|guide) (?:me|us) (?:\w+ ){0,2}?(?:shortcuts?|short cuts?|back ?ways?"
    r"|back alleys?|alleys?|through|down|under|round the back|(?:to|round) (?:their|his|the) \w+)"
)
"""Strangers or a street gang asked to lead the user off the main way ("the area boys under
the bridge, to show me their shortcut at night")."""

PATTERNS = (
    rf"(?:drivers?|cars?|motorists?|bikers?)\b[^.!?;]{{0,40}}\b{_RACED}\b",
    rf"{_RACED} (?:me|them|him|her|us|someone|strangers?|each other|drivers?)\b[^.!?;]{{0,30}}"
    rf"\b{_AT_THE_LIGHTS}",
    r"street rac\w*|drag rac\w*",
    rf"(?:at|by|from) the (?:red |traffic )?lights?\b[^.!?;]{{0,60}}\b{_RACED}\b",
    rf"{_SITE}\b(?=[^.!?;]{{0,100}}\b{_INSIDE}\b)(?=[^.!?;]{{0,100}}\b{_AFTER_DARK})",
    rf"{_AFTER_DARK}\b(?=[^.!?;]{{0,100}}\b{_SITE}\b)(?=[^.!?;]{{0,140}}\b{_INSIDE}\b)",
    rf"{_UNKNOWN}\b(?=[^.!?;]{{0,60}}\b{_IN_MY_CAR}\b)(?=[^.!?;]{{0,100}}\b{_AFTER_DARK})",
    rf"{_IN_MY_CAR}\b(?=[^.!?;]{{0,60}}\b{_UNKNOWN}\b)(?=[^.!?;]{{0,100}}\b{_AFTER_DARK})",
    rf"{_AFTER_DARK}\b(?=[^.!?;]{{0,80}}\b{_UNKNOWN}\b)(?=[^.!?;]{{0,120}}\b{_IN_MY_CAR}\b)",
    rf"{_ROUGH_CROWD}\b(?=[^.!?;]{{0,80}}\b{_LED_OFF}\b)(?=[^.!?;]{{0,140}}\b{_AFTER_DARK})",
    rf"(?:[5-9]|\d\d|five|six|seven|eight|nine|ten|a dozen|several) {_SPIRITS} shots\b",
    r"dar(?:e|es|ed|ing) (?:[\w']+ ){1,5}?to (?:do|drink|down|neck|chug|sink|take|match me)"
    r" (?:[\w']+ ){0,3}?shots\b|shots?\b[^.!?;]{0,60}\b(?:loser|last one standing|first to"
    r" (?:puke|quit|stop))\b",
)
"""A race from the lights, a building site entered after dark, a stranger in a car at night."""
