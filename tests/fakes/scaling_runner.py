"""A delivering bot process for the several-processes scenarios (tests/scenarios/test_scaling.py).

    python -m tests.fakes.scaling_runner DB_URL LOG_PATH --api BASE --at ISO --epoch T
        [--expect N] [--mark N] [--timeout S] [--pace RATE]

It builds the real engine and `Deliveries` over DB_URL with a heartbeat (this process's
row among the others'), the shared send budget at `--pace` sends a second (0: none), and
the fair claim size at Telegram's 30 a second. Its clock runs from `--at` as the wall
clock runs from `--epoch`, so every runner of a scenario keeps the same time. Sends go
over HTTP to the fake Bot API at `--api` (a 429 fails the send, as Telegram's would);
each confirmed send appends "chat_id seconds-since-epoch" to LOG_PATH, flushed at once so
it survives a SIGKILL. After `--mark` sends it prints `sent N`; it ticks until the
database has `--expect` cards sent, then prints `done` and how deliveries ended (JSON).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import TextIO

import aiohttp
from sqlalchemy import func, select

from adapters.store.budget import PostgresSendBudget
from adapters.store.liveness import SqlLiveness
from adapters.store.schema import deliveries
from bot.app import freeze_startup_objects
from core.engine import Deliveries
from core.engine.liveness import Heartbeat, LivenessConfig
from core.engine.pacing import SharedPace
from core.messages import Reply
from core.ports import Address, SendFailed
from tests.fakes.chat import Bot
from tests.fakes.telegram_api import TOKEN

PLATFORM = "test"


class WallClock:
    """`at`, moving as the wall clock moves from `epoch`: shared by every runner."""

    def __init__(self, at: datetime, epoch: float) -> None:
        self.at = at
        self.epoch = epoch

    def now(self) -> datetime:
        return self.at + timedelta(seconds=time.time() - self.epoch)


class ApiSender:
    """sendMessage to the fake Bot API; a 429 or another refusal fails the send."""

    def __init__(self, session: aiohttp.ClientSession, base: str, log: TextIO, mark: int) -> None:
        self.session = session
        self.url = f"{base}{TOKEN}/sendMessage"
        self.log = log
        self.mark = mark
        self.count = 0
        self.refused: Counter[int] = Counter()

    async def send(self, address: Address, reply: Reply) -> None:
        body = {"chat_id": address.chat_id, "text": reply.text[:100]}
        async with self.session.post(self.url, json=body) as answer:
            if answer.status != 200:
                self.refused[answer.status] += 1
                retry = (await answer.json()).get("parameters", {}).get("retry_after")
                raise SendFailed(f"refused with {answer.status}", retry_after=retry)
        self.log.write(f"{address.chat_id} {time.time():.3f}\n")
        self.log.flush()
        self.count += 1
        if self.count == self.mark:
            print(f"sent {self.count}", flush=True)


async def sent_cards(bot: Bot) -> int:
    store = bot.store
    assert hasattr(store, "engine")
    query = select(func.count()).select_from(deliveries).where(deliveries.c.status == "sent")
    async with store.engine.connect() as connection:
        return int((await connection.execute(query)).scalar_one())


async def run(args: argparse.Namespace, log: TextIO) -> dict[str, object]:
    clock = WallClock(args.at, args.epoch)
    bot = Bot.build(args.url, clock)  # type: ignore[arg-type]
    freeze_startup_objects()  # as `serve` does once the bot has started
    store = bot.store
    assert hasattr(store, "engine")
    timeout = timedelta(seconds=args.timeout)
    config = LivenessConfig(timeout=timeout, beat_every=timeout / 5, rates={PLATFORM: 30.0})
    heartbeat = Heartbeat(SqlLiveness(store), clock.now, config)  # type: ignore[arg-type]
    pace = None
    if args.pace:
        pace = SharedPace(PostgresSendBudget(store.engine), {PLATFORM: args.pace})
    total: Counter[str] = Counter()
    stopping = asyncio.Event()
    async with aiohttp.ClientSession() as session:
        sender = ApiSender(session, args.api, log, args.mark)
        ticks = Deliveries(bot.ctx, sender, platforms=[PLATFORM], heartbeat=heartbeat, pace=pace)
        await heartbeat.beat()
        beating = asyncio.create_task(heartbeat.run(stopping, lambda error: None))
        try:
            while await sent_cards(bot) < args.expect:
                counted = await ticks.tick()
                total.update(counted)
                if not counted:  # the rest are another's claims: look again shortly
                    await asyncio.sleep(0.2)
        finally:
            stopping.set()
            await beating
            await heartbeat.leave()
            await store.close()
    return {"ended": dict(total), "refused": dict(sender.refused), "sent": sender.count}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scaling_runner", description=__doc__)
    parser.add_argument("url")
    parser.add_argument("log")
    parser.add_argument("--api", required=True, help="the fake Bot API's base URL")
    parser.add_argument("--at", type=datetime.fromisoformat, required=True)
    parser.add_argument("--epoch", type=float, required=True, help="wall time of --at")
    parser.add_argument("--expect", type=int, required=True, help="cards sent in all")
    parser.add_argument("--mark", type=int, default=0)
    parser.add_argument("--timeout", type=float, default=15.0, help="process timeout, s")
    parser.add_argument("--pace", type=float, default=0.0, help="shared sends a second")
    args = parser.parse_args(argv)
    if args.at.tzinfo is None:
        args.at = args.at.replace(tzinfo=UTC)
    with open(args.log, "a", encoding="utf-8") as log:
        outcome = asyncio.run(run(args, log))
    print("done", json.dumps(outcome), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
