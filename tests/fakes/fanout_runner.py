"""A bot process that only delivers, for tests that kill it or race two of them.

    python -m tests.fakes.fanout_runner DB_URL LOG_PATH [--at ISO] [--mark N] ...

It builds the real engine and `Deliveries` over the database at DB_URL with a clock
fixed at `--at`, and ticks until nothing is due. The sender stands in for a platform:
each confirmed send appends the chat id as one line to LOG_PATH, flushed to the
operating system at once, so the log survives a SIGKILL. After `--mark` sends it prints
`sent N` to stdout, which is how a test knows the fan-out is under way without waiting
on a timer; at the end it prints `done` and how each delivery ended, as JSON.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections import Counter
from datetime import UTC, datetime
from typing import TextIO

from bot.app import freeze_startup_objects
from core.engine import Deliveries
from core.messages import Reply
from core.ports import Address
from tests.fakes.chat import Bot, FixedClock


class LogSender:
    """Records each send as a line in the log; the line is the platform's confirmation."""

    def __init__(self, log: TextIO, delay: float, mark: int) -> None:
        self.log = log
        self.delay = delay
        self.mark = mark
        self.count = 0

    async def send(self, address: Address, reply: Reply) -> None:
        if self.delay:
            await asyncio.sleep(self.delay)  # the network's time, so a kill lands mid-fan-out
        self.log.write(address.chat_id + "\n")
        self.log.flush()
        self.count += 1
        if self.count == self.mark:
            print(f"sent {self.count}", flush=True)


async def fan_out(url: str, at: datetime, sender: LogSender, batch: int) -> Counter[str]:
    """Tick until a tick finds nothing due; returns how every delivery ended."""
    bot = Bot.build(url, FixedClock(at))
    freeze_startup_objects()  # as `serve` does once the bot has started
    deliveries = Deliveries(bot.ctx, sender, batch=batch)
    total: Counter[str] = Counter()
    try:
        while counted := await deliveries.tick():
            total.update(counted)
    finally:
        await bot.store.close()
    return total


def _moment(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="fanout_runner", description=__doc__)
    parser.add_argument("url", help="the database, already migrated and seeded")
    parser.add_argument("log", help="the file each send appends a chat id to")
    parser.add_argument("--at", type=_moment, required=True, help="the fixed clock (ISO time)")
    parser.add_argument("--delay", type=float, default=0.0, help="seconds each send takes")
    parser.add_argument("--mark", type=int, default=0, help="print `sent N` after N sends")
    parser.add_argument("--batch", type=int, default=500, help="rows claimed at a time")
    args = parser.parse_args(argv)
    with open(args.log, "a", encoding="utf-8") as log:
        sender = LogSender(log, args.delay, args.mark)
        total = asyncio.run(fan_out(args.url, args.at, sender, args.batch))
    print("done", json.dumps(dict(total)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
