"""Several processes on one store: a process gone quiet loses its claims within seconds,
a process that lost its heartbeat stops sending, and each claims only its fair share.

Processes are `Deliveries` with a `Heartbeat` each, over one in-memory store and one
heartbeat table; the clock is the test's.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import timedelta

from core.engine import Deliveries
from core.engine.liveness import Heartbeat, LivenessConfig
from core.messages import Reply
from core.ports import Address, Sender
from core.storage.liveness import Takeover
from tests.engine.test_delivery_faults import USERS, active_users
from tests.engine.test_groups import Scene, onboarded, started
from tests.fakes.chat import Bot, RecordingSender
from tests.memory import MemoryStore
from tests.memory.liveness import Heartbeats, MemoryLiveness

CONFIG = LivenessConfig(timeout=timedelta(seconds=15), beat_every=timedelta(seconds=3))


def process(
    bot: Bot, beats: Heartbeats, sender: Sender, rates: dict[str, float] | None = None
) -> Deliveries:
    assert isinstance(bot.store, MemoryStore)
    taken: list[Takeover] = []
    heartbeat = Heartbeat(
        MemoryLiveness(bot.store, beats),
        bot.clock.now,
        replace(CONFIG, rates=rates),
        on_takeover=taken.append,
    )
    return Deliveries(bot.ctx, sender, heartbeat=heartbeat)


class Stalling:
    """Records sends; the first one stalls the process past its heartbeat's timeout."""

    def __init__(self, bot: Bot) -> None:
        self.bot = bot
        self.chats: list[str] = []

    async def send(self, address: Address, reply: Reply) -> None:
        if not self.chats:
            self.bot.clock.advance(seconds=20)
        self.chats.append(address.chat_id)


async def test_a_crashed_process_claims_are_sent_by_the_next_beat_not_after_the_lease(
    bot: Bot,
) -> None:
    await active_users(bot)
    beats = Heartbeats()
    bot.clock.advance(hours=1)  # 08:00: every card is due
    crashed = process(bot, beats, RecordingSender())
    assert crashed.heartbeat is not None
    await crashed.heartbeat.beat()
    held = await bot.store.user_schedules.claim_due(
        bot.clock.now(), bot.clock.now() + timedelta(minutes=5), 500
    )
    survivor_sender = RecordingSender()
    survivor = process(bot, beats, survivor_sender)
    assert survivor.heartbeat is not None

    await survivor.heartbeat.beat()  # the crashed one is still fresh: nothing taken
    assert await survivor.tick() == Counter()
    bot.clock.advance(seconds=16)
    taken = await survivor.heartbeat.beat()
    results = await survivor.tick()

    assert len(held) == USERS
    assert taken == Takeover(processes=1, schedules=USERS)
    assert results == Counter(sent=USERS)
    assert Counter(a.chat_id for a, _ in survivor_sender.sent) == Counter(
        {str(n): 1 for n in range(1, USERS + 1)}
    )
    assert not crashed.heartbeat.alive() and await crashed.tick() == Counter()


async def test_a_process_that_lost_its_heartbeat_stops_sending_and_nobody_gets_two(
    bot: Bot,
) -> None:
    await active_users(bot)
    beats = Heartbeats()
    bot.clock.advance(hours=1)
    stalled_sender = Stalling(bot)
    stalled = process(bot, beats, stalled_sender)
    assert stalled.heartbeat is not None
    await stalled.heartbeat.beat()

    first = await stalled.tick()  # the first send stalls it 20 s: the rest are not its own
    other_sender = RecordingSender()
    other = process(bot, beats, other_sender)
    assert other.heartbeat is not None
    await other.heartbeat.beat()
    second = await other.tick()

    sent_first = len(stalled_sender.chats)
    assert 1 <= sent_first <= stalled.in_flight  # only what was already under way
    assert first == Counter(sent=sent_first, retry=USERS - sent_first)
    assert second == Counter(sent=USERS - sent_first)
    every = Counter(stalled_sender.chats + [a.chat_id for a, _ in other_sender.sent])
    assert every == Counter({str(n): 1 for n in range(1, USERS + 1)})
    assert await stalled.heartbeat.beat() == Takeover()  # it comes back under a new name
    assert stalled.heartbeat.may_send(bot.clock.now())


async def test_each_process_claims_its_share_of_the_rate_within_the_horizon(bot: Bot) -> None:
    beats = Heartbeats()
    one = process(bot, beats, RecordingSender(), rates={"test": 30.0})
    two = process(bot, beats, RecordingSender(), rates={"test": 30.0})
    assert one.heartbeat is not None and two.heartbeat is not None
    await one.heartbeat.beat()
    alone = one.heartbeat.claim_size("test", 500)
    await two.heartbeat.beat()
    await one.heartbeat.beat()

    assert alone == 150  # 5 s at 30 a second
    assert one.heartbeat.claim_size("test", 500) == 75  # half each, once two are alive
    assert one.heartbeat.claim_size("test", 50) == 50  # never more than the batch
    assert one.heartbeat.claim_size("other", 500) == 500  # no rate known: the batch


async def test_a_group_card_waits_while_the_process_heartbeat_is_stale(bot: Bot) -> None:
    scene = Scene(bot)
    await onboarded(bot, "1001")
    await started(scene)
    bot.clock.advance(hours=25)  # the first card is due
    assert isinstance(bot.store, MemoryStore)
    heartbeat = Heartbeat(MemoryLiveness(bot.store, Heartbeats()), bot.clock.now, CONFIG)
    bot.deliveries.heartbeat = heartbeat
    await heartbeat.beat()
    bot.clock.advance(seconds=13)  # a beat short of the timeout: no longer its to send

    stale = await bot.deliveries.groups.drain(None)
    await heartbeat.beat()
    await bot.deliveries.tick()

    assert stale == Counter(retry=1)
    assert bot.sender.to_groups() == []  # still claimed: its lease (or a takeover) brings it
