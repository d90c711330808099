"""A journey with a stranger that nobody else knows of: where the user goes, kept from everyone.

"Ask a random tricycle driver to take me somewhere I don't know at midnight, and don't tell
anyone where I'm going": a ride at night with someone the user picked at random, to a place
the user does not know, with the one safeguard anyone takes (telling someone where they are)
thrown away on purpose; so is following a stranger, or whoever offered a drink at the carnival,
wherever they go. No yes from the driver makes that safe, so it is unsafe whoever is
asked; joined to `core.asks.danger.UNSAFE` through `core.asks.ignored_limits`.

Fair neighbours stay fair: a surprise trip a sister drives the user to, a taxi taken home at
midnight with a friend told, or "tell my mum where I'm going" asked of a friend. Each shape
needs the stranger or the unknown place together with the night or the secrecy, or the
stranger followed to wherever they choose. Fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

_STRANGER = (
    r"(?:random|stranger|strangers|unknown|unlicensed|someone i (?:don't|do not) know|someone i"
    r" (?:just )?met|a guy i (?:just )?met)"
)
_UNTOLD = (
    r"(?:don't|do not|won't|will not|not|never|without) (?:\w+ )?(?:tell|telling|let|letting)"
    r" (?:anyone|anybody|no ?one|nobody|a soul|my (?:[\w-]+ ){0,2}?\w+|them|him|her)(?: know)?"
    r" (?:where (?:i'm|i am|i'll be|we're|we are|i go|i went|i'm going|we're going)|about (?:it"
    r"|the (?:trip|ride|journey)))"
)
"""Words keeping where the user is from everyone ("don't tell anyone where I'm going")."""
_NIGHT = r"(?:at night|at midnight|after dark|in the dark|at [1-5] ?am|in the middle of the night)"
_UNKNOWN_PLACE = (
    r"(?:somewhere|anywhere|a place|wherever) (?:i (?:don't|do not) know|(?:he|she|they)"
    r" (?:choose|chooses|pick|picks|want|wants|like|likes)|i've never been)"
)
_WHEREVER = (
    r"(?:wherever|anywhere) (?:they|he|she) (?:go|goes|lead|leads|take|takes|want|wants|head"
    r"|heads)\b"
)
"""Where someone else decides to go: the place unknown until the user is there."""

PATTERNS = (
    rf"{_STRANGER}\b[^.!?]{{0,120}}\b{_UNTOLD}",
    rf"{_UNTOLD}\b[^.!?]{{0,120}}\b{_STRANGER}\b",
    rf"{_STRANGER}\b[^.!?]{{0,60}}\b(?:take|drive|ride|bring)\w* (?:me|us) (?:to )?{_UNKNOWN_PLACE}"
    rf"\b[^.!?]{{0,30}}\b{_NIGHT}",
    rf"(?:{_STRANGER}|whoever|(?:anyone|anybody) who)\b[^.!?]{{0,80}}\bfollow\w* (?:them|him|her)"
    rf" (?:\w+ )?{_WHEREVER}",
    rf"follow\w* (?:a |some )?{_STRANGER} (?:\w+ )?{_WHEREVER}",
)
"""A stranger's ride kept from everyone, or taken at night to a place the user doesn't know;
a stranger, or whoever offered a drink, followed wherever they go."""
