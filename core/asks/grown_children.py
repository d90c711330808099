"""The user's son or daughter spoken of as a grown-up: family, not a child in their care.

"Ask my daughter to lend me her car", "ask my son if I can stay at his flat for the weekend",
"ask my daughter whether her husband could help with the move": the role lexicons read "my
daughter" as a child, and anything but help or a hug asked of one's own child is read as
power (a car lent as valuables). A son or daughter with a car, a home, a spouse or a business
of their own is an adult, who can say no to a parent as any relative can: family. Only the
user's own son or daughter named with "my" or "our" is read, and only when the grown-up's thing
is said of them ("her car", "his flat"), not of someone else in the ask. Fragments over the
normal form of `core.asks.text`.
"""

from __future__ import annotations

import re

from core.asks.asked import Asked
from core.asks.roles import Who

_MY_CHILD = re.compile(
    r"^(?:my|our) (?:(?:eldest|oldest|youngest|older|younger|grown(?:-up)?|adult|big) )?(?:son"
    r"|daughter|boy|girl|kid|child|stepson|stepdaughter)$"
)
_GROWN = re.compile(
    r"\b(?:her|his|their) (?:own |new |old )?(?:car|van|truck|ute|pickup|motorbike|motorcycle"
    r"|flat|apartment|house|condo|husband|wife|fianc[eé]e?|mortgage|business|company|shop"
    r"|restaurant|salon|firm)\b"
)
"""A grown-up's own things said of the one asked ("her car", "his flat", "her husband")."""


def a_grown_child(text: str, asked: Asked) -> Asked | None:
    """The user's own son or daughter spoken of with a grown-up's things, as family; else None.
    `text` is in normal form."""
    if asked.who is not Who.CHILD or not _MY_CHILD.match(asked.named_as):
        return None
    at = text.find(asked.named_as)
    found = _GROWN.search(text, at + len(asked.named_as)) if at >= 0 else None
    if found is None or found.start() - (at + len(asked.named_as)) > 60:
        return None
    return Asked(Who.FAMILY, asked.named_as, True)
