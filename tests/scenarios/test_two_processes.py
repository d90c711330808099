"""Two bot processes deliver from one database at the same time.

On PostgreSQL two runner processes fan out to 400 users together: each claims
small batches with `FOR UPDATE SKIP LOCKED`, so they interleave without waiting for each
other, and no user may be missed or served twice. On SQLite, which serves one process,
the same holds for two ticks in one process that each have their own connection pool,
so they contend for the file's write lock as two processes would.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from core.engine import Deliveries
from tests.fakes.chat import Bot, FixedClock, RecordingSender, migrated_sqlite
from tests.scenarios._fanout import CARD_AT, Runner, delivered, fresh_postgres, seed, sends

BATCH = "25"  # small claims, so the two processes take turns many times
USERS = 400


@pytest.mark.slow
@pytest.mark.postgres
async def test_two_processes_on_postgresql_serve_every_user_once(
    tmp_path: Path, report: Callable[[str], None]
) -> None:
    url = await fresh_postgres()
    await seed(url, USERS)
    logs = [tmp_path / "a.log", tmp_path / "b.log"]

    runners = [
        await Runner.start(url, log, CARD_AT, "--delay", "0.001", "--batch", BATCH, name=log.stem)
        for log in logs
    ]
    try:
        outputs = await asyncio.gather(*(runner.finish() for runner in runners))
    finally:
        for runner in runners:
            await runner.kill()

    assert all("done" in output for output in outputs)
    mine, theirs = (sends(log) for log in logs)
    per_chat = Counter(mine + theirs)
    database = await delivered(url)
    assert set(per_chat) == database.chats and len(database.chats) == USERS  # none missed
    assert set(per_chat.values()) == {1}  # nobody twice, across both processes
    assert database.rows == per_chat  # each send has its delivery row, row by row
    assert database.statuses == Counter(sent=USERS)
    report(f"two processes [postgresql]: {USERS} users, split {len(mine)}/{len(theirs)}, 0 twice")


async def test_two_ticks_with_their_own_pools_on_sqlite_serve_each_user_once(
    tmp_path: Path, report: Callable[[str], None]
) -> None:
    url = await migrated_sqlite(tmp_path, tmp_path / "template" / "askanyway.db")
    await seed(url, 300)
    bots = [Bot.build(url, FixedClock(CARD_AT)) for _ in range(2)]
    senders = [RecordingSender(), RecordingSender()]
    ticks = [
        Deliveries(bot.ctx, sender, batch=int(BATCH))
        for bot, sender in zip(bots, senders, strict=True)
    ]
    try:
        results = await asyncio.wait_for(asyncio.gather(*(t.tick() for t in ticks)), 120)
    finally:
        for bot in bots:
            await bot.store.close()

    per_chat = Counter(address.chat_id for sender in senders for address, _ in sender.sent)
    database = await delivered(url)
    assert sum(result["sent"] for result in results) == 300
    assert database.rows == per_chat and set(per_chat.values()) == {1}
    assert len(per_chat) == 300 and database.statuses == Counter(sent=300)
    split = "/".join(str(len(sender.sent)) for sender in senders)
    report(f"two ticks [sqlite, own pools]: 300 users, split {split}, 0 twice")
