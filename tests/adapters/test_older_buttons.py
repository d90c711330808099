"""A button on an older message still works after newer messages with buttons arrived, on
Telegram and Discord alike, and its answer replaces that older message."""

# ruff: noqa: F811 (fixtures are imported by name, then requested as arguments)

from __future__ import annotations

from core.messages import Button
from tests.adapters.conftest import ScriptedConversation
from tests.adapters.test_discord_interactions import _card_in_dm, answered
from tests.fakes.discord_api import FakeDiscord
from tests.fakes.discord_fixtures import (  # noqa: F401 (fixtures)
    USER,
    adapter,
    conversation,
    fake_discord,
)
from tests.fakes.telegram_api import FakeTelegramAPI

PERSON = 4242


async def test_telegram_an_older_messages_button_works_after_newer_ones(
    telegram_api: FakeTelegramAPI, conversation: ScriptedConversation, telegram_bot
) -> None:
    telegram_api.user_sends_text(PERSON, "buttons")
    await telegram_api.wait_for_sends(1, PERSON)
    telegram_api.user_sends_text(PERSON, "buttons")
    await telegram_api.wait_for_sends(2, PERSON)
    older, newer = telegram_api.sends(PERSON)
    assert older.message_id != newer.message_id

    telegram_api.user_presses(PERSON, older.message_id, "o:1:n")
    await telegram_api.wait_for_sends(3, PERSON)

    assert conversation.events[-1].what == Button("o:1:n")
    edit = telegram_api.sends(PERSON)[2]
    assert edit.method == "editMessageText" and edit.message_id == older.message_id


async def test_discord_an_older_messages_button_works_after_newer_ones(
    adapter, fake_discord: FakeDiscord, conversation
) -> None:
    older = await _card_in_dm(fake_discord)
    newer = await _card_in_dm(fake_discord)
    assert older != newer

    press = await fake_discord.press_button(USER, older, "s:12")
    await answered(fake_discord, press.token)

    assert conversation.events[-1].what == Button("s:12")
    assert fake_discord.messages[older]["content"] == "Recorded s:12"
    assert fake_discord.messages[newer]["components"] != []
