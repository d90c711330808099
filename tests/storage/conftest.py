"""Every store behind one fixture: each contract test runs on memory, SQLite and PostgreSQL.

The in-memory store (`tests.memory`) passes the same contract, so the engine's tests can run
on it; tests of what only SQL does (migrations, the due index, separate processes, the
driver's errors) are marked `sql` and run on the two databases only. SQLite gets a fresh file
per test. PostgreSQL gets a database of this run's own on the server
ASKANYWAY_TEST_POSTGRES_URL names (see `tests.postgres`); each test starts from an empty schema.
Without a server the PostgreSQL half is skipped with a reason, except on CI, where a missing
server must not pass quietly.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from adapters.store.migrate import upgrade
from adapters.store.sql_store import SqlStore
from tests import postgres
from tests.memory import MemoryStore

BACKENDS = [
    pytest.param("memory", id="memory"),
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres),
]
MEMORY = "memory"
"""`database_url` for the in-memory store: no URL, no migration, nothing on disk."""


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sql: what only a SQL store does (not run on memory)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Leave the `sql` tests' memory case out: it has nothing to test there."""
    memory_sql = [
        item
        for item in items
        if item.get_closest_marker("sql") is not None
        and isinstance(item, pytest.Function)
        and getattr(item, "callspec", None) is not None
        and item.callspec.params.get("database_url") == MEMORY
    ]
    if memory_sql:
        config.hook.pytest_deselected(items=memory_sql)
        items[:] = [item for item in items if item not in memory_sql]


@pytest.fixture(params=BACKENDS)
async def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of an empty database of each kind (for memory, a name only)."""
    if request.param == MEMORY:
        return MEMORY
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'store' / 'askanyway.db'}"
    url = await postgres.run_database()
    await postgres.empty(url)
    return url


@pytest.fixture
async def migrated_url(database_url: str) -> str:
    if database_url != MEMORY:
        await upgrade(database_url)
    return database_url


@pytest.fixture
async def store(migrated_url: str) -> AsyncIterator[Any]:
    """A `Store` of each kind, empty. (Typed Any: the tests reach a few SQL-only parts.)"""
    store = MemoryStore() if migrated_url == MEMORY else SqlStore.from_url(migrated_url)
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
