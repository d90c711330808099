"""The Store contract for schedules, claims and deliveries, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select, text

from adapters.store.scheduling import USERS, due_query
from adapters.store.schema import deliveries
from core.model import DeliveryKey, Due
from tests.memory import MemoryStore
from tests.storage.support import T0, begin_one, finish_one

DAY = date(2025, 3, 10)
LEASE = timedelta(minutes=5)
STALE = timedelta(minutes=10)


async def _users(store, count: int) -> list[int]:
    return [(await store.create_user("telegram", str(n), str(n), T0)).id for n in range(count)]


async def _delivery(store, user_id: int, kind: str = "card", day: date = DAY):
    if isinstance(store, MemoryStore):
        return store.t.user_schedule.deliveries.get((user_id, kind, day))
    query = select(deliveries).where(
        deliveries.c.user_id == user_id, deliveries.c.kind == kind, deliveries.c.local_date == day
    )
    async with store.engine.connect() as connection:
        return (await connection.execute(query)).mappings().one_or_none()


# schedules


async def test_setting_a_schedule_again_moves_it_and_none_removes_it(store):
    user, other = await _users(store, 2)
    await store.user_schedules.schedule(user, "card", T0)
    await store.user_schedules.schedule(user, "evening", T0 + timedelta(hours=12))
    await store.user_schedules.schedule(other, "card", T0)

    await store.user_schedules.schedule(user, "card", T0 + timedelta(days=1))
    moved = await store.user_schedules.scheduled(user)
    await store.user_schedules.schedule(user, "evening", None)
    await store.user_schedules.schedule(user, "weekly", None)  # nothing to remove: harmless

    assert moved == {"card": T0 + timedelta(days=1), "evening": T0 + timedelta(hours=12)}
    assert await store.user_schedules.scheduled(user) == {"card": T0 + timedelta(days=1)}
    assert await store.user_schedules.scheduled(other) == {"card": T0}
    assert all(due.tzinfo is not None for due in moved.values())


async def test_a_schedule_for_a_deleted_user_is_not_created(store):
    (user,) = await _users(store, 1)
    await store.delete_user(user)

    await store.user_schedules.schedule(user, "card", T0)

    assert await store.user_schedules.scheduled(user) == {}


# claims


async def test_claiming_takes_only_due_rows_earliest_first_and_leases_them(store):
    a, b, c = await _users(store, 3)
    await store.user_schedules.schedule(a, "card", T0 - timedelta(minutes=1))
    await store.user_schedules.schedule(b, "card", T0 - timedelta(hours=2))
    await store.user_schedules.schedule(c, "card", T0 + timedelta(seconds=1))
    await store.user_schedules.schedule(a, "evening", T0)

    claimed = await store.user_schedules.claim_due(T0, T0 + LEASE, limit=10)

    assert claimed == [
        Due(b, "card", T0 - timedelta(hours=2)),
        Due(a, "card", T0 - timedelta(minutes=1)),
        Due(a, "evening", T0),
    ]
    assert await store.user_schedules.scheduled(a) == {"card": T0 + LEASE, "evening": T0 + LEASE}
    assert await store.user_schedules.scheduled(c) == {"card": T0 + timedelta(seconds=1)}
    assert await store.user_schedules.claim_due(T0, T0 + LEASE, limit=10) == []


async def test_claiming_respects_the_limit_and_leaves_the_rest_for_the_next_tick(store):
    users = await _users(store, 5)
    for offset, user in enumerate(users):
        await store.user_schedules.schedule(user, "card", T0 - timedelta(minutes=10 - offset))

    first = await store.user_schedules.claim_due(T0, T0 + LEASE, limit=3)
    second = await store.user_schedules.claim_due(T0, T0 + LEASE, limit=3)

    assert [due.user_id for due in first] == users[:3]
    assert [due.user_id for due in second] == users[3:]


async def test_a_lease_that_runs_out_makes_the_row_due_again(store):
    (user,) = await _users(store, 1)
    await store.user_schedules.schedule(user, "card", T0)
    await store.user_schedules.claim_due(T0, T0 + LEASE, limit=10)

    before_the_end = await store.user_schedules.claim_due(
        T0 + LEASE - timedelta(seconds=1), T0 + 2 * LEASE, 10
    )
    after_the_end = await store.user_schedules.claim_due(T0 + LEASE, T0 + 2 * LEASE, limit=10)

    assert before_the_end == []
    assert after_the_end == [Due(user, "card", T0 + LEASE)]


@pytest.mark.parametrize(("lease", "limit"), [(LEASE, 0), (timedelta(0), 10)])
async def test_a_claim_that_could_not_work_is_refused(store, lease, limit):
    with pytest.raises(ValueError):
        await store.user_schedules.claim_due(T0, T0 + lease, limit)


@pytest.mark.sql
async def test_the_claim_reads_schedules_through_the_due_index(store):
    dialect = store.engine.dialect
    query = due_query(USERS, dialect.name, T0, 100)
    sql = str(query.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))

    async with store.engine.begin() as connection:
        if dialect.name == "postgresql":
            # With a handful of rows a sequential scan is cheaper; ask whether the index can serve.
            await connection.execute(text("SET LOCAL enable_seqscan = off"))
            plan = (await connection.exec_driver_sql(f"EXPLAIN {sql}")).scalars().all()
        else:
            plan = [
                row[-1] for row in await connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")
            ]

    assert any("ix_schedules_next_due_at" in line for line in plan), plan
    if dialect.name == "postgresql":
        assert "SKIP LOCKED" in sql


# deliveries


async def test_a_delivery_is_begun_once_a_day_per_kind(store):
    (user,) = await _users(store, 1)

    first = await begin_one(store.user_schedules, user, "card", DAY, T0, T0 - STALE)
    again = await begin_one(
        store.user_schedules, user, "card", DAY, T0 + timedelta(seconds=30), T0 - STALE
    )
    other_kind = await begin_one(store.user_schedules, user, "evening", DAY, T0, T0 - STALE)
    next_day = await begin_one(
        store.user_schedules, user, "card", DAY + timedelta(days=1), T0, T0 - STALE
    )

    assert (first, again, other_kind, next_day) == (True, False, True, True)
    row = await _delivery(store, user)
    assert (row["status"], row["claimed_at"], row["finished_at"]) == ("claimed", T0, None)


async def test_a_claim_left_by_a_crash_is_taken_over_once_it_is_stale(store):
    (user,) = await _users(store, 1)
    await begin_one(store.user_schedules, user, "card", DAY, T0, T0 - STALE)
    later = T0 + STALE

    still_fresh = await begin_one(store.user_schedules, user, "card", DAY, later, stale_before=T0)
    taken_over = await begin_one(
        store.user_schedules, user, "card", DAY, later, later - STALE + timedelta(seconds=1)
    )
    taken_again = await begin_one(
        store.user_schedules, user, "card", DAY, later, later - STALE + timedelta(seconds=1)
    )

    assert (still_fresh, taken_over, taken_again) == (False, True, False)
    assert (await _delivery(store, user))["claimed_at"] == later


@pytest.mark.parametrize("status", ["sent", "skipped", "failed"])
async def test_a_finished_delivery_is_never_begun_again(store, status):
    (user,) = await _users(store, 1)
    await begin_one(store.user_schedules, user, "card", DAY, T0, T0 - STALE)
    await finish_one(
        store.user_schedules, user, "card", DAY, status, T0 + timedelta(seconds=2), None
    )

    much_later = T0 + timedelta(days=1)
    assert not await begin_one(store.user_schedules, user, "card", DAY, much_later, much_later)
    assert (await _delivery(store, user))["status"] == status


async def test_beginning_a_delivery_for_a_deleted_user_is_refused(store):
    (user,) = await _users(store, 1)
    await store.delete_user(user)

    assert not await begin_one(store.user_schedules, user, "card", DAY, T0, T0 - STALE)
    assert await _delivery(store, user) is None


async def test_finishing_records_the_end_and_sets_the_next_due_time(store):
    (user,) = await _users(store, 1)
    await store.user_schedules.schedule(user, "card", T0)
    await store.user_schedules.claim_due(T0, T0 + LEASE, limit=1)
    await begin_one(store.user_schedules, user, "card", DAY, T0, T0 - STALE)

    await finish_one(
        store.user_schedules,
        user,
        "card",
        DAY,
        "sent",
        T0 + timedelta(seconds=3),
        T0 + timedelta(days=1),
    )

    row = await _delivery(store, user)
    assert (row["status"], row["claimed_at"], row["finished_at"]) == (
        "sent",
        T0,
        T0 + timedelta(seconds=3),
    )
    assert await store.user_schedules.scheduled(user) == {"card": T0 + timedelta(days=1)}


async def test_finishing_with_no_next_time_removes_the_schedule(store):
    (user,) = await _users(store, 1)
    await store.user_schedules.schedule(user, "weekly", T0)
    await begin_one(store.user_schedules, user, "weekly", DAY, T0, T0 - STALE)

    await finish_one(store.user_schedules, user, "weekly", DAY, "failed", T0, None)

    assert await store.user_schedules.scheduled(user) == {}
    assert (await _delivery(store, user, "weekly"))["status"] == "failed"


async def test_finishing_a_delivery_never_begun_still_records_it(store):
    (user,) = await _users(store, 1)
    await store.user_schedules.schedule(user, "card", T0)

    await finish_one(store.user_schedules, user, "card", DAY, "skipped", T0, T0 + timedelta(days=1))

    row = await _delivery(store, user)
    assert (row["status"], row["claimed_at"], row["finished_at"]) == ("skipped", T0, T0)


async def test_finishing_does_not_bring_back_a_schedule_removed_meanwhile(store):
    (user,) = await _users(store, 1)
    await store.user_schedules.schedule(user, "card", T0)
    await store.user_schedules.claim_due(T0, T0 + LEASE, limit=1)
    await begin_one(store.user_schedules, user, "card", DAY, T0, T0 - STALE)
    await store.user_schedules.schedule(
        user, "card", None
    )  # the user paused while the card was sent

    await finish_one(store.user_schedules, user, "card", DAY, "sent", T0, T0 + timedelta(days=1))

    assert await store.user_schedules.scheduled(user) == {}
    assert (await _delivery(store, user))["status"] == "sent"


async def test_a_delivery_cannot_finish_as_still_claimed(store):
    (user,) = await _users(store, 1)

    with pytest.raises(ValueError):
        await finish_one(store.user_schedules, user, "card", DAY, "claimed", T0, None)


async def test_a_released_claim_may_be_begun_again_at_once_and_comes_due_at_the_retry(store):
    (user,) = await _users(store, 1)
    await store.user_schedules.schedule(user, "card", T0)
    await store.user_schedules.claim_due(T0, T0 + STALE, 10)
    await begin_one(store.user_schedules, user, "card", DAY, T0, T0 - STALE)
    retry_at = T0 + timedelta(seconds=90)

    await store.user_schedules.release([(DeliveryKey(user, "card", DAY), T0)], retry_at)

    assert await _delivery(store, user) is None
    assert await store.user_schedules.scheduled(user) == {"card": retry_at}
    assert await begin_one(
        store.user_schedules, user, "card", DAY, T0 + timedelta(seconds=1), T0 - STALE
    )


async def test_a_stop_releases_many_claims_at_once_and_leaves_one_taken_over(store):
    users = await _users(store, 3)
    for user in users:
        await store.user_schedules.schedule(user, "card", T0)
    await store.user_schedules.claim_due(T0, T0 + STALE, 10)
    for user in users[:2]:
        await begin_one(store.user_schedules, user, "card", DAY, T0, T0 - STALE)
    await begin_one(store.user_schedules, users[2], "card", DAY, T0 + STALE, T0)  # newer

    claims = [(DeliveryKey(user, "card", DAY), T0) for user in users]
    await store.user_schedules.release(claims, T0 + timedelta(seconds=1))

    assert [await _delivery(store, user) for user in users[:2]] == [None, None]
    assert (await _delivery(store, users[2]))["claimed_at"] == T0 + STALE
    for user in users:
        assert await store.user_schedules.scheduled(user) == {"card": T0 + timedelta(seconds=1)}


async def test_releasing_leaves_a_claim_taken_over_since_and_brings_back_no_schedule(store):
    (user,) = await _users(store, 1)
    await begin_one(
        store.user_schedules, user, "card", DAY, T0 + STALE, T0
    )  # someone else's, newer

    await store.user_schedules.release(
        [(DeliveryKey(user, "card", DAY), T0)], T0 + timedelta(seconds=30)
    )

    assert (await _delivery(store, user))["claimed_at"] == T0 + STALE
    assert await store.user_schedules.scheduled(user) == {}
