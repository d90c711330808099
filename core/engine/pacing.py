"""One send budget per bot token, shared by every process: each send waits for a slot.

Platforms count their limit per bot, not per process (Telegram: 30 messages a second), so
two processes that each kept their own pace would together send twice too fast and meet
429s. A `SharedPace` reserves slots from the store's `SendBudget` a few at a time (one
database round trip per `grant` sends) and sends on each slot in turn. The chosen rate
sits a little below the platform's limit, so the network's jitter between processes
never crowds more than the limit into one second.

Why a shared schedule rather than one elected sender: every process keeps sending its own
claims, so a second process adds preparation and network capacity, and a crash loses
only the few slots it had reserved, not the one sender everything waited on.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict, deque
from collections.abc import Awaitable, Callable, Mapping

from core.storage.liveness import SendBudget

GRANT = 10
"""Slots reserved per round trip: at 30 a second, one query every third of a second."""


LATE = 0.015
"""A slot missed by more than this (the process was busy) is given up, not used late: sends
that arrive late crowd into the next second beside other processes' sends on time."""


class SharedPace:
    def __init__(
        self,
        budget: SendBudget,
        rates: Mapping[str, float],
        *,
        grant: int = GRANT,
        monotonic: Callable[[], float] | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.budget = budget
        self.rates = rates
        self.grant = grant
        self.monotonic = monotonic or (lambda: asyncio.get_running_loop().time())
        self.sleep = sleep
        self._slots: defaultdict[str, deque[float]] = defaultdict(deque)
        self._turns: defaultdict[str, asyncio.Lock] = defaultdict(asyncio.Lock)

    async def turn(self, platform: str) -> None:
        """Wait for this process's next send slot on `platform` (at once without a rate)."""
        rate = self.rates.get(platform)
        if rate is None:
            return
        async with self._turns[platform]:  # slots are handed out in order, one per send
            slots = self._slots[platform]
            while True:
                if not slots:
                    wait = await self.budget.reserve(platform, self.grant, rate)
                    first = self.monotonic() + wait
                    slots.extend(first + n / rate for n in range(self.grant))
                delay = slots.popleft() - self.monotonic()
                if delay >= -LATE:
                    break
            if delay > 0:
                await self.sleep(delay)
