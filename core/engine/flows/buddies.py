"""The buddies' flow: answering an invitation, a side's buttons on its pair, cheers, and
asking for a buddy in a group challenge (core/engine/buddies.py, buddy_news.py,
core/groups/buddies.py)."""

from __future__ import annotations

from core.engine import buddies, buddy_news
from core.engine import payloads as p
from core.engine.flows.base import ButtonKind, Flow
from core.groups import buddies as group_buddies
from core.peers.buddies import cheers

FLOW = Flow(
    name="buddies",
    states=frozenset({buddies.ACCEPTING}),
    text=buddies.waiting_text,
    buttons=(
        ButtonKind(p.BUDDY_INVITE, buddies.answer),
        ButtonKind(p.BUDDY, buddies.press),
        ButtonKind(p.BUDDY_CHEER, buddy_news.cheer, values=(0, len(cheers()) - 1)),
        ButtonKind(p.BUDDY_GROUP, group_buddies.press),
    ),
)
