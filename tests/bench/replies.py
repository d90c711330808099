"""`askanyway bench replies`: how long people wait for an answer, through the real client.

The bot is wired as `bot.app.build` wires it (SQLite, the engine, the chart pool) with
python-telegram-bot polling the project's fake Bot API (tests/fakes/telegram_api.py)
on 127.0.0.1, Telegram's own sending limits on (`TelegramLimits()`: 1 message a second
per chat, 30 a second overall). 1, 20 and 50 made-up users each send /help once every
1.1 s for a bounded time; a reply's latency runs from the moment its update is queued
at the fake server to the moment the bot's sendMessage for that chat reaches it.

It lives beside the fake it needs rather than in the product: the fake is test
equipment (an aiohttp server posing as Telegram) and shipping it would add a web server
to the product for a benchmark. `askanyway bench replies` imports it lazily from a
source checkout. The fake server shares the bot's process and event loop, so its own
work is counted in every figure: the figures are an upper bound on the bot's share.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import statistics
import tempfile
import time
from collections import defaultdict, deque
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TextIO

from adapters.charts.pool import ChartPool, PictureCache
from adapters.charts.progress import MatplotlibCharts
from adapters.clocks import SystemClock
from adapters.store.migrate import upgrade
from adapters.telegram.platform import TelegramAdapter
from adapters.telegram.rate_limit import TelegramLimits
from bot.app import build, freeze_startup_objects
from bot.bench.chart import year_of_progress
from bot.settings import load_settings
from core.commands import user_commands
from core.ports import Charts
from tests.fakes.telegram_api import TOKEN, ApiRequest, FakeTelegramAPI

EVERY_SECONDS = 1.1
MOST_SECONDS = 25.0
"""A person asking every 1.1 s for longer would meet the flood guard (30 messages a minute)."""
CROWDS = (1, 20, 50)
FIRST_USER = 7_000_001
LIMITS = TelegramLimits()
CHARTS_CROWD = 20


@dataclass(frozen=True, slots=True)
class Latencies:
    users: int
    seconds: float
    replies_ms: tuple[float, ...]
    asked: int
    charts: str = ""
    """How charts were being drawn meanwhile, back to back ("" when none were)."""

    def percentile(self, share: float) -> float:
        ordered = sorted(self.replies_ms)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))]

    @property
    def unanswered(self) -> int:
        return self.asked - len(self.replies_ms)

    @property
    def offered_per_second(self) -> float:
        return self.users / EVERY_SECONDS

    def bound(self) -> str:
        """Which limit these figures meet first."""
        if self.offered_per_second > LIMITS.overall_per_second:
            return (
                f"Telegram's {LIMITS.overall_per_second} messages/s overall limit (asked "
                f"{self.offered_per_second:.1f}/s): replies queue in the bot's limiter, "
                "and the wait grows with the run"
            )
        return (
            f"the bot's own work (asked {self.offered_per_second:.1f}/s, under the "
            f"{LIMITS.overall_per_second}/s overall limit; each chat gets one reply per "
            f"{EVERY_SECONDS} s, under {LIMITS.per_chat_per_second}/s per chat)"
        )


async def _crowd(api: FakeTelegramAPI, users: int, seconds: float, first: int) -> Latencies:
    """Each user asks on their own 1.1 s beat, staggered; wait for the last reply.

    Every crowd is new people (ids from `first`): the bot's flood guard answers someone who
    sends more than 30 messages a minute once and then lets them be, so one person asks
    for at most `MOST_SECONDS`."""
    asked: dict[str, deque[float]] = defaultdict(deque)
    first_reply = len(api.requests)
    ends = time.monotonic() + seconds

    async def person(n: int) -> None:
        user_id = first + n
        await asyncio.sleep(EVERY_SECONDS * n / users)
        while time.monotonic() < ends:
            asked[str(user_id)].append(time.monotonic())
            api.user_sends_command(user_id, "help")
            await asyncio.sleep(EVERY_SECONDS)

    await asyncio.gather(*(person(n) for n in range(users)))
    total = sum(len(times) for times in asked.values())

    def answered(_requests: object) -> bool:
        return len(_replies(api, first_reply)) >= total

    with contextlib.suppress(AssertionError):  # unanswered asks are counted, not fatal
        await api.wait_for(answered, timeout=30 + seconds)
    waits = []
    for reply in _replies(api, first_reply):
        waiting = asked.get(reply.chat_id or "")
        if waiting:
            waits.append((reply.at - waiting.popleft()) * 1000)
    return Latencies(users, seconds, tuple(waits), total)


def _replies(api: FakeTelegramAPI, since: int) -> list[ApiRequest]:
    return [r for r in api.requests[since:] if r.method.lower() == "sendmessage" and r.ok]


async def _while_drawing(
    api: FakeTelegramAPI, charts: Charts, name: str, seconds: float, first: int
) -> Latencies:
    """20 users asking while /stats charts (a year of data each) are drawn back to back."""
    people = [year_of_progress(seed)[0] for seed in range(4)]
    if isinstance(charts, ChartPool):
        await charts.start()
    drawing = True

    async def draw() -> None:
        for n in itertools.count():
            if not drawing:
                return
            await charts.progress_chart(people[n % len(people)])

    drawer = asyncio.create_task(draw())
    try:
        found = await _crowd(api, CHARTS_CROWD, seconds, first)
    finally:
        drawing = False
        await drawer
    return replace(found, charts=name)


async def _measure(
    seconds: float, crowds: tuple[int, ...], with_charts: bool = True
) -> list[Latencies]:
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite+aiosqlite:///{Path(folder) / 'replies.db'}"
        await upgrade(url)
        async with FakeTelegramAPI() as api:
            settings = load_settings(database_url=url)
            parts = build(settings, SystemClock(), ["telegram"])
            adapter = TelegramAdapter(
                token=TOKEN,
                base_url=api.base_url,
                conversation=parts.engine,
                commands=user_commands(),
                limits=LIMITS,
            )
            await adapter.start()
            freeze_startup_objects()
            try:
                await _crowd(api, 1, EVERY_SECONDS * 2, FIRST_USER)  # warm: first queries
                found = [
                    await _crowd(api, users, seconds, FIRST_USER + 1000 * (n + 1))
                    for n, users in enumerate(crowds)
                ]
                if with_charts:
                    first = FIRST_USER + 1000 * (len(crowds) + 1)
                    pool = ChartPool(cache=PictureCache(limit=0))  # every chart drawn
                    try:
                        ways: tuple[tuple[str, Charts], ...] = (
                            ("a worker process", pool),
                            ("a worker thread", MatplotlibCharts()),
                        )
                        for n, (name, charts) in enumerate(ways):
                            found.append(
                                await _while_drawing(api, charts, name, seconds, first + 100 * n)
                            )
                    finally:
                        await pool.close()
                return found
            finally:
                await adapter.stop()
                await parts.charts.close()
                await parts.store.close()


def bench_replies(seconds: float, stdout: TextIO) -> int:
    seconds = min(seconds, MOST_SECONDS)
    print(
        f"reply latency, /help through python-telegram-bot against the fake Bot API "
        f"(Telegram's limits on), each user asking every {EVERY_SECONDS} s for {seconds:.0f} s",
        file=stdout,
    )
    for result in asyncio.run(_measure(seconds, CROWDS)):
        during = f" while charts are drawn in {result.charts}" if result.charts else ""
        print(
            f"  {result.users:>2} users{during}: {len(result.replies_ms)} replies, p50 "
            f"{result.percentile(0.5):.0f} ms, p95 {result.percentile(0.95):.0f} ms, p99 "
            f"{result.percentile(0.99):.0f} ms, max {max(result.replies_ms):.0f} ms "
            f"(mean {statistics.fmean(result.replies_ms):.0f} ms)"
            + (f", {result.unanswered} unanswered" if result.unanswered else ""),
            file=stdout,
        )
        print(f"      bound: {result.bound()}", file=stdout)
    return 0
