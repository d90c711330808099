"""A relative's private line asked of their family under a pretext.

"Before checking out, ask the homestay uncle for his daughter's WhatsApp number. Tell him it's
for 'future bookings'": the daughter's own line, asked of her father with a reason the user puts
in quotes themselves. She never gave it, and he hands it over believing a story; the line is the
point, so `core.asks.doorsteps.seeks_their_door` reads it as contact sought round the person.
Each shape needs a relative's line (a daughter's, a son's, a niece's number, WhatsApp or
Instagram) and a reason told to cover it ("tell him it's for ...", "say it's for work"). The
neighbour's daughter's number asked because she babysits, or a son's number asked of the
landlord because he is the plumber, gives a true reason and no cover, and stays fair. Over the
normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

_LINE = (
    r"(?:(?:own |personal |private )?(?:whatsapp|mobile|cell|phone)(?: number| no)?|number|digits"
    r"|insta(?:gram)?|snap(?:chat)?|socials|facebook|fb|ig|tiktok|email|wechat|line id|telegram)"
)
_KIN = (
    r"(?:daughters?|sons?|sisters?|brothers?|nieces?|nephews?|granddaughters?|grandsons?|cousins?"
    r"|girls?|boys?|kids?|wife|husband)"
)

RELATIVES_LINE = words(
    rf"(?:his|her|their|the \w+'s) (?:\w+ )?{_KIN}'s? {_LINE}\b",
    rf"{_LINE} (?:of|for) (?:his|her|their) (?:\w+ )?{_KIN}\b(?!')",
)
"""Someone's relative's own line: "his daughter's WhatsApp number", "the number of her niece"."""

COVER = words(
    r"(?:tell|telling|told|say|saying|said|claim\w*|pretend\w*|make out|act like)(?: (?:him|her"
    r"|them|the \w+))?(?: that)? (?:it's|it is|its|i need it|i want it|it'd be|it would be)"
    r" (?:just |only |purely |strictly )?(?:for|about) ['\"]",
    r"(?:tell|telling|say|saying|claim\w*|pretend\w*|make out|act like)(?: (?:him|her|them"
    r"|the \w+))?(?: that)? (?:it's|it is|its|i need it|i want it) (?:just |only |purely"
    r" |strictly )?for (?:work|business|bookings?|future bookings|reviews?|admin|a survey|the"
    r" records|emergencies|an emergency|my records|next time|the group|school stuff)\b",
)
"""A reason told to cover the ask: in the user's own scare quotes ("it's for 'future
bookings'"), or a business or an emergency named when the line is the point."""


def asked_under_a_pretext(text: str) -> bool:
    """Whether a relative's private line is asked with a cover told for it."""
    return has(RELATIVES_LINE, text) and has(COVER, text)
