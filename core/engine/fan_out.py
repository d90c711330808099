"""Draining one queue of due rows: claim a batch, deliver with a few in flight, repeat.

Users' deliveries and group challenges' deliveries are drained the same way; only how a
batch is claimed and how one row is delivered differ.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime, timedelta
from typing import TypeVar

from core.engine.context import Ctx

DueT = TypeVar("DueT")

# How a delivery ended, for users and groups alike.
SENT, SKIPPED, FAILED, RETRY, GONE, RESCHEDULED = (
    "sent",
    "skipped",
    "failed",
    "retry",
    "gone",
    "rescheduled",
)
LATE_GRACE = timedelta(hours=1)
"""After downtime, how long past its time a delivery may still go out (if past the cutoff)."""


async def drain(
    ctx: Ctx,
    claim: Callable[[datetime, datetime, int], Awaitable[Sequence[DueT]]],
    deliver: Callable[[DueT], Awaitable[str]],
    *,
    batch: int,
    in_flight: int,
) -> Counter[str]:
    """Deliver everything due now; returns how each delivery ended."""
    results: Counter[str] = Counter()
    gate = asyncio.Semaphore(in_flight)

    async def one(item: DueT) -> None:
        async with gate:
            results[await deliver(item)] += 1

    while True:
        now = ctx.now()
        due = await claim(now, now + ctx.config.delivery_lease, batch)
        async with asyncio.TaskGroup() as tasks:
            for item in due:
                tasks.create_task(one(item))
        if len(due) < batch:
            return results
