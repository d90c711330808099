"""PostgreSQL for the tests: databases of this run's own, created on first use, dropped at the end.

ASKANYWAY_TEST_POSTGRES_URL names the server (default: the local one, trust auth). The database
in that URL is only where this run connects to create and drop its own: every run makes
`askanyway_test_<pid>_<random>` (and one more per fan-out scenario), so two `make test` runs at
once on one server never drop each other's tables. `tests/conftest.py` drops them when the run
ends; a run killed before that leaves them behind, named so that they are easy to find.

Where the role may not create databases, the URL's own database is used as it is (shared, as
before), and the run says so in its summary.
"""

from __future__ import annotations

import asyncio
import os
import secrets

import pytest
from sqlalchemy import Connection, MetaData, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from adapters.store.migrate import upgrade

SERVER_URL = os.environ.get(
    "ASKANYWAY_TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
)
PREFIX = "askanyway_test_"
_CONNECT_SECONDS = 2.0

# Asked once per run: whether the server answered (a missing server costs 2 s, not 2 s a test).
_problem: list[str | None] = []
# Every database this run created, dropped at the end.
_created: list[str] = []
_notes: list[str] = []
_migrated: list[str] = []
"""This run's migrated database, once made (see `migrated_database`)."""
_run: list[str] = []
"""This run's bare database, once made (see `run_database`)."""


async def require() -> None:
    """Skip the test when no server answers, or fail it under CI, where a skip must not pass."""
    if not _problem:
        _problem.append(await _unreachable(SERVER_URL))
    problem = _problem[0]
    if problem is None:
        return
    url = make_url(SERVER_URL)
    reason = (
        f"no PostgreSQL at {url.host}:{url.port or 5432} — start one or set "
        f"ASKANYWAY_TEST_POSTGRES_URL ({problem})"
    )
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(reason)
    pytest.skip(reason)


async def run_database() -> str:
    """The URL of this run's database for storage tests that want a bare one (created on
    the first call): never the migrated one, which those tests would empty."""
    await require()
    if not _run:
        _run.append(await new_database())
    return _run[0]


async def migrated_database() -> str:
    """The URL of this run's database at the newest schema, with every table emptied.

    Migrated on the first call only; later calls empty the tables and restart their ids
    (`_empty_rows`), which costs a fraction of running every migration again.
    """
    await require()
    if not _migrated:
        url = await new_database()
        await empty(url)
        await upgrade(url)
        _migrated.append(url)
        return url
    url = _migrated[0]
    await _empty_rows(url)
    return url


async def _empty_rows(url: str) -> None:
    """Empty every table and restart every id, as TRUNCATE ... RESTART IDENTITY would.

    DELETE, not TRUNCATE: a test leaves a handful of rows, and TRUNCATE gives each of the
    forty-odd tables and their indexes new files, which cost the server about 0.1 s of CPU
    a test (13 s a run). The tables are deleted from in reverse dependency order, read from
    the database once per run (the migrated schema does not change between tests)."""
    engine = create_async_engine(url)
    try:
        async with engine.begin() as connection:
            if not _emptying:
                _emptying.append(await connection.run_sync(_emptying_statements))
            for statement in _emptying[0]:
                await connection.execute(text(statement))
    finally:
        await engine.dispose()


_emptying: list[list[str]] = []
"""The statements that empty the migrated database, once read (see `_empty_rows`)."""


def _emptying_statements(connection: Connection) -> list[str]:
    existing = MetaData()
    existing.reflect(connection)
    tables = [t.name for t in reversed(existing.sorted_tables) if t.name != "alembic_version"]
    deletes = [f'DELETE FROM "{name}"' for name in tables]
    sequences = connection.execute(
        text("SELECT sequencename FROM pg_sequences WHERE schemaname = current_schema()")
    ).scalars()
    restarts = [f'ALTER SEQUENCE "{name}" RESTART' for name in sequences]
    return deletes + restarts


async def new_database() -> str:
    """The URL of a new, empty database that only this run uses."""
    await require()
    name = f"{PREFIX}{os.getpid()}_{secrets.token_hex(4)}"
    engine = create_async_engine(SERVER_URL, isolation_level="AUTOCOMMIT")
    try:
        async with engine.connect() as connection:
            await connection.execute(text(f'CREATE DATABASE "{name}"'))
            _created.append(name)  # dropped at the end, whatever happens next
            # A commit need not wait for its write-ahead log to reach the disk: the database
            # is dropped at the end anyway, and the flushes were a seventh of the server's
            # CPU in the storage tests (9.9 s, 8.5 s without).
            await connection.execute(text(f'ALTER DATABASE "{name}" SET synchronous_commit = off'))
    except Exception as error:
        _notes.append(f"PostgreSQL: no database of this run's own, sharing the URL's ({error})")
        return SERVER_URL
    finally:
        await engine.dispose()
    return _url_of(name)


async def empty(url: str) -> None:
    """Drop every table in the database at `url`, so a test starts from nothing."""
    engine = create_async_engine(url)
    try:
        async with engine.begin() as connection:
            await connection.run_sync(_drop_all_tables)
    finally:
        await engine.dispose()


def drop_created() -> list[str]:
    """Drop every database this run created; lines worth printing in the run's summary."""
    if _created:
        asyncio.run(_drop(list(_created)))
        _created.clear()
        _migrated.clear()
        _run.clear()
    return list(dict.fromkeys(_notes))


async def _drop(names: list[str]) -> None:
    engine = create_async_engine(SERVER_URL, isolation_level="AUTOCOMMIT")
    try:
        async with engine.connect() as connection:
            for name in names:
                # FORCE ends a connection a killed runner process may have left open.
                await connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        await engine.dispose()


def _url_of(name: str) -> str:
    return make_url(SERVER_URL).set(database=name).render_as_string(hide_password=False)


async def _unreachable(url: str) -> str | None:
    engine = create_async_engine(url, connect_args={"timeout": _CONNECT_SECONDS})
    try:
        async with asyncio.timeout(_CONNECT_SECONDS + 0.5), engine.connect():
            return None
    except Exception as error:
        return f"{type(error).__name__}: {error}".strip()
    finally:
        await engine.dispose()


def _drop_all_tables(connection: Connection) -> None:
    existing = MetaData()
    existing.reflect(connection)
    existing.drop_all(connection)
