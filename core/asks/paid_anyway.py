"""Someone's paid time claimed for the user's own errand, because "they're paid anyway".

"Ask Maxime my baker to come early saturday to help me move my condo, he's on salary anyway
tsé", "ask my sec 3 tuition kid to help me queue for the taylor swift presale during our lesson
time, his mum paying anyway haha": the pay is for the bakery's bread or for the boy's lessons,
and the user spends it on their own move or their own queue. The word "anyway" gives the
reason away: the person is asked for work no one pays them for, or the user takes time a family
pays them for, and the one asked is an employee or a pupil who cannot easily refuse.

Each shape needs both the pay given as the excuse and an errand of the user's own (a house
move, a queue for the user's tickets). Fair neighbours stay fair: a tutor
asked to go over the essay again "since mum's paying anyway", the cleaner asked to do the
windows today instead of the oven, the nanny asked to take the kids to the park "she's paid
anyway", an assistant asked to help pack the booth after the expo.
Joined to `core.asks.off_limits.TRADES_ON_POSITION`; fragments over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

_PAID = (
    r"(?:(?:(?:he|she|they)(?:'s|'re| is| are)?|dem|him) (?:on (?:a )?salary|salaried|(?:already )?"
    r"(?:being |getting )?paid(?: for (?:the|his|her|their) (?:time|hours?|day|shift))?) anyway\b"
    r"|(?:his|her|their) (?:mum|mom|mother|dad|father|parents|family|company|boss|employer)"
    r"(?:'s| is| are)? (?:paying|pays|paid)(?: for (?:it|this|that|the \w+))? anyway\b)"
)
"""The pay held up as the reason: "he's on salary anyway", "his mum paying anyway"."""
_MY_ERRAND = (
    r"(?:help(?:s|ing)? (?:me|us) (?:to )?(?:move|queue|line up|camp out)\b(?! (?:the|these"
    r"|those|a|an|some)\b)|move (?:my|our) (?:apartment|flat|house|condo|home|place|stuff"
    r"|furniture)\b|(?:queue|line up|wait in line|camp out) for (?:me|us|my)\b)"
)
"""An errand of the user's own that no job of a baker's, a pupil's or a clerk's holds: a house
move, a queue for the user's tickets. Minding the kids or cleaning the house is a nanny's or a
cleaner's job, paid or not, so it is not read here."""

PATTERNS = (
    rf"{_MY_ERRAND}[^.!?;]{{0,120}}?\b{_PAID}",
    rf"{_PAID}[^.!?;]{{0,120}}?\b{_MY_ERRAND}",
)
"""Errand and excuse in either order; `core.asks.off_limits.TRADES_ON_POSITION` joins them."""
