"""More words saying the user barely knows someone, for `core.asks.strangers.BARELY_KNOWN`.

"Young fella who just moved in across the street, met him once at the mailbox", "never met her
but she seems nice", "(no idea who she is)", "we only met that day", "tipped me once so we're
kind of friends": one meeting, none, or a friendship the user has to talk up is a near
stranger, and their cash, their things or their line asked is asked of a near stranger. A
third person who has never met someone ("my mum has never met her") says nothing of the user.
Fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

_CLAUSE = (
    r"(?:^|(?<=[^\w\s] )|(?<=[(\[])|(?:but|and|though|we|i|i've|we've|i have|we have|only"
    r"|just) )"
)
"""Where the user speaks of themself: a clause's start (after a stop, a dash or an emoji, or
inside brackets: "(met her once)"), or after "we", "I" or "but"."""

PATTERNS = (
    rf"{_CLAUSE}(?:only |just )?met (?:him|her|them) (?:just |only )?once\b",
    rf"{_CLAUSE}never (?:even |actually |really )?met (?:him|her|them)\b",
    r"(?:guy|girl|man|woman|lady|bloke|lad|fella|dude|boy|person|one|couple|chap|gal|lass)"
    r" (?:i|we)(?:'ve| have)? (?:only |just )?met (?:just |only )?(?:once|one time|the once)\b"
    r"(?! (?:a|every|each|per) (?:week|month|fortnight|year))",
    r"(?:no idea|(?:don't|do not|dunno) know|not sure) who (?:she|he|they) (?:is|are)\b",
    r"(?:we|i)(?:'ve| have)? only (?:just )?met (?:that|this|the other|on (?:that|the)) (?:day"
    r"|morning|night|evening|week|time)\b|(?:we|i)(?:'ve| have)? only met (?:yesterday|today"
    r"|last (?:week|night))\b",
    r"(?:so |like )?(?:we're|we are|we're like|we are like) (?:kind of|kinda|sort of|sorta"
    r"|practically|basically|almost) friends\b",
    r"(?:don't|do not|didn't|did not) (?:even )?know (?:his|her|their) (?:real )?name\b"
    r"|\b(?:ni|no) (?:sé|se|siquiera sé|siquiera se) (?:cómo|como) se llama\b(?! (?:el|la|los"
    r"|las|eso|esto|este|esta|ese|esa)\b)",
)
"""Met once (also "the guy I met once at my cousin's wedding", with no "who"), never met, no
idea who they are, only met that day, "kind of friends", not even their name known ("ni sé cómo
se llama")."""
