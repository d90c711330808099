"""The Store's batch methods, which the morning fan-out uses: each does for many users in
one transaction what the single-user methods do one by one, with the same guarantees."""

from __future__ import annotations

from datetime import date, timedelta

from core.model import AttemptStatus, DeliveryKey, Finished, NewAttempt
from tests.storage.support import T0, begin_one

DAY = date(2025, 3, 10)
STALE = timedelta(minutes=10)


async def _users(store, count: int) -> list[int]:
    return [(await store.create_user("telegram", str(n), str(n), T0)).id for n in range(count)]


async def test_users_are_read_by_id_and_missing_ones_are_left_out(store):
    a, b, c = await _users(store, 3)
    await store.delete_user(b)

    found = await store.users([a, b, c, 9999])

    assert set(found) == {a, c}
    assert found[a] == await store.user(a)


async def test_many_attempts_are_stored_at_once_each_for_its_own_user(store):
    a, b = await _users(store, 2)
    new = [
        NewAttempt(a, "social-001", 1, "social", DAY),
        NewAttempt(b, "work-002", 2, "work", DAY + timedelta(days=1)),
    ]

    made = await store.add_attempts(new, T0)

    assert {(m.user_id, m.card_id, m.level, m.domain, m.local_date) for m in made} == {
        (n.user_id, n.card_id, n.level, n.domain, n.local_date) for n in new
    }
    assert all(m.status is AttemptStatus.OPEN and m.created_at == T0 for m in made)
    for attempt in made:
        assert await store.attempt(attempt.id) == attempt
    assert await store.add_attempts([], T0) == []


async def test_recent_practice_is_read_per_user_from_the_dates_asked(store):
    a, b, quiet = await _users(store, 3)
    old = await store.add_attempt(a, "old", 1, "social", DAY - timedelta(days=30), T0)
    yesterday = await store.add_attempt(a, "yesterday", 1, "social", DAY - timedelta(days=1), T0)
    today = await store.add_attempt(a, "today", 1, "social", DAY, T0)
    await store.add_attempt(a, "too-old", 1, "social", DAY - timedelta(days=61), T0)
    await store.add_rest_day(b, DAY, T0)
    await store.add_rest_day(b, DAY - timedelta(days=2), T0)
    own = await store.add_own_card(b, "Ask for a discount", "Ask the baker.", 2, "money", T0)

    recent = await store.recent([a, b, quiet], since=DAY, given_since=DAY - timedelta(days=60))

    assert recent[a].attempts == (today,)
    assert recent[a].cards_given == (
        (old.local_date, "old"),
        (yesterday.local_date, "yesterday"),
        (DAY, "today"),
    )
    assert recent[b].rest_days == {DAY}
    assert recent[b].own_cards == (own,)
    assert recent[b].attempts == () and recent[a].own_cards == ()
    assert quiet not in recent


async def test_many_schedules_are_set_at_once(store):
    a, b = await _users(store, 2)
    await store.user_schedules.schedule(b, "card", T0)

    await store.user_schedules.schedule_many(
        [(a, "card", T0), (a, "weekly", T0 + STALE), (b, "card", None)]
    )

    assert await store.user_schedules.scheduled(a) == {"card": T0, "weekly": T0 + STALE}
    assert await store.user_schedules.scheduled(b) == {}


async def test_many_deliveries_are_begun_at_once_and_each_only_once(store):
    a, b, c, gone = await _users(store, 4)
    await store.delete_user(gone)
    await begin_one(
        store.user_schedules, b, "card", DAY, T0, T0 - STALE
    )  # someone else's live claim
    await begin_one(
        store.user_schedules, c, "card", DAY, T0 - 2 * STALE, T0 - 3 * STALE
    )  # left by a crash
    keys = [DeliveryKey(user, "card", DAY) for user in (a, b, c, gone)]

    held = await store.user_schedules.begin(keys, T0, T0 - STALE)
    again = await store.user_schedules.begin(keys, T0, T0 - STALE)

    assert held == {DeliveryKey(a, "card", DAY), DeliveryKey(c, "card", DAY)}
    assert again == set()
    assert await store.user_schedules.begin([], T0, T0) == set()


async def test_many_deliveries_are_finished_at_once(store):
    a, b, gone = await _users(store, 3)
    for user in (a, b, gone):
        await store.user_schedules.schedule(user, "card", T0)
        await begin_one(store.user_schedules, user, "card", DAY, T0, T0 - STALE)
    await store.delete_user(gone)
    tomorrow = T0 + timedelta(days=1)

    await store.user_schedules.finish(
        [
            Finished(DeliveryKey(a, "card", DAY), "sent", tomorrow),
            Finished(DeliveryKey(b, "card", DAY), "failed", None),
            Finished(DeliveryKey(gone, "card", DAY), "sent", tomorrow),
        ],
        T0 + STALE,
    )

    assert await store.user_schedules.scheduled(a) == {"card": tomorrow}
    assert await store.user_schedules.scheduled(b) == {}
    assert not await begin_one(store.user_schedules, a, "card", DAY, tomorrow, tomorrow)
    assert not await begin_one(store.user_schedules, b, "card", DAY, tomorrow, tomorrow)
    assert await store.users([gone]) == {}
