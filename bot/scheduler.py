"""The one scheduler job: the tick. The database decides what is due, not the job list.

APScheduler runs a single interval job; there is no job per user, so a hundred
thousand users cost one indexed query per tick. A tick that is still running when
the next one is due is not started twice (max_instances=1, coalesced).

`Ticking` is how the bot runs it: a tick in progress when the bot stops is finished,
not cancelled (see its docstring).
"""

from __future__ import annotations

import asyncio
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

    # APScheduler reads an explicit `next_run_time=None` as "add the job paused", so the
    # option is passed only when a first run is asked for; else the first tick comes one
    # interval after the start, as the trigger says.
    first: dict[str, datetime] = {} if first_run is None else {"next_run_time": first_run}
    scheduler = AsyncIOScheduler(timezone="UTC")
    scheduler.add_job(
        run_tick,
        "interval",
        seconds=seconds,
        id="tick",
        max_instances=1,
        coalesce=True,
        **first,
    )
    return scheduler


class Ticking:
    """The scheduler and its tick, stopped so that a tick in progress is finished.

    On shutdown APScheduler cancels a coroutine job that is still running. A tick cancelled
    halfway may leave a card sent but not marked sent, and a database call cancelled halfway
    can leave its connection in a state that nothing closes: the process then never exits
    after SIGTERM. So each tick runs in a task of its own, shielded from the job's
    cancellation, and `stop` first pauses the job, then waits for the tick in progress, and
    only then shuts the scheduler down.

    A tick that outlasts the stop's `grace` is cancelled all the same, in two steps: after
    `grace - settle` seconds, when it drops what it was doing but for the sends already on
    their way to the platform, which it lets finish and records (`Deliveries.tick`: cut off,
    such a send may have reached the person unrecorded, and the next start sends it
    again); and at the end of the grace, when it stops whatever is left.
    """

    def __init__(
        self,
        tick: Callable[[], Awaitable[object]],
        seconds: float,
        *,
        grace: float = 3.0,
        settle: float = 1.0,
        first_run: datetime | None = None,
        on_stop: Callable[[], None] | None = None,
    ) -> None:
        self._tick = tick
        self._grace = grace
        self._settle = min(settle, grace / 2)
        self._on_stop = on_stop
        self._running: asyncio.Task[object] | None = None
        self.scheduler = build_scheduler(self._shielded, seconds, first_run)

    async def _shielded(self) -> object:
        self._running = asyncio.ensure_future(self._tick())
        return await asyncio.shield(self._running)

    def start(self) -> None:
        self.scheduler.start()

    async def stop(self) -> None:
        """No new ticks; wind the running one down (`on_stop`) and wait up to `grace`
        seconds for it (cancelled in two steps, see the class), then shut down. The grace
        is part of the bot's stop budget: the whole stop must end within 10 s (Docker's
        default; systemd's TimeoutStopSec)."""
        self.scheduler.pause()
        if self._on_stop is not None:
            self._on_stop()
        running = self._running
        if running is not None and not running.done():
            first = self._grace - self._settle
            done, _ = await asyncio.wait({running}, timeout=first)
            if not done:
                log.warning(
                    "the tick did not finish within %.1f s of the stop; sends under way get "
                    "%.1f s more",
                    first,
                    self._settle,
                )
                running.cancel()
                done, _ = await asyncio.wait({running}, timeout=self._settle)
            if not done:
                log.warning("sends under way at the stop were cut off after %.1f s", self._grace)
                running.cancel()
        self.scheduler.shutdown(wait=False)
