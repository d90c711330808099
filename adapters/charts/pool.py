"""The `Charts` port drawing in a separate process, so a chart never pauses the bot.

A render is a tenth of a second or more of pure Python and C under the interpreter
lock: in a worker thread it still held the event loop back for 100 ms and more at a
time, and every other user's reply waited. Here the drawing happens in a small process
pool (one worker per spare core, at least one), started on the first chart and warmed
once so the fonts are loaded before anyone waits on them. The event loop only pickles
a `Progress` (plain values) and receives PNG bytes.

The pool's workers come from a `forkserver` (or `spawn` where there is none): a fresh
interpreter, never a fork of the running bot with its sockets, threads and database
connections. Pictures are kept in a small cache keyed by the data's fingerprint, so
drawing the same progress twice (a second /stats the same day, a summary sent again
after a failed send) costs nothing; a new record changes the fingerprint.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import multiprocessing
import os
import pickle
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

from core.advisor.picture import LadderPicture
from core.progress import Progress

T = TypeVar("T")
CACHE_BYTES = 16 * 1024 * 1024
"""About 150 full or 250 compact pictures: a day's repeat askers, not the whole user base."""
NICENESS = 10


def workers_for(cores: int | None) -> int:
    """One worker per core beyond the one the event loop needs, and at least one."""
    return max(1, (cores or 1) - 1)


def lower_priority(niceness: int = NICENESS) -> None:
    """Each worker's first act: yield the CPU to the bot's event loop when both want it.

    On two busy cores a worker at the same priority took the loop's core for up to
    80 ms at a time; at a lower one the kernel wakes the loop first, and the chart,
    which nobody is watching being drawn, waits those few milliseconds instead."""
    with contextlib.suppress(OSError, AttributeError):  # no nice() on some systems
        os.nice(niceness)


def draw(progress: Progress, small: bool) -> bytes:
    """Runs in a worker: the PNG. matplotlib is imported there only, never in the bot's
    own process, which stays tens of megabytes smaller for it."""
    from adapters.charts.progress import render

    return render(progress, small)


def draw_plan(ladder: LadderPicture) -> bytes:
    """Runs in a worker: the plan's ladder as a PNG (matplotlib stays in the workers)."""
    from adapters.charts.ladder import draw_ladder

    return draw_ladder(ladder)


def warm() -> int:
    """Runs once in each new worker: loads matplotlib, the fonts and the text caches."""
    from adapters.charts.warmup import warm_up

    return warm_up()


def fingerprint(progress: Progress, small: bool) -> bytes:
    """Equal for equal data: the picture is a function of these values and nothing else."""
    return hashlib.blake2b(pickle.dumps((progress, small)), digest_size=16).digest()


class PictureCache:
    """Least recently used PNGs, bounded by their total size in bytes."""

    def __init__(self, limit: int = CACHE_BYTES) -> None:
        self.limit = limit
        self.size = 0
        self.hits = 0
        self._pictures: OrderedDict[bytes, bytes] = OrderedDict()

    def get(self, key: bytes) -> bytes | None:
        picture = self._pictures.get(key)
        if picture is not None:
            self._pictures.move_to_end(key)
            self.hits += 1
        return picture

    def put(self, key: bytes, picture: bytes) -> None:
        if key in self._pictures or len(picture) > self.limit:
            return
        self._pictures[key] = picture
        self.size += len(picture)
        while self.size > self.limit:
            _key, dropped = self._pictures.popitem(last=False)
            self.size -= len(dropped)

    def __len__(self) -> int:
        return len(self._pictures)


def _context() -> multiprocessing.context.BaseContext:
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    return multiprocessing.get_context(method)


class ChartPool:
    """Charts drawn by worker processes; `close()` belongs in the bot's stop order."""

    def __init__(
        self,
        workers: int | None = None,
        cache: PictureCache | None = None,
        niceness: int = NICENESS,
    ) -> None:
        """`niceness` 0 keeps the workers at the caller's priority: for tests that run many
        processes on few cores, where a niced worker waits behind all of them."""
        self.workers = workers or workers_for(os.cpu_count())
        self.niceness = niceness
        self.cache = cache if cache is not None else PictureCache()
        self._executor: Executor | None = None
        self._warming: asyncio.Future[list[int]] | None = None

    async def progress_chart(self, progress: Progress, small: bool = False) -> bytes:
        key = fingerprint(progress, small)
        cached = self.cache.get(key)
        if cached is not None:
            return cached
        picture = await self.run(draw, progress, small)
        self.cache.put(key, picture)
        return picture

    async def ladder_chart(self, ladder: LadderPicture) -> bytes:
        return await self.run(draw_plan, ladder)

    async def run(self, work: Callable[..., T], *args: object) -> T:
        """`work(*args)` in a worker; `work` must be a top-level function of plain data.

        A worker that died (killed for memory, say) breaks the whole pool; the call is
        tried once more on a fresh one, so one lost process never ends every later chart."""
        for attempt in (1, 2):
            executor = await self.start()
            try:
                return await asyncio.get_running_loop().run_in_executor(executor, work, *args)
            except BrokenProcessPool:
                if self._executor is executor:
                    self._executor = None
                    executor.shutdown(wait=False, cancel_futures=True)
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    async def start(self) -> Executor:
        """Start the workers (once) and wait until each has warmed up."""
        if self._executor is None:
            self._executor = ProcessPoolExecutor(
                self.workers,
                mp_context=_context(),
                initializer=lower_priority,
                initargs=(self.niceness,),
            )
            loop = asyncio.get_running_loop()
            warming = [loop.run_in_executor(self._executor, warm) for _ in range(self.workers)]
            self._warming = asyncio.gather(*warming)
        assert self._warming is not None
        await asyncio.shield(self._warming)
        return self._executor

    async def close(self) -> None:
        """Let a render in progress finish, drop the queued ones, stop the workers."""
        executor, self._executor = self._executor, None
        if executor is not None:
            await asyncio.to_thread(executor.shutdown, wait=True, cancel_futures=True)
