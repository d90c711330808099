"""Flows of practising with others: the alias a member types for a group's board, and
notes for the next person (writing one, reporting one)."""

from __future__ import annotations

from core.engine import notes
from core.engine import payloads as p
from core.engine.flows.base import ButtonKind, Flow
from core.groups import appearance

BOARD_ALIAS = Flow(
    name="board alias",
    states=frozenset({appearance.ALIAS_STATE}),
    text=appearance.alias_text,
)
NOTES = Flow(
    name="notes for the next person",
    states=frozenset({notes.WRITING}),
    text=notes.write,
    buttons=(ButtonKind(p.NOTE_REPORT, notes.report),),
)
