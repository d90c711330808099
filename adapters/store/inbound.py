"""The Telegram webhook's inbox: every update stored before Telegram hears "received".

Telegram forgets an update once the webhook answers 200, so the answer waits for this
table's commit, and a crash afterwards loses nothing: the update stays unhandled until a
worker (`adapters.telegram.webhook`) has run it through the engine and `mark_handled`.
This is a Telegram detail behind its own small port (`core.ports_inbound`), not part of
the engine's `Store` port.

- **Deduplicated by `update_id`.** Telegram redelivers when an answer is late or lost;
  `save` inserts with ON CONFLICT DO NOTHING, so a redelivery is a no-op. Telegram may
  start update ids afresh (at random) after a long quiet spell, and handled rows are purged
  after a day, so a reused id is only refused within that window: a new update that drew
  the id of one handled in the last day would be taken for a redelivery.
- **The body holds what people wrote.** It is deleted when the update is handled (the row
  keeps only its id and times, until the purge). Rows have no user: an update still waiting
  to be handled is part of nobody's export and survives a deletion until it is handled.
- **One worker at a time.** Handling runs in `update_id` order in one process: on
  PostgreSQL, several processes may receive updates behind one URL, and the one holding
  `try_lead`'s advisory lock handles them all; a crash ends its session and frees the lock
  for another. SQLite serves one process, so leading is always granted there.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, null, select, text, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from adapters.store.database import create_engine, insert_for, reader
from adapters.store.schema import telegram_updates
from core.ports_inbound import InboundUpdate, Lead

# The advisory lock key, a stable 64-bit number derived from a name (PostgreSQL takes bigint).
WORKER_LOCK_KEY = int.from_bytes(
    hashlib.sha256(b"askanyway:telegram_updates:worker").digest()[:8], "big", signed=True
)
_log = logging.getLogger(__name__)


class InboundUpdates:
    """The `core.ports_inbound.InboundStore` port over the bot's database."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine
        self._reader = reader(engine)

    @classmethod
    def from_url(cls, url: str) -> InboundUpdates:
        """An inbox with its own engine; the schema must already be migrated."""
        return cls(create_engine(url))

    @property
    def engine(self) -> AsyncEngine:
        return self._engine

    async def close(self) -> None:
        await self._engine.dispose()

    async def save(self, update_id: int, body: Mapping[str, Any], now: datetime) -> bool:
        """Store an update, committed on return; False when that id is already here."""
        async with self._engine.begin() as connection:
            insert = insert_for(connection, telegram_updates).values(
                update_id=update_id, body=dict(body), received_at=now
            )
            stored = await connection.execute(
                insert.on_conflict_do_nothing(index_elements=["update_id"]).returning(
                    telegram_updates.c.update_id
                )
            )
            return stored.first() is not None

    async def unhandled(self, limit: int) -> list[InboundUpdate]:
        """The oldest updates not yet handled, in `update_id` order."""
        query = (
            select(telegram_updates.c.update_id, telegram_updates.c.body)
            .where(telegram_updates.c.handled_at.is_(None))
            .order_by(telegram_updates.c.update_id)
            .limit(limit)
        )
        async with self._reader.begin() as connection:
            rows = (await connection.execute(query)).all()
        return [InboundUpdate(int(row.update_id), dict(row.body or {})) for row in rows]

    async def mark_handled(self, update_id: int, now: datetime) -> None:
        """Record that the update was handled, and forget what it said."""
        query = (
            update(telegram_updates)
            .where(
                telegram_updates.c.update_id == update_id,
                telegram_updates.c.handled_at.is_(None),
            )
            .values(handled_at=now, body=null())
        )
        async with self._engine.begin() as connection:
            await connection.execute(query)

    async def purge(self, before: datetime) -> int:
        """Remove rows handled before `before`; unhandled ones are work, never purged."""
        query = delete(telegram_updates).where(telegram_updates.c.handled_at < before)
        async with self._engine.begin() as connection:
            return (await connection.execute(query)).rowcount

    async def try_lead(self) -> Lead | None:
        """The right to handle the inbox, or None while another process holds it."""
        if self._engine.dialect.name != "postgresql":
            return _SoleProcess()
        connection = await self._engine.connect()
        try:
            await connection.execution_options(isolation_level="AUTOCOMMIT")
            locked = await connection.scalar(select(func.pg_try_advisory_lock(WORKER_LOCK_KEY)))
        except BaseException:
            await connection.close()
            raise
        if not locked:
            await connection.close()
            return None
        return _AdvisoryLead(connection)


class _SoleProcess:
    """SQLite: one process, so the right is never contested."""

    async def check(self) -> None:
        return None

    async def release(self) -> None:
        return None


class _AdvisoryLead:
    """A PostgreSQL session-level advisory lock, held on a connection of its own."""

    def __init__(self, connection: AsyncConnection) -> None:
        self._connection: AsyncConnection | None = connection

    async def check(self) -> None:
        if self._connection is None:
            raise RuntimeError("the inbox lead was released")
        await self._connection.execute(text("SELECT 1"))

    async def release(self) -> None:
        connection, self._connection = self._connection, None
        if connection is None:
            return
        try:
            await connection.scalar(select(func.pg_advisory_unlock(WORKER_LOCK_KEY)))
            await connection.close()
        except Exception as error:
            # A pooled connection must never keep the lock: throw this one away.
            _log.warning("releasing the inbox lead failed (%s)", type(error).__name__)
            await connection.invalidate()
            await connection.close()
