"""Onboarding through the engine: consent, age, time zone, time, fears, and restarts."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, time

import pytest

from core.engine import EngineConfig
from core.model import UserStatus
from tests.fakes.chat import Bot, FixedClock
from tests.memory import MemoryStore


async def test_a_new_user_is_told_what_the_bot_is_and_asked_to_consent(bot: Bot) -> None:
    ana = bot.user()
    replies = await ana.says("/start")
    assert "not therapy" in replies[0].text
    assert "/delete" in replies[0].text
    assert ana.button("Yes, let's start")


async def test_the_consent_screen_says_moods_and_reflections_are_stored(bot: Bot) -> None:
    ana = bot.user()
    [welcome] = await ana.says("/start")
    assert "moods" in welcome.text and "reflections" in welcome.text
    assert "health information" in welcome.text
    assert "until you erase them" in welcome.text
    await ana.taps("Yes, let's start")
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None and user.consent_version == bot.ctx.config.consent_version


async def test_after_consent_the_bot_asks_for_the_minimum_age(bot: Bot) -> None:
    ana = bot.user()
    await ana.says("/start")
    replies = await ana.taps("Yes, let's start")
    assert "How old are you?" in replies[-1].text
    assert [b.label for b in replies[-1].buttons[0]] == ["I'm 18 or older", "I'm under 18"]
    replies = await ana.taps("I'm 18 or older")
    assert "time zone" in replies[-1].text


def rows_left(bot: Bot) -> dict[str, int]:
    """Every table's row count, straight from the records (or the database file)."""
    if isinstance(bot.store, MemoryStore):
        return bot.store.row_counts()
    path = bot.url.split("///", 1)[1]
    with sqlite3.connect(path) as db:
        tables = [
            name
            for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if name != "alembic_version"
        ]
        return {name: db.execute(f"SELECT COUNT(*) FROM {name}").fetchone()[0] for name in tables}


async def test_someone_under_the_minimum_age_is_erased_and_pointed_to_youth_services(
    bot: Bot,
) -> None:
    ana = bot.user()
    await ana.says("/start")
    await ana.taps("Yes, let's start")
    [reply] = await ana.taps("I'm under 18")
    assert "made for people aged 18 and over" in reply.text
    assert "nothing about you is kept" in reply.text
    for service in ("0800 1111", "1-800-668-6868", "1800 55 1800", "988"):
        assert service in reply.text
    assert "childhelplineinternational.org" in reply.text
    assert reply.buttons == ()
    assert await bot.store.user_by_identity("test", "1001") is None
    assert set(rows_left(bot).values()) == {0}


async def test_a_later_message_from_them_starts_again_from_the_beginning(bot: Bot) -> None:
    ana = bot.user()
    await ana.says("/start")
    await ana.taps("Yes, let's start")
    await ana.taps("I'm under 18")
    replies = await ana.says("/card")
    assert "not therapy" in replies[0].text
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None and user.consent_at is None


async def test_the_age_question_follows_the_configured_minimum(bot: Bot) -> None:
    sixteen = Bot.over(bot.store, FixedClock(bot.clock.now()), EngineConfig(minimum_age=16))
    ana = sixteen.user()
    await ana.says("/start")
    await ana.taps("Yes, let's start")
    assert ana.button("I'm 16 or older") and ana.button("I'm under 16")
    [reply] = await ana.taps("I'm under 16")
    assert "aged 16 and over" in reply.text
    await sixteen.store.close()


@pytest.mark.parametrize("age", [0, 12, -1])
def test_a_minimum_age_below_the_platforms_own_is_refused(age: int) -> None:
    with pytest.raises(ValueError, match="13"):
        EngineConfig(minimum_age=age)


async def test_the_age_question_is_asked_again_after_a_restart(bot: Bot) -> None:
    ana = bot.user()
    await ana.says("/start")
    await ana.taps("Yes, let's start")
    age_button = ana.button("I'm 18 or older")
    bot = await bot.restarted()
    ana = bot.user()
    replies = await ana.says("/start")
    assert "carry on" in replies[0].text and "How old are you?" in replies[1].text
    replies = await ana.says("Europe/Paris")
    assert "use the buttons" in replies[0].text
    await ana.presses(age_button)
    replies = await ana.presses(age_button)
    assert "behind us" in replies[0].text
    await bot.store.close()


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
    schedules = await bot.store.user_schedules.scheduled(user.id)
    assert schedules["card"] == datetime(2026, 3, 2, 7, 30, tzinfo=UTC)
    assert "first card arrives at 07:30" in ana.text()


async def test_chosen_fears_are_kept(bot: Bot) -> None:
    ana = bot.user()
    await ana.says("/start")
    await ana.taps("Yes, let's start")
    await ana.taps("I'm 18 or older")
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
    await ana.taps("I'm 18 or older")
    replies = await ana.says("Mars/Olympus")
    assert 'couldn\'t find a time zone called "Mars/Olympus"' in replies[0].text
    replies = await ana.says("Asia/Kathmandu")
    assert "Asia/Kathmandu" in replies[0].text


async def test_a_time_that_does_not_exist_gets_a_clear_answer(bot: Bot) -> None:
    ana = bot.user()
    await ana.says("/start")
    await ana.taps("Yes, let's start")
    await ana.taps("I'm 18 or older")
    await ana.says("Europe/Paris")
    replies = await ana.says("25:61")
    assert "doesn't look like a time" in replies[0].text
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None and user.state == "onb:time"


async def test_sharing_a_location_sets_the_time_zone(bot: Bot) -> None:
    ana = bot.user()
    await ana.says("/start")
    await ana.taps("Yes, let's start")
    await ana.taps("I'm 18 or older")
    await ana.shares_location(40.7, -74.0)
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None and user.timezone == "America/New_York"


async def test_a_restart_mid_onboarding_continues_at_the_same_question(bot: Bot) -> None:
    ana = bot.user()
    await ana.says("/start")
    await ana.taps("Yes, let's start")
    await ana.taps("I'm 18 or older")
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
    await ana.taps("I'm 18 or older")
    replies = await ana.says("/card")
    assert "finish setting up" in replies[0].text
    assert "time zone" in replies[1].text
