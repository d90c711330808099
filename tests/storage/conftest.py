"""Both databases behind one fixture, so every storage test runs on SQLite and PostgreSQL.

SQLite gets a fresh file per test. PostgreSQL gets a database of this run's own on the server
ASKANYWAY_TEST_POSTGRES_URL names (see `tests.postgres`); each test starts from an empty schema.
Without a server the PostgreSQL half is skipped with a reason, except on CI, where a missing
server must not pass quietly.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from adapters.store.migrate import upgrade
from adapters.store.sql_store import SqlStore
from tests import postgres

BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres),
]


@pytest.fixture(params=BACKENDS)
async def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of an empty database of each kind."""
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'store' / 'askanyway.db'}"
    url = await postgres.run_database()
    await postgres.empty(url)
    return url


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
async def postgres_url() -> str:
    """An empty, migrated PostgreSQL database of this run's own (mark the test `postgres`)."""
    url = await postgres.run_database()
    await postgres.empty(url)
    await upgrade(url)
    return url


@pytest.fixture
async def postgres_store(postgres_url: str) -> AsyncIterator[SqlStore]:
    """A store on PostgreSQL alone, for what only PostgreSQL does (mark the test `postgres`)."""
    store = SqlStore.from_url(postgres_url)
    yield store
    await store.close()
