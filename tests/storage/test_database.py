"""Engine set-up: which URLs are accepted, and the SQLite settings every connection gets."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta, timezone

import pytest
from sqlalchemy import text
from sqlalchemy.dialects import sqlite

from adapters.store.column_types import HourMinute, UtcDateTime
from adapters.store.database import create_engine, database_kind

SQLITE = sqlite.dialect()


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("sqlite+aiosqlite:///var/askanyway.db", "sqlite"),
        ("sqlite+aiosqlite:////srv/bot/askanyway.db", "sqlite"),
        ("postgresql+asyncpg://bot:secret@db.internal:5432/askanyway", "postgresql"),
    ],
)
def test_the_two_supported_databases_are_recognised(url, kind):
    assert database_kind(url) == kind


@pytest.mark.parametrize(
    "url",
    [
        "mysql+aiomysql://bot@localhost/askanyway",
        "sqlite:///var/askanyway.db",
        "postgresql://bot@localhost/askanyway",
        "not a url at all",
        "",
    ],
)
def test_any_other_url_is_refused_with_the_forms_that_work(url):
    with pytest.raises(ValueError, match="sqlite\\+aiosqlite:///"):
        database_kind(url)


@pytest.mark.parametrize(
    "url",
    [
        "sqlite+aiosqlite://",
        "sqlite+aiosqlite:///:memory:",
        "sqlite+aiosqlite:///file:bot?mode=memory&uri=true",
    ],
)
def test_an_in_memory_sqlite_database_is_refused_because_it_cannot_be_shared(url):
    with pytest.raises(ValueError, match="file path"):
        create_engine(url)


def test_a_refused_url_does_not_repeat_its_password():
    with pytest.raises(ValueError) as raised:
        database_kind("mysql+aiomysql://bot:hunter2@localhost/askanyway")

    assert "hunter2" not in str(raised.value)


async def test_every_sqlite_connection_is_set_up_for_safe_concurrent_use(tmp_path):
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'new' / 'dir' / 'bot.db'}")
    try:
        async with engine.connect() as connection:
            settings = {
                name: (await connection.execute(text(f"PRAGMA {name}"))).scalar_one()
                for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
            }
    finally:
        await engine.dispose()

    assert settings == {
        "journal_mode": "wal",
        "synchronous": 2,
        "foreign_keys": 1,
        "busy_timeout": 5000,
    }
    assert (tmp_path / "new" / "dir" / "bot.db").is_file()


def test_timestamps_are_stored_as_naive_utc_and_read_back_aware():
    column = UtcDateTime()
    elsewhere = datetime(2025, 3, 30, 3, 30, tzinfo=timezone(timedelta(hours=2)))

    stored = column.process_bind_param(elsewhere, dialect=SQLITE)
    loaded = column.process_result_value(stored, dialect=SQLITE)

    assert stored == datetime(2025, 3, 30, 1, 30)
    assert loaded == elsewhere
    assert loaded.tzinfo is UTC
    with pytest.raises(ValueError, match="naive"):
        column.process_bind_param(datetime(2025, 3, 30, 1, 30), dialect=SQLITE)


def test_a_delivery_time_is_kept_as_hours_and_minutes():
    column = HourMinute()

    assert column.process_bind_param(time(7, 5), dialect=SQLITE) == "07:05"
    assert column.process_result_value("07:05", dialect=SQLITE) == time(7, 5)
    with pytest.raises(ValueError):
        column.process_bind_param(time(7, 5, 30), dialect=SQLITE)
