"""A plan to and from its row (the memory store in tests uses the same, so both export alike)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core.advisor.plan import Goal, Plan, Rung, RungKind


def plan_values(plan: Plan) -> dict[str, Any]:
    return {
        "user_id": plan.user_id,
        "started": plan.started,
        "created_at": plan.created_at,
        "goals": [
            {"text": g.text, "fear": g.fear, "domain": g.domain, "level": g.level}
            for g in plan.goals
        ],
        "rungs": [
            {
                "card_id": r.card_id,
                "kind": r.kind.value,
                "title": r.title,
                "ask": r.ask,
                "domain": r.domain,
                "level": r.level,
                "fear": r.fear,
            }
            for r in plan.rungs
        ],
    }


def plan_from_row(row: Mapping[Any, Any]) -> Plan:
    return Plan(
        user_id=row["user_id"],
        started=row["started"],
        created_at=row["created_at"],
        goals=tuple(
            Goal(str(g["text"]), int(g["fear"]), str(g["domain"]), int(g["level"]))
            for g in row["goals"]
        ),
        rungs=tuple(
            Rung(
                str(r["card_id"]),
                RungKind(r["kind"]),
                str(r["title"]),
                str(r["ask"]),
                str(r["domain"]),
                int(r["level"]),
                int(r["fear"]),
            )
            for r in row["rungs"]
        ),
    )
