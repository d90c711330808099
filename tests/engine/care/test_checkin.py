"""Possible risk through the engine: the direct question, its three answers, the held text."""

from __future__ import annotations

import json
from datetime import timedelta

from core.model import UserStatus
from tests.engine.care.conftest import (
    POSSIBLE,
    POSSIBLE_HARM,
    labels,
    stored,
    texts,
    to_timezone_question,
)
from tests.fakes.chat import Bot, ChatUser

ANSWERS = ["Yes", "Not right now, but things are hard", "No, I'm okay"]


async def at_reflection(bot: Bot) -> ChatUser:
    ana = bot.user()
    await ana.onboard()
    await ana.says("/card")
    await ana.taps("Skip the guesses")
    await ana.taps("No")
    await ana.taps("5")
    replies = await ana.taps("2")
    assert replies[-1].title == "A moment to reflect"
    return ana


async def exported(bot: Bot, ana: ChatUser) -> str:
    [reply] = await ana.says("/export")
    assert reply.attachment is not None
    return reply.attachment.data.decode()


async def test_possible_risk_asks_directly_and_holds_the_text(bot: Bot) -> None:
    ana = await at_reflection(bot)
    replies = await ana.says(POSSIBLE)
    assert len(replies) == 1 and replies[0].private
    assert "thoughts of ending your life, or of hurting yourself" in replies[0].text
    assert labels(replies) == ANSWERS
    user = await stored(bot)
    assert user.state_data["text"] == POSSIBLE
    assert POSSIBLE in await exported(bot, ana)
    assert await bot.store.last_safety_event(user.id) is None


async def test_im_okay_handles_the_text_as_it_would_have_been(bot: Bot) -> None:
    ana = await at_reflection(bot)
    await ana.says(POSSIBLE)
    bot = await bot.restarted()
    ana = bot.user()
    replies = await ana.presses("ci:ok")
    assert "Let's carry on" in replies[0].text
    assert replies[-1].title == "A moment to reflect"  # the second question follows
    user = await stored(bot)
    assert [r.text for r in await bot.store.reflections(user.id)] == [POSSIBLE]
    assert "text" not in user.state_data
    assert POSSIBLE not in json.dumps(user.state_data)
    await bot.store.close()


async def test_yes_gives_the_crisis_reply_and_pauses(bot: Bot) -> None:
    ana = await at_reflection(bot)
    await ana.says(POSSIBLE_HARM)
    replies = await ana.taps("Yes")
    assert "116 123" in replies[0].text and "paused" in replies[0].text
    user = await stored(bot)
    assert (user.status, user.state_data) == (UserStatus.PAUSED, {})
    assert await bot.store.reflections(user.id) == []
    export = json.loads((await ana.says("/export"))[0].attachment.data)  # type: ignore[union-attr]
    assert [e["kind"] for e in export["data"]["safety_events"]] == ["self_harm"]


async def test_things_are_hard_offers_rest_and_lines_and_no_card(bot: Bot) -> None:
    ana = await at_reflection(bot)
    await ana.says(POSSIBLE)
    replies = await ana.taps("Not right now, but things are hard")
    shown = texts(replies)
    assert "no card you need to do today" in shown and "116 123" in shown
    assert "Refuge" not in shown  # a line for people hurt at home is not what this is about
    assert labels(replies) == ["Take a rest day", "Pause my cards for now"]
    replies = await ana.taps("Take a rest day")
    assert "Tomorrow is a rest day" in replies[0].text  # today's card is already done
    user = await stored(bot)
    assert await bot.store.rest_days(user.id) == [bot.ctx.today(user) + timedelta(days=1)]
    assert user.status is UserStatus.ACTIVE and "text" not in user.state_data
    assert POSSIBLE not in await exported(bot, ana)


async def test_delete_while_a_text_is_held_erases_it(bot: Bot) -> None:
    ana = await at_reflection(bot)
    await ana.says(POSSIBLE)
    await ana.says("/delete")
    await ana.taps("Yes, erase everything")
    assert await bot.store.user_by_identity("test", "1001") is None


async def test_more_text_while_the_question_waits_asks_again_and_keeps_the_first(
    bot: Bot,
) -> None:
    ana = await at_reflection(bot)
    await ana.says(POSSIBLE)
    replies = await ana.says("why are you asking")
    assert "I'd like to hear how you are" in replies[0].text
    assert labels(replies) == ANSWERS
    assert (await stored(bot)).state_data["text"] == POSSIBLE


async def test_a_check_in_during_setup_keeps_the_step_and_carries_on(bot: Bot) -> None:
    ana = bot.user()
    await to_timezone_question(ana)
    await ana.says(POSSIBLE)
    assert (await stored(bot)).state == "care:checkin"
    replies = await ana.taps("No, I'm okay")
    assert "couldn't place that as a time zone" in texts(replies)
    assert "disappear" not in texts(replies)
    user = await stored(bot)
    assert (user.state, user.timezone) == ("onb:tz", "UTC")
    replies = await ana.says("London")
    assert "Got it: Europe/London" in texts(replies)


async def test_things_are_hard_during_setup_keeps_the_step(bot: Bot) -> None:
    ana = bot.user()
    await to_timezone_question(ana)
    await ana.says(POSSIBLE)
    replies = await ana.taps("Not right now, but things are hard")
    assert "Another country" in labels(replies)  # the time zone is not known yet
    replies = await ana.taps("I'm ready to carry on")
    assert "Which time zone are you in?" in texts(replies)
    assert (await stored(bot)).state == "onb:tz"


async def test_a_new_person_who_is_okay_goes_on_to_the_welcome(bot: Bot) -> None:
    stranger = bot.user("4242")
    replies = await stranger.says(POSSIBLE)
    assert labels(replies) == ANSWERS
    assert await bot.store.user_by_identity("test", "4242") is None
    replies = await stranger.taps("No, I'm okay")
    assert replies[-1].title == "Welcome"


async def test_a_group_message_is_checked_in_on_privately_and_nothing_is_held(
    bot: Bot,
) -> None:
    ana = bot.user()
    await ana.onboard()
    in_group = bot.in_group("1001")
    replies = await in_group.says(POSSIBLE)
    assert replies and all(reply.private for reply in replies)
    assert "text" in (await stored(bot)).state_data
    assert (await stored(bot)).state_data["text"] is None
    replies = await in_group.taps("No, I'm okay")
    assert all(reply.private for reply in replies)
    assert (await stored(bot)).state == ""


async def test_an_old_rest_or_resume_button_during_setup_only_asks_the_step(bot: Bot) -> None:
    ana = bot.user()
    await to_timezone_question(ana)
    for payload in ("ci:pause", "ci:ready", "ci:rest"):
        replies = await ana.presses(payload)
        assert "Which time zone are you in?" in texts(replies)
    user = await stored(bot)
    assert (user.status, user.state) == (UserStatus.ONBOARDING, "onb:tz")
    assert await bot.store.rest_days(user.id) == []


async def test_before_consent_nothing_they_wrote_is_kept(bot: Bot) -> None:
    ana = bot.user()
    await ana.says("/start")
    replies = await ana.says(POSSIBLE)
    assert labels(replies) == ANSWERS
    assert (await stored(bot)).state_data["text"] is None
    replies = await ana.taps("No, I'm okay")
    assert "Let's carry on" in texts(replies) and replies[-1].title == "Welcome"
    assert (await stored(bot)).state == "onb:consent"


async def test_yes_during_setup_gives_the_crisis_reply_and_keeps_the_step(bot: Bot) -> None:
    ana = bot.user()
    await to_timezone_question(ana)
    await ana.says(POSSIBLE)
    replies = await ana.taps("Yes")
    assert "carry on from the same question" in replies[0].text
    assert "Another country" in labels(replies)
    user = await stored(bot)
    assert (user.status, user.state, user.timezone) == (UserStatus.ONBOARDING, "onb:tz", "UTC")
    assert await bot.store.last_safety_event(user.id) == bot.clock.now()
    assert POSSIBLE not in json.dumps(await bot.store.export_user(user.id), default=str)
