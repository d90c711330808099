"""A claim about the user that comes with their own proof, so it is no pretence.

"Tell the bouncer I'm 25 and show my ID": an age said at the door reads as a lie the user
hopes passes unchecked, but one shown on the user's own ID is simply true and checked on
the spot. A borrowed, an old or a fake card is no proof (`core.asks.posing`,
`core.asks.conduct` still read those). The slots read deception on the text with these
spans blanked out. It matches the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import words

_OWN_PROOF = (
    r"my (?:own |real |actual )?(?:id|id card|passport|driving licen[cs]e|driver's licen[cs]e"
    r"|licen[cs]e|birth certificate|proof of age)\b(?! (?:that|which) (?:says|looks|shows)\b)"
)
"""The user's own papers, shown as they are."""

AGE_SHOWN = words(
    rf"(?:say|claim|tell \w+(?: \w+)?) (?:that )?(?:i'm|i am) \d+\b,? (?:and|then|,) (?:i'll )?"
    rf"(?:show|hand over|give|pass|hold up) (?:\w+ )?{_OWN_PROOF}",
)
"""An age said and backed on the spot with the user's own ID."""
