"""Draining one queue of due rows: claim a batch, prepare it, run its jobs with a few in
flight, repeat.

Users' deliveries and group challenges' deliveries are drained the same way; only how a
batch is claimed and prepared differ. Users' morning cards are prepared for the whole
batch at once (see `delivery`); a group's deliveries are few and each runs on its own.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial
from typing import Any, Generic, TypeVar

from core.engine.context import Ctx

DueT = TypeVar("DueT")
ItemT = TypeVar("ItemT")
T = TypeVar("T")

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


Job = Callable[[], Awaitable[str]]
"""One delivery's remaining work (usually the send and its record); returns how it ended."""


@dataclass(frozen=True, slots=True)
class Prepared:
    """A claimed batch made ready: deliveries that already ended while preparing (early,
    too late, taken by another worker) and the jobs left to run."""

    ended: Counter[str] = field(default_factory=Counter)
    jobs: list[Job] = field(default_factory=list)


def one_by_one(
    deliver: Callable[[DueT], Awaitable[str]],
) -> Callable[[Sequence[DueT]], Awaitable[Prepared]]:
    """Preparation for rows that are each delivered on their own, from start to end."""

    async def prepare(due: Sequence[DueT]) -> Prepared:
        return Prepared(jobs=[partial(deliver, item) for item in due])

    return prepare


async def drain(
    ctx: Ctx,
    claim: Callable[[datetime, datetime, int], Awaitable[Sequence[DueT]]],
    prepare: Callable[[Sequence[DueT]], Awaitable[Prepared]],
    *,
    batch: int | Callable[[], int],
    in_flight: int,
    gate: asyncio.Semaphore | None = None,
) -> Counter[str]:
    """Deliver everything due now; returns how each delivery ended.

    At most `in_flight` jobs run at once. While one batch's jobs run, the next batch is
    claimed and prepared, and its jobs queue behind them, so the database work for a batch
    overlaps the network time of the one before and the sends never pause between
    batches. At most two batches are held at a time. A caller that passes its own `gate`
    (of `in_flight` places) may open it wide to let queued jobs end quickly at a stop.
    A `batch` given as a function is asked before each claim: a fair share that shrinks
    as other processes start (`liveness.Heartbeat.claim_size`).
    """
    results: Counter[str] = Counter()
    gate = gate or asyncio.Semaphore(in_flight)

    async def run(job: Job) -> None:
        async with gate:
            results[await job()] += 1

    async with asyncio.TaskGroup() as tasks:
        earlier: list[asyncio.Task[None]] = []
        more = True
        while more:
            now = ctx.now()
            size = batch() if callable(batch) else batch
            due = await claim(now, now + ctx.config.delivery_lease, size)
            more = len(due) == size
            prepared = await prepare(due)
            results.update(prepared.ended)
            queued = [tasks.create_task(run(job)) for job in prepared.jobs]
            if earlier:
                await asyncio.wait(earlier)
            earlier = queued
    return results


class OnTheWire:
    """Sends on their way to the platform, each with its record, out of reach of the
    tick's cancellation.

    A stop cancels a tick that outlasts its grace. A send cancelled after its request
    left may have reached the person, yet it is never recorded, and the next start, which
    takes the stopped process's claims over at once (`liveness`), sends it again. So a
    send runs here from its turn until its outcome is recorded: cancelling the job that
    awaits it leaves it running, and a cancelled tick waits for what is still under way
    (`finish`) until it is cancelled once more, at the stop's last deadline. Only a send
    still unanswered then is cut off; it counts as in flight, and like a send under way
    at a crash it may go out again.
    """

    def __init__(self) -> None:
        self._under_way: set[asyncio.Task[Any]] = set()

    def __len__(self) -> int:
        return len(self._under_way)

    async def run(self, send: Coroutine[Any, Any, T]) -> T:
        attempt = asyncio.ensure_future(send)
        self._under_way.add(attempt)
        attempt.add_done_callback(self._under_way.discard)
        return await asyncio.shield(attempt)

    async def finish(self) -> None:
        """Wait until every send under way has ended and been recorded; cancelled, cut
        them off."""
        under_way = set(self._under_way)
        try:
            if under_way:
                await asyncio.wait(under_way)
        finally:
            for attempt in under_way:
                attempt.cancel()


class GroupCommit(Generic[ItemT]):
    """Records that many concurrent jobs need durable, written in shared transactions.

    A caller waits until the transaction holding its item has committed, so a job is not
    counted done, nor its place in the drain given to another, before its record is
    durable: what a crash can leave sent but unrecorded stays bounded by the drain's
    `in_flight`. Yet the database sees one commit per group rather than one per send:
    items that arrive while a commit runs go into the next one together.
    """

    def __init__(self, write: Callable[[list[ItemT]], Awaitable[None]]) -> None:
        self._write = write
        self._waiting: list[tuple[ItemT, asyncio.Future[None]]] = []
        self._writer: asyncio.Task[None] | None = None

    async def add(self, item: ItemT) -> None:
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiting.append((item, done))
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._write_all())
        await done

    async def _write_all(self) -> None:
        while self._waiting:
            taken, self._waiting = self._waiting, []
            try:
                await self._write([item for item, _done in taken])
            except asyncio.CancelledError:
                for _item, done in [*taken, *self._waiting]:
                    done.cancel()
                raise
            except Exception as error:  # each waiter raises it: their sends stay unrecorded
                _settle(taken, error)
            else:
                _settle(taken, None)


def _settle(taken: list[tuple[ItemT, asyncio.Future[None]]], error: Exception | None) -> None:
    for _item, done in taken:
        if done.done():  # its waiter was cancelled meanwhile
            continue
        if error is None:
            done.set_result(None)
        else:
            done.set_exception(error)
