"""A coroutine that wakes every millisecond: the gaps between its wake-ups show how long
the event loop was busy with something else, which is how long every other user waited.

On a shared, busy machine a gap can also be the kernel running someone else's process;
the loop thread's own CPU time across the gap tells the two apart: the longest stretch of
CPU the loop spent away from the ticker is the bot's own pause, whatever the load."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable
from typing import TypeVar

T = TypeVar("T")
TICK_SECONDS = 0.001


class Ticker:
    def __init__(self) -> None:
        self.ticks = 0
        self.longest = 0.0
        self.longest_busy = 0.0
        """The most CPU the loop's thread spent between two wake-ups."""
        self._running = True

    async def run(self) -> None:
        last, last_cpu = time.perf_counter(), time.thread_time()
        while self._running:
            await asyncio.sleep(TICK_SECONDS)
            now, cpu = time.perf_counter(), time.thread_time()
            self.ticks += 1
            self.longest = max(self.longest, now - last)
            self.longest_busy = max(self.longest_busy, cpu - last_cpu)
            last, last_cpu = now, cpu

    def stop(self) -> None:
        self._running = False

    @property
    def longest_ms(self) -> float:
        return self.longest * 1000

    @property
    def longest_busy_ms(self) -> float:
        return self.longest_busy * 1000


async def watched(work: Awaitable[T]) -> tuple[T, Ticker]:
    """Run `work` with a ticker beside it; the ticker says how free the loop was."""
    ticker = Ticker()
    ticking = asyncio.create_task(ticker.run())
    await asyncio.sleep(TICK_SECONDS * 5)
    result = await work
    ticker.stop()
    await ticking
    return result, ticker
