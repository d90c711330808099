"""The morning card and follow-ups through the tick, with a fixed clock."""

from __future__ import annotations

from datetime import UTC, datetime

from core.model import UserStatus
from tests.fakes.chat import Bot, ChatUser


async def onboarded(bot: Bot, user_id: str = "1001", zone: str = "Europe/London") -> ChatUser:
    person = bot.user(user_id)
    await person.onboard(zone=zone)
    return person


async def test_the_morning_card_arrives_once_at_the_chosen_time(bot: Bot) -> None:
    await onboarded(bot)  # 07:00 UTC = 07:00 in London in March
    assert (await bot.deliveries.tick()) == {}
    bot.clock.advance(hours=1)
    results = await bot.deliveries.tick()
    assert results["sent"] == 1
    [card] = bot.sender.to("1001")
    assert card.text.startswith("Good morning!")
    assert (await bot.deliveries.tick()) == {}
    assert len(bot.sender.to("1001")) == 1


async def test_the_next_card_comes_the_following_morning(bot: Bot) -> None:
    await onboarded(bot)
    bot.clock.advance(hours=1)
    await bot.deliveries.tick()
    bot.clock.advance(days=1)
    await bot.deliveries.tick()
    first, second = bot.sender.to("1001")
    assert first.title != second.title  # a different card each day


async def test_a_card_asked_for_before_the_morning_is_the_one_delivered(bot: Bot) -> None:
    ana = await onboarded(bot)
    asked = (await ana.says("/card"))[0]
    bot.clock.advance(hours=1)
    await bot.deliveries.tick()
    [delivered] = bot.sender.to("1001")
    assert delivered.title == asked.title


async def test_no_morning_card_after_the_day_is_already_practised(bot: Bot) -> None:
    ana = await onboarded(bot)
    await ana.says("/card")
    await ana.taps("Skip the guesses")
    await ana.taps("Yes")
    bot.clock.advance(hours=1)
    results = await bot.deliveries.tick()
    assert results["skipped"] == 1 and bot.sender.to("1001") == []


async def test_after_three_hours_down_the_card_still_goes_out_that_day(bot: Bot) -> None:
    await onboarded(bot)
    bot.clock.advance(hours=4)  # 11:00, three hours after the card time
    assert (await bot.deliveries.tick())["sent"] == 1


async def test_after_two_days_down_only_today_is_caught_up(bot: Bot) -> None:
    await onboarded(bot)
    bot.clock.advance(days=2, hours=2)  # Wednesday 09:00: Monday and Tuesday are gone
    await bot.deliveries.tick()
    assert len(bot.sender.to("1001")) == 1
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None
    schedules = await bot.store.user_schedules.scheduled(user.id)
    assert schedules["card"] == datetime(2026, 3, 5, 8, 0, tzinfo=UTC)


async def test_past_the_catch_up_deadline_the_card_waits_for_tomorrow(bot: Bot) -> None:
    await onboarded(bot)
    bot.clock.advance(hours=15)  # 22:00 local: past the card's and the reminder's deadline
    results = await bot.deliveries.tick()
    assert results["skipped"] == 2 and bot.sender.to("1001") == []


async def test_paused_users_get_no_card_and_resume_brings_it_back(bot: Bot) -> None:
    ana = await onboarded(bot)
    await ana.says("/pause")
    bot.clock.advance(hours=1)
    await bot.deliveries.tick()
    assert bot.sender.to("1001") == []
    await ana.says("/resume")
    bot.clock.advance(days=1)
    await bot.deliveries.tick()
    assert len(bot.sender.to("1001")) == 1


async def test_a_user_who_blocked_the_bot_is_marked_and_not_retried(bot: Bot) -> None:
    await onboarded(bot)
    bot.sender.gone.add("1001")
    bot.clock.advance(hours=1)
    assert (await bot.deliveries.tick())["gone"] == 1
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None and user.status is UserStatus.UNREACHABLE
    bot.clock.advance(days=1)
    assert (await bot.deliveries.tick()) == {}


async def test_a_failed_send_is_retried_after_the_lease(bot: Bot) -> None:
    await onboarded(bot)
    bot.sender.failing.add("1001")
    bot.clock.advance(hours=1)
    assert (await bot.deliveries.tick())["retry"] == 1
    bot.sender.failing.clear()
    assert (await bot.deliveries.tick()) == {}  # the lease has not run out yet
    bot.clock.advance(minutes=6)
    assert (await bot.deliveries.tick())["sent"] == 1
    assert len(bot.sender.to("1001")) == 1


async def test_a_rest_day_morning_says_so_instead_of_a_card(bot: Bot) -> None:
    ana = await onboarded(bot)
    await ana.says("/rest")
    bot.clock.advance(hours=1)
    await bot.deliveries.tick()
    [message] = bot.sender.to("1001")
    assert "Rest day" in message.text and not message.buttons


async def test_waiting_for_an_answer_brings_a_follow_up_in_three_days(bot: Bot) -> None:
    ana = await onboarded(bot)
    await ana.says("/card")
    await ana.taps("Skip the guesses")
    await ana.taps("Waiting to hear")
    bot.clock.advance(days=3, minutes=1)
    await bot.deliveries.tick()
    follow_up = [r for r in bot.sender.to("1001") if "waiting to hear back" in r.text]
    assert len(follow_up) == 1
    yes = next(b.payload for row in follow_up[0].buttons for b in row if b.label == "Yes")
    replies = await ana.presses(yes)
    assert "A yes!" in replies[0].text
