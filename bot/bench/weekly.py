"""`askanyway bench weekly`: the CPU a weekly-summary day costs, and whether replies wait.

Every user's summary carries a compact chart drawn from their own data, so no two
are alike and the cache does not help. The summary comes on the user's chosen weekday
(Sunday unless they changed it) at their card time (08:00 unless they changed it), so
on a Sunday each time zone's users come due together and the tick hands them to the
fan-out, 16 in flight, each waiting for its chart from the pool.

This draws a sample of summaries for made-up users of different ages (two weeks to a
year of history) the same way: the `Progress` built on the loop as the summary builds
it, its fingerprint taken, the chart drawn through the process pool, 16 at a time. It
measures the CPU of both processes (the worker's reported per render, the loop's by
`time.process_time`), extrapolates linearly to N users (every render is independent
and costs about the same), and, in a second, shorter pass with a ticker, the event
loop's longest gap meanwhile. It asserts nothing.
"""

from __future__ import annotations

import asyncio
import random
import statistics
import time
from dataclasses import dataclass
from typing import TextIO

from adapters.charts.pool import NICENESS, ChartPool, fingerprint
from bot.bench.chart import timed_render, year_of_progress
from bot.bench.ticker import watched
from core.progress import Progress

IN_FLIGHT = 16
"""The fan-out's sends in flight per platform (core.engine.delivery)."""


@dataclass(frozen=True, slots=True)
class WeeklyBench:
    users: int
    sample: int
    workers: int
    worker_cpu_ms: tuple[float, ...]
    loop_cpu_ms: float
    """The loop process's CPU for the whole sample (building, hashing, sending to the pool)."""
    wall_s: float
    longest_gap_ms: float
    longest_busy_ms: float
    watched_renders: int

    @property
    def cpu_per_summary_ms(self) -> float:
        return statistics.fmean(self.worker_cpu_ms) + self.loop_cpu_ms / self.sample

    @property
    def day_cpu_hours(self) -> float:
        return self.users * self.cpu_per_summary_ms / 1000 / 3600

    @property
    def one_zone_drain_minutes(self) -> float:
        """If every user shares one time zone and card time: the last chart's wait."""
        return self.users * statistics.fmean(self.worker_cpu_ms) / self.workers / 1000 / 60


def _histories(count: int, seed: int) -> list[Progress]:
    rng = random.Random(seed)
    return [year_of_progress(rng.randrange(1 << 30), rng.randint(14, 365))[0] for _ in range(count)]


async def _summaries(pool: ChartPool, people: list[Progress]) -> list[float]:
    """Draw every summary's chart, `IN_FLIGHT` at a time; the worker's CPU per chart."""
    gate = asyncio.Semaphore(IN_FLIGHT)

    async def one(progress: Progress) -> float:
        async with gate:
            fingerprint(progress, True)
            _size, cpu = await pool.run(timed_render, progress, True)
            return cpu * 1000

    return list(await asyncio.gather(*(one(p) for p in people)))


async def _measure(users: int, sample: int, seed: int, niceness: int) -> WeeklyBench:
    people = _histories(sample, seed)
    pool = ChartPool(niceness=niceness)
    try:
        await pool.start()
        started, cpu = time.perf_counter(), time.process_time()
        worker_cpu = await _summaries(pool, people)
        loop_cpu = (time.process_time() - cpu) * 1000
        wall = time.perf_counter() - started
        watched_people = _histories(max(sample // 5, 1), seed + 1)
        _cpu, ticker = await watched(_summaries(pool, watched_people))
    finally:
        await pool.close()
    return WeeklyBench(
        users=users,
        sample=sample,
        workers=pool.workers,
        worker_cpu_ms=tuple(worker_cpu),
        loop_cpu_ms=loop_cpu,
        wall_s=wall,
        longest_gap_ms=ticker.longest_ms,
        longest_busy_ms=ticker.longest_busy_ms,
        watched_renders=len(watched_people),
    )


def measure(
    users: int = 100_000, sample: int = 300, seed: int = 5, niceness: int = NICENESS
) -> WeeklyBench:
    """`niceness` as the bot runs its workers; 0 in tests, where many processes share the cores."""
    return asyncio.run(_measure(users, sample, seed, niceness))


def bench_weekly(users: int, sample: int, stdout: TextIO) -> int:
    print_weekly(measure(users, sample), stdout)
    return 0


def print_weekly(result: WeeklyBench, stdout: TextIO) -> None:
    per_render = statistics.fmean(result.worker_cpu_ms)
    lines = (
        f"weekly-summary day: {result.sample} compact charts for made-up users (2 weeks to a "
        f"year of history), {IN_FLIGHT} in flight as the fan-out sends, {result.workers} "
        f"chart worker(s)",
        f"  measured: {result.wall_s:.1f} s wall; worker CPU per chart mean {per_render:.0f} "
        f"ms (median {statistics.median(result.worker_cpu_ms):.0f}, max "
        f"{max(result.worker_cpu_ms):.0f}); the loop's CPU per summary "
        f"{result.loop_cpu_ms / result.sample:.1f} ms",
        f"  extrapolated to {result.users:,} users (linear: each chart is drawn from its own "
        f"data and costs the same): {result.day_cpu_hours:.2f} CPU-hours for the day's "
        f"charts ({result.cpu_per_summary_ms:.0f} ms each)",
        f"  spread: summaries come at each user's card time on their summary day; if all "
        f"{result.users:,} shared one time zone and 08:00, the last chart would be ready "
        f"{result.one_zone_drain_minutes:.0f} min after the first (bound: the chart "
        f"workers' CPU); spread over zones, each zone's share of that",
        f"  event loop during {result.watched_renders} of them: longest gap "
        f"{result.longest_gap_ms:.1f} ms, the loop's own CPU in its longest busy stretch "
        f"{result.longest_busy_ms:.1f} ms",
    )
    for line in lines:
        print(line, file=stdout)
