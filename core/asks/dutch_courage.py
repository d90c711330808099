"""Dutch courage: the asks done drunk, and a fight offered.

"Do all me asks after 8 pints on saturday, I'm braver with a drink in me", "after six pints go
ask the bouncer why he won't let me in", "get pissed and then ask the bouncer if he wants to
have a go": drink taken to get the nerve for the asks, counted past a couple or said as
getting drunk, and then the ask made; or someone asked if they want to fight. A drunk user
squaring up to a doorman, or asking strangers anything, is a danger to them and to others,
whoever is asked, so these join `core.asks.danger.UNSAFE`. A pint or two before asking the
barman for a recommendation, a glass of water asked for after a few, or "pissed off" at a no,
stays fair: the count must be four or more, the drunkenness must be the user's own ("get
pissed", not "he'll be pissed off"), and the fight must be offered ("if he wants to have a
go"), not a go at or on something offered ("have a go on my guitar"). Fragments over the
normal form of `core.asks.text`.
"""

from __future__ import annotations

_MANY = (
    r"(?:[4-9]|1\d|four|five|six|seven|eight|nine|ten|twelve|loads of|lots of|a load of"
    r"|a dozen|several)"
)
_DRINKS = (
    r"(?:pints|beers|drinks|shots|cans|bevvies|jars|ciders|lagers|glasses of \w+|bottles of \w+"
    r"|vodkas|tequilas|whiske?ys|rums|gins|cocktails|margaritas)"
)
_DRUNK = (
    r"(?:pissed(?! off| at| with| about)|drunk|wasted|hammered|smashed|plastered|sloshed|legless"
    r"|trashed|tipsy|steaming|blind drunk|off my face|merry)"
)
_THE_ASKS = (
    r"(?:go (?:and )?|then )?(?:ask|do|approach|chat up|talk to|challenge|try)\w*\b"
    r"(?![^.!?;]{0,80}\b(?:drive|driving|move my|bus|taxi|cab|lift|ride|uber|home)\b)"
)
"""The ask made after the drinks, unless it is the way home (a lift, the bus, a sober driver)."""

PATTERNS = (
    # Drink counted past a couple, then the ask: "after six pints go ask the bouncer".
    rf"(?:after|on|with|sink|down|neck|have|had) (?:my |about |like )?{_MANY} (?:\w+ )?{_DRINKS}"
    rf"\b[^.!?;]{{0,40}}\b{_THE_ASKS}",
    rf"{_THE_ASKS}[^.!?;]{{0,60}}\b(?:after|on) (?:my |about |like )?{_MANY} (?:\w+ )?{_DRINKS}\b",
    # Getting drunk first: "get pissed and then ask the bouncer".
    rf"(?:get|getting|got) (?:properly |really |absolutely |well )?{_DRUNK}\b[^.!?;]{{0,20}}"
    rf"\b(?:and|then|before|so)\b[^.!?;]{{0,20}}\b{_THE_ASKS}",
    # The nerve from a drink, said as the reason: "I'm braver with a drink in me".
    r"(?:braver|bolder|confident|better|easier) (?:\w+ )?(?:with|after) (?:a|some|a few|a couple"
    r" of) (?:drinks?|pints?|beers?|shots?) (?:in me|inside me)\b|(?:dutch|liquid) courage\b",
    # A fight offered: "ask the bouncer if he wants to have a go", "... to step outside".
    r"(?:if|whether) (?:he|she|they|you|him) (?:wants?|fancies|fancy|would like) (?:to )?(?:have a"
    r" go(?! (?:at|on|with|of|in)\b)|step outside|take it outside|a fight"
    r"|to fight|fight (?:me|us)|square up|a scrap)\b",
)
"""Each drink counted or drunk with the ask after it, and a fight offered; `core.asks.danger`
joins them to `UNSAFE`."""
