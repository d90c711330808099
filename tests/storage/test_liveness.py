"""Heartbeats and takeover, on every store: a process gone quiet loses its claims at once.

Two processes are two `Liveness` objects over one store (on SQL they would be two stores
over one database; what a claim records is the same).
"""

from __future__ import annotations

from datetime import date, timedelta

from adapters.store.liveness import SqlLiveness
from core.model import Due
from core.storage.liveness import Liveness, Takeover
from tests.memory import MemoryStore
from tests.memory.liveness import Heartbeats, MemoryLiveness
from tests.storage.support import T0, begin_one, finish_one

DAY = date(2025, 3, 10)
LEASE = timedelta(minutes=5)
TIMEOUT = timedelta(seconds=15)


class Processes:
    """Liveness objects over one store; the newest one named is the store's claimer."""

    def __init__(self, store) -> None:
        self.store = store
        self.beats = Heartbeats()

    def start(self) -> Liveness:
        if isinstance(self.store, MemoryStore):
            return MemoryLiveness(self.store, self.beats)
        return SqlLiveness(self.store)


async def _due_users(store, count: int, at=T0) -> list[int]:
    ids = []
    for n in range(count):
        user = await store.create_user("telegram", str(n), str(n), at)
        await store.user_schedules.schedule(user.id, "card", at)
        ids.append(user.id)
    return ids


async def test_a_quiet_process_loses_its_claims_and_the_next_takes_them_at_once(store):
    users = await _due_users(store, 2)
    processes = Processes(store)
    gone = processes.start()
    assert await gone.beat(T0) is False  # registered
    claimed = await store.user_schedules.claim_due(T0, T0 + LEASE, limit=10)
    assert await begin_one(store.user_schedules, users[0], "card", DAY, T0, T0 - LEASE)

    later = T0 + TIMEOUT + timedelta(seconds=1)
    survivor = processes.start()
    await survivor.beat(later)
    taken = await survivor.take_over(later, later - TIMEOUT)

    assert len(claimed) == 2
    assert taken == Takeover(processes=1, schedules=2, deliveries=1)
    again = await store.user_schedules.claim_due(later, later + LEASE, limit=10)
    assert sorted(due.user_id for due in again) == users  # due now, not after the lease
    assert all(due == Due(due.user_id, "card", later) for due in again)
    assert await begin_one(store.user_schedules, users[0], "card", DAY, later, later - LEASE)
    assert await survivor.live(later - TIMEOUT) == 1


async def test_a_live_process_keeps_its_claims(store):
    await _due_users(store, 1)
    processes = Processes(store)
    working = processes.start()
    await working.beat(T0)
    await store.user_schedules.claim_due(T0, T0 + LEASE, limit=10)
    other = processes.start()
    now = T0 + TIMEOUT - timedelta(seconds=1)
    await other.beat(now)

    assert await other.take_over(now, now - TIMEOUT) == Takeover()
    assert await store.user_schedules.claim_due(now, now + LEASE, limit=10) == []
    assert await other.live(now - TIMEOUT) == 2


async def test_what_a_process_finished_is_not_taken_over(store):
    (user,) = await _due_users(store, 1)
    processes = Processes(store)
    gone = processes.start()
    await gone.beat(T0)
    await store.user_schedules.claim_due(T0, T0 + LEASE, limit=10)
    await begin_one(store.user_schedules, user, "card", DAY, T0, T0 - LEASE)
    tomorrow = T0 + timedelta(days=1)
    await finish_one(store.user_schedules, user, "card", DAY, "sent", T0, tomorrow)

    later = T0 + TIMEOUT * 2
    survivor = processes.start()
    await survivor.beat(later)

    assert await survivor.take_over(later, later - TIMEOUT) == Takeover(processes=1)
    assert await store.user_schedules.scheduled(user) == {"card": tomorrow}
    assert not await begin_one(store.user_schedules, user, "card", DAY, later, later - LEASE)


async def test_a_process_taken_over_comes_back_under_a_new_name(store):
    await _due_users(store, 1)
    processes = Processes(store)
    slow = processes.start()
    await slow.beat(T0)
    first_name = slow.process
    later = T0 + TIMEOUT * 2
    await processes.start().take_over(later, later - TIMEOUT)

    assert await slow.beat(later) is False  # it learns it was taken over
    assert slow.process != first_name
    assert await slow.beat(later + timedelta(seconds=3)) is True
    await slow.leave()
    assert await slow.take_over(later, later - TIMEOUT) == Takeover()


async def test_claims_of_a_process_that_left_are_taken_over_without_waiting(store):
    await _due_users(store, 1)
    processes = Processes(store)
    stopped = processes.start()
    await stopped.beat(T0)
    await store.user_schedules.claim_due(T0, T0 + LEASE, limit=10)  # a send cut off at stop
    await stopped.leave()

    moment = T0 + timedelta(seconds=1)  # its heartbeat would still count as fresh
    taken = await processes.start().take_over(moment, moment - TIMEOUT)

    assert taken == Takeover(schedules=1)
    assert len(await store.user_schedules.claim_due(moment, moment + LEASE, limit=10)) == 1
