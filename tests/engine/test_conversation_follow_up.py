"""A pending ask is closed by its real answer whenever it comes, and never asks again how
scary it felt or says the card is closed; its history keeps that it was pending first."""

from __future__ import annotations

import json

import pytest

from core.model import Outcome
from tests.engine.test_practice import onboarded
from tests.fakes.chat import Bot, ChatUser


async def waiting_ask(person: ChatUser) -> None:
    await person.says("/card")
    await person.taps("30%")
    await person.taps("6")
    await person.taps("Waiting to hear")
    await person.taps("5")
    await person.taps("4")
    await person.taps("Skip")


async def follow_up_button(bot: Bot, label: str, days: int = 3) -> str:
    bot.clock.advance(days=days, minutes=1)
    await bot.deliveries.tick()
    [follow_up] = [r for r in bot.sender.to("1001") if "waiting to hear back" in r.text]
    return next(b.payload for row in follow_up.buttons for b in row if b.label == label)


@pytest.mark.parametrize("days", [3, 13])
async def test_hearing_no_closes_the_pending_ask_with_no_second_fear_question(
    bot: Bot, days: int
) -> None:
    ana = await onboarded(bot)
    await waiting_ask(ana)
    asked_at = bot.clock.now()
    no = await follow_up_button(bot, "No", days)
    bot.clock.advance(hours=2)
    replies = await ana.presses(no)
    said = "\n".join(r.text for r in replies)
    assert "How scary did it actually feel" not in said
    assert "closed now" not in said
    assert "A no, collected" in said and "waiting to hear" in said
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None
    [attempt] = await bot.store.attempts(user.id)
    assert attempt.outcome is Outcome.NO
    assert (attempt.felt_fear, attempt.mood) == (5, 4)  # what was answered is kept
    assert attempt.waiting_since == asked_at
    [export] = await ana.says("/export")
    assert export.attachment is not None
    [row] = json.loads(export.attachment.data)["data"]["attempts"]
    assert row["outcome"] == "no" and row["waiting_since"] == asked_at.isoformat()


async def test_still_waiting_asks_again_later_and_changes_nothing(bot: Bot) -> None:
    ana = await onboarded(bot)
    await waiting_ask(ana)
    still = await follow_up_button(bot, "Waiting to hear")
    [reply] = await ana.presses(still)
    assert "ask again in a few days" in reply.text
    bot.sender.sent.clear()
    yes = await follow_up_button(bot, "Yes")
    replies = await ana.presses(yes)
    assert "A yes!" in replies[0].text and "answer is in: Yes" in replies[0].text


async def test_an_ask_left_before_its_mood_gets_the_mood_question_then_closes(bot: Bot) -> None:
    ana = await onboarded(bot)
    await ana.says("/card")
    await ana.taps("Skip the guesses")
    await ana.taps("Waiting to hear")  # the felt-fear question is left unanswered
    partly = await follow_up_button(bot, "Partly", days=6)
    replies = await ana.presses(partly)
    assert "How scary did it actually feel" in replies[0].text
    replies = await ana.taps("3")
    assert "how is your mood" in replies[0].text
    replies = await ana.taps("4")
    assert "closed now" not in "\n".join(r.text for r in replies)
