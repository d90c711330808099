"""Clear risk through the engine: the crisis reply, the setup kept, the country asked."""

from __future__ import annotations

from core.model import UserStatus
from tests.engine.care.conftest import labels, stored, texts, to_timezone_question
from tests.fakes.chat import Bot, ChatUser


async def test_a_crisis_at_the_time_zone_question_keeps_the_setup_and_its_place(bot: Bot) -> None:
    ana = bot.user()
    await to_timezone_question(ana)
    replies = await ana.says("I want to kill myself")
    assert replies and all(reply.private for reply in replies)
    assert "findahelpline.com" in replies[0].text
    assert "your local emergency number" in replies[0].text
    assert "carry on from the same question" in replies[0].text
    user = await stored(bot)
    assert (user.status, user.state) == (UserStatus.ONBOARDING, "onb:tz")
    assert await bot.store.last_safety_event(user.id) == bot.clock.now()

    replies = await ana.taps("I'm ready to carry on")
    assert "Which time zone are you in?" in texts(replies)
    replies = await ana.says("London")
    assert "Got it: Europe/London" in texts(replies)
    await ana.says("08:00")
    await ana.taps("Done")
    replies = await ana.taps("3")
    assert "your cards will wait a day" in texts(replies)
    user = await stored(bot)
    assert (user.status, user.timezone) == (UserStatus.PAUSED, "Europe/London")


async def test_after_a_crisis_mid_setup_start_carries_on_from_the_same_question(
    bot: Bot,
) -> None:
    ana = bot.user()
    await to_timezone_question(ana)
    await ana.says("London")
    await ana.says("i want to end my life")
    replies = await ana.says("/start")
    assert "carry on where we left off" in texts(replies)
    assert "What time should your card arrive" in texts(replies)
    assert (await stored(bot)).timezone == "Europe/London"


async def test_the_cards_wait_a_day_after_a_crisis_and_resume_says_the_same(bot: Bot) -> None:
    ana = bot.user()
    await ana.onboard()
    replies = await ana.says("honestly i want to kill myself")
    assert "at least a day" in replies[0].text
    replies = await ana.says("/card")
    assert "resting for now" in replies[0].text and not replies[0].buttons
    replies = await ana.says("/resume")
    assert "stay paused for a day" in replies[0].text
    bot.clock.advance(hours=25)
    replies = await ana.says("/card")
    assert labels(replies) == ["I'm okay, let's practise", "Not yet"]
    replies = await ana.taps("I'm okay, let's practise")
    assert "Welcome back" in replies[0].text
    assert (await stored(bot)).status is UserStatus.ACTIVE


async def test_a_crisis_as_a_reflection_is_not_stored_as_one(bot: Bot) -> None:
    ana = bot.user()
    await ana.onboard()
    await ana.says("/card")
    await ana.taps("Skip the guesses")
    await ana.taps("No")
    await ana.taps("5")
    replies = await ana.taps("3")
    assert replies[-1].title == "A moment to reflect"
    replies = await ana.says("after that no i want to die")
    assert "116 123" in replies[0].text
    user = await stored(bot)
    assert (user.status, user.state) == (UserStatus.PAUSED, "")
    assert await bot.store.reflections(user.id) == []


async def test_without_a_country_the_reply_asks_where_they_are(bot: Bot) -> None:
    ana = bot.user()
    await ana.onboard(zone="UTC")
    replies = await ana.says("I want to end my life")
    assert len(replies) == 2
    assert "your local emergency number" in replies[0].text
    assert "findahelpline.com" in replies[0].text
    shown = labels(replies[1:])
    assert {"Argentina", "Japan", "More countries", "Another country"} <= set(shown)
    assert len(shown) <= 25  # what Discord can show on one message

    replies = await ana.taps("Japan")
    assert replies[0].edit and "0570-783-556" in replies[0].text
    assert "call 119 or 110" in replies[0].text

    await ana.says("I want to end my life")
    replies = await ana.taps("More countries")
    assert replies[0].edit and "United Kingdom" in labels(replies)
    replies = await ana.taps("United Kingdom")
    assert "116 123" in replies[0].text and "Refuge" not in replies[0].text

    await ana.says("I want to end my life")
    replies = await ana.taps("Another country")
    assert "findahelpline.com" in replies[0].text


async def test_someone_with_no_record_gets_the_lines_and_the_country_question(bot: Bot) -> None:
    stranger = bot.user("4242")
    replies = await stranger.says("i want to kill myself")
    assert "findahelpline.com" in replies[0].text
    assert "Another country" in labels(replies)
    replies = await stranger.taps("Ireland")
    assert "Pieta" in replies[0].text
    assert await bot.store.user_by_identity("test", "4242") is None


async def test_a_line_for_people_hurt_at_home_comes_only_when_that_is_the_worry(
    bot: Bot,
) -> None:
    ana = bot.user()
    await ana.onboard()
    suicide = await ana.says("i want to kill myself")
    assert "Samaritans" in suicide[0].text and "Refuge" not in suicide[0].text
    danger = await ana.says("i am not safe at home")
    assert "Refuge" in danger[0].text
    assert "Refuge" in (await ana.says("/help"))[0].text


async def test_a_crisis_in_a_group_is_answered_privately_and_the_group_sees_nothing(
    bot: Bot,
) -> None:
    ana = bot.user()
    await ana.onboard()
    replies = await bot.in_group("1001").says("i want to kill myself")
    assert replies and all(reply.private for reply in replies)
    assert (await stored(bot)).status is UserStatus.PAUSED


async def test_the_time_zone_answer_quotes_only_what_reads_like_a_place(bot: Bot) -> None:
    ana = bot.user()
    await to_timezone_question(ana)
    replies = await ana.says("I bought some bread today.")
    assert "bread" not in replies[0].text
    assert "/help" in replies[0].text
    replies = await ana.says("Narnia")
    assert 'a time zone called "Narnia"' in replies[0].text


async def test_every_fallback_to_unplaced_text_points_to_help(bot: Bot) -> None:
    ana = bot.user()
    await ana.says("/start")
    replies = await ana.says("hello?")
    assert "/help lists people you can talk to" in replies[0].text
    await ana.onboard()
    replies = await ana.says("just saying hi")
    assert replies[0].text.endswith("/help lists people you can talk to.")


async def test_the_crisis_reply_is_private_even_mid_flood(bot: Bot) -> None:
    ana: ChatUser = bot.user()
    await ana.onboard()
    for _ in range(40):
        await ana.says("hi")
    replies = await ana.says("i want to kill myself")
    assert replies and "116 123" in replies[0].text


async def test_todays_card_button_while_paused_after_a_crisis_checks_in(bot: Bot) -> None:
    ana = bot.user()
    await ana.onboard()
    await ana.says("i want to kill myself")
    replies = await ana.presses("h:card")
    assert "resting for now" in replies[0].text
    bot.clock.advance(hours=25)
    replies = await ana.presses("h:card")
    assert labels(replies) == ["I'm okay, let's practise", "Not yet"]


async def test_text_where_a_button_is_wanted_in_an_own_card_points_to_help(bot: Bot) -> None:
    ana = bot.user()
    await ana.onboard()
    await ana.says("/addcard")
    await ana.says("Ask the bookshop on my street whether they would stock my zine for a month.")
    replies = await ana.says("three I think")
    assert "/help lists people you can talk to" in replies[0].text
