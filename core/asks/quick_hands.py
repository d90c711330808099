"""A hand a stranger can give in a minute, for a need the user plainly has right there.

"Ask a man at the Total station to help me push my taxi, the battery is dead again", "ask a
young man on the tram to read the small print on my medicine box for me, my glasses are at
home" (or the route board at the taxi rank, for eyes not so good any more), "ask the man next
to me at the game to switch seats so me and my boy can sit together", "ask a tall man in Silpo
to reach sunflower oil from top shelf": the guidebook's small favours
(`core.asks.strangers.SMALL_FAVOUR`), said in other words: a car pushed to start, the print or
a sign read out, a seat switched, a tall shelf reached without an article before the thing.
Each is brief, done where the stranger already stands, and easy to decline.

Where it stops: the push is to start the car, not to take it home or across town ("push my
car all the way home"); the reading is of a label, the print on something or a sign everyone
can see, not the user's letters or forms to fill, nor someone's own phone; a seat switched is
one, not a better seat bought off them; and none of them is a step towards walking the user
home (`GOES_ALONG`). Patterns match the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import words

_VEHICLE = r"(?:car|taxi|cab|van|truck|ute|bakkie|tuk-?tuk|bajaj|keke|motorbike|scooter|boda)"

PATTERNS = (
    rf"push(?:[- ]start)? (?:my|our|the) (?:[\w-]+ )?{_VEHICLE}\b(?! (?:all|home|back|to|up"
    r" (?:the|to)|across|for (?:an?|\d+|the))\b)",
    r"read (?:out )?(?:the|this|that) (?:small |tiny |fine |little )?(?:print|label|writing"
    r"|instructions|expiry date|dosage|dose)\b(?! (?:of|in) (?:my|the) (?:letter|forms?|contract"
    r"|papers|documents|mail|messages))",
    r"read (?:out )?(?:the|this|that) (?:[\w-]+ )?(?:sign|board|timetable|notice|screen|bus number"
    r"|platform number|departure times)\b(?! (?:of|in|on) (?:my|his|her|their)\b)",
    r"(?:switch|swap|change|trade) (?:seats?|places) (?:with (?:me|us) )?so (?:me and|i and"
    r"|my|our|we|i)\b",
    r"reach (?:me |us )?(?:down )?(?:(?:the|a|an|that|this|one|some) )?(?:[\w-]+ ){0,3}?(?:from"
    r"|off|down from) (?:the )?(?:top|high|higher|highest|upper) shel(?:f|ves)",
)
"""A car pushed to start, the print read out, a seat switched to sit together, a shelf
reached."""

GOES_ALONG = words(
    r"(?:walk|drive|take|bring|see|run) (?:me|us) (?:all the way )?(?:home|back (?:home|to (?:my"
    r"|our))|to (?:my|our) (?:house|flat|place|hotel|room|door|street|car))\b",
    r"come (?:back )?(?:home )?with (?:me|us) (?:to|back to) (?:my|our) (?:house|flat|place"
    r"|hotel|room)\b",
)
"""A stranger asked to see the user home or to their door, whatever small favour comes first
("read the sign for me and then walk me home"): more than a minute where they stand."""
