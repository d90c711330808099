"""Engines for the two supported databases, set up so that concurrent work waits, not fails.

SQLite serves one process: WAL lets readers go on while one writer writes, `synchronous=FULL`
makes an acknowledged commit survive a power cut, and write transactions take the write lock
at BEGIN (`BEGIN IMMEDIATE`), so two writers queue instead of one of them failing halfway
with "database is locked". Within the process they queue in turn on a lock (see
`OneWriterAtATime`); `busy_timeout` is left for other processes, such as a migration.
Transactions opened through `reader()` only read and begin deferred, so they never queue
behind a writer. PostgreSQL needs nothing
special: a normal pool, row locks. Both hide statement parameters in errors, because those
are what people wrote (a reflection), and an error goes to the log with its message.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Literal, TypeVar

import sqlalchemy
from sqlalchemy import Connection, Engine, Table, event
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import AdaptedConnection, make_url
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine

DatabaseKind = Literal["sqlite", "postgresql"]

# An execution option the store sets on read-only transactions; see `reader`.
READ_ONLY_OPTION = "askanyway_read_only"

_SUPPORTED = "use sqlite+aiosqlite:///path/to/file.db or postgresql+asyncpg://user@host/dbname"

_SQLITE_PRAGMAS = (
    # First, so the switch to WAL below waits for a lock another process holds (two
    # processes starting at once on a new file) instead of failing "database is locked".
    "PRAGMA busy_timeout=5000",
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    # Deleted rows are overwritten with zeros, so an erased reflection leaves no readable
    # trace in free pages of the file (see `forget_erased`).
    "PRAGMA secure_delete=ON",
)
_WRITE_WAIT_SECONDS = 60.0
T = TypeVar("T")


def database_kind(url: str) -> DatabaseKind:
    """Which supported database a URL names; anything else is refused with a clear message."""
    try:
        parsed = make_url(url)
    except Exception as error:
        raise ValueError(f"not a database URL: {url!r}; {_SUPPORTED}") from error
    if parsed.drivername == "sqlite+aiosqlite":
        return "sqlite"
    if parsed.drivername == "postgresql+asyncpg":
        return "postgresql"
    shown = parsed.render_as_string(hide_password=True)
    raise ValueError(f"unsupported database URL {shown!r}; {_SUPPORTED}")


def create_engine(url: str) -> AsyncEngine:
    """An async engine for `url`, with the per-database settings described above."""
    if database_kind(url) == "postgresql":
        return create_async_engine(url, pool_pre_ping=True, hide_parameters=True)
    parsed = make_url(url)
    database = parsed.database or ":memory:"
    if database == ":memory:" or parsed.query.get("mode") == "memory":
        raise ValueError(
            "an in-memory SQLite database lives and dies with one connection, so the migrated "
            "schema would be gone before the store used it: give a file path (a temporary "
            "directory is fine)"
        )
    _make_parent_directory(database)
    engine = OneWriterAtATime(create_async_engine(url, hide_parameters=True).sync_engine)
    event.listen(engine.sync_engine, "connect", _prepare_sqlite_connection)
    event.listen(engine.sync_engine, "begin", _begin_sqlite_transaction)
    return engine


class OneWriterAtATime(AsyncEngine):
    """A SQLite engine whose write transactions (`begin()`, `write_at_once()`) take turns on a
    lock, first come first served.

    SQLite's own wait for the write lock polls with growing sleeps and serves no queue, so
    with the tick's sixteen sends in flight a writer could lose every round and fail with
    "database is locked" after `busy_timeout`, aborting the tick (seen under load with 2,000
    users). Views made by `execution_options` (the `reader()`) are plain engines: readers
    never wait here.
    """

    def __init__(self, sync_engine: Engine) -> None:
        super().__init__(sync_engine)
        self._write_turn = asyncio.Lock()
        self._direct: tuple[Engine, ThreadPoolExecutor] | None = None

    async def _take_turn(self) -> None:
        async with asyncio.timeout(_WRITE_WAIT_SECONDS):  # a stuck writer becomes an error
            await self._write_turn.acquire()

    @contextlib.asynccontextmanager
    async def begin(self) -> AsyncIterator[AsyncConnection]:
        await self._take_turn()
        turn = [self._write_turn]  # given back once, as soon as the transaction has ended

        def give_back() -> None:
            if turn:
                turn.pop().release()

        try:
            async with self.connect() as connection:
                try:
                    async with connection.begin():
                        yield connection
                finally:
                    # Committed or rolled back: the next writer need not also wait while
                    # this connection goes back to the pool (one more trip to the driver's
                    # thread), which the morning fan-out's many small commits would feel.
                    give_back()
        finally:
            give_back()

    async def write_at_once(self, work: Callable[[Connection], T]) -> T:
        """`work` in a write transaction of its own, from BEGIN to COMMIT in one trip to a
        thread of this engine's, on a plain (synchronous) connection to the same file.

        Through the async driver each statement, the BEGIN, the COMMIT and the connection's
        return to the pool is a trip to the driver's thread and back through the event
        loop: nine for the two statements recording a group of sent cards, each waiting
        whenever the loop is busy (composing the next batch's cards), so the morning
        fan-out's commits stretched and the sends waiting on them held their places. The
        transaction is as durable (same pragmas, same BEGIN IMMEDIATE) and takes its turn
        with the others; a caller cancelled meanwhile leaves it to finish, and the turn is
        given back only then.
        """
        await self._take_turn()
        try:
            engine, thread = self._direct_writer()

            def run() -> T:
                with engine.begin() as connection:
                    return work(connection)

            done = asyncio.get_running_loop().run_in_executor(thread, run)
        except BaseException:
            self._write_turn.release()
            raise
        done.add_done_callback(lambda _done: self._write_turn.release())
        return await asyncio.shield(done)

    def _direct_writer(self) -> tuple[Engine, ThreadPoolExecutor]:
        if self._direct is None:
            url = self.url.set(drivername="sqlite")
            engine = sqlalchemy.create_engine(url, hide_parameters=True)
            event.listen(engine, "connect", _prepare_sqlite_connection)
            event.listen(engine, "begin", _begin_sqlite_transaction)
            self._direct = engine, ThreadPoolExecutor(1, thread_name_prefix="sqlite-writer")
        return self._direct

    async def dispose(self, close: bool = True) -> None:
        direct, self._direct = self._direct, None
        if direct is not None:  # its connection is closed in the thread that made it
            engine, thread = direct
            await asyncio.get_running_loop().run_in_executor(thread, engine.dispose, close)
            thread.shutdown()
        await super().dispose(close)


def reader(engine: AsyncEngine) -> AsyncEngine:
    """A view of `engine` (sharing its pool) whose transactions only read."""
    return engine.execution_options(**{READ_ONLY_OPTION: True})


def _make_parent_directory(database: str) -> None:
    if not database.startswith("file:"):
        Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)


def _prepare_sqlite_connection(dbapi_connection: Any, connection_record: Any) -> None:
    # Take BEGIN away from the driver, so `_begin_sqlite_transaction` decides how to begin.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        for pragma in _SQLITE_PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


def _begin_sqlite_transaction(connection: Connection) -> None:
    read_only = connection.get_execution_options().get(READ_ONLY_OPTION, False)
    begin = "BEGIN DEFERRED" if read_only else "BEGIN IMMEDIATE"
    adapted = connection.connection.dbapi_connection
    if isinstance(adapted, AdaptedConnection):
        # Straight to the driver: one trip to its thread, where a statement through
        # SQLAlchemy takes three (cursor, execute, close). Every transaction begins here,
        # and the morning fan-out commits its sent cards in many small ones.
        adapted.run_async(lambda driver: driver.execute(begin))
    else:
        connection.exec_driver_sql(begin)


async def forget_erased(engine: AsyncEngine) -> None:
    """After an erase on SQLite, copy the write-ahead log into the file and empty it.

    With `secure_delete` the erased rows are zeros in the pages the checkpoint writes, and the
    log, which still held the rows as they were before, is truncated to nothing. PostgreSQL
    keeps old row versions until VACUUM and in its backups, which the operator looks after
    (README, Privacy).
    """
    if engine.dialect.name != "sqlite":
        return
    async with engine.connect() as connection:
        await connection.run_sync(_checkpoint)


def _checkpoint(connection: Connection) -> None:
    # On the driver's connection, outside any transaction: a checkpoint cannot run inside one.
    cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        cursor.close()


def insert_for(
    connection: AsyncConnection | Connection, table: Table
) -> postgresql.Insert | sqlite.Insert:
    """The dialect's INSERT, which knows ON CONFLICT: a conflict need not abort the transaction."""
    if connection.dialect.name == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)
