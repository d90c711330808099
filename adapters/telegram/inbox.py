"""Handles the Telegram updates the webhook stored, oldest first, marking each when done.

The worker reads unhandled rows from the inbox (`core.ports_inbound.InboundStore`) in
`update_id` order and gives each to `process` (the same path polling uses: the application's
update processor, so one chat's updates stay in order while chats run side by side). A row is
marked handled only after `process` returns, when the engine has committed and the
replies are out; so handling is at least once: a crash in between runs the update again on
the next start, and nothing Telegram was told was received is ever lost.

It wakes when the webhook stores an update, when a handling ends, and every
`sweep_seconds` (on PostgreSQL another process may have stored updates, or may have died
leading). It purges handled rows older than `keep` at most once per `purge_every`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any

from core.ports import Clock
from core.ports_inbound import InboundStore, InboundUpdate, Lead

Process = Callable[[dict[str, Any]], Awaitable[None]]
_log = logging.getLogger(__name__)


class InboxWorker:
    def __init__(
        self,
        inbound: InboundStore,
        process: Process,
        clock: Clock,
        *,
        batch: int = 100,
        sweep_seconds: float = 1.0,
        keep: timedelta = timedelta(days=1),
        purge_every: timedelta = timedelta(hours=1),
    ) -> None:
        self._inbound = inbound
        self._process = process
        self._clock = clock
        self._batch = batch
        self._sweep_seconds = sweep_seconds
        self._keep = keep
        self._purge_every = purge_every
        self._wake = asyncio.Event()
        self._in_flight: dict[int, asyncio.Task[None]] = {}
        self._unmarked: set[int] = set()
        self._marked: set[int] = set()
        self._lead: Lead | None = None
        self._last_purge: datetime | None = None
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name="telegram-inbox")

    def nudge(self) -> None:
        """Something new was stored: look now rather than at the next sweep."""
        self._wake.set()

    async def stop(self, grace_seconds: float) -> None:
        """Stop taking rows; give those in hand `grace_seconds`, then leave them for later.

        A handling cut short stays unhandled and runs again on the next start.
        """
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        await self._finish_in_flight(grace_seconds)
        with contextlib.suppress(Exception):
            await self._retry_marks()
        lead, self._lead = self._lead, None
        if lead is not None:
            await lead.release()

    async def _run(self) -> None:
        while True:
            try:
                await self._step()
            except Exception as error:
                _log.warning(
                    "reading the Telegram inbox failed (%s); retrying", type(error).__name__
                )
            if self._lead is None:
                self._wake.clear()  # not ours to handle: look again at the next sweep
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(self._sweep_seconds):
                    await self._wake.wait()

    async def _step(self) -> None:
        if not await self._leading():
            return
        self._wake.clear()
        await self._retry_marks()
        await self._purge_if_due()
        # Marks committed before the read cannot show up in it; later ones still can.
        settled = set(self._marked)
        rows = await self._inbound.unhandled(self._batch)
        self._marked -= settled
        busy = self._in_flight.keys() | self._unmarked | self._marked
        for row in rows:
            if row.update_id not in busy:
                self._in_flight[row.update_id] = asyncio.create_task(
                    self._handle(row), name=f"telegram-update-{row.update_id}"
                )

    async def _leading(self) -> bool:
        if self._lead is None:
            self._lead = await self._inbound.try_lead()
            return self._lead is not None
        try:
            await self._lead.check()
        except Exception:
            lead, self._lead = self._lead, None
            await lead.release()
            raise
        return True

    async def _handle(self, row: InboundUpdate) -> None:
        try:
            try:
                await self._process(row.body)
            except Exception as error:
                # A body the library cannot read would fail the same way every time, so it
                # is marked all the same. No traceback: it could quote what someone wrote.
                _log.error(
                    "Telegram update %s could not be handled (%s)",
                    row.update_id,
                    type(error).__name__,
                )
            try:
                await self._mark(row.update_id)
            except Exception as error:
                self._unmarked.add(row.update_id)
                _log.warning(
                    "marking Telegram update %s handled failed (%s); retrying",
                    row.update_id,
                    type(error).__name__,
                )
        finally:
            self._in_flight.pop(row.update_id, None)
            self._wake.set()

    async def _mark(self, update_id: int) -> None:
        await self._inbound.mark_handled(update_id, self._clock.now())
        self._unmarked.discard(update_id)
        self._marked.add(update_id)

    async def _retry_marks(self) -> None:
        """Handled, but the mark failed: mark again rather than handle twice."""
        for update_id in sorted(self._unmarked):
            await self._mark(update_id)

    async def _purge_if_due(self) -> None:
        now = self._clock.now()
        if self._last_purge is not None and now - self._last_purge < self._purge_every:
            return
        self._last_purge = now
        removed = await self._inbound.purge(now - self._keep)
        if removed:
            _log.info("purged %d handled Telegram updates", removed)

    async def _finish_in_flight(self, grace_seconds: float) -> None:
        tasks = list(self._in_flight.values())
        if not tasks:
            return
        _done, late = await asyncio.wait(tasks, timeout=max(grace_seconds, 0))
        for task in late:
            task.cancel()
        await asyncio.gather(*late, return_exceptions=True)
        if late:
            _log.info("left %d Telegram updates for the next start", len(late))
