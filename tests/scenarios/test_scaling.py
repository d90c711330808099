"""Several bot processes, one bot token: a shared send budget, fair shares, takeover.

Real runner processes (`tests.fakes.scaling_runner`) deliver the morning from one fresh
PostgreSQL database through the fake Bot API on 127.0.0.1, which enforces Telegram's
overall limit of 30 messages a second per token across all of them. The default run uses
600 users so each test stays near 30 s; ASKANYWAY_SCALING_USERS=1000 runs the issue's
figure (the README states it).
"""

from __future__ import annotations

import asyncio
import fcntl
import os
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bot.scaling import PACED
from core.engine.sending import unrecorded_at_most
from tests.fakes.telegram_api import FakeTelegramAPI
from tests.scenarios._fanout import CARD_AT, IN_FLIGHT, ROOT, delivered, fresh_postgres, seed

pytestmark = [pytest.mark.slow, pytest.mark.postgres, pytest.mark.alone]

USERS = int(os.environ.get("ASKANYWAY_SCALING_USERS", "600"))
LIMIT = 30  # Telegram's messages a second per bot token
PACE = PACED["telegram"]
TIMEOUT = 5.0  # the process timeout in these runs (the bot's default is 15 s)
BOUND = 240.0  # a runner that takes longer than this is stuck, not slow


@pytest.fixture(autouse=True, scope="module")
def one_at_a_time_on_this_machine() -> Iterator[None]:
    """These tests count the platform's per-second limit, so two of them at once would time
    each other's sends: two `make test` runs on one machine take turns here (a lock file in
    the temporary folder), while their other tests run side by side."""
    with (Path(tempfile.gettempdir()) / "askanyway-scaling-tests.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


async def start(url: str, log: Path, api: FakeTelegramAPI, epoch: float, *extra: str):
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tests.fakes.scaling_runner",
        url,
        str(log),
        "--api",
        api.base_url,
        "--at",
        CARD_AT.isoformat(),
        "--epoch",
        str(epoch),
        "--expect",
        str(USERS),
        "--timeout",
        str(TIMEOUT),
        "--pace",
        str(PACE),
        *extra,
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
        stderr=log.with_suffix(".stderr").open("wb"),
    )


def sends(log: Path) -> list[tuple[str, float]]:
    """(chat id, wall time) of each confirmed send in a runner's log."""
    lines = log.read_text().splitlines() if log.exists() else []
    return [(chat, float(at)) for chat, at in (line.split() for line in lines)]


async def finish(process: asyncio.subprocess.Process, log: Path) -> str:
    out, _ = await asyncio.wait_for(process.communicate(), BOUND)
    assert process.returncode == 0, log.with_suffix(".stderr").read_text()[-3000:]
    return out.decode()


@pytest.mark.parametrize("count", [2, 3])
async def test_processes_share_one_token_budget_without_a_429(
    count: int, tmp_path: Path, report: Callable[[str], None]
) -> None:
    url = await fresh_postgres()
    await seed(url, USERS)
    logs = [tmp_path / f"{name}.log" for name in "abc"[:count]]
    async with FakeTelegramAPI() as api:
        api.limit_overall(LIMIT)
        epoch = time.time()
        runners = [await start(url, log, api, epoch) for log in logs]
        try:
            await asyncio.gather(*(finish(r, log) for r, log in zip(runners, logs, strict=True)))
        finally:
            for runner in runners:
                if runner.returncode is None:
                    runner.kill()
        refused = sum(1 for request in api.requests if request.status == 429)

    shares = [sends(log) for log in logs]
    every = [send for share in shares for send in share]
    per_chat = Counter(chat for chat, _at in every)
    times = sorted(at for _chat, at in every)
    seconds = times[-1] - times[0]
    database = await delivered(url)
    assert refused == 0  # not one 429 from the overall limit
    assert len(per_chat) == USERS and set(per_chat.values()) == {1}  # 0 lost, 0 twice
    assert database.statuses == Counter(sent=USERS)
    assert min(len(share) for share in shares) >= USERS // (2 * count)  # each sends a share
    assert seconds <= USERS / LIMIT * 1.1  # within 10 % of the platform's minimum
    report(
        f"scaling [postgresql, {count} processes, {LIMIT}/s per token]: {USERS} users in "
        f"{seconds:.1f} s (minimum {USERS / LIMIT:.1f} s), split "
        f"{'/'.join(str(len(share)) for share in shares)}, "
        f"0 x 429, 0 twice, 0 lost"
    )


async def test_a_killed_process_claims_go_out_within_its_timeout(
    tmp_path: Path, report: Callable[[str], None]
) -> None:
    url = await fresh_postgres()
    await seed(url, USERS)
    doomed_log, survivor_log = tmp_path / "doomed.log", tmp_path / "survivor.log"
    async with FakeTelegramAPI() as api:
        api.limit_overall(LIMIT)
        epoch = time.time()
        doomed = await start(url, doomed_log, api, epoch, "--mark", str(USERS // 6))
        survivor = await start(url, survivor_log, api, epoch)
        try:
            assert doomed.stdout is not None
            line = await asyncio.wait_for(doomed.stdout.readline(), BOUND)
            assert line.startswith(b"sent"), doomed_log.with_suffix(".stderr").read_text()
            doomed.kill()  # SIGKILL, mid fan-out: its claims are left behind
            await doomed.wait()
            killed_at = time.time()
            await finish(survivor, survivor_log)
        finally:
            for runner in (doomed, survivor):
                if runner.returncode is None:
                    runner.kill()
        refused = sum(1 for request in api.requests if request.status == 429)

    before, after = sends(doomed_log), sends(survivor_log)
    per_chat = Counter(chat for chat, _at in before + after)
    twice = sum(1 for count in per_chat.values() if count > 1)
    last = max(at for _chat, at in after)
    database = await delivered(url)
    assert len(per_chat) == USERS and database.statuses == Counter(sent=USERS)  # 0 lost
    assert twice <= unrecorded_at_most(IN_FLIGHT)  # only sends in flight at the kill
    # A 429 here is waited out and retried (nothing is lost, as asserted above); the issue
    # asks for no 429 while processes share the budget, which the test above holds to 0.
    # Around a kill, sends the dead process had on the wire can still share the fake's
    # one-second window with the survivor's first slots: at most those in flight.
    assert refused <= IN_FLIGHT
    # Everything left, the dead process's claims included, went out at the shared pace
    # once the timeout let the survivor take them over: nowhere near the 5-minute lease.
    left = USERS - len(before)
    assert last - killed_at <= 30.0
    report(
        f"scaling kill [postgresql]: SIGKILL after {len(before)} of {USERS} sends; the other "
        f"{left} (the dead process's claims among them) out {last - killed_at:.1f} s after the "
        f"kill (timeout {TIMEOUT:.0f} s), {twice} twice, 0 lost, {refused} x 429 (waited out)"
    )
