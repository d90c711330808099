"""The setup message's shared-goal and kinds-of-asks rows, and what their buttons change.

Kept apart from `setup` (length, start, time, zone) because these two say what the group
works towards and practises, not when it meets.
"""

from __future__ import annotations

from dataclasses import replace

from core.deck import DOMAINS, domain_label
from core.engine import payloads as p
from core.groups.goal import GOALS
from core.groups.goal import describe as describe_goal
from core.groups.model import GroupChallenge
from core.i18n import _

GOAL_FIELD, KIND_FIELD = "g", "k"
Row = list[tuple[str, str]]


def _mark(label: str, chosen: bool) -> str:
    return f"✓ {label}" if chosen else label


def lines(draft: GroupChallenge) -> str:
    kinds = ", ".join(domain_label(d) for d in draft.domains) or _("every kind")
    return _("• Shared goal: {goal}\n• Kinds of asks: {kinds}").format(
        goal=describe_goal(draft), kinds=kinds
    )


def rows(draft: GroupChallenge) -> list[Row]:
    cid = draft.id
    goals = [(_mark(_("No goal"), draft.goal is None), _button(cid, GOAL_FIELD, "0"))]
    goals += [(_mark(f"🎯 {n}", draft.goal == n), _button(cid, GOAL_FIELD, str(n))) for n in GOALS]
    kinds = [
        (_mark(domain_label(d), d in draft.domains), _button(cid, KIND_FIELD, d)) for d in DOMAINS
    ]
    return [goals, kinds[:3], kinds[3:]]


def _button(cid: int, field: str, value: str) -> str:
    return p.make(p.GROUP_SETUP, cid, f"{field}.{value}")


def press(draft: GroupChallenge, field: str, value: str) -> GroupChallenge | None:
    """The draft after a goal or kind button; None when the button is neither."""
    if field == GOAL_FIELD and value.isdecimal() and (value == "0" or int(value) in GOALS):
        return replace(draft, goal=int(value) or None)
    if field == KIND_FIELD and value in DOMAINS:
        chosen = [d for d in draft.domains if d != value]
        if value not in draft.domains:
            chosen.append(value)
        return replace(draft, domains=tuple(d for d in DOMAINS if d in chosen))
    return None
