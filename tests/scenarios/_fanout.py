"""What the fan-out scenarios share: seeded databases, runner processes and their logs.

The runner (`tests.fakes.fanout_runner`) is a real separate process, so a SIGKILL or a
race between two of them is the real thing. Each PostgreSQL scenario gets a new
database of this run's own (`tests.postgres`), dropped when the run ends; where none
can be created the server URL's database is used, emptied first.
"""

from __future__ import annotations

import asyncio
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from adapters.store import seeding
from adapters.store.migrate import upgrade
from adapters.store.schema import deliveries, users
from adapters.store.seeding import onboarded
from adapters.store.sql_store import SqlStore
from tests import postgres

ROOT = Path(__file__).resolve().parents[2]
PLATFORM = "test"
CARD_AT = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)  # a Monday; seeded users live in UTC
DAY = CARD_AT.date()
IN_FLIGHT = 16  # Deliveries' default: at most this many sends are under way at once
PROCESS_SECONDS = 240.0  # a runner that takes longer than this is stuck, not slow


async def fresh_postgres() -> str:
    """An empty, migrated PostgreSQL database for one scenario (skips or fails without one)."""
    url = await postgres.new_database()
    await postgres.empty(url)
    await upgrade(url)
    return url


async def seed(url: str, count: int) -> None:
    """`count` onboarded users whose morning card is due at CARD_AT; chat ids "1".."count"."""
    template = onboarded(PLATFORM, CARD_AT - timedelta(days=1))
    await seeding.seed(url, seeding.Population(template, count, card_due_from=CARD_AT))


@dataclass(frozen=True)
class Delivered:
    """What the database says went out: chat id and status of each delivery row of DAY."""

    chats: set[str]
    rows: Counter[str]
    statuses: Counter[str]


async def delivered(url: str) -> Delivered:
    store = SqlStore.from_url(url)
    query = (
        select(users.c.chat_id, deliveries.c.status)
        .join(deliveries, deliveries.c.user_id == users.c.id)
        .where(deliveries.c.local_date == DAY, deliveries.c.kind == "card")
    )
    try:
        async with store.engine.connect() as connection:
            chats = set((await connection.execute(select(users.c.chat_id))).scalars())
            rows = (await connection.execute(query)).all()
    finally:
        await store.close()
    return Delivered(
        chats=chats,
        rows=Counter(row.chat_id for row in rows),
        statuses=Counter(row.status for row in rows),
    )


class Runner:
    """One runner process; its stdout is read line by line, its stderr kept in a file."""

    def __init__(self, process: asyncio.subprocess.Process, stderr: Path) -> None:
        self.process = process
        self.stderr = stderr

    @classmethod
    async def start(
        cls, url: str, log: Path, at: datetime, *options: str, name: str = "runner"
    ) -> Runner:
        stderr = log.with_name(f"{name}.stderr")
        with stderr.open("ab") as errors:
            process = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "tests.fakes.fanout_runner",
                url,
                str(log),
                "--at",
                at.isoformat(),
                *options,
                cwd=ROOT,
                stdout=asyncio.subprocess.PIPE,
                stderr=errors,
            )
        return cls(process, stderr)

    async def line(self) -> str:
        """The next line the runner prints; empty when it ended without one."""
        assert self.process.stdout is not None
        raw = await asyncio.wait_for(self.process.stdout.readline(), PROCESS_SECONDS)
        return raw.decode().strip()

    async def finish(self) -> str:
        """Wait for the runner to end by itself; its remaining output."""
        out, _ = await asyncio.wait_for(self.process.communicate(), PROCESS_SECONDS)
        assert self.process.returncode == 0, self.errors()
        return out.decode()

    async def kill(self) -> None:
        if self.process.returncode is None:
            self.process.kill()
            await self.process.wait()

    def errors(self) -> str:
        return self.stderr.read_text(errors="replace")[-3000:]


def sends(log: Path) -> list[str]:
    """The chat ids in a runner's log, one per confirmed send, in order."""
    return log.read_text().split() if log.exists() else []
