"""The unit of work over SQLAlchemy: every store call inside `transaction()` shares one.

Each store method asks `_writing()` or `_reading()` for a connection. Outside a unit that is
a transaction of its own, committed as the method returns (reads take the read-only engine,
which on SQLite never waits behind a writer). Inside `transaction()` it is the unit's one
connection, so what the block saves commits together when it ends, and none of it when the
block raises. The unit is found through a context variable, so it follows the task that
opened it (and tasks it starts), never another request running alongside, and it names its
store, so a second store in the same task (another process, in tests) is not drawn in.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from contextvars import ContextVar
from typing import TypeVar

from sqlalchemy import Connection
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from adapters.store.database import OneWriterAtATime

T = TypeVar("T")
_UNIT: ContextVar[tuple[int, AsyncConnection] | None] = ContextVar("store_unit", default=None)


class Transactions:
    _engine: AsyncEngine
    _reader: AsyncEngine

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[None]:
        """One transaction for the block; a block inside another joins the outer one."""
        if self._unit() is not None:
            yield
            return
        async with self._engine.begin() as connection:
            token = _UNIT.set((id(self), connection))
            try:
                yield
            finally:
                _UNIT.reset(token)

    @asynccontextmanager
    async def _writing(self) -> AsyncIterator[AsyncConnection]:
        unit = self._unit()
        if unit is not None:
            yield unit
            return
        async with self._engine.begin() as connection:
            yield connection

    async def _write_at_once(self, work: Callable[[Connection], T]) -> T:
        """`work`, a write whose statements are all known up front, given a synchronous
        connection: in the unit when one is open, else in a transaction of its own; on
        SQLite that one runs in a single trip to a thread (`OneWriterAtATime.write_at_once`)
        rather than a trip per statement."""
        unit = self._unit()
        if unit is not None:
            return await unit.run_sync(work)
        if isinstance(self._engine, OneWriterAtATime):
            return await self._engine.write_at_once(work)
        async with self._engine.begin() as connection:
            return await connection.run_sync(work)

    @asynccontextmanager
    async def _reading(self) -> AsyncIterator[AsyncConnection]:
        """Reads inside a unit see its own writes; outside, a read-only transaction."""
        unit = self._unit()
        if unit is not None:
            yield unit
            return
        async with self._reader.begin() as connection:
            yield connection

    def _unit(self) -> AsyncConnection | None:
        active = _UNIT.get()
        return active[1] if active is not None and active[0] == id(self) else None
