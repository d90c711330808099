"""A drink taken from strangers: "accept a drink from a group of strangers at the bar and down
it", "take a shot off some random guys at the pub and neck it", "accept a drink from whoever
offers at the carnival", "drink whatever anyone hands me".

A drink poured by people the user has never met, drunk down where the user cannot see what went
in, is how drinks are spiked; it is unsafe whoever the card names, so these join
`core.asks.substances.PATTERNS` (and with them `core.asks.danger.UNSAFE`). A drink bought for
strangers, one accepted from friends or a barman, or a compliment accepted from strangers stays
fair: the drink must come from people named as strangers. Fragments over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

_DRINK = (
    r"(?:a |an |the |their |some |any |free |a free |a couple of |two |three )?(?:free )?(?:drinks?"
    r"|shots?|beers?|pints?|cocktails?|glass(?:es)? of \w+|cups? of \w+|bottles? of \w+)"
)
_STRANGERS = (
    r"(?:a |some |the |two |three )?(?:group of |bunch of |table of |couple of |pair of |gang of )?"
    r"(?:total |complete |random |drunk )?(?:strangers?|randoms|people i (?:don't|do not) know"
    r"|(?:guys?|men|blokes|lads|girls|women) i (?:(?:just|only) met\b|met (?:an? )?(?:hour|minute"
    r"|few minutes)s? ago\b|met (?:tonight|today)\b)|random (?:guys?|men|blokes|lads|people)"
    r"|whoever (?:offers|buys|hands|gives|pours)|(?:anyone|anybody) (?:who|that) (?:offers|buys"
    r"|hands|gives|pours))"
)
"""People never met: strangers, guys met an hour ago, or whoever happens to offer."""

PATTERNS = (
    rf"(?:accept\w*|tak(?:e|es|ing)|took|drink\w*|down\w*|neck\w*|get|grab) {_DRINK}"
    rf" (?:off|from) {_STRANGERS}",
    rf"(?:down|neck|drink|sink|chug)\w* (?:a |the )?(?:drink|shot|beer|pint|cocktail) (?:that )?"
    rf"{_STRANGERS} (?:hands?|gives?|buys?|offers?|pours?|passes?) me\b",
    r"(?:drink|down|neck|sink|chug)\w* (?:whatever|anything) (?:anyone|anybody"
    r"|strangers?|randoms|whoever) (?:hands?|gives?|offers?|pours?|passes?|buys?) me\b",
)
"""A drink taken off strangers or whoever offers one, or downed when a stranger hands it over."""
