"""Migration 0002 adds what applies to each user without touching anything already stored."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

import pytest
from alembic import command
from sqlalchemy import Connection, insert

from adapters.store.database import create_engine
from adapters.store.migrate import alembic_config, upgrade
from adapters.store.schema import users
from adapters.store.sql_store import SqlStore
from tests.storage.support import T0

pytestmark = pytest.mark.sql


async def _run(url: str, work) -> object:
    engine = create_engine(url)
    try:
        async with engine.begin() as connection:
            return await connection.run_sync(work)
    finally:
        await engine.dispose()


def _to_0001_with_a_user(connection: Connection) -> None:
    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "0001")
    before = [c for c in users.c if c.name not in ("id", "needs")]
    row = {
        "platform": "telegram",
        "platform_user_id": "7",
        "chat_id": "7",
        "created_at": T0,
        "status": "active",
        "timezone": "UTC",
        "delivery_time": time(8),
        "level": 2,
        "domains": ["everyday"],
        "state": "",
        "state_data": {},
        "reminder_time": time(20),
        "reminders": True,
        "summary_weekday": 6,
    }
    connection.execute(insert(users).values({c.name: row.get(c.name) for c in before}))


async def test_users_from_before_keep_everything_and_have_no_needs(database_url: str) -> None:
    if database_url == "memory":
        pytest.skip("no migrations in memory")
    await _run(database_url, _to_0001_with_a_user)
    await upgrade(database_url)
    store = SqlStore.from_url(database_url)
    try:
        user = await store.user_by_identity("telegram", "7")
        assert user is not None
        assert (user.level, user.domains, user.needs) == (2, ("everyday",), ())
    finally:
        await store.close()


async def test_what_applies_to_a_user_is_saved_and_read_back(database_url: str) -> None:
    if database_url == "memory":
        pytest.skip("no migrations in memory")
    await upgrade(database_url)
    store = SqlStore.from_url(database_url)
    try:
        user = await store.create_user("telegram", "8", "8", T0)
        await store.save_user(replace(user, needs=("job", "car")))
        saved = await store.user(user.id)
        assert saved is not None and saved.needs == ("job", "car")
        exported = await store.export_user(user.id)
        assert exported["users"][0]["needs"] == ["job", "car"]
    finally:
        await store.close()
