"""The installed `askanyway console` as a person types into it, for the scenarios that check
what stays on disk after /delete: one way to start it, feed it, and read it up to the erase."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

ASKANYWAY = Path(sys.executable).parent / "askanyway"
ERASED = "Everything I stored about you is erased"
START = "2026-03-02T09:00:00+00:00"


def console_env(data: Path) -> dict[str, str]:
    """No platform token, and the database under `data`, so every file the bot writes is
    there to be scanned."""
    return {
        **os.environ,
        "DATABASE_URL": f"sqlite+aiosqlite:///{data / 'askanyway.db'}",
        "TELEGRAM_BOT_TOKEN": "",
        "DISCORD_BOT_TOKEN": "",
    }


def console_command(data: Path) -> list[str]:
    return [str(ASKANYWAY), "console", "--now", START, "--files", str(data / "console")]


@contextmanager
def console_until_erased(
    directory: Path,
    script: str,
    seconds: float,
    before_erase: Callable[[list[str]], None] | None = None,
) -> Iterator[tuple[Path, list[str]]]:
    """Types `script`, reads up to the erase's confirmation and yields (data directory, lines
    shown) while the bot still runs, since that is when its log would still hold the words;
    then quits, and fails unless the console ends cleanly. A watchdog bounds the whole run.

    With `before_erase`, the script is typed in two parts: up to the answer to "erase
    everything?", and the rest once that question is shown. `before_erase` is called in
    between, with the lines shown so far: what /export saved is
    still on disk then, so one run can be read before and after the erase."""
    data = directory / "var"
    bot = subprocess.Popen(
        console_command(data),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=console_env(data),
        cwd=directory,
    )
    watchdog = threading.Timer(seconds, bot.kill)
    watchdog.start()
    try:
        assert bot.stdin is not None and bot.stdout is not None
        shown: list[str] = []
        if before_erase is not None:
            typed, rest = script.split(f"\n{CONFIRM}\n", 1)
            _type(bot.stdin, typed + "\n")
            shown.append(_read_until(bot.stdout, CONFIRM, shown))
            before_erase(shown)
            script = f"{CONFIRM}\n{rest}"
        _type(bot.stdin, script)
        _read_until(bot.stdout, ERASED, shown)
        yield data, shown
        bot.stdin.write("/quit\n")
        bot.stdin.close()
        assert bot.wait(timeout=30) == 0
    finally:
        watchdog.cancel()
        bot.kill()


CONFIRM = "Yes, erase everything"
"""The button that answers /delete's question, shown before the erase and typed to do it."""


def _type(stdin: IO[str], text: str) -> None:
    stdin.write(text)
    stdin.flush()


def _read_until(stdout: IO[str], marker: str, shown: list[str]) -> str:
    """Adds the lines shown to `shown` up to the first that holds `marker`, and returns it."""
    while marker not in (line := stdout.readline()):
        assert line, f"the console ended before {marker!r}:\n" + "".join(shown[-80:])
        shown.append(line)
    return line


def files_holding(directory: Path, texts: list[str]) -> dict[str, list[str]]:
    """Each file under `directory` that holds any of `texts`, with the texts it holds."""
    found: dict[str, list[str]] = {}
    for path in directory.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            hits = [text for text in texts if text.encode() in data]
            if hits:
                found[str(path.relative_to(directory))] = hits
    return found
