"""Schedules and deliveries in memory, written once for both owners (users, group challenges).

The rules are those of `adapters.store.scheduling`: a claim moves a due row's time to a
lease; a delivery key (owner, kind, local date) is begun by exactly one caller, or taken
over once its claim is stale; finishing records the end and moves or removes the schedule
but never brings back one removed meanwhile; an owner that is gone gets no rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from tests.memory.tables import DeliveryKey, Scheduled, Tables, utc

CLAIMED = "claimed"
FINISHED = frozenset({"sent", "skipped", "failed"})

DueT = TypeVar("DueT")


class OwnerSchedules(Generic[DueT]):
    """One owner kind's schedules: `exists` and `platform_of` say what SQL's joins say."""

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
        self.scheduled = scheduled
        self.exists = exists
        self.platform_of = platform_of
        self.due = due
        self.id_table = id_table

    def put(self, owner_id: int, kind: str, due_at: datetime | None) -> None:
        if due_at is None:
            self.scheduled.schedules.pop((owner_id, kind), None)
        elif self.exists(owner_id):
            self.scheduled.schedules[owner_id, kind] = utc(due_at)

    def of(self, owner_id: int) -> dict[str, datetime]:
        return {k: at for (o, k), at in self.scheduled.schedules.items() if o == owner_id}

    def claim(
        self, now: datetime, lease_until: datetime, limit: int, platform: str | None
    ) -> list[DueT]:
        if limit < 1:
            raise ValueError(f"limit must be at least 1, got {limit}")
        if lease_until <= now:
            raise ValueError("the lease must end after now, or the claimed rows stay due")
        due = sorted(
            (at, key)
            for key, at in self.scheduled.schedules.items()
            if at <= now and (platform is None or self.platform_of(key[0]) == platform)
        )[:limit]
        for _at, key in due:
            self.scheduled.schedules[key] = utc(lease_until)
        return [self.due(owner_id, kind, at) for at, (owner_id, kind) in due]

    def begin(
        self,
        keys: Sequence[DeliveryKey],
        now: datetime,
        stale_before: datetime,
        **extra: Any,
    ) -> set[DeliveryKey]:
        held: set[DeliveryKey] = set()
        for key in keys:
            if not self.exists(key[0]):
                continue
            row = self.scheduled.deliveries.get(key)
            if row is None:
                self.scheduled.deliveries[key] = self._row(key, CLAIMED, now, None, extra)
                held.add(key)
            elif row["status"] == CLAIMED and row["claimed_at"] < stale_before:
                row["claimed_at"] = utc(now)
                held.add(key)
        return held

    def finish(
        self, finished: Sequence[tuple[DeliveryKey, str, datetime | None]], now: datetime
    ) -> None:
        unknown = {status for _key, status, _next in finished} - FINISHED
        if unknown:
            raise ValueError(f"a delivery finishes as one of {sorted(FINISHED)}, not {unknown}")
        for key, status, next_due in finished:
            if not self.exists(key[0]):
                continue
            row = self.scheduled.deliveries.get(key)
            if row is None:
                self.scheduled.deliveries[key] = self._row(key, status, now, now, {})
            else:
                row.update(status=status, finished_at=utc(now))
            schedule = (key[0], key[1])
            if next_due is None:
                self.scheduled.schedules.pop(schedule, None)
            elif schedule in self.scheduled.schedules:
                self.scheduled.schedules[schedule] = utc(next_due)

    def release(self, key: DeliveryKey, claimed_at: datetime, retry_at: datetime) -> None:
        row = self.scheduled.deliveries.get(key)
        if row is not None and row["status"] == CLAIMED and row["claimed_at"] <= utc(claimed_at):
            del self.scheduled.deliveries[key]
        schedule = (key[0], key[1])
        if schedule in self.scheduled.schedules:
            self.scheduled.schedules[schedule] = utc(retry_at)

    def forget(self, owner_id: int) -> None:
        """Every schedule and delivery of an owner that is gone."""
        for key in [k for k in self.scheduled.schedules if k[0] == owner_id]:
            del self.scheduled.schedules[key]
        for dkey in [k for k in self.scheduled.deliveries if k[0] == owner_id]:
            del self.scheduled.deliveries[dkey]

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


def delivery_key(owner_id: int, kind: str, local_date: date) -> DeliveryKey:
    return (owner_id, kind, local_date)
