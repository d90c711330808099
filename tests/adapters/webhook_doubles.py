"""Test doubles for the webhook tests: a conversation held at a gate, an inbox that reports.

`WatchedInbox` is the real inbox over a real database; it only adds what a test must
await (an update marked handled) and switches for a database that is away.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from adapters.store.inbound import InboundUpdates
from adapters.store.schema import telegram_updates
from core.messages import Event, Reply
from tests.adapters.conftest import ScriptedConversation


class GatedConversation(ScriptedConversation):
    """Answers like the scripted one, but only once the test opens the gate."""

    def __init__(self) -> None:
        super().__init__()
        self.gate = asyncio.Event()
        self.gate.set()
        self.entered = asyncio.Event()

    async def handle(self, event: Event) -> list[Reply]:
        self.entered.set()
        await self.gate.wait()
        return await super().handle(event)


class WatchedInbox(InboundUpdates):
    """The real inbox, telling the test when an update is marked handled."""

    def __init__(self, engine: AsyncEngine) -> None:
        super().__init__(engine)
        self.handled: list[int] = []
        self.failing_saves = 0
        self.failing_marks = 0
        self._changed = asyncio.Condition()

    async def save(self, update_id: int, body: Mapping[str, Any], now: datetime) -> bool:
        if self.failing_saves:
            self.failing_saves -= 1
            raise ConnectionRefusedError("the database is away")
        return await super().save(update_id, body, now)

    async def mark_handled(self, update_id: int, now: datetime) -> None:
        if self.failing_marks:
            self.failing_marks -= 1
            raise ConnectionRefusedError("the database is away")
        await super().mark_handled(update_id, now)
        async with self._changed:
            self.handled.append(update_id)
            self._changed.notify_all()

    async def wait_handled(self, count: int) -> None:
        async with asyncio.timeout(5), self._changed:
            await self._changed.wait_for(lambda: len(self.handled) >= count)

    async def rows(self) -> list[dict[str, Any]]:
        query = select(telegram_updates).order_by(telegram_updates.c.update_id)
        async with self.engine.connect() as connection:
            return [dict(row) for row in (await connection.execute(query)).mappings()]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port
