"""Told not to come again, and going anyway: a no to the user's presence, walked past.

"The agency told me not to go to the client's house again", "my ex's maw said don't come to
hers anymore", "the chef on the port said don't come back to sell him fish", "the owner of the
next estancia told me don't cross his land anymore": someone whose door, kitchen or land it is
has said no to the user turning up there. Beside it the card plans to turn up all the same
("go anyway and ask for my last payment in person", "go round anyway wi the weans", "I go
tomorrow anyway with my cousin's van so he doesn't recognise me", "I go anyway at night"):
a way round that no, whoever said it and whatever the visit is for.

Each shape needs both halves, the no to coming back and "anyway" after it. Fair neighbours
A place that banned or barred the user, got into as a member's guest or on their pass ("the
gym banned me after the argument, so ask a mate to sign me in as his guest"), is the same
road round a no; a guest signed in with no ban named is a member's to bring.

Fair neighbours stay fair: a doctor who said not to come in with a cold, a boss who said don't come
in on the holiday, a friend who said don't come, the party is cancelled, with no "anyway" planned;
"the shop said to come back tomorrow, go anyway today" names no no to the user. `core.asks.
asked_again` reads this into `gets_round_block`; fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

_SAID = r"(?:said|says|say|told (?:me|us)|tells? (?:me|us)|warned (?:me|us)|asked (?:me|us))"
_DONT = r"(?:(?:to )?(?:don't|do not|dont)|not to|never to|to never|no longer to|to stop)"
_COME = (
    r"(?:come|go|set foot|show (?:up|my face|your face)|turn up|call round|call by|drop by"
    r"|cross|step (?:on|onto|into)|visit|coming|going|crossing)"
)
_AGAIN = (
    r"(?:again|anymore|any more|no more|back|round|around|near|on (?:his|her|their) (?:land"
    r"|property|farm|premises)|(?:to|at|in|on|into|near) (?:hers|his|theirs|(?:the |my )?[\w']+'s"
    r" (?:house|place|home|flat|door|shop|land|farm|yard|restaurant|office|property)"
    r"|(?:his|her|their) (?:house|place|home|flat|door|shop|land|farm|yard|restaurant|kitchen"
    r"|office|property|stall|premises)))"
)

TOLD_NOT_TO_COME = words(
    rf"{_SAID}\W{{1,3}}{_DONT} {_COME}\b[^.!?;]{{0,50}}?\b{_AGAIN}\b",
)
"""A no to the user turning up again: "told me not to go to the client's house again",
"said don't come to hers anymore", "say don't come back", "told me don't cross his land
anymore"."""

ANYWAY = words(
    r"(?:go|goes|going|come|coming|turn up|show up|head|drive|walk|pop|call|ring|knock|cross)"
    r"(?: \w+){0,4}? (?:anyway|anyways|regardless|all the same|just the same)\b",
)
"""The visit planned all the same: "go anyway", "go round anyway", "I go tomorrow anyway"."""


_ANOTHER_WAY = (
    r"(?:go|goes|going|come|coming|get|slip|sneak|walk|pop|head|try|use|take)\w*"
    r"(?: in| round| around| over| back)? (?:by|through|via|at|to|in at|round to|round by)?"
    r" ?(?:the |a )?(?:staff|back|side|rear|service|delivery|other|tradesmen's|fire|garden"
    r"|kitchen|loading) (?:gate|door|entrance|way|way in|yard|bay)\b"
)
OTHER_WAY_IN = words(
    rf"(?:[.!?;]|\b(?:but|so|then|instead)\b)[^.!?;]{{0,30}}?\b{_ANOTHER_WAY}",
)
"""The visit planned by another door once the no is said and done, in a sentence or a clause
of the user's own ("... anymore. Tomorrow go by the staff gate"): the same visit by a road
round the no. Told in the same breath which door to use instead ("said don't come to the
front, use the back door") is the owner's own arrangement and stays fair."""


BANNED = words(
    r"(?:banned|barred|kicked out|blacklisted) me\b|(?:i'm|i am|i was|i got|got|been|i've been)"
    r" (?:\w+ )?(?:banned|barred|blacklisted)\b(?! from (?:driving|the road))",
)
"""The user banned or barred by a place ("the gym banned me after the argument", "I got barred
from the pub"); a ban from driving is the court's, and no door."""
GUESTED_IN = words(
    r"(?:sign|sneak|smuggle|get|let)\w* me (?:back )?in\b(?! (?:his|her|their|the|a) (?:car|van"
    r"|truck))|as (?:his|her|their) (?:guest|plus[- ]one)\b|(?:on|with|using|under) (?:his|her"
    r"|their) (?:membership|pass|card|badge|wristband|name)\b",
)
"""Got in by a member: signed in as a guest, on their pass or their name."""


_CUES = ("anyway", "regardless", "the same")
"""Letters the plan needs, looked for first: most asks have none."""
_DOOR_CUES = ("gate", "door", "entrance", "way", "yard", "bay")


def turns_up_anyway(text: str) -> bool:
    """Whether the words report a no to the user coming again and plan to come anyway, or by
    another door."""
    if has(BANNED, text) and has(GUESTED_IN, text):
        return True  # barred by the gym, signed in as a mate's guest: round the ban
    cued = any(cue in text for cue in _CUES)
    if cued and has(TOLD_NOT_TO_COME, text) and has(ANYWAY, text):
        return True
    if not any(cue in text for cue in _DOOR_CUES):
        return False
    told = TOLD_NOT_TO_COME.search(text)
    return told is not None and has(OTHER_WAY_IN, text[told.end() - 1 :])
