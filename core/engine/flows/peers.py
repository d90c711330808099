"""Flows of practising with others: the alias a member types for a group's board."""

from __future__ import annotations

from core.engine.flows.base import Flow
from core.groups import appearance

BOARD_ALIAS = Flow(
    name="board alias",
    states=frozenset({appearance.ALIAS_STATE}),
    text=appearance.alias_text,
)
