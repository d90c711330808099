"""The bot is killed with SIGKILL in the middle of the morning fan-out, and restarts.

Eight hundred users are due at 08:00. A runner process (the real engine and store, a
sender that logs each confirmed send) is killed once 200 cards are out; a second one
starts at 08:06, after the dead one's leases ran out, and finishes the day. Every user
must then have their card, and exactly one delivery row, marked sent. Only a card whose
send was confirmed but not yet recorded when the process died can go out twice: at most
the sends in flight and the few waiting for their record's commit
(`core.engine.delivery.unrecorded_at_most`), and the test prints how many did.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from core.engine.delivery import unrecorded_at_most
from tests.fakes.chat import migrated_sqlite
from tests.scenarios._fanout import (
    CARD_AT,
    IN_FLIGHT,
    Runner,
    delivered,
    fresh_postgres,
    seed,
    sends,
)

pytestmark = pytest.mark.slow

USERS = 800
KILL_AFTER = 200
AT_MOST_TWICE = unrecorded_at_most(IN_FLIGHT)  # the runner uses Deliveries' default
RESTART_AT = CARD_AT.replace(minute=6)  # past the five-minute lease the dead process held

BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres),
]


@pytest.fixture(params=BACKENDS)
async def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return await migrated_sqlite(tmp_path, tmp_path / "template" / "askanyway.db")
    return await fresh_postgres()


async def test_a_fan_out_killed_midway_ends_with_one_card_per_user_after_a_restart(
    url: str, tmp_path: Path, report: Callable[[str], None], request: pytest.FixtureRequest
) -> None:
    await seed(url, USERS)
    log = tmp_path / "sends.log"
    started = time.perf_counter()

    first = await Runner.start(url, log, CARD_AT, "--delay", "0.001", "--mark", str(KILL_AFTER))
    try:
        assert await first.line() == f"sent {KILL_AFTER}", first.errors()
    finally:
        await first.kill()
    before_kill = sends(log)
    assert KILL_AFTER <= len(before_kill) < USERS  # the kill landed mid-fan-out

    second = await Runner.start(url, log, RESTART_AT, name="restarted")
    try:
        assert "done" in await second.finish()
    finally:
        await second.kill()
    elapsed = time.perf_counter() - started

    per_chat = Counter(sends(log))
    twice = {chat for chat, count in per_chat.items() if count > 1}
    database = await delivered(url)
    assert set(per_chat) == database.chats and len(database.chats) == USERS  # nobody missed
    assert max(per_chat.values()) <= 2
    assert len(twice) <= AT_MOST_TWICE  # only sends not yet recorded at the kill go again
    assert twice <= set(before_kill)
    assert database.rows == Counter(dict.fromkeys(database.chats, 1))  # one row per user
    assert database.statuses == Counter(sent=USERS)
    backend = request.node.callspec.id
    report(
        f"crash [{backend}]: SIGKILL after {len(before_kill)} of {USERS} sends; after the "
        f"restart {len(twice)} users got the card twice (at most {AT_MOST_TWICE}), "
        f"{USERS - len(twice)} exactly once; {elapsed:.1f} s"
    )
