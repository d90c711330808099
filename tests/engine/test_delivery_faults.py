"""The morning fan-out when platforms misbehave: network errors, blocked bots, slow sends.

Waiting out a 429 is the adapters' job (they honour `retry_after` inside `send`), so
here a rate-limited send is simply a slow one, and it must hold only its own slot.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from dataclasses import replace
from datetime import timedelta

from core.engine import Deliveries
from core.engine.delivery import RETRY_AFTER_FAILURE
from core.engine.schedules import schedule_user
from core.messages import Reply
from core.model import User, UserStatus
from core.ports import Address, RecipientGone, SendFailed
from tests.fakes.chat import Bot

USERS = 40


async def active_users(bot: Bot, count: int = USERS) -> list[User]:
    """Onboarded users in London with cards at 08:00, made through the store."""
    made = []
    for n in range(1, count + 1):
        fresh = await bot.store.create_user("test", str(n), str(n), bot.clock.now())
        user = replace(
            fresh, status=UserStatus.ACTIVE, timezone="Europe/London", consent_at=fresh.created_at
        )
        await bot.store.save_user(user)
        await schedule_user(bot.ctx, user)
        made.append(user)
    return made


class FlakySender:
    """Fails the first try for some chats (a dropped connection), then works."""

    def __init__(self, failing_once: set[str]) -> None:
        self.failing_once = set(failing_once)
        self.tries: Counter[str] = Counter()
        self.delivered: list[str] = []

    async def send(self, address: Address, reply: Reply) -> None:
        self.tries[address.chat_id] += 1
        if address.chat_id in self.failing_once:
            self.failing_once.discard(address.chat_id)
            raise SendFailed(f"connection reset sending to {address.chat_id}")
        self.delivered.append(address.chat_id)


async def test_a_network_error_mid_fan_out_is_retried_half_a_minute_later_and_nobody_gets_two(
    bot: Bot,
) -> None:
    await active_users(bot)
    unlucky = {str(n) for n in range(5, USERS + 1, 5)}
    sender = FlakySender(unlucky)
    deliveries = Deliveries(bot.ctx, sender)
    bot.clock.advance(hours=1)  # 08:00

    first = await deliveries.tick()
    assert first == Counter(sent=USERS - len(unlucky), retry=len(unlucky))
    bot.clock.advance(seconds=29)
    assert await deliveries.tick() == Counter()  # not yet: no retry storm
    bot.clock.advance(seconds=1)  # released at once, due again after RETRY_AFTER_FAILURE
    second = await deliveries.tick()

    assert second == Counter(sent=len(unlucky))
    assert Counter(sender.delivered) == Counter({str(n): 1 for n in range(1, USERS + 1)})
    assert {chat for chat, tries in sender.tries.items() if tries == 2} == unlucky


class BlockedBy:
    """Answers 403 for chats whose user blocked the bot, and records every other send."""

    def __init__(self, blocked: set[str]) -> None:
        self.blocked = blocked
        self.tries: Counter[str] = Counter()

    async def send(self, address: Address, reply: Reply) -> None:
        self.tries[address.chat_id] += 1
        if address.chat_id in self.blocked:
            raise RecipientGone(address.chat_id)


async def test_a_user_who_blocked_the_bot_is_marked_unreachable_and_never_tried_again(
    bot: Bot,
) -> None:
    users = await active_users(bot, 3)
    sender = BlockedBy({"2"})
    deliveries = Deliveries(bot.ctx, sender)
    bot.clock.advance(hours=1)

    assert await deliveries.tick() == Counter(sent=2, gone=1)
    for _day in range(3):  # the evening reminders and the next mornings
        bot.clock.advance(hours=12)
        await deliveries.tick()

    gone = await bot.store.user(users[1].id)
    assert gone is not None and gone.status is UserStatus.UNREACHABLE
    assert await bot.store.user_schedules.scheduled(gone.id) == {}
    assert sender.tries["2"] == 1
    assert sender.tries["1"] == sender.tries["3"] > 1


class SlowFor:
    """One chat's send waits until the test lets it go; the others go straight through."""

    def __init__(self, slow_chat: str, others: int) -> None:
        self.slow_chat = slow_chat
        self.release = asyncio.Event()
        self.others_done = asyncio.Event()
        self.others = others
        self.delivered: list[str] = []

    async def send(self, address: Address, reply: Reply) -> None:
        if address.chat_id == self.slow_chat:
            await self.release.wait()
        self.delivered.append(address.chat_id)
        if len(self.delivered) == self.others and self.slow_chat not in self.delivered:
            self.others_done.set()


async def test_a_slow_send_holds_only_its_own_slot(bot: Bot) -> None:
    await active_users(bot)
    sender = SlowFor("1", others=USERS - 1)
    deliveries = Deliveries(bot.ctx, sender, in_flight=4)
    bot.clock.advance(hours=1)

    tick = asyncio.create_task(deliveries.tick())
    await asyncio.wait_for(sender.others_done.wait(), timeout=30)
    assert "1" not in sender.delivered and len(sender.delivered) == USERS - 1
    assert not tick.done()
    sender.release.set()

    assert await asyncio.wait_for(tick, timeout=30) == Counter(sent=USERS)
    assert sender.delivered[-1] == "1"


async def test_a_failed_send_releases_its_claim_and_is_retried_half_a_minute_later(
    bot: Bot,
) -> None:
    await active_users(bot, 1)
    sender = FlakySender({"1"})
    deliveries = Deliveries(bot.ctx, sender)
    bot.clock.advance(hours=1)
    await deliveries.tick()
    user = await bot.store.user_by_identity("test", "1")
    assert user is not None

    retry_at = (await bot.store.user_schedules.scheduled(user.id))["card"]

    assert retry_at == bot.clock.now() + RETRY_AFTER_FAILURE  # not the lease's end
    bot.clock.current = retry_at - timedelta(seconds=1)
    assert await deliveries.tick() == Counter()
    bot.clock.current = retry_at
    assert await deliveries.tick() == Counter(sent=1)


class StallingSender:
    """The first send stalls the platform for `stall` (a long 429, say): the clock moves on
    while it waits. Every confirmed send is recorded."""

    def __init__(self, bot: Bot, stall: timedelta) -> None:
        self.bot = bot
        self.stall = stall
        self.delivered: list[str] = []

    async def send(self, address: Address, reply: Reply) -> None:
        if not self.delivered:
            self.bot.clock.current += self.stall
        self.delivered.append(address.chat_id)


async def test_a_claim_that_grew_old_in_the_queue_is_left_for_the_next_tick_not_sent(
    bot: Bot,
) -> None:
    """Past half a lease another worker may take a claim over, so its holder must not send
    on it any more: the cards queued behind a long stall wait for the next tick instead."""
    await active_users(bot, 5)
    half_lease = bot.ctx.config.delivery_lease / 2
    sender = StallingSender(bot, stall=half_lease + timedelta(seconds=1))
    deliveries = Deliveries(bot.ctx, sender, in_flight=1)
    bot.clock.advance(hours=1)

    first = await deliveries.tick()
    bot.clock.current += bot.ctx.config.delivery_lease  # the queued rows come due again
    second = await deliveries.tick()

    assert first == Counter(sent=1, retry=4)
    assert second == Counter(sent=4)
    assert Counter(sender.delivered) == Counter({str(n): 1 for n in range(1, 6)})
