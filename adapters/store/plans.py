"""The `Plans` and `AdvisorRecords` ports over SQL (see `core.storage.plans`)."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import delete, select

from adapters.store.advisor_schema import advisor_consents, advisor_exchanges, plans
from adapters.store.batches import chunks
from adapters.store.plan_rows import plan_from_row, plan_values
from adapters.store.schema import users
from adapters.store.transactions import Transactions
from core.advisor.plan import Plan


class SqlPlans(Transactions):
    async def plan(self, user_id: int) -> Plan | None:
        async with self._reading() as connection:
            row = (
                (await connection.execute(select(plans).where(plans.c.user_id == user_id)))
                .mappings()
                .first()
            )
        return None if row is None else plan_from_row(row)

    async def plans(self, user_ids: Collection[int]) -> dict[int, Plan]:
        found: dict[int, Plan] = {}
        async with self._reading() as connection:
            for chunk in chunks(sorted(set(user_ids))):
                query = select(plans).where(plans.c.user_id.in_(chunk))
                for row in (await connection.execute(query)).mappings():
                    found[row["user_id"]] = plan_from_row(row)
        return found

    async def save_plan(self, plan: Plan) -> None:
        async with self._writing() as connection:
            exists = select(users.c.id).where(users.c.id == plan.user_id)
            if (await connection.execute(exists)).first() is None:
                return
            await connection.execute(delete(plans).where(plans.c.user_id == plan.user_id))
            await connection.execute(plans.insert().values(**plan_values(plan)))

    async def remove_plan(self, user_id: int) -> bool:
        async with self._writing() as connection:
            result = await connection.execute(delete(plans).where(plans.c.user_id == user_id))
        return bool(result.rowcount)


class SqlAdvisorRecords(Transactions):
    async def advisor_consent(self, user_id: int) -> str | None:
        query = select(advisor_consents.c.host).where(advisor_consents.c.user_id == user_id)
        async with self._reading() as connection:
            return (await connection.execute(query)).scalar_one_or_none()

    async def set_advisor_consent(self, user_id: int, host: str | None, now: datetime) -> None:
        owned = advisor_consents.c.user_id == user_id
        async with self._writing() as connection:
            await connection.execute(delete(advisor_consents).where(owned))
            exists = select(users.c.id).where(users.c.id == user_id)
            if host is not None and (await connection.execute(exists)).first() is not None:
                await connection.execute(
                    advisor_consents.insert().values(user_id=user_id, host=host, agreed_at=now)
                )

    async def add_advisor_exchange(
        self, user_id: int, purpose: str, sent: str, received: str, now: datetime
    ) -> None:
        async with self._writing() as connection:
            exists = select(users.c.id).where(users.c.id == user_id)
            if (await connection.execute(exists)).first() is None:
                return
            await connection.execute(
                advisor_exchanges.insert().values(
                    user_id=user_id, purpose=purpose, sent=sent, received=received, created_at=now
                )
            )
