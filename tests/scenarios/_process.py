"""`askanyway run` as a child process, and the SQLite file it keeps, for the end-to-end tests.

The process is the real thing: the installed script, the real clock, the real scheduler tick,
talking to a fake platform on 127.0.0.1. Its output is read line by line as it comes, so a
test can await a log line ("Connected to Discord") and, at the end, search every line any
incarnation of the bot wrote for a secret. The database is a file the test owns: it may seed
it before the bot starts and read it (or nudge a schedule) while the bot runs.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sqlite3
import sys
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import asynccontextmanager, closing
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ASKANYWAY = Path(sys.executable).parent / "askanyway"
STOP_SECONDS = 10.0
"""How long a SIGTERM may take: the bot finishes what it holds, then exits 0."""
STARTUP_SECONDS = 60.0
"""A generous bound for a cold start on a busy machine (imports, migrations, login)."""


TEST_PACE = 20
"""Sends a second to one chat in the end-to-end tests (`base_env`)."""


def base_env(tmp_path: Path, **overrides: str) -> dict[str, str]:
    """The environment of a bot under test: a database in `tmp_path`, a fast tick, DEBUG logs,
    and sends to one chat at `TEST_PACE` a second (Telegram allows one: a day of practice took
    40 s at that pace, 12 s at this one, against the fake server, which allows any)."""
    return {
        **os.environ,
        "DATABASE_URL": database_url(tmp_path),
        "ASKANYWAY_TICK_SECONDS": "0.5",
        "TELEGRAM_PER_CHAT_PER_SECOND": str(TEST_PACE),
        "LOG_LEVEL": "DEBUG",
        "TELEGRAM_BOT_TOKEN": "",
        "DISCORD_BOT_TOKEN": "",
        **overrides,
    }


def database_url(tmp_path: Path) -> str:
    return f"sqlite+aiosqlite:///{tmp_path / 'askanyway.db'}"


class BotProcess:
    """One `askanyway run` after another in the same place, every line of output kept."""

    def __init__(self, env: dict[str, str], cwd: Path) -> None:
        self.env = env
        self.cwd = cwd
        self.lines: list[str] = []
        self.starts = 0
        self.first_line = 0
        """Where the current run's lines begin in `lines`."""
        self._process: asyncio.subprocess.Process | None = None
        self._readers: list[asyncio.Task[None]] = []
        self._changed = asyncio.Condition()

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.returncode is None

    async def start(self) -> None:
        assert not self.running, "the bot is already running"
        self._process = await asyncio.create_subprocess_exec(
            str(ASKANYWAY),
            "run",
            env=self.env,
            cwd=self.cwd,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        self.starts += 1
        self.first_line = len(self.lines)
        streams = (self._process.stdout, self._process.stderr)
        self._readers = [asyncio.create_task(self._read(s)) for s in streams if s is not None]

    async def _read(self, stream: asyncio.StreamReader) -> None:
        async for raw in stream:
            async with self._changed:
                self.lines.append(raw.decode(errors="replace").rstrip("\n"))
                self._changed.notify_all()

    async def wait_for_line(
        self,
        text: str,
        *,
        after: int = 0,
        timeout: float = STARTUP_SECONDS,  # noqa: ASYNC109 - a bound every caller needs
    ) -> str:
        """The first line from index `after` on that contains `text`, once it is written."""

        def found() -> str | None:
            return next((line for line in self.lines[after:] if text in line), None)

        try:
            async with asyncio.timeout(timeout), self._changed:
                await self._changed.wait_for(lambda: found() is not None)
        except TimeoutError:
            tail = "\n".join(self.lines[-30:])
            raise AssertionError(
                f"no line with {text!r} in {timeout} s; last lines:\n{tail}"
            ) from None
        line = found()
        assert line is not None
        return line

    async def stop(self) -> int:
        """SIGTERM, and the exit code; fails when the bot takes longer than STOP_SECONDS."""
        process = self._require()
        process.send_signal(signal.SIGTERM)
        try:
            code = await asyncio.wait_for(process.wait(), STOP_SECONDS)
        except TimeoutError:
            await self.kill()
            raise AssertionError(
                f"the bot did not stop within {STOP_SECONDS} s of SIGTERM"
            ) from None
        await self._drain()
        return code

    async def kill(self) -> None:
        """SIGKILL: the bot gets no chance to finish anything."""
        process = self._require()
        with contextlib.suppress(ProcessLookupError):
            process.kill()
        await process.wait()
        await self._drain()

    async def close(self) -> None:
        """Kill the bot if it still runs; for `finally`."""
        if self.running:
            await self.kill()
        else:
            await self._drain()

    def _require(self) -> asyncio.subprocess.Process:
        assert self._process is not None, "the bot was never started"
        return self._process

    async def _drain(self) -> None:
        readers, self._readers = self._readers, []
        await asyncio.gather(*readers)

    def leaks(self, secrets: Iterable[str]) -> list[str]:
        """Every line any run of the bot wrote that contains one of `secrets`."""
        wanted = [s for s in secrets if s]
        return [line for line in self.lines if any(s in line for s in wanted)]


@asynccontextmanager
async def running_bot(env: dict[str, str], cwd: Path) -> AsyncIterator[BotProcess]:
    """A started bot that is killed on the way out, whatever the test did."""
    bot = BotProcess(env, cwd)
    await bot.start()
    try:
        yield bot
    finally:
        await bot.close()


# The database the test owns ----------------------------------------------------------------

LONG_AGO = "2000-01-01 00:00:00.000000"
"""A time in the past, written the way SQLAlchemy stores a DATETIME in SQLite (naive UTC)."""


class Database:
    """The bot's SQLite file, read and nudged with plain SQL beside the running bot."""

    def __init__(self, tmp_path: Path) -> None:
        self.path = tmp_path / "askanyway.db"

    def rows(self, sql: str, *params: object) -> list[sqlite3.Row]:
        with closing(self._connect()) as db:
            return db.execute(sql, params).fetchall()

    def execute(self, sql: str, *params: object) -> int:
        with closing(self._connect()) as db, db:
            return db.execute(sql, params).rowcount

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=10)
        db.row_factory = sqlite3.Row
        return db

    def user(self, platform: str, platform_user_id: object) -> sqlite3.Row | None:
        found = self.rows(
            "SELECT * FROM users WHERE platform = ? AND platform_user_id = ?",
            platform,
            str(platform_user_id),
        )
        return found[0] if found else None

    def attempts_of(self, user_id: int) -> list[sqlite3.Row]:
        return self.rows("SELECT * FROM attempts WHERE user_id = ? ORDER BY id", user_id)

    def make_card_due(self, platform: str, platform_user_id: object) -> None:
        """Make the user's morning card due now, as if the night had passed.

        The bot runs on the real clock, so waiting for a card time would take minutes; the
        test owns this database, so it moves the schedule row instead. The tick sees a row
        due since long ago and treats it like a card after downtime: sent today, if the
        user's card time has passed and the catch-up deadline has not.
        """
        user = self.user(platform, platform_user_id)
        assert user is not None, f"no {platform} user {platform_user_id}"
        changed = self.execute(
            "UPDATE schedules SET next_due_at = ? WHERE user_id = ? AND kind = 'card'",
            LONG_AGO,
            user["id"],
        )
        assert changed == 1, "the user has no morning card scheduled"


def midday_zone(now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> str:
    """A time zone where it is early afternoon now: 1 pm to 2 pm.

    The bot in the child process runs on the real clock, so the test reads it too, once, to
    put its people where the card time (8 or 9 am) has passed today, the evening reminder
    (8 pm) and the catch-up deadline (9 pm) have not, and no midnight falls during the run.
    """
    offset = 13 - now().hour  # between -10 and +13 hours: every one has an Etc zone
    if offset == 0:
        return "Etc/GMT"
    return f"Etc/GMT{'-' if offset > 0 else '+'}{abs(offset)}"


def local_today(zone: str) -> date:
    return datetime.now(UTC).astimezone(ZoneInfo(zone)).date()


def elapsed_since(start: float) -> float:
    return asyncio.get_running_loop().time() - start
