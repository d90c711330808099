"""A plan and the advisor's records, for storage tests that want a row in every table."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from core.advisor.plan import Goal, Plan, Rung, RungKind


def a_plan(user_id: int, at: datetime) -> Plan:
    goal = Goal("Ask my manager to let me lead a project", 8, "work", 5)
    rungs = (
        Rung("work-001", RungKind.CARD, "A card", "Ask a thing.", "work", 1, 1),
        Rung("plan-1-1", RungKind.GOAL, goal.text, goal.text, "work", 5, 8),
    )
    return Plan(user_id, date(2025, 3, 10), at, (goal,), rungs)


async def give_advisor_rows(store: Any, user_id: int, at: datetime) -> None:
    await store.save_plan(a_plan(user_id, at))
    await store.set_advisor_consent(user_id, "127.0.0.1", at)
    await store.add_advisor_exchange(user_id, "plan", "sent words", "received words", at)
