"""The shared send budget as a process sees it: slots reserved a few at a time, each send
waiting for its own slot, on a clock the test moves."""

from __future__ import annotations

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


async def test_two_processes_sharing_a_budget_never_send_faster_than_its_rate() -> None:
    clock = [0.0]

    async def sleep(seconds: float) -> None:
        clock[0] += seconds

    budget = Budget(clock)
    paces = [
        SharedPace(budget, {"telegram": 10.0}, grant=5, monotonic=lambda: clock[0], sleep=sleep)
        for _ in range(2)
    ]
    sent_at: list[float] = []
    for n in range(40):
        await paces[n % 2].turn("telegram")
        sent_at.append(clock[0])

    assert budget.reserved == [5] * 8  # one round trip per five sends
    in_any_second = max(sum(1 for t in sent_at if start <= t < start + 1.0) for start in sent_at)
    assert in_any_second <= 10
    assert sent_at[-1] <= 40 / 10  # and no slower than the rate either


async def test_a_platform_without_a_rate_is_not_paced() -> None:
    budget = Budget([0.0])
    pace = SharedPace(budget, {"telegram": 30.0})

    await pace.turn("console")

    assert budget.reserved == []
