"""The operator's view of the tick: what failed, how long the platform asked to wait, what
waits for a retry and when it comes; in the log, and in the metrics when they are on.

Core reports each delivery's end to a `DeliveryWatch` (core.telemetry); this is the one the
bot runs. Failures are summed up once per tick, at WARNING, so a storm of 429s is a few
lines rather than thousands; each one is at DEBUG. Nothing here ever sees what a message
said: only platform, kind, the error's class and times.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from core.engine.fan_out import GONE, RETRY, SENT
from core.telemetry import Ended

log = logging.getLogger("bot.deliveries")


class Meter(Protocol):
    """Where counts go besides the log (`bot.metrics.Metrics`, when METRICS_LISTEN is set)."""

    def delivery_ended(self, ended: Ended) -> None: ...
    def tick_finished(self, seconds: float, waiting: Mapping[tuple[str, str], int]) -> None: ...


@dataclass
class DeliveryLog:
    """Collects one tick's failures and says what they add up to when the tick ends."""

    meter: Meter | None = None
    clock: Callable[[], float] = time.monotonic
    last_tick_at: float | None = None
    """When the last tick finished (monotonic seconds), for the readiness check."""
    _waiting: list[Ended] = field(default_factory=list)

    def ended(self, ended: Ended) -> None:
        if self.meter is not None:
            self.meter.delivery_ended(ended)
        if ended.outcome == RETRY:
            self._waiting.append(ended)
            log.debug(
                "a %s to %s failed (%s); asked to wait %s s; next try at %s",
                ended.kind,
                ended.platform,
                ended.error or "unknown",
                _seconds(ended.retry_after),
                _when(ended.retry_at),
            )
        elif ended.outcome == GONE:
            log.info(
                "a %s to %s found the person gone (blocked the bot or left); "
                "nothing more is sent to them",
                ended.kind,
                ended.platform,
            )

    def tick_done(self, results: Mapping[str, int], seconds: float) -> None:
        """Log the tick's outcome: a summary of what waits for a retry, if anything does."""
        waiting = Counter((e.platform, e.kind) for e in self._waiting)
        if self.meter is not None:
            self.meter.tick_finished(seconds, waiting)
        self.last_tick_at = self.clock()
        if self._waiting:
            self._summarise(results)
        elif results:
            log.debug("tick: %s in %.2f s", dict(results), seconds)
        self._waiting = []

    def _summarise(self, results: Mapping[str, int]) -> None:
        failed = self._waiting
        by_what = Counter((e.platform, e.kind) for e in failed)
        errors = Counter(e.error or "unknown" for e in failed)
        asked = [e.retry_after for e in failed if e.retry_after is not None]
        times = sorted(e.retry_at for e in failed if e.retry_at is not None)
        log.warning(
            "%d deliveries failed and wait for a retry (%s; errors: %s); %s; "
            "retries from %s to %s; %d sent this tick",
            len(failed),
            ", ".join(f"{n} {kind} on {platform}" for (platform, kind), n in by_what.items()),
            ", ".join(f"{name} ×{n}" for name, n in errors.most_common()),
            f"the platform asked to wait up to {max(asked):.0f} s" if asked else "no wait asked",
            _when(times[0] if times else None),
            _when(times[-1] if times else None),
            results.get(SENT, 0),
        )


def timed_tick(
    tick: Callable[[], Awaitable[Mapping[str, int]]],
    watch: DeliveryLog,
    clock: Callable[[], float] = time.monotonic,
) -> Callable[[], Awaitable[Mapping[str, int]]]:
    """The tick, with its duration and outcome handed to the watch."""

    async def run() -> Mapping[str, int]:
        started = clock()
        results = await tick()
        watch.tick_done(results, clock() - started)
        return results

    return run


def _seconds(value: float | None) -> str:
    return "no" if value is None else f"{value:.0f}"


def _when(moment: datetime | None) -> str:
    return "-" if moment is None else moment.strftime("%H:%M:%S UTC")
