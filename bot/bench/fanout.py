"""The morning fan-out's speed and memory, against a bare loop making the same sends.

The bot's side is the real tick (`Deliveries` from the composition root, a fixed clock)
over freshly seeded users who are all due at once; the sender only counts, optionally
after a simulated network latency. The bare loop makes the same number of calls to the
same kind of sender with the same concurrency and nothing else, so the ratio says how
much of the time the bot spends on itself. A time box ends the bot's fan-out early
(the tick finishes the batch it holds and stops claiming), so a full run stays short;
the rate is steady because every batch costs the same.
"""

from __future__ import annotations

import asyncio
import resource
import sys
import time
import tracemalloc
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path

from adapters.clocks import VirtualClock
from adapters.store.schedules import SqlSchedules
from adapters.store.scheduling import USERS
from adapters.store.scratch import PLATFORM, analyze, wipe
from adapters.store.seeding import Population, onboarded, seed
from adapters.store.sql_store import SqlStore
from bot.app import build, freeze_startup_objects
from bot.bench.due import NOW
from bot.content import load_content
from bot.settings import load_settings
from core.engine import Content, Deliveries
from core.messages import Reply
from core.model import Due
from core.ports import Address

HISTORY_DAYS = 30
IN_FLIGHT = 16  # what the bot uses (`Deliveries`), and so what the bare loop gets too


class CountingSender:
    """Stands in for a platform: waits `latency`, then counts the call."""

    def __init__(self, latency: float = 0.0) -> None:
        self.latency = latency
        self.calls: list[Address] = []
        self.last: Reply | None = None

    async def send(self, address: Address, reply: Reply) -> None:
        if self.latency:
            await asyncio.sleep(self.latency)
        self.calls.append(address)
        self.last = reply


class TimeBoxedSchedules(SqlSchedules[Due]):
    """Users' schedules that find nothing more due once the time box is over."""

    def __init__(self, store: SqlStore, deadline: float) -> None:
        super().__init__(store, USERS)
        self.deadline = deadline

    async def claim_due(
        self, now: datetime, lease_until: datetime, limit: int, platform: str | None = None
    ) -> list[Due]:
        if time.monotonic() >= self.deadline:
            return []
        return await super().claim_due(now, lease_until, limit, platform)


class TimeBoxedStore(SqlStore):
    """The real store, which finds nothing more due once the time box is over."""

    def __init__(self, store: SqlStore, deadline: float) -> None:
        super().__init__(store.engine)
        self._user_schedules = TimeBoxedSchedules(self, deadline)


@dataclass(frozen=True)
class Rate:
    sends: int
    seconds: float
    cpu_seconds: float = 0.0
    """The process's CPU time meanwhile: the bot's own cost even when the machine is busy
    (wall time then includes waiting for a core; CPU time does not)."""

    @property
    def per_second(self) -> float:
        return self.sends / self.seconds if self.seconds else float("inf")


@dataclass(frozen=True)
class Comparison:
    bot: Rate
    bare: Rate

    @property
    def ratio(self) -> float:
        return self.bot.per_second / self.bare.per_second


@cache
def _content() -> Content:
    """The shipped content, read and checked once for every database a bench seeds and every
    bot it builds: each reading checks the whole deck (a third of a second)."""
    return load_content()


async def seed_due(url: str, users: int) -> None:
    """A fresh database with `users` onboarded users a month into their practice (one
    recorded attempt a day, `HISTORY_DAYS` of them), all due at NOW."""
    await wipe(url)
    template = onboarded(PLATFORM, NOW - timedelta(days=HISTORY_DAYS))
    at_level = [c.id for c in _content().cards if c.level == template.level]
    population = Population(
        template,
        users,
        card_due_from=NOW,
        history_days=HISTORY_DAYS,
        today=NOW.date(),
        deck=at_level,
    )
    await seed(url, population)
    await analyze(url)


async def bot_fan_out(url: str, sender: CountingSender, seconds: float) -> Rate:
    """The real tick over the seeded users, stopped after `seconds` (0: let it finish)."""
    settings = load_settings(database_url=url)
    clock = VirtualClock(NOW, monotonic=lambda: 0.0)
    parts = build(settings, clock, [PLATFORM], content=_content())
    freeze_startup_objects()  # as `serve` does once the bot has started
    deadline = time.monotonic() + seconds if seconds else float("inf")
    ctx = replace(parts.engine.ctx, store=TimeBoxedStore(parts.store, deadline))
    deliveries = Deliveries(ctx, sender, platforms=[PLATFORM], in_flight=IN_FLIGHT)
    try:
        started, cpu = time.perf_counter(), time.process_time()
        results = await deliveries.tick()
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    finally:
        await parts.store.close()
    if set(results) - {"sent"}:
        raise RuntimeError(f"the bench's fan-out did not only send: {dict(results)}")
    return Rate(len(sender.calls), elapsed, cpu)


async def bare_loop(calls: list[Address], reply: Reply, latency: float) -> Rate:
    """The same sends through the same kind of sender, with nothing around them."""
    sender = CountingSender(latency)
    pending = iter(calls)

    async def worker(queue: Iterator[Address]) -> None:
        for address in queue:
            await sender.send(address, reply)

    started = time.perf_counter()
    await asyncio.gather(*(worker(pending) for _ in range(IN_FLIGHT)))
    return Rate(len(sender.calls), time.perf_counter() - started)


async def compare(url: str, users: int, latency: float, seconds: float) -> Comparison:
    await seed_due(url, users)
    sender = CountingSender(latency)
    bot = await bot_fan_out(url, sender, seconds)
    if sender.last is None:
        raise RuntimeError("the bot sent nothing")
    return Comparison(bot, await bare_loop(sender.calls, sender.last, latency))


@dataclass(frozen=True)
class Memory:
    traced_sends: int
    traced_peak_mb: float
    rss_peak_mb: float
    rss_at_start_mb: float | None
    """Resident memory when the fan-out began, where the peak could be reset then (Linux);
    None where the peak is the process's so far, earlier parts of the benchmark included."""


async def memory(url: str, users: int, seconds: float) -> Memory:
    """Peak memory over one fan-out: tracemalloc's peak of Python's own allocations, and
    the process's resident set (tracing slows the fan-out down, so this is its own run)."""
    await seed_due(url, users)
    at_start = reset_rss_peak()
    tracemalloc.start()
    try:
        sender = CountingSender()
        rate = await bot_fan_out(url, sender, seconds)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return Memory(rate.sends, peak / 2**20, rss_peak_mb(), at_start)


def reset_rss_peak() -> float | None:
    """Start the resident-set high-water mark afresh, and say where it starts (MB); only
    Linux can (`clear_refs` 5)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return None
    return _proc_status_mb("VmRSS:")


def rss_peak_mb() -> float:
    """The resident-set high-water mark: since `reset_rss_peak` on Linux, else since start
    (`getrusage` gives kB on Linux, bytes on macOS)."""
    try:
        return _proc_status_mb("VmHWM:")
    except OSError:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / 2**20 if sys.platform == "darwin" else peak / 2**10


def _proc_status_mb(field: str) -> float:
    status = Path("/proc/self/status").read_text()
    kilobytes = next(line.split()[1] for line in status.splitlines() if line.startswith(field))
    return int(kilobytes) / 2**10
