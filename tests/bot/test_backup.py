"""`askanyway db backup PATH` while the bot runs, and a restore from what it wrote.

The bot's store stays open and has just written (the newest writes are still in the WAL
file, not the database file): the backup must hold them, and a bot started on a copy of
the backup must find the person exactly as they were.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from adapters.store.sql_store import SqlStore
from bot.backup import pg_dump_line
from bot.cli import main
from tests.engine.conftest import START
from tests.fakes.chat import Bot, FixedClock, migrated_sqlite


async def test_a_backup_taken_while_the_bot_runs_restores_everything(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = await migrated_sqlite(tmp_path, tmp_path / "template" / "askanyway.db")
    bot = Bot.build(url, FixedClock(START))
    person = bot.user("2001")
    await person.onboard()
    await person.says("/rest")  # the newest write, still in the WAL
    assert isinstance(bot.store, SqlStore)
    user = await bot.store.user_by_identity("test", "2001")
    assert user is not None
    exported = await bot.store.export_user(user.id)
    assert exported["rest_days"], "the rest day was written"
    monkeypatch.setenv("DATABASE_URL", url)
    target = tmp_path / "backups" / "askanyway-backup.db"
    target.parent.mkdir()
    try:
        assert main(["db", "backup", str(target)]) == 0
        assert f"backed up to {target}" in capsys.readouterr().out
        assert main(["db", "backup", str(target)]) == 2, "an existing backup is never overwritten"
        assert "exists already" in capsys.readouterr().err
    finally:
        await bot.store.close()

    restored_at = tmp_path / "restored" / "askanyway.db"
    restored_at.parent.mkdir()
    shutil.copyfile(target, restored_at)
    restored = SqlStore.from_url(f"sqlite+aiosqlite:///{restored_at}")
    try:
        again = await restored.user_by_identity("test", "2001")
        assert again == user
        assert await restored.export_user(user.id) == exported
    finally:
        await restored.close()
    assert not list(target.parent.glob("*.partial"))


def test_postgresql_is_pointed_at_pg_dump_without_its_password(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    url = "postgresql+asyncpg://bot:s3cret-pass@db.internal:5432/askanyway"
    monkeypatch.setenv("DATABASE_URL", url)
    assert main(["db", "backup", str(tmp_path / "x.dump")]) == 2
    err = capsys.readouterr().err
    line = 'pg_dump --format=custom --file=PATH "postgresql://bot@db.internal:5432/askanyway"'
    assert line in err
    assert "s3cret" not in err and "s3cret" not in pg_dump_line(url)
    assert not (tmp_path / "x.dump").exists()


def test_a_missing_database_is_said_plainly(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'none.db'}")
    assert main(["db", "backup", str(tmp_path / "b.db")]) == 2
    assert "no SQLite database at" in capsys.readouterr().err
