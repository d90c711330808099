"""Several bot processes on one database: this process's heartbeat, wired at start-up.

The heartbeat beats every few seconds in a task of its own (a long tick must not delay
it), takes over the claims of processes gone quiet, and tells the tick how many processes
share the platforms' rates. Takeovers are logged at WARNING with their counts and counted
in `askanyway_claims_taken_over_total`: a process vanished, and an operator wants to know.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter
from collections.abc import Callable
from contextlib import AsyncExitStack
from dataclasses import dataclass, field
from datetime import timedelta

from adapters.store.budget import PostgresSendBudget
from adapters.store.liveness import SqlLiveness
from adapters.store.sql_store import SqlStore
from bot.metrics import Metrics
from bot.settings import Settings
from core.engine.liveness import Heartbeat, LivenessConfig
from core.engine.pacing import SharedPace
from core.ports import Clock
from core.storage.liveness import Takeover

log = logging.getLogger(__name__)

RATES = {"telegram": 30.0, "discord": 50.0}
"""Sends a second each platform allows one bot in all (Telegram's published overall limit;
Discord's global rate limit), shared by every process."""
PACED = {"telegram": 28.0, "discord": 45.0}
"""The shared pace of scheduled sends: a little under each limit, so that the network's
jitter between processes never crowds more than the limit into one second (measured:
tests/scenarios/test_scaling.py)."""


def shared_pace(store: SqlStore) -> SharedPace | None:
    """One send budget per bot token for every process on PostgreSQL; on SQLite (one
    process) the platform adapters' own limiters are enough, and nothing changes."""
    if store.engine.dialect.name != "postgresql":
        return None
    return SharedPace(PostgresSendBudget(store.engine), PACED)


def liveness_config(settings: Settings) -> LivenessConfig:
    timeout = timedelta(seconds=settings.process_timeout_seconds)
    return LivenessConfig(
        timeout=timeout, beat_every=min(timedelta(seconds=3), timeout / 5), rates=RATES
    )


async def start_heartbeat(
    settings: Settings,
    store: SqlStore,
    clock: Clock,
    metrics: Metrics | None,
    stack: AsyncExitStack,
) -> Heartbeat:
    """Register this process (its first beat), keep beating until the stack closes, then
    leave the heartbeat table so nobody waits for this process's timeout."""

    def taken_over(taken: Takeover) -> None:
        log.warning(
            "took over %d claims (%d schedules, %d deliveries) of %d processes gone quiet",
            taken.claims,
            taken.schedules,
            taken.deliveries,
            taken.processes,
        )
        if metrics is not None:
            metrics.claims_taken_over.inc(taken.claims)

    def failed(error: Exception) -> None:
        log.warning("heartbeat failed (%s); sending pauses until it beats", type(error).__name__)

    liveness = SqlLiveness(store)
    heartbeat = Heartbeat(liveness, clock.now, liveness_config(settings), taken_over)
    await heartbeat.beat()
    stopping = asyncio.Event()
    task = asyncio.create_task(heartbeat.run(stopping, failed))

    async def stop() -> None:
        stopping.set()
        await task
        await heartbeat.leave()

    stack.push_async_callback(stop)
    log.info("process %s beats every %s", liveness.process, heartbeat.config.beat_every)
    return heartbeat


@dataclass
class FloodLog:
    """Every 429 a platform answered, counted (`askanyway_rate_limited_total`) and said at
    WARNING with its count, at most once per `every` seconds: a 429 means the bot sent
    faster than its token allows (two processes with budgets of their own, two pollers).
    """

    metrics: Metrics | None = None
    every: float = 10.0
    clock: Callable[[], float] = time.monotonic
    _counts: Counter[str] = field(default_factory=Counter)
    _longest: float = 0.0
    _said_at: float | None = None

    def __call__(self, platform: str, seconds: float) -> None:
        if self.metrics is not None:
            self.metrics.rate_limited_by(platform, seconds)
        self._counts[platform] += 1
        self._longest = max(self._longest, seconds)
        now = self.clock()
        if self._said_at is not None and now - self._said_at < self.every:
            return
        self._said_at = now
        log.warning(
            "rate limited (HTTP 429): %s; asked to wait up to %.0f s. Sends are paced per "
            "process on SQLite and shared on PostgreSQL; two pollers or two bots on one token "
            "also cause this",
            ", ".join(f"{n} on {name}" for name, n in sorted(self._counts.items())),
            self._longest,
        )
        self._counts.clear()
        self._longest = 0.0
