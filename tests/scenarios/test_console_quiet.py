"""A newcomer's first screen in the console chat is the bot, not start-up logs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ASKANYWAY = Path(sys.executable).parent / "askanyway"


def test_migrations_print_nothing_into_the_console_chat(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'askanyway.db'}",
        "TELEGRAM_BOT_TOKEN": "",
        "DISCORD_BOT_TOKEN": "",
        "LOG_LEVEL": "INFO",
    }
    done = subprocess.run(
        [str(ASKANYWAY), "console", "--files", str(tmp_path / "files")],
        input="/quit\n",
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "askanyway.db").exists()  # the migrations did run
    assert "alembic" not in done.stderr, done.stderr
    assert " INFO " not in done.stderr, done.stderr
    assert "Type /start to begin" in done.stdout
