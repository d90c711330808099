"""Reading a challenge's shared goal and kinds of asks as an admin types them:
`goal 500` (or `500 attempts together`), `goal none`, `kinds social work`."""

from __future__ import annotations

import re

from core.deck import DOMAINS
from core.i18n import _

MAX_GOAL = 100_000
_TYPED_GOAL = re.compile(
    r"^(?:goal\s+(\d{1,6}|none|no)|(\d{1,6})\s+(?:asks|attempts)(?:\s+together)?)$",
    re.IGNORECASE,
)


def goal_value(value: str) -> int | str:
    """A goal in attempts (0: none), or why the value is not one."""
    word = value.strip().lower()
    if word in ("none", "no", "0"):
        return 0
    if not word.isdecimal() or len(word) > 6:
        return _("The shared goal is a number of attempts together, like 500, or none.")
    number = int(word)
    if not 1 <= number <= MAX_GOAL:
        return _("A shared goal is 1 to {high} attempts.").format(high=MAX_GOAL)
    return number


def domains_value(value: str) -> tuple[str, ...] | str:
    words = [w.strip(" ,").lower() for w in value.replace(",", " ").split() if w.strip(" ,")]
    if words in (["all"], ["any"]):
        return ()
    unknown = [w for w in words if w not in DOMAINS]
    if not words or unknown:
        return _("The kinds of asks are some of: {known} (or all).").format(
            known=", ".join(DOMAINS)
        )
    return tuple(dict.fromkeys(words))


def typed_goal(value: str) -> str | None:
    """The goal's words when a goal was typed on its own in reply to the setup message
    ("goal 500", "500 attempts together"); None if the text is not a goal."""
    match = _TYPED_GOAL.match(value)
    if match is None:
        return None
    return match.group(1) or match.group(2)
