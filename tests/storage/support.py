"""Values and small queries the storage tests share."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, select

from adapters.store.schema import metadata
from adapters.store.sql_store import SqlStore
from core.model import DeliveryKey, Finished
from tests.memory import MemoryStore
from tests.memory.people import rows_held

# A fixed moment for tests to build on: no test reads the clock.
T0 = datetime(2025, 3, 10, 7, 0, tzinfo=UTC)


async def rows_per_table(store: SqlStore | MemoryStore, user_id: int) -> dict[str, int]:
    """How many rows name `user_id`, in every table that has a `user_id` column."""
    if isinstance(store, MemoryStore):
        held = rows_held(store.t, user_id)
        return {name: len(rows) for name, rows in held.items() if name != "users"}
    counts: dict[str, int] = {}
    async with store.engine.connect() as connection:
        for table in metadata.sorted_tables:
            if "user_id" in table.c:
                query = select(func.count()).select_from(table).where(table.c.user_id == user_id)
                counts[table.name] = int((await connection.execute(query)).scalar_one())
    return counts


async def begin_one(
    schedules: Any,
    owner_id: int,
    kind: str,
    day: date,
    now: datetime,
    stale_before: datetime,
    card_id: str | None = None,
) -> bool:
    """Begin one delivery; True when this caller now holds it."""
    key = DeliveryKey(owner_id, kind, day)
    return key in await schedules.begin([key], now, stale_before, card_id)


async def finish_one(
    schedules: Any,
    owner_id: int,
    kind: str,
    day: date,
    status: str,
    now: datetime,
    next_due_at: datetime | None,
) -> None:
    """Finish one delivery."""
    await schedules.finish([Finished(DeliveryKey(owner_id, kind, day), status, next_due_at)], now)
