"""A hand a stranger can give in a minute, for a need the user plainly has right there.

"Ask a man at the Total station to help me push my taxi, the battery is dead again", "ask a
young man on the tram to read the small print on my medicine box for me, my glasses are at
home", "ask the man next to me at the game to switch seats so me and my boy can sit together",
"ask a tall man in Silpo to reach sunflower oil from top shelf": the guidebook's small
favours (`core.asks.strangers.SMALL_FAVOUR`), said in other words: a car pushed to start, the
print read out, a seat switched, a tall shelf reached without an article before the thing.
Each is brief, done where the stranger already stands, and easy to decline.

Where it stops: the push is to start the car, not to take it home or across town ("push my
car all the way home"); the reading is of a label or the print on something, not the user's
letters or forms to fill; a seat switched is one, not a better seat bought off them. Patterns
match the normal form of `core.asks.text`.
"""

from __future__ import annotations

_VEHICLE = r"(?:car|taxi|cab|van|truck|ute|bakkie|tuk-?tuk|bajaj|keke|motorbike|scooter|boda)"

PATTERNS = (
    rf"push(?:[- ]start)? (?:my|our|the) (?:[\w-]+ )?{_VEHICLE}\b(?! (?:all|home|back|to|up"
    r" (?:the|to)|across|for (?:an?|\d+|the))\b)",
    r"read (?:out )?(?:the|this|that) (?:small |tiny |fine |little )?(?:print|label|writing"
    r"|instructions|expiry date|dosage|dose)\b(?! (?:of|in) (?:my|the) (?:letter|forms?|contract"
    r"|papers|documents|mail|messages))",
    r"(?:switch|swap|change|trade) (?:seats?|places) (?:with (?:me|us) )?so (?:me and|i and"
    r"|my|our|we|i)\b",
    r"reach (?:me |us )?(?:down )?(?:(?:the|a|an|that|this|one|some) )?(?:[\w-]+ ){0,3}?(?:from"
    r"|off|down from) (?:the )?(?:top|high|higher|highest|upper) shel(?:f|ves)",
)
"""A car pushed to start, the print read out, a seat switched to sit together, a shelf
reached."""
