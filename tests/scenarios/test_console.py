"""The console chat end to end: `askanyway console` as a subprocess with a script.

A newcomer's first minutes, exactly as `make run` shows them without a token:
onboarding, a card, an outcome and a mood, a reflection, the streak, a jump to the
next morning's card from the scheduler, an export, and erasing everything.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ASKANYWAY = Path(sys.executable).parent / "askanyway"

FIRST_SESSION = """\
/start
Yes, let's start
I'm 18 or older
Mars/Olympus
London
25:61
08:00
Work and career
Done
3
/card
30%
7
No
4
3
I thought they would be annoyed. They smiled and said no.
That my fear guesses worse than people really are.
/streak
/wait 1d
/export
"""

SECOND_SESSION = """\
/streak
/delete
Yes, erase everything
"""


def run_console(tmp_path: Path, script: str, now: str) -> str:
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'askanyway.db'}",
        "TELEGRAM_BOT_TOKEN": "",
        "DISCORD_BOT_TOKEN": "",
    }
    done = subprocess.run(
        [str(ASKANYWAY), "console", "--now", now, "--files", str(tmp_path / "files")],
        input=script,
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def rows(tmp_path: Path, table: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(tmp_path / "askanyway.db") as db:
        return db.execute(f"SELECT * FROM {table}").fetchall()


def test_a_newcomer_goes_through_a_whole_day_in_the_console(tmp_path: Path) -> None:
    out = run_console(tmp_path, FIRST_SESSION, "2026-03-02T09:00:00+00:00")
    assert "not therapy" in out
    assert 'couldn\'t find a time zone called "Mars/Olympus"' in out
    assert "doesn't look like a time" in out
    assert "You're all set" in out
    assert "how likely is a yes" in out
    assert "A no, collected" in out
    assert "Recorded: No · felt 4/10 (you expected 7) · mood 3/5" in out
    assert "No one else using the bot will see it" in out
    assert "Current streak: 1 day" in out
    after_wait = out.split("> /wait 1d", 1)[1]
    assert "Good morning! Here's today's card." in after_wait
    saved = re.search(r"\(file saved: (.+\.json)\)", out)
    assert saved is not None
    export = json.loads(Path(saved.group(1)).read_text())
    assert export["data"]["attempts"][0]["outcome"] == "no"
    assert len(export["data"]["reflections"]) == 2

    assert len(rows(tmp_path, "users")) == 1
    assert len(rows(tmp_path, "reflections")) == 2
    assert len(rows(tmp_path, "attempts")) == 2  # yesterday's recorded, today's delivered
    assert [r[0] for r in rows(tmp_path, "deliveries")] != []

    out = run_console(tmp_path, SECOND_SESSION, "2026-03-03T10:00:00+00:00")
    assert "Current streak: 1 day" in out  # a new process remembers everything
    assert "Everything I stored about you is erased" in out
    for table in ("users", "attempts", "reflections", "deliveries", "schedules", "rest_days"):
        assert rows(tmp_path, table) == [], table


def test_the_console_reads_a_pipe_and_stops_at_its_end(tmp_path: Path) -> None:
    out = run_console(tmp_path, "/help\n", "2026-03-02T09:00:00+00:00")
    assert "/card" in out and "/export" in out
