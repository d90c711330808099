"""Virtual time for the send limiter: minutes of rate limiting in milliseconds of test.

`VirtualClock.monotonic` and `VirtualClock.sleep` stand in for `time.monotonic` and
`asyncio.sleep`. Time stands still while anything runs and jumps to the next sleeper's
wake-up only when every task waits on the clock, so a log of virtual send times is what
a real run would have produced. Real I/O (a request to the fake Bot API server) is not
waiting on the clock: `run` takes a `busy` predicate and never moves time while it holds.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import math
from collections.abc import Awaitable, Callable
from typing import TypeVar

T = TypeVar("T")


class VirtualClock:
    def __init__(self, start: float = 1000.0) -> None:
        self._now = start
        self.start = start
        self._sleepers: list[tuple[float, int, asyncio.Future[None]]] = []
        self._order = itertools.count()
        self._activity = 0

    def monotonic(self) -> float:
        self._activity += 1
        return self._now

    @property
    def elapsed(self) -> float:
        return self._now - self.start

    async def sleep(self, delay: float) -> None:
        self._activity += 1
        if delay <= 0:
            await asyncio.sleep(0)
            return
        wake_up = asyncio.get_running_loop().create_future()
        # A delay too small to change the float still moves time on, as a real clock would.
        when = max(self._now + delay, math.nextafter(self._now, math.inf))
        heapq.heappush(self._sleepers, (when, next(self._order), wake_up))
        await wake_up

    async def run(
        self,
        awaitable: Awaitable[T],
        *,
        busy: Callable[[], bool] = lambda: False,
        real_timeout: float = 30.0,
    ) -> T:
        """Await `awaitable`, moving time forward whenever everything waits on the clock."""
        task = asyncio.ensure_future(awaitable)
        try:
            async with asyncio.timeout(real_timeout):
                while not task.done():
                    await self._settle()
                    if task.done():
                        break
                    if busy() or not self._sleepers:
                        await asyncio.sleep(0)  # real I/O under way: let the loop poll it
                        continue
                    self._advance()
        finally:
            if not task.done():
                task.cancel()
        return task.result()

    async def _settle(self) -> None:
        """Yield until no task touches the clock any more (they all wait, or do real I/O)."""
        for _ in range(100):
            before = self._activity
            for _ in range(5):
                await asyncio.sleep(0)
            if self._activity == before:
                return

    def _advance(self) -> None:
        when = self._sleepers[0][0]
        self._now = max(self._now, when)
        while self._sleepers and self._sleepers[0][0] <= self._now:
            _, _, wake_up = heapq.heappop(self._sleepers)
            if not wake_up.done():
                wake_up.set_result(None)
