"""The one scheduler job: the tick. The database decides what is due, not the job list.

APScheduler runs a single interval job; there is no job per user, so a hundred
thousand users cost one indexed query per tick. A tick that is still running when
the next one is due is not started twice (max_instances=1, coalesced).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import datetime

from apscheduler.schedulers.asyncio import AsyncIOScheduler

log = logging.getLogger(__name__)


def build_scheduler(
    tick: Callable[[], Awaitable[object]], seconds: float, first_run: datetime | None = None
) -> AsyncIOScheduler:
    async def run_tick() -> None:
        try:
            result = await tick()
            if result:
                log.info("tick: %s", result)
        except Exception:
            log.exception("the tick failed; the next one will try again")

    scheduler = AsyncIOScheduler(timezone="UTC")
    scheduler.add_job(
        run_tick,
        "interval",
        seconds=seconds,
        id="tick",
        max_instances=1,
        coalesce=True,
        next_run_time=first_run,
    )
    return scheduler
