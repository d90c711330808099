"""What happens when several callers, or several processes, use the store at once.

"Processes" are separate stores with their own engines and pools: as far as the database can
tell, separate clients. Each test is bounded: a fixed number of callers and rows, and a timeout
wherever something could wait.
"""

from __future__ import annotations

import asyncio
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from adapters.store.schema import schedules
from adapters.store.sql_store import SqlStore
from tests.memory import MemoryStore
from tests.storage.support import T0, begin_one

DAY = date(2025, 3, 10)
LEASE = timedelta(minutes=5)


async def _due_users(store, count: int) -> set[int]:
    """`count` users with a card due at T0, all added in one transaction for speed."""
    ids = set()
    for n in range(count):
        ids.add((await store.create_user("telegram", str(n), str(n), T0)).id)
    if isinstance(store, MemoryStore):
        await store.user_schedules.schedule_many([(i, "card", T0) for i in ids])
        return ids
    async with store.engine.begin() as connection:
        await connection.execute(
            schedules.insert(), [{"user_id": i, "kind": "card", "next_due_at": T0} for i in ids]
        )
    return ids


async def _claim_until_empty(store, batch: int) -> list[int]:
    claimed: list[int] = []
    while due := await store.user_schedules.claim_due(T0, T0 + LEASE, batch):
        claimed.extend(item.user_id for item in due)
    return claimed


async def test_ten_callers_racing_to_begin_a_delivery_let_exactly_one_win(store):
    user = (await store.create_user("telegram", "1", "1", T0)).id

    results = await asyncio.wait_for(
        asyncio.gather(
            *(begin_one(store.user_schedules, user, "card", DAY, T0, T0 - LEASE) for _ in range(10))
        ),
        timeout=30,
    )

    assert sorted(results) == [False] * 9 + [True]


async def test_ten_callers_racing_to_take_over_a_stale_claim_let_exactly_one_win(store):
    user = (await store.create_user("telegram", "1", "1", T0)).id
    await begin_one(store.user_schedules, user, "card", DAY, T0, T0 - LEASE)
    later = T0 + timedelta(hours=1)

    results = await asyncio.wait_for(
        asyncio.gather(
            *(begin_one(store.user_schedules, user, "card", DAY, later, later) for _ in range(10))
        ),
        timeout=30,
    )

    assert sorted(results) == [False] * 9 + [True]


@pytest.mark.sql
async def test_two_processes_claiming_200_rows_never_share_one_and_miss_none(
    migrated_url, store, report
):
    due = await _due_users(store, 200)
    other = SqlStore.from_url(migrated_url)
    try:
        mine, theirs = await asyncio.wait_for(
            asyncio.gather(_claim_until_empty(store, 7), _claim_until_empty(other, 7)),
            timeout=60,
        )
    finally:
        await other.close()

    assert not set(mine) & set(theirs)
    assert len(mine) + len(theirs) == 200
    assert set(mine) | set(theirs) == due
    report(f"storage [{store.engine.dialect.name}]: 200 due rows split {len(mine)}/{len(theirs)}")


async def test_many_claimers_in_one_process_never_share_a_row(store):
    due = await _due_users(store, 60)

    batches = await asyncio.wait_for(
        asyncio.gather(*(_claim_until_empty(store, 4) for _ in range(8))), timeout=60
    )

    claimed = [user for batch in batches for user in batch]
    assert sorted(claimed) == sorted(due)


@pytest.mark.postgres
async def test_a_claim_skips_rows_another_process_holds_instead_of_waiting(postgres_store):
    store = postgres_store
    due = await _due_users(store, 4)
    held = sorted(due)[:2]
    async with store.engine.connect() as holder:
        transaction = await holder.begin()
        # Another process is mid-claim on two rows and has not committed yet.
        await holder.execute(
            select(schedules.c.user_id).where(schedules.c.user_id.in_(held)).with_for_update()
        )

        claimed = await asyncio.wait_for(
            store.user_schedules.claim_due(T0, T0 + LEASE, 10), timeout=5
        )

        await transaction.rollback()

    assert sorted(item.user_id for item in claimed) == sorted(due - set(held))


async def test_many_writers_at_once_queue_instead_of_failing(store):
    user = (await store.create_user("telegram", "1", "1", T0)).id

    async def write(n: int) -> None:
        attempt = await store.add_attempt(user, f"c{n}", 1, "everyday", DAY, T0)
        await store.user_schedules.schedule(user, f"kind{n % 3}", T0 + timedelta(minutes=n))
        await store.add_reflection(user, attempt.id, "hope", str(n), T0)

    await asyncio.wait_for(asyncio.gather(*(write(n) for n in range(20))), timeout=60)

    assert len(await store.attempts(user)) == 20
    assert len(await store.reflections(user)) == 20
    assert set(await store.user_schedules.scheduled(user)) == {"kind0", "kind1", "kind2"}
