"""The personal plan's flow: its interview's states and its buttons (core/engine/plan.py)."""

from __future__ import annotations

from core.engine import advisor, plan, talk
from core.engine import payloads as p
from core.engine.flows.base import ButtonKind, Flow

FLOW = Flow(
    name="plan",
    states=plan.STATES,
    text=plan.answer,
    buttons=(
        ButtonKind(p.PLAN, plan.button),
        ButtonKind(p.ADVISOR, advisor.button),
        ButtonKind(p.TALK, talk.button),
    ),
)
