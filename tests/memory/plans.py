"""Plans and the advisor's records in memory (see `core.storage.plans`)."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from typing import Any

from adapters.store.plan_rows import plan_values
from core.advisor.plan import Plan
from tests.memory.tables import Tables, utc


class Plans:
    t: Tables

    async def plan(self, user_id: int) -> Plan | None:
        return self.t.plans.get(user_id)

    async def plans(self, user_ids: Collection[int]) -> dict[int, Plan]:
        return {i: self.t.plans[i] for i in set(user_ids) if i in self.t.plans}

    async def save_plan(self, plan: Plan) -> None:
        if plan.user_id in self.t.users:
            self.t.plans[plan.user_id] = plan

    async def remove_plan(self, user_id: int) -> bool:
        return self.t.plans.pop(user_id, None) is not None

    async def advisor_consent(self, user_id: int) -> str | None:
        held = self.t.advisor_consents.get(user_id)
        return None if held is None else held[0]

    async def set_advisor_consent(self, user_id: int, host: str | None, now: datetime) -> None:
        self.t.advisor_consents.pop(user_id, None)
        if host is not None and user_id in self.t.users:
            self.t.advisor_consents[user_id] = (host, utc(now))

    async def add_advisor_exchange(
        self, user_id: int, purpose: str, sent: str, received: str, now: datetime
    ) -> None:
        if user_id in self.t.users:
            number = self.t.next_id("advisor_exchanges")
            self.t.advisor_exchanges[number] = {
                "id": number,
                "user_id": user_id,
                "purpose": purpose,
                "sent": sent,
                "received": received,
                "created_at": utc(now),
            }


def forget_advisor(t: Tables, user_id: int) -> None:
    """The erasure's share of the advisor's records."""
    t.plans.pop(user_id, None)
    t.advisor_consents.pop(user_id, None)
    t.advisor_exchanges = {k: e for k, e in t.advisor_exchanges.items() if e["user_id"] != user_id}


def advisor_rows(t: Tables, user_id: int) -> dict[str, list[dict[str, Any]]]:
    """The export's share, by the SQL table each record would be in."""
    plan = t.plans.get(user_id)
    consent = t.advisor_consents.get(user_id)
    return {
        "plans": [] if plan is None else [plan_values(plan)],
        "advisor_consents": []
        if consent is None
        else [{"user_id": user_id, "host": consent[0], "agreed_at": consent[1]}],
        "advisor_exchanges": [
            e for _n, e in sorted(t.advisor_exchanges.items()) if e["user_id"] == user_id
        ],
    }
