"""The parents of a group's children, asked by the group's own leader.

"As youth leader, ask the parents to sign the consent forms", "as scout leader, ask the parents
to drive the kids to camp": the parents know the user through their children's group, so they
are acquaintances, not strangers stopped in the street and asked for more than a moment. Only
with the user's group title said (`core.asks.spoken_for.GROUP_TITLE`): "ask the parents at the
park to watch my bag" still asks strangers, and the user's own gain asked of them
(`core.asks.spoken_for.FOR_MYSELF`) leaves them read as the words named them. A reading for
`core.asks.described`.
"""

from __future__ import annotations

import re

from core.asks.asked import Asked
from core.asks.roles import Who
from core.asks.spoken_for import FOR_MYSELF, GROUP_TITLE, THEIR_PARENTS

_ANY_GROUP_TITLE = re.compile(r"\b" + GROUP_TITLE.pattern.removesuffix("$") + r"\b")


def parents_of_the_group(text: str, asked: Asked) -> Asked | None:
    """The parents asked by a youth leader, a captain or a class rep, as acquaintances."""
    if asked.who is not Who.STRANGER or THEIR_PARENTS.match(asked.named_as) is None:
        return None
    if _ANY_GROUP_TITLE.search(text) is None or FOR_MYSELF.search(text) is not None:
        return None
    return Asked(Who.ACQUAINTANCE, asked.named_as, asked.as_object)
