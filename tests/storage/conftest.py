"""Both databases behind one fixture, so every storage test runs on SQLite and PostgreSQL.

SQLite gets a fresh file per test. PostgreSQL comes from ASKANYWAY_TEST_POSTGRES_URL (default:
the local server's `test` database); each test starts from an empty schema. Without a server
the PostgreSQL half is skipped with a reason, except on CI, where a missing server must not
pass quietly.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, MetaData
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from adapters.store.migrate import upgrade
from adapters.store.sql_store import SqlStore

POSTGRES_URL = os.environ.get(
    "ASKANYWAY_TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
)
_CONNECT_SECONDS = 2.0

BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres),
]

# Whether PostgreSQL answered, asked once per run: a missing server costs 2 s, not 2 s a test.
_postgres_problem: list[str | None] = []


@pytest.fixture(params=BACKENDS)
async def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of an empty database of each kind."""
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'store' / 'askanyway.db'}"
    await _require_postgres()
    await _drop_everything(POSTGRES_URL)
    return POSTGRES_URL


@pytest.fixture
async def migrated_url(database_url: str) -> str:
    await upgrade(database_url)
    return database_url


@pytest.fixture
async def store(migrated_url: str) -> AsyncIterator[SqlStore]:
    store = SqlStore.from_url(migrated_url)
    yield store
    await store.close()


@pytest.fixture
async def postgres_store() -> AsyncIterator[SqlStore]:
    """A store on PostgreSQL alone, for what only PostgreSQL does (mark the test `postgres`)."""
    await _require_postgres()
    await _drop_everything(POSTGRES_URL)
    await upgrade(POSTGRES_URL)
    store = SqlStore.from_url(POSTGRES_URL)
    yield store
    await store.close()


async def _require_postgres() -> None:
    if not _postgres_problem:
        _postgres_problem.append(await _postgres_unreachable(POSTGRES_URL))
    problem = _postgres_problem[0]
    if problem is None:
        return
    url = make_url(POSTGRES_URL)
    reason = (
        f"no PostgreSQL at {url.host}:{url.port or 5432} — start one or set "
        f"ASKANYWAY_TEST_POSTGRES_URL ({problem})"
    )
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(reason)
    pytest.skip(reason)


async def _postgres_unreachable(url: str) -> str | None:
    engine = create_async_engine(url, connect_args={"timeout": _CONNECT_SECONDS})
    try:
        async with asyncio.timeout(_CONNECT_SECONDS + 0.5), engine.connect():
            return None
    except Exception as error:
        return f"{type(error).__name__}: {error}".strip()
    finally:
        await engine.dispose()


async def _drop_everything(url: str) -> None:
    engine = create_async_engine(url)
    try:
        async with engine.begin() as connection:
            await connection.run_sync(_drop_all_tables)
    finally:
        await engine.dispose()


def _drop_all_tables(connection: Connection) -> None:
    existing = MetaData()
    existing.reflect(connection)
    existing.drop_all(connection)
