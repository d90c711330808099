"""Onboarding through the engine: consent, time zone, time, fears, and restarts."""

from __future__ import annotations

from datetime import UTC, datetime, time

from core.model import UserStatus
from tests.fakes.chat import Bot


async def test_a_new_user_is_told_what_the_bot_is_and_asked_to_consent(bot: Bot) -> None:
    ana = bot.user()
    replies = await ana.says("/start")
    assert "not therapy" in replies[0].text
    assert "/delete" in replies[0].text
    assert ana.button("Yes, let's start")


async def test_onboarding_ends_active_with_the_first_card_scheduled(bot: Bot) -> None:
    ana = bot.user()
    await ana.onboard(zone="london", time="7:30am", strength="4")
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None
    assert user.status is UserStatus.ACTIVE
    assert user.timezone == "Europe/London"
    assert user.delivery_time == time(7, 30)
    assert user.level == 1  # a strong fear starts at the bottom of the ladder
    assert user.consent_at == bot.clock.now()
    schedules = await bot.store.schedules(user.id)
    assert schedules["card"] == datetime(2026, 3, 2, 7, 30, tzinfo=UTC)
    assert "first card arrives at 07:30" in ana.text()


async def test_chosen_fears_are_kept(bot: Bot) -> None:
    ana = bot.user()
    await ana.says("/start")
    await ana.taps("Yes, let's start")
    await ana.says("Europe/Berlin")
    await ana.taps("08:00")
    await ana.taps("Work and career")
    await ana.taps("Dating and friendship")
    await ana.taps("✓ Work and career")  # tapping again takes it back
    await ana.taps("Done")
    await ana.taps("2")
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None and user.domains == ("dating",)


async def test_declining_consent_keeps_nothing(bot: Bot) -> None:
    ana = bot.user()
    await ana.says("/start")
    replies = await ana.taps("Not now")
    assert "Nothing has been saved" in replies[0].text
    assert await bot.store.user_by_identity("test", "1001") is None


async def test_a_time_zone_that_does_not_exist_gets_a_clear_answer(bot: Bot) -> None:
    ana = bot.user()
    await ana.says("/start")
    await ana.taps("Yes, let's start")
    replies = await ana.says("Mars/Olympus")
    assert 'couldn\'t find a time zone called "Mars/Olympus"' in replies[0].text
    replies = await ana.says("Asia/Kathmandu")
    assert "Asia/Kathmandu" in replies[0].text


async def test_a_time_that_does_not_exist_gets_a_clear_answer(bot: Bot) -> None:
    ana = bot.user()
    await ana.says("/start")
    await ana.taps("Yes, let's start")
    await ana.says("Europe/Paris")
    replies = await ana.says("25:61")
    assert "doesn't look like a time" in replies[0].text
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None and user.state == "onb:time"


async def test_sharing_a_location_sets_the_time_zone(bot: Bot) -> None:
    ana = bot.user()
    await ana.says("/start")
    await ana.taps("Yes, let's start")
    await ana.shares_location(40.7, -74.0)
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None and user.timezone == "America/New_York"


async def test_a_restart_mid_onboarding_continues_at_the_same_question(bot: Bot) -> None:
    ana = bot.user()
    await ana.says("/start")
    await ana.taps("Yes, let's start")
    await ana.says("Europe/Dublin")
    bot = await bot.restarted()
    ana = bot.user()
    replies = await ana.says("/start")
    assert "carry on" in replies[0].text
    assert "What time" in replies[1].text
    await ana.says("9")
    await ana.taps("Done")
    await ana.taps("3")
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None and user.status is UserStatus.ACTIVE
    assert user.timezone == "Europe/Dublin" and user.delivery_time == time(9, 0)
    await bot.store.close()


async def test_other_commands_during_onboarding_point_back_to_the_question(bot: Bot) -> None:
    ana = bot.user()
    await ana.says("/start")
    await ana.taps("Yes, let's start")
    replies = await ana.says("/card")
    assert "finish setting up" in replies[0].text
    assert "time zone" in replies[1].text
