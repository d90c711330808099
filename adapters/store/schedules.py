"""The `Schedules` port over SQL, one object per owner (users, group challenges).

The queries are written once, parameterised by an `Owner` (`scheduling.USERS`,
`group_scheduling.GROUPS`); each call is one transaction, or joins the store's unit of work
when one is open (`transactions`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Generic

from adapters.store import delivery_keys, scheduling
from adapters.store.scheduling import DueT, Owner
from adapters.store.transactions import Transactions
from core.model import DeliveryKey, Finished


class SqlSchedules(Generic[DueT]):
    def __init__(self, store: Transactions, owner: Owner[DueT]) -> None:
        self._store = store
        self._owner = owner
        self.claimer: str | None = None
        """The process recorded with each claim (`liveness.SqlLiveness` sets it)."""

    async def schedule(self, owner_id: int, kind: str, due_at: datetime | None) -> None:
        await self.schedule_many([(owner_id, kind, due_at)])

    async def schedule_many(self, changes: Sequence[tuple[int, str, datetime | None]]) -> None:
        if not changes:
            return
        async with self._store._writing() as connection:
            for owner_id, kind, due_at in changes:
                await scheduling.set_schedule(connection, self._owner, owner_id, kind, due_at)

    async def scheduled(self, owner_id: int) -> dict[str, datetime]:
        async with self._store._reading() as connection:
            return await scheduling.schedules_of(connection, self._owner, owner_id)

    async def claim_due(
        self, now: datetime, lease_until: datetime, limit: int, platform: str | None = None
    ) -> list[DueT]:
        owner, claimer = self._owner, self.claimer  # once per batch of the fan-out: one trip
        return await self._store._write_at_once(
            lambda connection: scheduling.claim_due(
                connection, owner, now, lease_until, limit, platform, claimer
            )
        )

    async def begin(
        self,
        keys: Sequence[DeliveryKey],
        now: datetime,
        stale_before: datetime,
        card_id: str | None = None,
    ) -> set[DeliveryKey]:
        """One transaction for a whole batch: one commit (on SQLite, one fsync) for all."""
        if not keys:
            return set()
        extra = {} if card_id is None else {"card_id": card_id}
        if self.claimer is not None:
            extra["claimed_by"] = self.claimer
        owner, wanted = self._owner, list(keys)
        held = await self._store._write_at_once(
            lambda connection: delivery_keys.begin_deliveries(
                connection, owner, wanted, now, stale_before, **extra
            )
        )
        return {DeliveryKey(*key) for key in held}

    async def finish(self, finished: Sequence[Finished], now: datetime) -> None:
        if not finished:
            return
        rows = [(one.key, one.status, one.next_due_at) for one in finished]
        owner = self._owner  # the morning fan-out's hottest write: one trip on SQLite
        await self._store._write_at_once(
            lambda connection: delivery_keys.finish_deliveries(connection, owner, rows, now)
        )

    async def release(
        self, claims: Sequence[tuple[DeliveryKey, datetime]], retry_at: datetime
    ) -> None:
        if not claims:
            return
        async with self._store._writing() as connection:
            for key, claimed_at in claims:
                await delivery_keys.release_delivery(
                    connection, self._owner, key, claimed_at, retry_at
                )
