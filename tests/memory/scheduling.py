"""Schedules and deliveries in memory, written once for both owners (users, group challenges).

The rules are those of `adapters.store.scheduling`: a claim moves a due row's time to a
lease; a delivery key (owner, kind, local date) is begun by exactly one caller, or taken
over once its claim is stale; finishing records the end and moves or removes the schedule
but never brings back one removed meanwhile; an owner that is gone gets no rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, Generic, TypeVar

from core.model import DeliveryKey, Finished
from tests.memory.tables import Scheduled, Tables, utc

CLAIMED = "claimed"
FINISHED = frozenset({"sent", "skipped", "failed"})

DueT = TypeVar("DueT")


class OwnerSchedules(Generic[DueT]):
    """The `Schedules` port for one owner kind: `exists` and `platform_of` say what SQL's
    joins say."""

    def __init__(
        self,
        tables: Tables,
        scheduled: Scheduled,
        exists: Callable[[int], bool],
        platform_of: Callable[[int], str | None],
        due: Callable[[int, str, datetime], DueT],
        id_table: str,
    ) -> None:
        self.tables = tables
        self.rows = scheduled
        self.exists = exists
        self.platform_of = platform_of
        self.due = due
        self.id_table = id_table
        self.claimer: str | None = None
        """The process recorded with each claim (`tests.memory.liveness` sets it)."""

    async def schedule(self, owner_id: int, kind: str, due_at: datetime | None) -> None:
        self.rows.claimed_by.pop((owner_id, kind), None)
        if due_at is None:
            self.rows.schedules.pop((owner_id, kind), None)
        elif self.exists(owner_id):
            self.rows.schedules[owner_id, kind] = utc(due_at)

    async def schedule_many(self, changes: Sequence[tuple[int, str, datetime | None]]) -> None:
        for owner_id, kind, due_at in changes:
            await self.schedule(owner_id, kind, due_at)

    async def scheduled(self, owner_id: int) -> dict[str, datetime]:
        return {k: at for (o, k), at in self.rows.schedules.items() if o == owner_id}

    async def claim_due(
        self, now: datetime, lease_until: datetime, limit: int, platform: str | None = None
    ) -> list[DueT]:
        if limit < 1:
            raise ValueError(f"limit must be at least 1, got {limit}")
        if lease_until <= now:
            raise ValueError("the lease must end after now, or the claimed rows stay due")
        due = sorted(
            (at, key)
            for key, at in self.rows.schedules.items()
            if at <= now and (platform is None or self.platform_of(key[0]) == platform)
        )[:limit]
        for _at, key in due:
            self.rows.schedules[key] = utc(lease_until)
            if self.claimer is not None:
                self.rows.claimed_by[key] = self.claimer
        return [self.due(owner_id, kind, at) for at, (owner_id, kind) in due]

    async def begin(
        self,
        keys: Sequence[DeliveryKey],
        now: datetime,
        stale_before: datetime,
        card_id: str | None = None,
    ) -> set[DeliveryKey]:
        extra: dict[str, Any] = {} if card_id is None else {"card_id": card_id}
        extra["claimed_by"] = self.claimer
        held: set[DeliveryKey] = set()
        for key in keys:
            if not self.exists(key[0]):
                continue
            row = self.rows.deliveries.get(key)
            if row is None:
                self.rows.deliveries[key] = self._row(key, CLAIMED, now, None, extra)
                held.add(key)
            elif row["status"] == CLAIMED and row["claimed_at"] < stale_before:
                row.update(claimed_at=utc(now), claimed_by=self.claimer)
                held.add(key)
        return held

    async def finish(self, finished: Sequence[Finished], now: datetime) -> None:
        unknown = {one.status for one in finished} - FINISHED
        if unknown:
            raise ValueError(f"a delivery finishes as one of {sorted(FINISHED)}, not {unknown}")
        for one in finished:
            key, status, next_due = one.key, one.status, one.next_due_at
            if not self.exists(key[0]):
                continue
            row = self.rows.deliveries.get(key)
            if row is None:
                self.rows.deliveries[key] = self._row(key, status, now, now, {})
            else:
                row.update(status=status, finished_at=utc(now), claimed_by=None)
            schedule = (key[0], key[1])
            self.rows.claimed_by.pop(schedule, None)
            if next_due is None:
                self.rows.schedules.pop(schedule, None)
            elif schedule in self.rows.schedules:
                self.rows.schedules[schedule] = utc(next_due)

    async def release(
        self, claims: Sequence[tuple[DeliveryKey, datetime]], retry_at: datetime
    ) -> None:
        for key, claimed_at in claims:
            row = self.rows.deliveries.get(key)
            if row and row["status"] == CLAIMED and row["claimed_at"] <= utc(claimed_at):
                del self.rows.deliveries[key]
            schedule = (key[0], key[1])
            self.rows.claimed_by.pop(schedule, None)
            if schedule in self.rows.schedules:
                self.rows.schedules[schedule] = utc(retry_at)

    def forget(self, owner_id: int) -> None:
        """Every schedule and delivery of an owner that is gone."""
        for key in [k for k in self.rows.schedules if k[0] == owner_id]:
            del self.rows.schedules[key]
            self.rows.claimed_by.pop(key, None)
        for dkey in [k for k in self.rows.deliveries if k[0] == owner_id]:
            del self.rows.deliveries[dkey]

    def _row(
        self,
        key: DeliveryKey,
        status: str,
        claimed_at: datetime,
        finished_at: datetime | None,
        extra: dict[str, Any],
    ) -> dict[str, Any]:
        return {
            "id": self.tables.next_id(self.id_table),
            "kind": key[1],
            "local_date": key[2],
            "status": status,
            "claimed_at": utc(claimed_at),
            "finished_at": None if finished_at is None else utc(finished_at),
            **extra,
        }
