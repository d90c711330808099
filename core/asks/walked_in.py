"""A stranger's home walked into uninvited, for `core.asks.overstepping.GATECRASH`.

"Walk into someone's compound and ask to sit in their hall to watch the Black Stars match",
"stroll into a random family's yard and ask to join their dinner": a home, its yard or its
compound, entered without being asked in, leaves those inside no easy way to say no to
whatever follows; the ask comes after they have already been intruded on. A friend's or
the user's own compound, a shop, a bar, an office or a community hall walked into stay fair:
the shapes need the home of someone the user does not name as known ("someone's", "a
stranger's", "a random family's"). Fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

_ENTERED = (
    r"(?:walk|walks|stroll|wander|barge|march|stride|waltz|go|head|let (?:myself|ourselves))"
    r" (?:straight |right )?in(?:to)?|enter(?: into)?|(?:push|open) (?:the gate|the door) (?:of|to)"
)
"""Going in, in the words people use for it ("walk into", "stroll into", "enter")."""
_NOT_KNOWN = (
    r"(?:someone's|somebody's|some(?:one| guy| man| woman| family| people)'s|a stranger's"
    r"|strangers'|random people's|people's|a random (?:[\w-]+ )?\w+'s|a random)"
)
"""Whose home: someone the user does not know, not a friend's or a neighbour's."""
_HOME = (
    r"(?:compound|house|home|yard|backyard|garden|courtyard|flat|apartment|living room|sitting"
    r" room|lounge|hall|parlour|parlor|porch|veranda|verandah|kitchen|place)"
)

PATTERNS = (rf"(?:{_ENTERED}) {_NOT_KNOWN} (?:[\w-]+ )?{_HOME}\b",)
"""A home, a yard or a compound of someone the user does not know, walked into."""
