"""A stranger on a phone call, asked to hang up or to answer the user over it.

"Ask the woman talking on her phone on the tram to tell me where she bought her coat, right
now", "ask a tourist on the phone in the Cour Carrée to hang up and tell me where she is
from", "ask the bloke chatting on his mobile which platform for Freo": the person is busy with
someone else, and an ask that interrupts the call leaves them no easy way to say no to the
user without being rude to both. `core.asks.manners.ABSORBED` reads "a woman on the phone"
and "someone on a call"; this reads the same people named with "the", by a word it did not
list ("a tourist", "the passenger"), or the call ended for the user. The agent on the line
at the council ("the man on the phone at the council") is not named by their own phone and
is left to the rules for staff; someone on speaker asked to turn it down is asked to stop
what disturbs others, not interrupted for the user; a mum asked to hang up is family, whom
the spot rule does not read. Someone "on facetime" whose call the user hops into, or is asked
who they are talking to, is interrupted the same way. Read as `core.asks.ask.Intrusion.ABSORBED` by
`core.asks.intrusions`; fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

_PASSER_BY = (
    r"(?:woman|man|girl|guy|bloke|tourist|stranger|person|passenger|commuter|student|lad|lass"
    r"|fella|dude|teen|teenager|boy|traveller|traveler|backpacker|businessman|businesswoman)"
)
ON_A_CALL = words(
    rf"(?:the|a|an|that|this|some) (?:\w+ ){{0,2}}?{_PASSER_BY} (?:(?:who(?:'s| is) |that(?:'s"
    r"| is) )?(?:talking|chatting|speaking|yapping|arguing|gossiping) )?on (?:her|his|their)"
    r" (?:own )?(?:phone|mobile|cell)\b",
    rf"(?:the|a|an|that|this|some) (?:\w+ ){{0,2}}?{_PASSER_BY} (?:who(?:'s| is) |that(?:'s"
    r"| is) )?(?:talking|chatting|speaking|yapping|arguing|gossiping) on (?:the|a) (?:phone"
    r"|mobile|cell)\b",
    r"hang up (?:and|the (?:phone|call)|on (?:her|his|their) (?:call|friend|mum|mom|family))\b",
    r"hang up (?:for )?(?:a|one|just a) (?:sec|second|moment|minute|min|mo|bit) (?:and|so|to)\b",
)
"""Someone named as on their own phone, or talking on one, or asked to hang up for the user,
"a sec" or not ("ask her to hang up for a sec so I can ask where she got her bag")."""
_ON_A_LINE = words(
    r"on (?:facetime|a (?:video |phone )?call|the phone|(?:his|her|their) (?:phone|call|mobile))"
)
_INTO_THE_CALL = words(
    r"who (?:he|she|they)(?:'s|'re| is| are)? (?:talk\w*|chatting|speaking|on (?:the phone )?with)"
    r" (?:to|with)?|(?:butt|barge) in\b|(?:hop|jump|butt|barge|cut) in(?:to| on)? (?:the|their"
    r"|his|her) (?:call|facetime|conversation)\b|(?:hop|jump) in and (?:ask|say|chat|talk)\b",
)
"""Who they are talking to asked, or the user hopping into the call ("man on the D train on
facetime, hop in and ask who he talkin to")."""
_QUIETER = words(
    r"(?:turn|keep|bring) (?:it|that|the volume|the sound|(?:his|her|their) (?:voice|volume))"
    r" down|(?:use|put on|wear) (?:\w+ )?(?:headphones|earphones|earbuds)|off speaker|speak"
    r" (?:more )?quietly|(?:be|talk|speak) (?:a (?:bit|little) )?quieter",
)
"""A call asked to be quieter for everyone around: asked of what disturbs others."""


def interrupts_a_call(text: str) -> bool:
    """Whether someone on a call is asked something for the user, not asked to be quieter."""
    on_it = has(ON_A_CALL, text) or (has(_ON_A_LINE, text) and has(_INTO_THE_CALL, text))
    return on_it and not has(_QUIETER, text)
