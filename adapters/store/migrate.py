"""Bring a database's schema up to date: `askanyway db upgrade` and every start call this.

Alembic owns the schema; this runs `alembic upgrade head` in process, with no `alembic.ini`
needed, over one connection and one transaction. On PostgreSQL an advisory lock held for that
transaction makes a second process that starts at the same moment wait, then find nothing to
do, instead of creating the same tables twice. On SQLite an advisory lock on the database
file (`flock`, which SQLite's own locks never touch) does the same: two processes starting at
once on a new file met "database is locked" while the first switched the file to WAL, before
any busy timeout applied. When the schema is current it is a no-op.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import BinaryIO

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, make_url, text

from adapters.store.database import create_engine, database_kind

try:
    import fcntl
except ImportError:  # no flock (Windows): one process per SQLite file, as the README says
    fcntl = None  # type: ignore[assignment]

MIGRATIONS = Path(__file__).resolve().parent / "migrations"

# Any fixed number, the same in every process: the name of the migration lock.
_POSTGRES_LOCK_KEY = 7_140_523_101


def alembic_config() -> Config:
    """Alembic's configuration, built in code so an installed bot needs no ini file."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
    return config


def head_revision() -> str | None:
    """The revision the code expects the database to be at."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


async def upgrade(url: str) -> None:
    """Apply every migration the database at `url` has not had yet."""
    async with _one_upgrade_at_a_time(url):
        await _upgrade(url)


@contextlib.asynccontextmanager
async def _one_upgrade_at_a_time(url: str) -> AsyncIterator[None]:
    """On SQLite, hold an exclusive `flock` on the database file while upgrading."""
    database = make_url(url).database if database_kind(url) == "sqlite" else None
    if fcntl is None or not database or database.startswith("file:"):
        yield
        return
    with _opened(database) as held:
        await asyncio.to_thread(fcntl.flock, held, fcntl.LOCK_EX)  # the loop keeps running
        try:
            yield
        finally:
            fcntl.flock(held, fcntl.LOCK_UN)


def _opened(database: str) -> BinaryIO:
    """The database file, created empty if new (an empty file is an empty SQLite database)."""
    path = Path(database).expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    return path.open("ab")


async def _upgrade(url: str) -> None:
    engine = create_engine(url)
    try:
        async with engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                await connection.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"), {"key": _POSTGRES_LOCK_KEY}
                )
            await connection.run_sync(_upgrade_on)
    finally:
        await engine.dispose()


async def current_revision(url: str) -> str | None:
    """The revision the database at `url` is at; None for an empty database."""
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            return await connection.run_sync(_revision_of)
    finally:
        await engine.dispose()


def _upgrade_on(connection: Connection) -> None:
    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


def _revision_of(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()
