"""The send budget on PostgreSQL: processes reserving slots at once are given slots that
follow each other, never the same ones. Times are the database's own clock."""

from __future__ import annotations

import asyncio

import pytest

from adapters.store.budget import PostgresSendBudget
from adapters.store.migrate import upgrade
from adapters.store.sql_store import SqlStore
from tests import postgres

pytestmark = [pytest.mark.postgres]


async def test_concurrent_reservations_get_consecutive_slots() -> None:
    url = await postgres.new_database()
    await postgres.empty(url)
    await upgrade(url)
    stores = [SqlStore.from_url(url) for _ in range(3)]
    try:
        budgets = [PostgresSendBudget(store.engine) for store in stores]
        waits = await asyncio.gather(*(b.reserve("telegram", 10, 1.0) for b in budgets))
        later = await budgets[0].reserve("telegram", 10, 1.0)
    finally:
        for store in stores:
            await store.close()

    # Each reservation is 10 slots at 1 a second, so 10 s: the three concurrent ones start
    # 0, 10 and 20 s out (whichever got the row lock first), the next 30 s out.
    assert sorted(round(wait) for wait in waits) == [0, 10, 20]
    assert round(later) == 30


async def test_sqlite_needs_no_shared_budget(tmp_path) -> None:
    store = SqlStore.from_url(f"sqlite+aiosqlite:///{tmp_path / 'a.db'}")
    try:
        with pytest.raises(ValueError, match="PostgreSQL"):
            PostgresSendBudget(store.engine)
    finally:
        await store.close()
