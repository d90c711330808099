"""After /delete in the console, no file under the data directory holds anything the person
wrote: not the database, not its write-ahead log, not a saved export or chart. Checked while
the bot is still running, since that is when the log held the words."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ASKANYWAY = Path(sys.executable).parent / "askanyway"
WRITTEN = [
    "Llanfairpwllgwyngyll",  # the place typed for the time zone search (it is not one)
    "I felt my cheeks burn zqxv and then laughed",
    "Next time I will breathe first wqpz",
]
ERASED = "Everything I stored about you is erased"


def script(written: list[str]) -> str:
    return "\n".join(
        [
            "/start",
            "Yes, let's start",
            "I'm 18 or older",
            written[0],
            "London",
            "08:00",
            "Done",
            "3",
            "/card",
            "Skip the guesses",
            "No",
            "4",
            "3",
            written[1],
            written[2],
            "/stats",
            "/export",
            "/delete",
            "Yes, erase everything",
            "",
        ]
    )


def files_holding(directory: Path, texts: list[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in directory.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            hits = [text for text in texts if text.encode() in data]
            if hits:
                found[str(path.relative_to(directory))] = hits
    return found


def test_nothing_the_person_wrote_is_left_after_delete(tmp_path: Path) -> None:
    data = tmp_path / "var"
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite+aiosqlite:///{data / 'askanyway.db'}",
        "TELEGRAM_BOT_TOKEN": "",
        "DISCORD_BOT_TOKEN": "",
    }
    command = [str(ASKANYWAY), "console", "--now", "2026-03-02T09:00:00+00:00"]
    command += ["--files", str(data / "console")]
    bot = subprocess.Popen(
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    watchdog = threading.Timer(60, bot.kill)
    watchdog.start()
    try:
        assert bot.stdin is not None and bot.stdout is not None
        bot.stdin.write(script(WRITTEN))
        bot.stdin.flush()
        shown: list[str] = []
        while ERASED not in (line := bot.stdout.readline()):
            assert line, "the console ended before the erase:\n" + "".join(shown)
            shown.append(line)
        saved = [line for line in shown if "(file saved:" in line]
        assert len(saved) >= 1  # the export, and the chart where one was drawn
        assert (data / "askanyway.db").exists()
        assert files_holding(data, WRITTEN) == {}  # while the bot still runs
        bot.stdin.write("/quit\n")
        bot.stdin.close()
        assert bot.wait(timeout=30) == 0
    finally:
        watchdog.cancel()
        bot.kill()
    assert files_holding(data, WRITTEN) == {}
