"""Stopping in the middle of the morning fan-out loses nothing and sends nothing twice.

The tick is told to stop while a few sends hang (a platform that stopped answering): it
claims nothing more, and every claimed card whose send had not begun is released at
once, due again for the next start. The hanging sends are cut off, as the bot's stop
deadline would, and count as in flight. A restart sends every released card exactly once.
A send whose request reached the platform but whose answer comes after the stop's grace
ran out is not cut off: it is recorded, and a restart that takes the stopped process's
claims over does not send it again.
"""

from __future__ import annotations

import asyncio
from collections import Counter

from core.engine import Deliveries
from core.engine.delivery import STOPPED
from core.engine.liveness import Heartbeat
from core.messages import Reply
from core.ports import Address
from tests.engine.test_delivery_faults import active_users
from tests.engine.test_liveness import CONFIG
from tests.fakes.chat import Bot
from tests.memory import MemoryStore
from tests.memory.liveness import Heartbeats, MemoryLiveness

USERS = 60
HANGING = 4


class Hanging:
    """The first `HANGING` sends never get an answer; the rest are confirmed at once."""

    def __init__(self) -> None:
        self.started: list[str] = []
        self.delivered: list[str] = []
        self.hung = asyncio.Event()

    async def send(self, address: Address, reply: Reply) -> None:
        self.started.append(address.chat_id)
        if len(self.started) <= HANGING:
            if len(self.started) == HANGING:
                self.hung.set()
            await asyncio.Event().wait()
        self.delivered.append(address.chat_id)


async def test_a_stop_mid_fan_out_releases_what_was_not_sent_and_a_restart_sends_it_once(
    bot: Bot,
) -> None:
    await active_users(bot, USERS)
    hanging = Hanging()
    deliveries = Deliveries(bot.ctx, hanging, in_flight=HANGING, batch=20)
    bot.clock.advance(hours=1)  # 08:00 in London

    tick = asyncio.create_task(deliveries.tick())
    await asyncio.wait_for(hanging.hung.wait(), 5)
    deliveries.stop()
    done, _ = await asyncio.wait({tick}, timeout=0.5)
    assert not done, "the hanging sends hold the tick until the stop's deadline"
    tick.cancel()  # the grace ran out: the sends on the wire still get the last moment
    done, _ = await asyncio.wait({tick}, timeout=0.1)
    assert not done, "a cancelled tick waits for the sends on their way"
    tick.cancel()  # the last deadline: what is still sending is cut off
    await asyncio.gather(tick, return_exceptions=True)

    restarted = await bot.restarted()
    again = Hanging()
    again.started = ["-"] * HANGING  # nothing hangs any more
    results = await Deliveries(restarted.ctx, again).tick()

    in_flight = set(hanging.started[:HANGING])
    assert Counter(hanging.delivered + again.delivered) == Counter(
        {str(n): 1 for n in range(1, USERS + 1) if str(n) not in in_flight}
    )
    assert results == Counter(sent=USERS - HANGING - len(hanging.delivered))
    assert not in_flight & set(again.delivered), "claims in flight wait for their lease"


class StopsAfter:
    """Confirms every send, and asks the bot to stop after the `count`th (a SIGTERM)."""

    def __init__(self, count: int) -> None:
        self.count = count
        self.deliveries: Deliveries | None = None
        self.delivered: list[str] = []

    async def send(self, address: Address, reply: Reply) -> None:
        self.delivered.append(address.chat_id)
        if len(self.delivered) == self.count and self.deliveries is not None:
            self.deliveries.stop()


async def test_what_a_stop_leaves_unsent_is_counted_and_due_at_once_for_the_next_start(
    bot: Bot,
) -> None:
    users = await active_users(bot, USERS)
    sender = StopsAfter(10)
    deliveries = sender.deliveries = Deliveries(bot.ctx, sender, in_flight=2, batch=20)
    bot.clock.advance(hours=1)
    releases: list[int] = []
    release = bot.store.user_schedules.release

    async def counted(claims, retry_at):
        releases.append(len(claims))
        await release(claims, retry_at)

    bot.store.user_schedules.release = counted  # type: ignore[method-assign]

    first = await deliveries.tick()

    sent = len(sender.delivered)
    assert first["sent"] == sent and first["stopped"] > 0
    assert sent + first["stopped"] <= 2 * 20, "at most the two batches in hand, then no more"
    now = bot.clock.now()
    due_now = [u for u in users if (await bot.store.user_schedules.scheduled(u.id))["card"] <= now]
    assert len(due_now) == USERS - sent
    restarted = Deliveries(bot.ctx, again := StopsAfter(0))
    assert await restarted.tick() == Counter(sent=USERS - sent)
    assert Counter(sender.delivered + again.delivered) == Counter(
        {str(n): 1 for n in range(1, USERS + 1)}
    )
    assert STOPPED in first
    assert sum(releases) == first["stopped"] and len(releases) <= 2, "released together"


class SlowToAnswer:
    """The platform receives every send at once (it reaches the person); the answers to
    the first `HANGING` come only when the test lets them (`answer`)."""

    def __init__(self) -> None:
        self.received: list[str] = []
        self.waiting = asyncio.Event()
        self.answer = asyncio.Event()

    async def send(self, address: Address, reply: Reply) -> None:
        self.received.append(address.chat_id)
        if len(self.received) <= HANGING:
            if len(self.received) == HANGING:
                self.waiting.set()
            await self.answer.wait()


def _process(bot: Bot, beats: Heartbeats, sender: SlowToAnswer) -> Deliveries:
    """A bot process with its heartbeat: a restart takes a stopped one's claims over."""
    assert isinstance(bot.store, MemoryStore)
    heartbeat = Heartbeat(MemoryLiveness(bot.store, beats), bot.clock.now, CONFIG)
    return Deliveries(bot.ctx, sender, heartbeat=heartbeat, in_flight=HANGING, batch=20)


async def test_a_send_the_platform_received_before_the_grace_ran_out_is_recorded_not_repeated(
    bot: Bot,
) -> None:
    await active_users(bot, USERS)
    bot.clock.advance(hours=1)  # 08:00 in London: every card is due
    beats = Heartbeats()
    platform = SlowToAnswer()
    first = _process(bot, beats, platform)
    assert first.heartbeat is not None
    await first.heartbeat.beat()

    tick = asyncio.create_task(first.tick())
    await asyncio.wait_for(platform.waiting.wait(), 5)
    first.stop()
    tick.cancel()  # the stop's grace ran out while the platform had yet to answer
    for _ in range(20):
        await asyncio.sleep(0)  # the cancellation reaches every job
    platform.answer.set()  # the answers come, within the stop's last second
    await asyncio.gather(tick, return_exceptions=True)
    await first.heartbeat.leave()  # a clean stop: its claims are free at once

    second = _process(bot, beats, platform)
    assert second.heartbeat is not None
    await second.heartbeat.beat()  # takes over whatever the stopped process still held
    await second.tick()

    assert Counter(platform.received) == Counter({str(n): 1 for n in range(1, USERS + 1)}), (
        "no card went out twice"
    )
