"""`askanyway bench tick`: the tick's figures at scale. It prints, it asserts nothing.

1. The due query: one `claim_due` with nothing due and with 1,000 due, at 10,000 users
   and at a million, with the plan the database chose (it must use `next_due_at`).
2. Fan-out throughput: the real tick sending to 100,000 due users through a sender that
   only counts, against a bare loop making the same calls; then both again with a
   simulated network latency per send and the same concurrency.
3. Memory: tracemalloc's peak during a fan-out, and the process's peak RSS.

It runs on a temporary SQLite file and on PostgreSQL when one answers (say so when not),
or on the databases given with `--database`, which it empties (see `adapters.store.scratch`).
"""

from __future__ import annotations

import asyncio
import os
import platform
import sqlite3
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from adapters.store.scratch import DEFAULT_POSTGRES, NotForTheBench, describe, prepare, wipe
from adapters.store.sql_store import SqlStore
from bot.bench import due as bench_due
from bot.bench import fanout as bench_fanout

IDLE_TARGET_MS = 10.0
SHARE_TARGET = 0.70
MEMORY_TARGET_MB = 200.0
PLATFORM_CAPS = "Telegram allows about 30 messages/s per bot, Discord 50 requests/s"


@dataclass(frozen=True)
class TickBench:
    users: int = 100_000
    """Due users in the fan-out."""
    population: int = 1_000_000
    """Users in the database for the due query (it is also timed at 10,000)."""
    latency_ms: float = 20.0
    seconds: float = 60.0
    """Time box of each fan-out; 0 lets it run to the end."""
    databases: Sequence[str] = ()


def bench_tick(options: TickBench, out: TextIO) -> int:
    return asyncio.run(run(options, out))


async def run(options: TickBench, out: TextIO) -> int:
    _header(out)
    with tempfile.TemporaryDirectory(prefix="askanyway-bench-") as scratch:
        urls = list(options.databases) or [
            f"sqlite+aiosqlite:///{Path(scratch) / 'bench.db'}",
            DEFAULT_POSTGRES,
        ]
        for url in urls:
            print(f"\n== {describe(url)} ==", file=out, flush=True)
            try:
                await prepare(url)
            except NotForTheBench as why:
                print(f"skipped: {why}", file=out, flush=True)
                continue
            try:
                await _due_query(url, options.population, out)
                await _fan_out(url, options, out)
            finally:
                await wipe(url)  # leave no million rows behind
    return 0


def _header(out: TextIO) -> None:
    print(
        f"askanyway bench tick on {platform.system()} {platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}; load average {_load()}",
        file=out,
    )
    print("Figures only: nothing here passes or fails.", file=out, flush=True)


def _load() -> str:
    try:
        return " ".join(f"{n:.1f}" for n in os.getloadavg())
    except OSError:
        return "unknown"


async def _due_query(url: str, population: int, out: TextIO) -> None:
    print(
        f"due query (`claim_due` for one platform; median of 50 calls with 0 due, "
        f"of 10 with {bench_due.DUE:,} due, leasing them):",
        file=out,
    )
    store = SqlStore.from_url(url)
    try:
        have, measured = 0, []
        for size in sorted({min(10_000, population), population}):
            await bench_due.grow(url, have, size)
            have = size
            times = await bench_due.time_due_query(store, url, size)
            measured.append(times)
            print(
                f"  {size:>9,} users: {times.idle_ms:7.2f} ms with 0 due, "
                f"{times.busy_ms:7.2f} ms with {min(bench_due.DUE, size):,} due",
                file=out,
                flush=True,
            )
        plan = await bench_due.plan(url)
    finally:
        await store.close()
    print(f"  plan: {plan}", file=out)
    uses_index = bench_due.INDEX in plan
    print(f"  uses the next_due_at index: {'yes' if uses_index else 'NO'}", file=out)
    worst = max(t.idle_ms for t in measured)
    growth = measured[-1].idle_ms / measured[0].idle_ms
    met = worst < IDLE_TARGET_MS and uses_index
    print(
        f"  target under {IDLE_TARGET_MS:.0f} ms with 0 due, not growing with users: "
        f"{'met' if met else 'NOT met'} (worst {worst:.2f} ms; "
        f"{measured[-1].users // measured[0].users}x the users took {growth:.1f}x the time)",
        file=out,
        flush=True,
    )


async def _fan_out(url: str, options: TickBench, out: TextIO) -> None:
    box = f"time-boxed at {options.seconds:g} s" if options.seconds else "to the end"
    print(
        f"fan-out to {options.users:,} due users, {bench_fanout.IN_FLIGHT} sends in flight, "
        f"{box}; the bare loop makes as many sends with the same concurrency:",
        file=out,
        flush=True,
    )
    latency = options.latency_ms / 1000
    shares, costs = {}, {}
    for label, wait in (("no latency", 0.0), (f"{options.latency_ms:g} ms latency", latency)):
        found = await bench_fanout.compare(url, options.users, wait, options.seconds)
        shares[label] = found.ratio
        costs[label] = found.bot
        print(
            f"  {label:>16}: bot {found.bot.per_second:9,.0f} sends/s "
            f"({found.bot.sends:,} in {found.bot.seconds:.1f} s), bare loop "
            f"{found.bare.per_second:11,.0f} sends/s: the bot reaches {_share(found.ratio)}; "
            f"the bot's CPU {1000 * found.bot.cpu_seconds / max(found.bot.sends, 1):.2f} ms "
            "per card",
            file=out,
            flush=True,
        )
    verdicts = "; ".join(
        f"{'met' if share >= SHARE_TARGET else 'NOT met'} with {label}"
        for label, share in shares.items()
    )
    print(f"  target: at least {SHARE_TARGET:.0%} of the bare loop: {verdicts}", file=out)
    alone = costs["no latency"]
    if alone.sends:
        print(
            "  (with no latency the bare loop only counts calls, so that ratio shows the "
            f"bot's own cost: {1000 * alone.seconds / alone.sends:.2f} ms of wall time per card)",
            file=out,
        )
    print(f"  for comparison: {PLATFORM_CAPS}", file=out, flush=True)
    traced_seconds = min(options.seconds, 20.0) if options.seconds else 0.0
    used = await bench_fanout.memory(url, options.users, traced_seconds)
    verdict = "met" if max(used.traced_peak_mb, used.rss_peak_mb) < MEMORY_TARGET_MB else "NOT met"
    scope = (
        "of this process so far"
        if used.rss_at_start_mb is None
        else f"during that fan-out (it began at {used.rss_at_start_mb:.0f} MB)"
    )
    print(
        f"memory: tracemalloc peak {used.traced_peak_mb:.1f} MB over a traced fan-out of "
        f"{used.traced_sends:,} sends; peak RSS {scope} {used.rss_peak_mb:.0f} MB;"
        f" target under {MEMORY_TARGET_MB:.0f} MB: {verdict}",
        file=out,
        flush=True,
    )


def _share(ratio: float) -> str:
    return f"{ratio:.1%}" if ratio >= 0.01 else f"{ratio:.4%}"
