"""The shared send budget as a process sees it: slots reserved a few at a time, each send
waiting for its own slot, on a clock the test moves."""

from __future__ import annotations

import itertools

import pytest

from core.engine.pacing import SharedPace


class Budget:
    """The store's schedule of slots, kept as the next free moment on the test's clock."""

    def __init__(self, clock: list[float]) -> None:
        self.clock = clock
        self.next_free = 0.0
        self.reserved: list[int] = []

    async def reserve(self, name: str, count: int, rate: float) -> float:
        start = max(self.next_free, self.clock[0])
        self.next_free = start + count / rate
        self.reserved.append(count)
        return start - self.clock[0]


async def test_sends_keep_to_their_slots_and_a_busy_moment_gives_up_the_missed_ones() -> None:
    clock = [0.0]

    async def sleep(seconds: float) -> None:
        clock[0] += seconds

    budget = Budget(clock)
    budget.next_free = 0.0
    pace = SharedPace(budget, {"telegram": 10.0}, grant=5, monotonic=lambda: clock[0], sleep=sleep)
    sent_at: list[float] = []
    for n in range(20):
        if n == 7:
            clock[0] += 0.35  # the process was busy: three slots went by unused
        await pace.turn("telegram")
        sent_at.append(round(clock[0], 6))

    gaps = [b - a for a, b in itertools.pairwise(sent_at)]
    assert min(gaps) >= 0.1 - 1e-9  # never two sends closer than the rate allows
    assert sent_at[7] == pytest.approx(1.0)  # the next slot on time, not three late ones
    assert budget.reserved == [5] * 5  # one round trip per five slots, missed ones too


async def test_a_platform_without_a_rate_is_not_paced() -> None:
    budget = Budget([0.0])
    pace = SharedPace(budget, {"telegram": 30.0})

    await pace.turn("console")

    assert budget.reserved == []
