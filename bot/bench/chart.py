"""`askanyway bench chart`: how long a progress chart takes, and whether the loop stays free.

/stats draws a chart in a worker thread so that one user's picture never holds up
everyone else's buttons. This measures both halves of that promise for a user with a
year of history: the time from their attempts to the PNG (median and max over several
renders), and a ticker coroutine that asks to wake every millisecond meanwhile,
counting its wake-ups and the longest gap between them. One render on the loop itself
is timed the same way for contrast. It prints figures; it asserts nothing on time.
"""

from __future__ import annotations

import asyncio
import random
import statistics
import time
from collections.abc import Awaitable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TextIO

from adapters.charts.progress import MatplotlibCharts, render
from bot.demo_chart import DEMO_TODAY, synthetic_history
from core.model import Attempt
from core.progress import Progress, build_progress
from core.streaks import compute_streak

TARGET_MS = 300
TICK_SECONDS = 0.001
YEAR = 365


@dataclass(frozen=True, slots=True)
class ChartBench:
    attempts: int
    renders_ms: tuple[float, ...]
    ticks: int
    longest_gap_ms: float
    idle_gap_ms: float
    """The same ticker with nothing else running: the machine's own noise."""
    on_loop_gap_ms: float

    @property
    def median_ms(self) -> float:
        return statistics.median(self.renders_ms)

    @property
    def max_ms(self) -> float:
        return max(self.renders_ms)


def _progress(attempts: list[Attempt], rest: list[date]) -> Progress:
    """What /stats does between loading the rows and drawing: streak, then series."""
    practice = [a.local_date for a in attempts if a.attempted]
    streak = compute_streak(practice, rest, DEMO_TODAY)
    joined = DEMO_TODAY - timedelta(days=YEAR - 1)
    return build_progress(attempts, rest, streak.frozen_days, DEMO_TODAY, joined=joined)


class _Ticker:
    """Wakes as often as the loop lets it; the gaps show how long the loop was busy."""

    def __init__(self) -> None:
        self.ticks = 0
        self.longest = 0.0
        self._running = True

    async def run(self) -> None:
        last = time.perf_counter()
        while self._running:
            await asyncio.sleep(TICK_SECONDS)
            now = time.perf_counter()
            self.ticks += 1
            self.longest = max(self.longest, now - last)
            last = now

    def stop(self) -> None:
        self._running = False


async def _watched(work: Awaitable[object]) -> _Ticker:
    """Run `work` with a ticker beside it; the ticker says how free the loop was."""
    ticker = _Ticker()
    ticking = asyncio.create_task(ticker.run())
    await asyncio.sleep(TICK_SECONDS * 5)
    await work
    ticker.stop()
    await ticking
    return ticker


async def _measure(renders: int, seed: int) -> ChartBench:
    attempts, rest = synthetic_history(random.Random(seed), DEMO_TODAY, YEAR)
    charts = MatplotlibCharts()
    await charts.progress_chart(_progress(attempts, rest))  # fonts load on the first
    timings: list[float] = []

    async def in_thread() -> None:
        for _ in range(renders):
            started = time.perf_counter()
            await charts.progress_chart(_progress(attempts, rest))
            timings.append((time.perf_counter() - started) * 1000)

    async def on_loop() -> None:
        render(_progress(attempts, rest))  # the mistake the worker thread avoids

    idle = await _watched(asyncio.sleep(0.3))
    threaded = await _watched(in_thread())
    blocking = await _watched(on_loop())
    return ChartBench(
        attempts=len(attempts),
        renders_ms=tuple(timings),
        ticks=threaded.ticks,
        longest_gap_ms=threaded.longest * 1000,
        idle_gap_ms=idle.longest * 1000,
        on_loop_gap_ms=blocking.longest * 1000,
    )


def measure(renders: int = 10, seed: int = 11) -> ChartBench:
    return asyncio.run(_measure(renders, seed))


def bench_chart(renders: int, stdout: TextIO) -> int:
    result = measure(renders)
    lines = (
        f"progress chart for a user with a year of data ({result.attempts} attempts), "
        f"{renders} renders in a worker thread",
        f"  render time: median {result.median_ms:.0f} ms, max {result.max_ms:.0f} ms "
        f"(target under {TARGET_MS} ms)",
        f"  event loop meanwhile: a ticker asking to wake every {TICK_SECONDS * 1000:.0f} ms "
        f"woke {result.ticks} times, longest gap {result.longest_gap_ms:.1f} ms "
        f"(idle, the same ticker's longest gap is {result.idle_gap_ms:.1f} ms)",
        f"  for contrast, one render on the loop itself: longest gap "
        f"{result.on_loop_gap_ms:.0f} ms",
    )
    for line in lines:
        print(line, file=stdout)
    return 0
