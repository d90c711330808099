"""Selling in a group chat of the people the user knows: friends, a cohort, family, a team.

"Post in my law cohort group chat that I'm selling Herbalife shakes, they're my friends so
they should support me", "sell my brigadeiros in the friends group chat and tag everyone":
the whole group is asked at once, before each other, and saying no to a friend's wares is
what `core.asks.manners.SELL_TO_CLOSE` already reads as being put on the spot. The rules
may find nobody, or a stranger, as the one asked, so the group chat itself is the sign.
Asking the group chat for advice or a lift, or telling it the date of a show, sells
nothing. It matches the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import words

_SELL = (
    r"(?:sell|selling|sells|flog\w*|hawk\w*|pitch\w*|promot\w*|advertis\w*|push(?:ing)?"
    r" (?:my|our)|market(?:ing)? (?:my|our)|take orders|taking orders|orders? for my)"
)
_CHAT = (
    r"(?:group ?chats?|groupchats?|whatsapp groups?|wa groups?|telegram groups?|chat groups?"
    r"|(?:class|family|team|friends|cohort|uni|college|school|work|office|church|gym|squad"
    r"|mums'?|moms'?|parents'?|neighbou?rhood|building) (?:chat|group|whatsapp|slack|discord)"
    r"|discord server)"
)
_IN_THE_CHAT = (
    rf"(?:in|on|to|into|across|over) (?:my|our|the|every|all (?:my|our|the)) (?:[\w'-]+ ){{0,3}}?"
    rf"{_CHAT}\b"
)

SELLS_TO_A_GROUP = words(
    rf"{_SELL}\b[^.!?]{{0,60}}?\b{_IN_THE_CHAT}",
    rf"{_IN_THE_CHAT}[^.!?]{{0,60}}?\b{_SELL}\b",
    rf"{_CHAT}\b[^.!?]{{0,80}}\btag (?:everyone|everybody|all of them|each|them all|every \w+)",
)
"""Wares sold or pitched in a chat of friends, classmates or family, or everyone tagged one
by one in it so they have to answer."""
