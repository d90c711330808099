"""The daily rhythm: reminders, weekly summaries, time zones, races and slow platforms."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from core.engine import Deliveries
from core.messages import Reply
from core.ports import Address
from tests.fakes.chat import Bot, ChatUser


async def onboarded(
    bot: Bot, user_id: str = "1001", zone: str = "Europe/London", platform: str = "test"
) -> ChatUser:
    person = bot.user(user_id, platform)
    await person.onboard(zone=zone)
    return person


async def test_the_evening_reminder_comes_when_nothing_was_recorded(bot: Bot) -> None:
    await onboarded(bot)
    bot.clock.advance(hours=13)  # 20:00 in London
    await bot.deliveries.tick()
    texts = [r.text for r in bot.sender.to("1001")]
    assert any("gentle nudge" in t for t in texts)


async def test_no_reminder_after_the_day_is_recorded(bot: Bot) -> None:
    ana = await onboarded(bot)
    await ana.says("/card")
    await ana.taps("Skip the guesses")
    await ana.taps("Didn't try")
    bot.clock.advance(hours=13)
    await bot.deliveries.tick()
    assert not any("gentle nudge" in r.text for r in bot.sender.to("1001"))


async def test_reminders_can_be_turned_off_in_settings(bot: Bot) -> None:
    ana = await onboarded(bot)
    await ana.says("/settings")
    replies = await ana.taps("Reminder on/off")
    assert "Evening reminders are off" in replies[0].text
    bot.clock.advance(hours=13)
    await bot.deliveries.tick()
    assert not any("gentle nudge" in r.text for r in bot.sender.to("1001"))


async def test_the_weekly_summary_comes_on_the_chosen_morning(bot: Bot) -> None:
    ana = await onboarded(bot)  # Monday 2 March 2026
    await ana.says("/settings")
    await ana.taps("Summary day")
    await ana.taps("Wednesday")
    await ana.says("/card")
    await ana.taps("Skip the guesses")
    await ana.taps("No")
    for _day in range(3):  # Tuesday, Wednesday and Thursday mornings at 08:00
        bot.clock.advance(hours=25 if _day == 0 else 24)
        await bot.deliveries.tick()
    summaries = [r for r in bot.sender.to("1001") if r.title == "Your week"]
    assert len(summaries) == 1
    assert "You collected 1 no." in summaries[0].text
    picture = summaries[0].attachment
    assert picture is not None and picture.data.startswith(b"\x89PNG")


ZONES = [
    ("Etc/GMT+12", "1"),  # UTC-12
    ("Pacific/Kiritimati", "2"),  # UTC+14
    ("Asia/Kathmandu", "3"),  # UTC+05:45
    ("America/New_York", "4"),
    ("Europe/London", "5"),
    ("Australia/Sydney", "6"),
    ("Asia/Kolkata", "7"),
    ("America/Los_Angeles", "8"),
]


async def test_users_in_eight_time_zones_each_get_one_card_at_their_own_eight_oclock(
    bot: Bot,
) -> None:
    for zone, user_id in ZONES:
        await onboarded(bot, user_id, zone)
    delivered_at: dict[str, datetime] = {}
    for _minute in range(0, 3 * 24 * 60, 15):
        bot.clock.advance(minutes=15)
        await bot.deliveries.tick()
        for address, reply in bot.sender.sent:
            if reply.text.startswith("Good morning") and address.chat_id not in delivered_at:
                delivered_at[address.chat_id] = bot.clock.now()
    assert set(delivered_at) == {user_id for _zone, user_id in ZONES}
    for zone, user_id in ZONES:
        local = delivered_at[user_id].astimezone(ZoneInfo(zone))
        assert (local.hour, local.minute) == (8, 0), (zone, local)


@pytest.mark.parametrize(
    ("start", "expected_utc"),
    [
        # New York springs forward on 8 March 2026: 08:00 is 12:00 UTC that day
        (datetime(2026, 3, 7, 14, 0, tzinfo=UTC), datetime(2026, 3, 8, 12, 0, tzinfo=UTC)),
        # and falls back on 1 November 2026: 08:00 is 13:00 UTC that day
        (datetime(2026, 10, 31, 14, 0, tzinfo=UTC), datetime(2026, 11, 1, 13, 0, tzinfo=UTC)),
    ],
)
async def test_the_card_follows_the_local_clock_on_dst_days(
    bot: Bot, start: datetime, expected_utc: datetime
) -> None:
    bot.clock.current = start
    await onboarded(bot, zone="America/New_York")
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None
    assert (await bot.store.user_schedules.scheduled(user.id))["card"] == expected_utc
    bot.clock.current = expected_utc - timedelta(minutes=1)
    await bot.deliveries.tick()
    assert not any(r.text.startswith("Good morning") for r in bot.sender.to("1001"))
    bot.clock.current = expected_utc
    await bot.deliveries.tick()
    assert sum(r.text.startswith("Good morning") for r in bot.sender.to("1001")) == 1


async def test_two_ticks_racing_send_each_card_once(bot: Bot) -> None:
    for n in range(30):
        await onboarded(bot, str(1000 + n))
    bot.clock.advance(hours=1)
    first, second = await asyncio.gather(bot.deliveries.tick(), bot.deliveries.tick())
    assert first["sent"] + second["sent"] == 30
    per_user = Counter(address.chat_id for address, _reply in bot.sender.sent)
    assert set(per_user.values()) == {1} and len(per_user) == 30


class GatedSender:
    """Sends for one platform wait for a gate; the others go straight through."""

    def __init__(self, slow_platform: str) -> None:
        self.slow = slow_platform
        self.gate = asyncio.Event()
        self.sent: list[Address] = []
        self.fast_done = asyncio.Event()
        self.fast_expected = 0

    async def send(self, address: Address, reply: Reply) -> None:
        if address.platform == self.slow:
            await self.gate.wait()
        self.sent.append(address)
        if sum(a.platform != self.slow for a in self.sent) == self.fast_expected:
            self.fast_done.set()


async def test_a_slow_platform_never_holds_up_another(bot: Bot) -> None:
    for n in range(5):
        await onboarded(bot, f"s{n}", platform="slow")
        await onboarded(bot, f"f{n}", platform="fast")
    sender = GatedSender("slow")
    sender.fast_expected = 5
    deliveries = Deliveries(bot.ctx, sender, platforms=["slow", "fast"])
    bot.clock.advance(hours=1)
    tick = asyncio.create_task(deliveries.tick())
    await asyncio.wait_for(sender.fast_done.wait(), timeout=10)
    assert {a.platform for a in sender.sent} == {"fast"}  # all five, while slow is stuck
    sender.gate.set()
    results = await tick
    assert results["sent"] == 10
