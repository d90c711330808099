"""How long the tick's due query takes as the user count grows, and which plan it uses.

The tick asks `claim_due` for one platform's due rows every 30 s. With nothing due that
must cost the same with ten thousand users as with a million: one probe of the
`next_due_at` index. With a thousand due it also leases them (one UPDATE for the batch).
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from adapters.store.scratch import PLATFORM, analyze
from adapters.store.seeding import Population, explain_due, move_due, onboarded, seed
from adapters.store.sql_store import SqlStore

NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)  # a Monday morning
LEASE = timedelta(minutes=5)
DUE = 1000
_IDLE_REPEATS = 50
_BUSY_REPEATS = 10
INDEX = "ix_schedules_next_due_at"


@dataclass(frozen=True)
class DueTimes:
    users: int
    idle_ms: float
    """Median time of one `claim_due` with nothing due."""
    busy_ms: float
    """Median time of one `claim_due` that finds and leases DUE rows."""


async def grow(url: str, have: int, want: int) -> None:
    """Add users `have + 1` .. `want`, none due at NOW: their cards come over the next day."""
    template = onboarded(PLATFORM, NOW - timedelta(days=30))
    due_from = NOW + timedelta(minutes=1)
    population = Population(
        template, want - have, first=have + 1, card_due_from=due_from, spread_minutes=1440
    )
    await seed(url, population)
    await analyze(url)


async def time_due_query(store: SqlStore, url: str, users: int) -> DueTimes:
    idle = []
    for _ in range(_IDLE_REPEATS):
        started = time.perf_counter()
        found = await store.user_schedules.claim_due(NOW, NOW + LEASE, 500, PLATFORM)
        idle.append(time.perf_counter() - started)
        if found:
            raise RuntimeError(f"{len(found)} users were due: the bench's must not be yet")
    busy = []
    for _ in range(_BUSY_REPEATS):
        await _make_due(url, users)
        started = time.perf_counter()
        found = await store.user_schedules.claim_due(NOW, NOW + LEASE, DUE, PLATFORM)
        busy.append(time.perf_counter() - started)
        if len(found) != min(DUE, users):
            raise RuntimeError(f"{len(found)} users were due, not {min(DUE, users)}")
    await _make_due(url, users, back_to=NOW + timedelta(hours=2))
    return DueTimes(users, _ms(idle), _ms(busy))


async def _make_due(url: str, users: int, back_to: datetime | None = None) -> None:
    """Make DUE users, spread over the id range, due a minute ago (or move them back)."""
    await move_due(url, max(users // DUE, 1), DUE, back_to or NOW - timedelta(minutes=1))


async def plan(url: str) -> str:
    """The database's plan for the tick's due query, on one line."""
    return await explain_due(url, NOW, 500, PLATFORM)


def _ms(seconds: list[float]) -> float:
    return statistics.median(seconds) * 1000
