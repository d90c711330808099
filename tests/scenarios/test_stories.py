"""The core stories, written once and told through every adapter.

Each story runs four times: straight through the engine, through the console chat, through
the real python-telegram-bot client against the fake Bot API, and through discord.py
against the fake Discord. What a person sees must be the same story on each; where a
platform shows it its own way (an edit, an ephemeral answer), the driver hides that.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from tests.scenarios.chats.base import Chat
from tests.scenarios.chats.console_chat import ConsoleChat
from tests.scenarios.chats.discord_chat import DiscordChat
from tests.scenarios.chats.engine_chat import EngineChat
from tests.scenarios.chats.telegram_chat import TelegramChat

DRIVERS: dict[str, type[Chat]] = {
    "engine": EngineChat,
    "console": ConsoleChat,
    "telegram": TelegramChat,
    "discord": DiscordChat,
}
PRIVATE_WORDS = ("how likely is a yes", "How scary did it actually feel", "how is your mood")


WITH_GROUPS = [name for name, driver in DRIVERS.items() if driver.has_groups]


def chat_fixture(drivers: list[str]) -> Any:
    """A `chat` fixture telling each test's story once through each of `drivers`."""

    @pytest.fixture(params=drivers)
    async def chat(request, tmp_path, tmp_path_factory) -> AsyncIterator[Chat]:
        template = tmp_path_factory.getbasetemp() / "template" / "askanyway.db"
        opened = await DRIVERS[request.param].open(tmp_path, template)
        try:
            yield opened
        finally:
            await opened.close()

    return chat


chat = chat_fixture(list(DRIVERS))


async def onboard(chat: Chat, name: str) -> None:
    await chat.join(name)
    await chat.says(name, "/start", "Is that okay with you?")
    await chat.taps(name, "Yes, let's start", "How old are you")
    await chat.taps(name, "I'm 18 or older", "Which time zone")
    await chat.says(name, "London", "What time should your card arrive")
    await chat.taps(name, "08:00", "Which kinds of asks")
    await chat.taps(name, "Done", "How strong")
    await chat.taps(name, "3", "You're all set. Your first card arrives at 08:00")


async def practise(
    chat: Chat, name: str, outcome: str = "No", mood: str = "4", then: str = "A moment to reflect"
) -> None:
    """Today's card, the guesses skipped, what happened and the mood afterwards."""
    await chat.says(name, "/card", "how likely is a yes")
    await chat.taps(name, "Skip the guesses", "tell me how it went")
    await chat.taps(name, outcome, "How scary did it actually feel")
    await chat.taps(name, "5", "how is your mood")
    await chat.taps(name, mood, then)


async def test_a_newcomer_is_set_up_in_a_few_taps_and_gets_the_first_card(chat: Chat) -> None:
    await onboard(chat, "ana")
    await chat.next_morning("ana", "how likely is a yes", hours=1.5)


async def test_a_day_of_practice_ends_in_a_private_reflection_and_a_streak(chat: Chat) -> None:
    await onboard(chat, "ana")
    await practise(chat, "ana", "No", "4")
    await chat.says("ana", "I thought they would laugh. They smiled.", "A moment to reflect")
    await chat.says("ana", "My fear guesses worse than it goes.", "No one else using the bot")
    await chat.says("ana", "/streak", "Current streak: 1 day")


async def test_a_day_not_tried_is_told_the_same_by_streak_card_and_rest(chat: Chat) -> None:
    await onboard(chat, "ana")
    await chat.says("ana", "/card", "how likely is a yes")
    await chat.taps("ana", "Skip the guesses", "tell me how it went")
    await chat.taps("ana", "Didn't try", "how is your mood")
    await chat.taps("ana", "3", "")
    streak = await chat.says("ana", "/streak", "Current streak: 0 days")
    assert "today doesn't count for the streak" in streak.text
    await chat.says("ana", "/card", "You noted that you didn't try today's card")
    rest = await chat.says("ana", "/rest", "Rest day noted.")
    assert "Your streak is safe" not in rest.text  # there is no streak to keep


async def test_low_moods_in_a_row_bring_a_rest_nudge(chat: Chat) -> None:
    await onboard(chat, "ana")
    await practise(chat, "ana", "No", "2")
    await chat.taps("ana", "Skip", "")  # the reflection, today
    chat.bot.clock.advance(days=1)
    await practise(chat, "ana", "No", "1", then="Your last moods have been low")
    await chat.taps("ana", "Take tomorrow off", "Tomorrow is a rest day.")
    await chat.next_morning("ana", "Rest day today. Your streak is safe", hours=25)


async def test_a_rest_day_asked_for_keeps_the_morning_quiet(chat: Chat) -> None:
    await onboard(chat, "ana")
    await chat.says("ana", "/rest", "Rest day noted.")
    await chat.next_morning("ana", "Rest day today.", hours=1.5)


async def test_a_person_can_take_their_data_and_erase_it(chat: Chat) -> None:
    await onboard(chat, "ana")
    await practise(chat, "ana")
    await chat.says("ana", "/export", "Here is everything I store about you")
    await chat.says("ana", "/delete", "It can't be undone. Are you sure?")
    await chat.taps("ana", "Yes, erase everything", "Everything I stored about you is erased")
    await chat.says("ana", "/start", "Is that okay with you?")


async def test_a_week_long_group_challenge_keeps_private_things_out_of_the_group(
    chat: Chat, report
) -> None:
    if not chat.has_groups:
        pytest.skip(f"{chat.platform} has no groups")
    for name in ("ana", "ben", "cy"):
        await onboard(chat, name)
    await chat.make_admin("ana")
    await chat.says("ben", "/challenge_start days 7", "Only the group's admins", in_group=True)
    await chat.says("ana", "/challenge_start days 7", "A 7-day challenge starts", in_group=True)
    for name in ("ana", "ben", "cy"):
        await chat.taps(name, "I'm in", "7-day challenge", in_group=True)

    await chat.next_morning("ben", "Day 1 of 7", hours=25)
    await chat.taps("ben", "No", "A no, collected", in_group=True)
    await chat.taps("ben", "4", "how is your mood")
    await chat.taps("ben", "3", "A moment to reflect")
    await chat.says("ben", "Group words nobody else may read", "A moment to reflect")
    await chat.taps("ana", "Partly", "Partly counts", in_group=True)
    await chat.taps("cy", "Yes", "A yes!", in_group=True)
    await chat.says("ana", "/board", "Today: 3 attempts", in_group=True)

    await chat.next_morning("ana", "Day 2 of 7", hours=24)
    await chat.says("cy", "/leave", "You've left", in_group=True)
    await chat.taps("ana", "No", "A no, collected", in_group=True)
    board = await chat.says("ben", "/board", "Day 2 of 7.", in_group=True)
    assert "2 members." in board.text and "So far: 3 attempts." in board.text  # Cy left

    for _day in range(5):
        chat.bot.clock.advance(days=1)
        await chat.tick()
    await chat.next_morning("ana", "The 7-day challenge is complete!", hours=13)
    for name in ("ana", "ben"):
        assert any("Your group challenge" in s.text for s in chat.visible(name) if not s.in_group)
    assert not any("Your group challenge" in s.text for s in chat.visible("cy") if not s.in_group)

    shown = chat.public_text()
    for words in ("Group words nobody else may read", *PRIVATE_WORDS):
        assert words not in shown
    cards = sum(" of 7" in s.text and "Day " in s.text for s in chat.group_messages() if s.public)
    report(f"group story on {chat.platform}: {cards} public messages name the day of 7")
