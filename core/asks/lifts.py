"""Lifts, in words: a ride from someone unknown, or from a driver the user says has drunk.

"Take a lift from a random guy at the taxi rank after dark", "accept a lift home from Dave
after the works do even though he's had four pints": a stranger's car at night, or a friend's
after the drinks the user names. These are unsafe whoever is asked, so they join
`core.asks.danger.UNSAFE`; `core.asks.at_the_wheel` reads the driver who has had a few when
the words ask them to drive. A lift from a friend, a colleague's lift after the works do, or a
lift from a sober mate when the user is the one who has drunk, stays fair. Fragments over the
normal form of `core.asks.text`.
"""

from __future__ import annotations

_STRANGE = r"(?:random|strange|unknown|dodgy|unlicensed|unmarked)"
_SOMEONE = (
    r"(?:guys?|man|men|bloke|blokes|dudes?|fellas?|lads?|woman|women|lady|ladies|person|people"
    r"|drivers?|cars?|cabs?|taxis?|vans?|strangers?|randoms?|one)"
)
_UNKNOWN_LIFT = (
    rf"(?:lift|lifts|ride|rides)(?: home| back)? (?:from|off|with|in) (?:a |some |any |the first )?"
    rf"(?:{_STRANGE} )(?:[\w-]+ )?{_SOMEONE}\b",
    r"(?:lift|lifts|ride|rides)(?: home| back)? (?:from|off|with) (?:a|some) (?:guy|man|bloke"
    r"|dude|woman|lady|driver|stranger) (?:i|we) (?:don't|do not|didn't|never|barely|hardly)"
    r" (?:even )?(?:know|met)\b",
)
"""A lift from someone the user calls random or does not know: at the rank, on the kerb."""

_DRINK = (
    r"(?:pints?|beers?|drinks?|cans|glasses|shots|bottles|jars|bevvies|tinnies|stubbies|wines?"
    r"|ciders?|lagers?|whiske?ys?|vodkas?|tequilas?|rums?|gins?|rounds|schooners)"
)
_COUNT = (
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few|a couple(?: of)?|several|loads"
    r" of|a load of|a good few|a fair few|too many)"
)
_DRIVER_HAS_DRUNK = (
    r"(?:lift|lifts|ride|rides)\b[^.!?;]{0,70}\b(?:even though|though|although|but|and|when"
    r"|while|even if|despite|after|since|,) (?:he|she|they|the driver|(?!i\b|we\b)[a-z]+)"
    rf"(?:'s| has|'ve| have|'d| had)? (?:had|drunk|downed|sunk|necked|put away) (?:only |just"
    rf" |like |about |maybe |at least )?{_COUNT} (?:\w+ )?{_DRINK}\b"
)
"""A lift taken from a driver the words say has had their pints: the user's own drinks, with
someone sober at the wheel, are not it."""

PATTERNS = (*_UNKNOWN_LIFT, _DRIVER_HAS_DRUNK)
"""Each lift with its hazard; `core.asks.danger.UNSAFE` joins them to its own."""
