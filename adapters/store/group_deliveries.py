"""The `GroupDeliveries` port over SQL: a group challenge's schedules and deliveries, by the
queries `scheduling` writes once for every owner (`group_scheduling.GROUPS`)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select

from adapters.store import delivery_keys, scheduling
from adapters.store.group_scheduling import GROUPS
from adapters.store.schema import group_deliveries
from adapters.store.transactions import Transactions
from core.groups.model import GroupDue


class SqlGroupDeliveries(Transactions):
    async def set_group_schedule(
        self, challenge_id: int, kind: str, due_at: datetime | None
    ) -> None:
        async with self._writing() as connection:
            await scheduling.set_schedule(connection, GROUPS, challenge_id, kind, due_at)

    async def group_schedules(self, challenge_id: int) -> dict[str, datetime]:
        async with self._reading() as connection:
            return await scheduling.schedules_of(connection, GROUPS, challenge_id)

    async def claim_due_groups(
        self, now: datetime, lease_until: datetime, limit: int, platform: str | None = None
    ) -> list[GroupDue]:
        async with self._writing() as connection:
            return await scheduling.claim_due(connection, GROUPS, now, lease_until, limit, platform)

    async def begin_group_delivery(
        self,
        challenge_id: int,
        kind: str,
        local_date: date,
        now: datetime,
        stale_before: datetime,
        card_id: str | None = None,
    ) -> bool:
        async with self._writing() as connection:
            return await delivery_keys.begin_delivery(
                connection,
                GROUPS,
                challenge_id,
                kind,
                local_date,
                now,
                stale_before,
                card_id=card_id,
            )

    async def finish_group_delivery(
        self,
        challenge_id: int,
        kind: str,
        local_date: date,
        status: str,
        now: datetime,
        next_due_at: datetime | None,
    ) -> None:
        async with self._writing() as connection:
            await delivery_keys.finish_delivery(
                connection, GROUPS, challenge_id, kind, local_date, status, now, next_due_at
            )

    async def group_cards(self, challenge_id: int) -> dict[date, str]:
        query = select(group_deliveries.c.local_date, group_deliveries.c.card_id).where(
            group_deliveries.c.challenge_id == challenge_id,
            group_deliveries.c.card_id.is_not(None),
        )
        async with self._reading() as connection:
            rows = (await connection.execute(query)).all()
        return {row.local_date: row.card_id for row in rows}
