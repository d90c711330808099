"""Button payloads: short, parseable, and never trusted.

A payload is `kind:target:value` (e.g. `o:1234:n`, "outcome of attempt 1234 is no")
and fits Telegram's 64 bytes. Anything that does not parse is a forged or stale
press and gets a harmless answer; ownership is checked by the handlers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PAYLOAD = re.compile(r"^([a-z]{1,2}):([A-Za-z0-9_-]{1,24})(?::([A-Za-z0-9_:.-]{1,24}))?$")

CONSENT = "c"
AGE = "a"
TIME = "t"
DOMAIN = "d"
STRENGTH = "f"
PREDICT = "p"
SCARY = "s"
OUTCOME = "o"
FELT = "e"
MOOD = "m"
REFLECT = "r"
SWAP = "k"
DELETE = "x"
SETTING = "g"
LEVEL = "l"
NUDGE = "n"
HOME = "h"
CHECK_IN = "ci"
CHALLENGE = "ch"
MY_CARD = "mc"
NEED = "nd"
"""`nd:<o|s>:<need>`: ticking what applies to the user (core/engine/situation.py)."""
PLAN = "pl"
"""`pl:<step>[:<value>]`: the personal plan's interview and view (core/engine/plan.py)."""
ADVISOR = "av"
"""`av:<yes|no>`: consent to the optional language model (core/engine/advisor.py)."""
TALK = "tk"
"""`tk:<attempt>`: "talk it through" after a no (core/engine/talk.py)."""
GROUP_SETUP = "gs"
"""`gs:<challenge>:<field>.<value>`, `gs:<challenge>:go` or `:no`: an admin setting one up."""
GROUP_JOIN = "gj"
GROUP_OUTCOME = "go"
"""`go:<challenge>:<day>-<code>`: a member's answer to the group's card of day `day`."""
GROUP_LEAVE = "gl"
GROUP_SHARE = "gh"
GROUP_STOP = "gx"
NOTE_REPORT = "nr"
"""`nr:<note>`: a reader reports a note for the next person (core/engine/notes.py)."""
GROUP_APPEAR = "ga"
"""`ga:<challenge>:<choose|name|alias|hidden>`: how a member appears on the board."""
BUDDY = "bd"
"""`bd:<pair>:<cheer|end|endy|keep|cancel>`: one side of a buddy pair acting on it."""
BUDDY_INVITE = "bi"
"""`bi:<code>:<y|n>`: the answer to a buddy invitation (the code proves it was seen)."""
BUDDY_CHEER = "bc"
"""`bc:<pair>:<phrase>`: a cheer to one's buddy, one of a fixed set of phrases."""
BUDDY_GROUP = "bg"
"""`bg:<challenge>[:y]`: asking to be paired with another member of a group challenge."""
GROUP_KINDS = frozenset(
    {GROUP_SETUP, GROUP_JOIN, GROUP_OUTCOME, GROUP_LEAVE, GROUP_SHARE, GROUP_STOP, GROUP_APPEAR}
)


@dataclass(frozen=True, slots=True)
class Payload:
    kind: str
    target: str
    value: str = ""

    def number(self) -> int | None:
        """The target as an id, or None when it is not one."""
        return int(self.target) if self.target.isdecimal() and len(self.target) < 12 else None

    def int_value(self, low: int, high: int) -> int | None:
        if not self.value.isdecimal() or len(self.value) > 3:
            return None
        number = int(self.value)
        return number if low <= number <= high else None


def parse(raw: str) -> Payload | None:
    match = _PAYLOAD.match(raw)
    if not match:
        return None
    return Payload(match.group(1), match.group(2), match.group(3) or "")


def make(kind: str, target: object, value: object = "") -> str:
    return f"{kind}:{target}:{value}" if value != "" else f"{kind}:{target}"
