"""The user's own place in a group, said before asking someone the group answers to.

"As team captain, ask the coach if we can train later on Friday", "as youth leader, ask the
parents to sign the consent forms", "as class rep, ask the head teacher if we can have a bake
sale": the title says why the user is the one asking, on the group's behalf, of someone above
the group or outside it. The coach, the head teacher, the school office and the parents are
not under a captain, a class rep or a youth leader, so the title gives the user no power over
them. The same title before an ask of the group's own members ("ask the younger players to
carry my kit home", "ask my teammates", "ask the boys to clear my garden") still reads as power
(`core.asks.power.SUBORDINATE`, read in `core.asks.asked`). Over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

import re

from core.asks.roles import NO_POWER_OVER, Who

CAPTAINS = r"class rep|prefect|head (?:boy|girl)|(?:team |club )?captain"
GROUP_LEADERS = (
    r"(?:youth|scout|troop|cub|guide|brownie|camp|sunday school|church|choir|cell group|bible"
    r" study) (?:leader|master|pastor|counsel+or|director|coordinator)"
)
"""Titles held in a class, a team or a youth group, which `core.asks.power.SUBORDINATE` reads
as power over the group's members."""
GROUP_TITLE = re.compile(rf"(?:as|i'm|i am) (?:the |our )?(?:{CAPTAINS}|{GROUP_LEADERS})$")
"""A title the user holds in a class, a team or a youth group, as the power words found it:
not "as their coach" or "as shift manager", which are over whoever they name."""

_ABOVE_THE_GROUP = NO_POWER_OVER | {Who.STAFF}
"""Whoever a group's own leader answers to or speaks for it to: its coach, its teachers and
its staff, an office, the leader's own family or manager."""
THEIR_PARENTS = re.compile(
    r"^(?:the|their|our|my|all the) (?:other |kids'? |players'? |scouts'? |children's )?"
    r"(?:parents|mums and dads|moms and dads|parents and carers|carers)$"
)
"""The parents of the group's children, who answer for them and are no member under it
(`core.asks.group_parents` reads them as acquaintances)."""

FOR_MYSELF = re.compile(
    r"\b(?:(?:pay|lend|give|send|transfer|tip|buy) (?:me|us)\b|for me\b|(?:their|her|his)"
    r" (?:own |private |personal |phone )?numbers?\b|out for\b|on a date\b|(?:a|for) drinks?\b)"
)
"""The user's own gain asked of the group's parents (money to the user, a private number, a
drink): the leader's hold on their children's place is still there."""


def speaks_for_the_group(text: str, power: str, who: Who, named_as: str) -> bool:
    """Whether the power words are only the user's own group title (`GROUP_TITLE`) and the
    person asked stands above the group or outside it: its parents only for the group's
    business, not for the user's own (`FOR_MYSELF`)."""
    if GROUP_TITLE.match(power) is None:
        return False
    if who in _ABOVE_THE_GROUP:
        return True
    return THEIR_PARENTS.match(named_as) is not None and FOR_MYSELF.search(text) is None
