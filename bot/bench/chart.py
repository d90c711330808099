"""`askanyway bench chart`: how long a progress chart takes, and whether the loop stays free.

The bot draws charts in a separate process (`adapters.charts.pool.ChartPool`) so that
one user's picture never holds up everyone else's buttons. This measures both halves
of that promise for a user with a year of history, through the pool as the bot uses it:
the time from a `Progress` to the PNG back on the loop (median and max), the CPU the
worker spent on each render (robust when the machine is busy, unlike wall time), and a
ticker coroutine that asks to wake every millisecond meanwhile, whose longest gap is
how long the loop was unavailable. One render on the loop itself is timed the same way
for contrast, and a repeat of the same picture shows the cache. It asserts nothing.
"""

from __future__ import annotations

import asyncio
import random
import statistics
import time
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TextIO

from adapters.charts.pool import NICENESS, ChartPool
from adapters.charts.progress import render
from bot.bench.ticker import TICK_SECONDS, watched
from bot.demo_chart import DEMO_TODAY, synthetic_history
from core.model import Attempt
from core.progress import Progress, build_progress
from core.streaks import compute_streak

TARGET_MS = 150
GAP_TARGET_MS = 20
YEAR = 365


@dataclass(frozen=True, slots=True)
class ChartBench:
    attempts: int
    renders_ms: tuple[float, ...]
    """Wall time per render through the pool, as the loop sees it."""
    cpu_ms: tuple[float, ...]
    """CPU time the worker spent on each render."""
    ticks: int
    longest_gap_ms: float
    longest_busy_ms: float
    """The loop thread's most CPU between two wake-ups: its own pause, not the machine's."""
    idle_gap_ms: float
    """The same ticker for as long with nothing else running: the machine's own noise."""
    on_loop_gap_ms: float
    cached_ms: float
    """The same picture asked for again: served from the cache."""

    @property
    def median_ms(self) -> float:
        return statistics.median(self.renders_ms)

    @property
    def max_ms(self) -> float:
        return max(self.renders_ms)

    @property
    def median_cpu_ms(self) -> float:
        return statistics.median(self.cpu_ms)


def year_of_progress(seed: int, days: int = YEAR) -> tuple[Progress, int]:
    """What /stats draws for a made-up user of `days` days, and how many attempts they made."""
    attempts, rest = synthetic_history(random.Random(seed), DEMO_TODAY, days)
    return _progress(attempts, rest, days), len(attempts)


def _progress(attempts: list[Attempt], rest: list[date], days: int) -> Progress:
    """What /stats does between loading the rows and drawing: streak, then series."""
    practice = [a.local_date for a in attempts if a.attempted]
    streak = compute_streak(practice, rest, DEMO_TODAY)
    joined = DEMO_TODAY - timedelta(days=days - 1)
    return build_progress(attempts, rest, streak.frozen_days, DEMO_TODAY, joined=joined)


def timed_render(progress: Progress, small: bool) -> tuple[int, float]:
    """Runs in a worker: the PNG's size and the worker's CPU seconds for drawing it."""
    started = time.process_time()
    png = render(progress, small)
    return len(png), time.process_time() - started


async def _through_pool(
    pool: ChartPool, progress: Progress, renders: int
) -> list[tuple[float, float]]:
    timings = []
    for _ in range(renders):
        started = time.perf_counter()
        _size, cpu = await pool.run(timed_render, progress, False)
        timings.append(((time.perf_counter() - started) * 1000, cpu * 1000))
    return timings


async def _measure(renders: int, seed: int, niceness: int) -> ChartBench:
    progress, attempts = year_of_progress(seed)
    pool = ChartPool(niceness=niceness)
    try:
        await pool.start()  # started and warmed, as after the bot's first chart
        started = time.perf_counter()
        timings, pooled = await watched(_through_pool(pool, progress, renders))
        _nothing, idle = await watched(asyncio.sleep(time.perf_counter() - started))
        await pool.progress_chart(progress)
        started = time.perf_counter()
        await pool.progress_chart(progress)
        cached_ms = (time.perf_counter() - started) * 1000
    finally:
        await pool.close()

    async def on_loop() -> None:
        render(progress)  # the mistake the pool avoids

    _drawn, blocking = await watched(on_loop())
    return ChartBench(
        attempts=attempts,
        renders_ms=tuple(wall for wall, _cpu in timings),
        cpu_ms=tuple(cpu for _wall, cpu in timings),
        ticks=pooled.ticks,
        longest_gap_ms=pooled.longest_ms,
        longest_busy_ms=pooled.longest_busy_ms,
        idle_gap_ms=idle.longest_ms,
        on_loop_gap_ms=blocking.longest_ms,
        cached_ms=cached_ms,
    )


def measure(renders: int = 10, seed: int = 11, niceness: int = NICENESS) -> ChartBench:
    """`niceness` as the bot runs its workers; 0 in tests, where many processes share the cores."""
    return asyncio.run(_measure(renders, seed, niceness))


def bench_chart(renders: int, stdout: TextIO) -> int:
    result = measure(renders)
    lines = (
        f"progress chart for a user with a year of data ({result.attempts} attempts), "
        f"{renders} renders through the chart process pool",
        f"  render time through the pool: median {result.median_ms:.0f} ms, max "
        f"{result.max_ms:.0f} ms (target: median under {TARGET_MS} ms); the worker's CPU "
        f"per render: median {result.median_cpu_ms:.0f} ms, max {max(result.cpu_ms):.0f} ms",
        f"  event loop meanwhile: a ticker asking to wake every {TICK_SECONDS * 1000:.0f} ms "
        f"woke {result.ticks} times, longest gap {result.longest_gap_ms:.1f} ms "
        f"(target under {GAP_TARGET_MS} ms; idle, the same ticker's longest gap is "
        f"{result.idle_gap_ms:.1f} ms); the loop's own CPU in its longest busy stretch "
        f"{result.longest_busy_ms:.1f} ms",
        f"  the same picture again (cached): {result.cached_ms:.2f} ms",
        f"  for contrast, one render on the loop itself: longest gap "
        f"{result.on_loop_gap_ms:.0f} ms",
    )
    for line in lines:
        print(line, file=stdout)
    return 0
