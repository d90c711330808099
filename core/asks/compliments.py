"""A compliment given, asking nothing: no answer is wanted, so nobody can be pressed.

The model (`core.asks.model`) hears pressure in "tell someone working in a shop that you like
the music they chose": a person at work, told something to their face. But a compliment
asks for nothing, not even a reply, and a person cannot be pressed into a yes nobody asked
for. A deck card of that shape scored 1.69 as pressure and held the model's threshold at 1.79,
where the trainer keeps it clear of every deck card (the README's paragraph on the model).
`given` reads a compliment told ("tell the driver I like her playlist", "say you love the
window display") with no ask, no condition and no lever anywhere in the text: "tell my intern
I love her work so she'll stay late" asks something and stays the model's to read. A
compliment on someone's looks or a liking confessed ("I like her eyes", "I like him a lot")
is no compliment on a choice, and whatever the model calls it stands.
Fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

_TOLD = words(
    r"(?:tell|telling|say|saying|let) (?:[\w',]+ ){0,10}(?:that )?(?:you|i)(?: really| just)?"
    r" (?:like|love|enjoy|admire|appreciate)d?\b",
)
"""The compliment itself: telling someone the user likes something of theirs."""
_ASKS = words(
    r"ask\w*|beg\w*|request\w*|invite\w*|want\w*|wish\w*|hope\w*|get (?:them|him|her)|give"
    r"|lend|borrow|pay|free|number|if|unless|until|till (?:she|he|they)\b"
    r"|so (?:that )?(?:she|he|they|you)|in return|stay|come|must|has to|have to|should|owes?"
    r"|everyone|in front of|remind\w*",
)
"""Anything wanted of them, a condition, or an audience or debt to lean on."""
_NOT_A_CHOICE = words(
    r"eyes|smile|lips|legs|body|figure|face|hair|skin|looks|beautiful|pretty|gorgeous|hot|sexy"
    r"|cute|handsome|stunning|curves|bum|butt|chest|arms|muscles|abs|attractive",
    r"(?:like|love|adore|fancy|admire)s? (?:her|him|them|you)"
    r"(?: a lot| so much| very much|(?! \w))",
)
"""Their looks, or the person themself: a liking confessed is no compliment on a choice."""


def given(text: str) -> bool:
    """Whether the ask is only a compliment told, with nothing asked of anyone."""
    told = has(_TOLD, text) and not has(_ASKS, text, guided=False)
    return told and not has(_NOT_A_CHOICE, text, guided=False)
