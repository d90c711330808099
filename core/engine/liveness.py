"""One process's heartbeat among several on one database, and its fair share of the work.

Every few seconds the process refreshes its heartbeat row and takes over the claims of any
process whose heartbeat is older than `timeout`: those cards go out seconds after a crash,
not when their lease runs out. A process sends on a claim only while its own heartbeat is
provably fresh (`may_send`): it stops a beat before anyone could take its claims over, so
two live processes never both send the same card; only what was already in flight when a
process was lost can go out twice.

The fair share: a process claims no more than it can send within `horizon` at its part
of the platform's rate (`claim_size`), so a process that starts a moment later still finds
work, and a slow or stuck one holds little.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from core.storage.liveness import Liveness, Takeover


@dataclass(frozen=True, slots=True)
class LivenessConfig:
    timeout: timedelta = timedelta(seconds=15)
    """A heartbeat older than this is a process gone: its claims are taken over."""
    beat_every: timedelta = timedelta(seconds=3)
    horizon: timedelta = timedelta(seconds=5)
    """A process claims what it can send in this long at its share of the platform's rate."""
    rates: Mapping[str, float] | None = None
    """Sends a second per platform (the whole bot's, shared by its processes)."""

    def __post_init__(self) -> None:
        if self.beat_every * 2 > self.timeout:
            raise ValueError("the heartbeat must beat at least twice within its timeout")


class Heartbeat:
    """This process's liveness as the tick sees it; `beat` is called every `beat_every`."""

    def __init__(
        self,
        liveness: Liveness,
        clock: Callable[[], datetime],
        config: LivenessConfig | None = None,
        on_takeover: Callable[[Takeover], None] | None = None,
    ) -> None:
        self.liveness = liveness
        self.clock = clock
        self.config = config or LivenessConfig()
        self.on_takeover = on_takeover
        self.since: datetime | None = None
        """When this process last registered: claims from before are not its to send."""
        self.last_beat: datetime | None = None
        self.processes = 1

    async def beat(self) -> Takeover:
        """Refresh the heartbeat, then take over the claims of processes gone quiet."""
        now = self.clock()
        if not await self.liveness.beat(now):
            self.since = now
        self.last_beat = now
        dead_before = now - self.config.timeout
        taken = await self.liveness.take_over(now, dead_before)
        self.processes = await self.liveness.live(dead_before)
        if (taken.processes or taken.claims) and self.on_takeover is not None:
            self.on_takeover(taken)
        return taken

    def alive(self) -> bool:
        """True while no other process could yet have taken this one's claims over: a
        beat short of the timeout, so a beat that is slow to commit is no risk."""
        if self.last_beat is None:
            return False
        fresh_until = self.last_beat + self.config.timeout - self.config.beat_every
        return self.clock() < fresh_until

    def may_send(self, claimed_at: datetime) -> bool:
        """Whether a claim taken at `claimed_at` is still this process's to send."""
        return self.alive() and self.since is not None and claimed_at >= self.since

    def claim_size(self, platform: str | None, batch: int) -> int:
        """How many rows to claim at a time: `batch`, or less when the platform's rate
        shared among the live processes sends fewer than that within the horizon."""
        rates = self.config.rates or {}
        rate = rates.get(platform or "")
        if rate is None:
            return batch
        share = rate * self.config.horizon.total_seconds() / max(1, self.processes)
        return max(1, min(batch, math.ceil(share)))

    async def run(self, stopping: asyncio.Event, on_error: Callable[[Exception], None]) -> None:
        """Beat every `beat_every` until `stopping` is set; a failed beat is reported and
        the next one tried (meanwhile `alive` runs out and sending stops by itself)."""
        every = self.config.beat_every.total_seconds()
        while not stopping.is_set():
            try:
                await self.beat()
            except Exception as error:  # the database may be back by the next beat
                on_error(error)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stopping.wait(), every)

    async def leave(self) -> None:
        await self.liveness.leave()
