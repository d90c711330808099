"""The morning card keeps its greeting and its day line while it is answered (issue 16).

The card message is edited at each step (the guess, the fear, the outcome); the edit
replaces the whole text, so what the card said in the morning must be said again.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core.messages import Reply
from tests.engine.conftest import START
from tests.fakes.chat import Bot, FixedClock, migrated_sqlite

GREETING = "Good morning! Here's today's card."


async def morning_card(bot: Bot) -> Reply:
    ana = bot.user()
    await ana.onboard()
    await ana.says("/challenge")
    await ana.taps("30 days")
    await ana.says("/card")  # day 1 practised, so the challenge goes on
    for label in ("Skip the guesses", "No", "5", "4"):
        await ana.taps(label)
    bot.clock.advance(days=1, hours=1)  # Tuesday 08:00, the card time
    await bot.deliveries.tick()
    [morning] = bot.sender.to("1001")
    assert morning.text.startswith(GREETING) and "Day 2 of 30" in morning.text
    return morning


async def test_the_morning_card_keeps_its_greeting_and_day_as_it_is_answered(bot: Bot) -> None:
    morning = await morning_card(bot)
    ana = bot.user()
    steps = [("30%", [morning]), ("5", None), ("No", None)]
    for label, on in steps:
        [edited, *_rest] = await ana.presses(ana.button(label, on))
        assert edited.edit
        assert edited.text.startswith(f"{GREETING}\n\nDay 2 of 30\n\n"), edited.text


async def test_the_morning_card_keeps_its_greeting_after_a_restart_over_sqlite(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    template = tmp_path_factory.getbasetemp() / "template" / "askanyway.db"
    bot = Bot.build(await migrated_sqlite(tmp_path, template), FixedClock(START))
    morning = await morning_card(bot)
    bot = await bot.restarted()
    try:
        [edited] = await bot.user().presses(bot.user().button("Skip the guesses", [morning]))
        assert edited.text.startswith(f"{GREETING}\n\nDay 2 of 30\n\n")
    finally:
        await bot.store.close()


async def test_a_card_asked_for_by_hand_has_no_morning_greeting(bot: Bot) -> None:
    ana = bot.user()
    await ana.onboard()
    await ana.says("/card")
    [edited] = await ana.taps("30%")
    assert edited.edit and GREETING not in edited.text
