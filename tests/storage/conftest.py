"""Every store behind one fixture: each contract test runs on memory, SQLite and PostgreSQL.

The in-memory store (`tests.memory`) passes the same contract, so the engine's tests can run
on it; tests of what only SQL does (migrations, the due index, separate processes, the
driver's errors) are marked `sql`, or ask for `database_url` itself, and run on the two
databases only.

`database_url` is an empty database (a fresh SQLite file; PostgreSQL's run database with
every table dropped), for tests of migrations. `migrated_url` is one at the newest schema,
with no rows: migrated once per run (SQLite: a template file copied for each test;
PostgreSQL: a second run database, emptied between tests), since running every migration
for every test is what made these tests slow. PostgreSQL's databases are this run's own
(see `tests.postgres`). Without a server the PostgreSQL half is skipped with a reason, except
on CI, where a missing server must not pass quietly.
"""

from __future__ import annotations

import shutil
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
"""The URL for the in-memory store: a name only, no migration, nothing on disk."""


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sql: what only a SQL store does (not run on memory)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Leave out the memory case of `sql` tests and of tests that want a bare database."""
    memory_sql = [
        item
        for item in items
        if isinstance(item, pytest.Function)
        and getattr(item, "callspec", None) is not None
        and item.callspec.params.get("backend") == MEMORY
        and (item.get_closest_marker("sql") is not None or "database_url" in item.fixturenames)
    ]
    if memory_sql:
        config.hook.pytest_deselected(items=memory_sql)
        items[:] = [item for item in items if item not in memory_sql]


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
async def database_url(backend: str, tmp_path: Path) -> str:
    """The URL of an empty database of each kind, before any migration."""
    if backend == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'store' / 'askanyway.db'}"
    if backend == "postgresql":
        url = await postgres.run_database()
        await postgres.empty(url)
        return url
    return MEMORY


@pytest.fixture
async def migrated_url(
    backend: str, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> str:
    """The URL of a database at the newest schema with no rows (memory: a name only)."""
    if backend == "sqlite":
        template = tmp_path_factory.getbasetemp() / "storage-template" / "askanyway.db"
        if not template.exists():
            template.parent.mkdir(parents=True, exist_ok=True)
            await upgrade(f"sqlite+aiosqlite:///{template}")
        target = tmp_path / "store" / "askanyway.db"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(template, target)
        return f"sqlite+aiosqlite:///{target}"
    if backend == "postgresql":
        return await postgres.migrated_database()
    return MEMORY


@pytest.fixture
async def store(migrated_url: str) -> AsyncIterator[Any]:
    """A `Store` of each kind, empty. (Typed Any: the tests reach a few SQL-only parts.)"""
    store = MemoryStore() if migrated_url == MEMORY else SqlStore.from_url(migrated_url)
    yield store
    await store.close()


@pytest.fixture
async def postgres_url() -> str:
    """An empty, migrated PostgreSQL database of this run's own (mark the test `postgres`)."""
    return await postgres.migrated_database()


@pytest.fixture
async def postgres_store(postgres_url: str) -> AsyncIterator[SqlStore]:
    """A store on PostgreSQL alone, for what only PostgreSQL does (mark the test `postgres`)."""
    store = SqlStore.from_url(postgres_url)
    yield store
    await store.close()
