"""The `Deliveries` port over SQL: a user's schedules and deliveries, by the queries
`scheduling` writes once for every owner (`scheduling.USERS`).

Every method is one transaction, committed before it returns, unless a unit of work is open
(`transactions`): a batch's claims or records then cost one commit (on SQLite, one fsync).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from adapters.store import delivery_keys, scheduling
from adapters.store.scheduling import USERS
from adapters.store.transactions import Transactions
from core.model import DeliveryKey, Due, Finished


class SqlDeliveries(Transactions):
    async def set_schedule(self, user_id: int, kind: str, due_at: datetime | None) -> None:
        """Sets when `kind` is next due for the user; None removes it."""
        await self.set_schedules([(user_id, kind, due_at)])

    async def set_schedules(self, changes: Sequence[tuple[int, str, datetime | None]]) -> None:
        if not changes:
            return
        async with self._writing() as connection:
            for user_id, kind, due_at in changes:
                await scheduling.set_schedule(connection, USERS, user_id, kind, due_at)

    async def schedules(self, user_id: int) -> dict[str, datetime]:
        async with self._reading() as connection:
            return await scheduling.schedules_of(connection, USERS, user_id)

    async def claim_due(
        self, now: datetime, lease_until: datetime, limit: int, platform: str | None = None
    ) -> list[Due]:
        """Up to `limit` due rows, leased until `lease_until`; each `Due` keeps its due time."""
        async with self._writing() as connection:
            return await scheduling.claim_due(connection, USERS, now, lease_until, limit, platform)

    async def begin_delivery(
        self, user_id: int, kind: str, local_date: date, now: datetime, stale_before: datetime
    ) -> bool:
        """True for exactly one caller per (user, local date, kind), or when a claim went stale."""
        key = DeliveryKey(user_id, kind, local_date)
        return key in await self.begin_deliveries([key], now, stale_before)

    async def begin_deliveries(
        self, keys: Sequence[DeliveryKey], now: datetime, stale_before: datetime
    ) -> set[DeliveryKey]:
        """One transaction for a whole batch: one commit (on SQLite, one fsync) for all."""
        if not keys:
            return set()
        async with self._writing() as connection:
            held = await delivery_keys.begin_deliveries(connection, USERS, keys, now, stale_before)
        return {DeliveryKey(*key) for key in held}

    async def finish_delivery(
        self,
        user_id: int,
        kind: str,
        local_date: date,
        status: str,
        now: datetime,
        next_due_at: datetime | None,
    ) -> None:
        """Records the delivery's end and the next due time together; see `scheduling`."""
        key = DeliveryKey(user_id, kind, local_date)
        await self.finish_deliveries([Finished(key, status, next_due_at)], now)

    async def finish_deliveries(self, finished: Sequence[Finished], now: datetime) -> None:
        if not finished:
            return
        rows = [(one.key, one.status, one.next_due_at) for one in finished]
        async with self._writing() as connection:
            await delivery_keys.finish_deliveries(connection, USERS, rows, now)

    async def release_delivery(
        self, user_id: int, kind: str, local_date: date, claimed_at: datetime, retry_at: datetime
    ) -> None:
        async with self._writing() as connection:
            await delivery_keys.release_delivery(
                connection, USERS, (user_id, kind, local_date), claimed_at, retry_at
            )
