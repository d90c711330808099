"""Alembic owns the schema: the migrations must build exactly what the code describes."""

from __future__ import annotations

import asyncio

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, inspect

from adapters.store.database import create_engine
from adapters.store.migrate import (
    MIGRATIONS,
    alembic_config,
    current_revision,
    head_revision,
    upgrade,
)
from adapters.store.schema import metadata
from adapters.store.sql_store import SqlStore
from tests.storage.support import T0

pytestmark = pytest.mark.sql  # SQL itself: not run on the in-memory store


async def _on_connection(url: str, work):
    engine = create_engine(url)
    try:
        async with engine.begin() as connection:
            return await connection.run_sync(work)
    finally:
        await engine.dispose()


def _differences(connection: Connection) -> list[object]:
    context = MigrationContext.configure(
        connection, opts={"compare_type": True, "compare_server_default": True}
    )
    return list(compare_metadata(context, metadata))


def _table_names(connection: Connection) -> set[str]:
    return set(inspect(connection).get_table_names())


async def test_upgrading_an_empty_database_builds_exactly_the_schema_in_code(database_url):
    await upgrade(database_url)

    assert await _on_connection(database_url, _differences) == []
    assert await _on_connection(database_url, _table_names) == {*metadata.tables, "alembic_version"}
    assert await current_revision(database_url) == head_revision()


async def test_upgrading_again_changes_nothing_and_keeps_the_data(database_url):
    await upgrade(database_url)
    store = SqlStore.from_url(database_url)
    try:
        user = await store.create_user("telegram", "1", "1", T0)

        await upgrade(database_url)

        assert await store.user(user.id) == user
    finally:
        await store.close()
    assert await current_revision(database_url) == head_revision()


async def test_two_processes_starting_at_once_both_find_the_schema_ready(database_url):
    await asyncio.wait_for(asyncio.gather(upgrade(database_url), upgrade(database_url)), 60)

    assert await _on_connection(database_url, _differences) == []


async def test_an_empty_database_has_no_revision_yet(database_url):
    assert await current_revision(database_url) is None


async def test_downgrading_to_the_start_removes_every_table(database_url):
    await upgrade(database_url)

    def downgrade_to_base(connection: Connection) -> None:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "base")

    await _on_connection(database_url, downgrade_to_base)

    assert await _on_connection(database_url, _table_names) <= {"alembic_version"}


def test_the_template_for_new_revisions_ships_beside_the_migrations():
    assert (MIGRATIONS / "script.py.mako").is_file()
    assert (MIGRATIONS / "env.py").is_file()
