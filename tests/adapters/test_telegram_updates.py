"""Telegram updates become core events: through the real Application and the fake Bot API."""

from __future__ import annotations

import pytest

from core.messages import Button, Command, Event, Location, Reply, Text, Where, Who
from core.ports import Address, SendFailed
from tests.adapters.conftest import ScriptedConversation
from tests.fakes.telegram_api import FakeTelegramAPI
from tests.fakes.telegram_updates import BOT_USERNAME

PERSON = 4242
GROUP = -100777


async def test_a_command_becomes_a_command_event_and_is_answered(
    telegram_api: FakeTelegramAPI, conversation: ScriptedConversation, telegram_bot
):
    telegram_api.user_sends_command(PERSON, "card")
    await telegram_api.wait_for_sends(1, PERSON)

    assert conversation.events == [
        Event(Who("telegram", str(PERSON), f"Person {PERSON}"), Where(str(PERSON)), Command("card"))
    ]
    assert telegram_api.sends(PERSON)[0].text == "command card"


async def test_a_deep_link_start_carries_its_payload(
    telegram_api: FakeTelegramAPI, conversation: ScriptedConversation, telegram_bot
):
    telegram_api.user_sends_command(PERSON, "start", "g-1234")
    await telegram_api.wait_for_sends(1, PERSON)

    assert conversation.events[0].what == Command("start", "g-1234")


async def test_plain_text_in_a_private_chat_becomes_text(
    telegram_api: FakeTelegramAPI, conversation: ScriptedConversation, telegram_bot
):
    telegram_api.user_sends_text(PERSON, "It went fine, they said no kindly")
    await telegram_api.wait_for_sends(1, PERSON)

    assert conversation.events[0].what == Text("It went fine, they said no kindly")
    assert telegram_api.sends(PERSON)[0].text == "echo: It went fine, they said no kindly"


async def test_a_shared_location_becomes_a_location(
    telegram_api: FakeTelegramAPI, conversation: ScriptedConversation, telegram_bot
):
    telegram_api.user_shares_location(PERSON, 52.52, 13.405)
    await telegram_api.wait_for_sends(1, PERSON)

    assert conversation.events[0].what == Location(52.52, 13.405)
    assert telegram_api.sends(PERSON)[0].text == "located at 52.52,13.40"


async def test_a_button_press_becomes_a_button_event_and_is_always_answered(
    telegram_api: FakeTelegramAPI, conversation: ScriptedConversation, telegram_bot
):
    telegram_api.user_sends_text(PERSON, "buttons")
    await telegram_api.wait_for_sends(1, PERSON)
    card = telegram_api.sends(PERSON)[0]
    assert card.callback_data == ["o:1:y", "o:1:n", "o:1:s"]

    query = telegram_api.user_presses(PERSON, card.message_id, "o:1:y")
    await telegram_api.wait_for_sends(2, PERSON)
    await telegram_api.wait_for(lambda _: query in telegram_api.methods.callback_answers)

    assert conversation.events[-1].what == Button("o:1:y")
    assert telegram_api.methods.callback_answers[query] == "Noted"


async def test_a_press_the_engine_cannot_handle_still_stops_the_spinner(
    telegram_api: FakeTelegramAPI, conversation: ScriptedConversation, telegram_bot
):
    telegram_api.user_sends_text(PERSON, "buttons")
    await telegram_api.wait_for_sends(1, PERSON)
    conversation.answer = _raise

    query = telegram_api.user_presses(PERSON, telegram_api.sends(PERSON)[0].message_id, "o:1:n")
    await telegram_api.wait_for(lambda _: query in telegram_api.methods.callback_answers)

    assert telegram_api.methods.callback_answers[query] == ""


async def test_a_command_addressed_to_this_bot_in_a_group_is_handled(
    telegram_api: FakeTelegramAPI, conversation: ScriptedConversation, telegram_bot
):
    telegram_api.user_sends_command(PERSON, "card", chat_id=GROUP, addressed_to=BOT_USERNAME)
    await telegram_api.wait_for_sends(1, GROUP)

    event = conversation.events[0]
    assert event.what == Command("card")
    assert event.where == Where(str(GROUP), is_group=True)


async def test_group_chatter_and_other_bots_commands_are_left_alone(
    telegram_api: FakeTelegramAPI, conversation: ScriptedConversation, telegram_bot
):
    telegram_api.group_message(GROUP, PERSON, "anyone up for lunch?")
    telegram_api.user_sends_command(PERSON, "card", chat_id=GROUP, addressed_to="SomeOtherBot")
    telegram_api.group_message(GROUP, 99, "/card", from_bot=True)
    telegram_api.channel_post(-100555, "news from a channel")
    # One chat's updates are handled in order, so once this is answered the rest were seen.
    telegram_api.user_sends_command(PERSON, "streak", chat_id=GROUP)
    await telegram_api.wait_for_sends(1, GROUP)

    assert [event.what for event in conversation.events] == [Command("streak")]
    assert len(telegram_api.sends()) == 1


async def test_a_reply_to_the_bot_in_a_group_is_heard(
    telegram_api: FakeTelegramAPI, conversation: ScriptedConversation, telegram_bot
):
    telegram_api.user_sends_command(PERSON, "card", chat_id=GROUP)
    await telegram_api.wait_for_sends(1, GROUP)
    bot_message = telegram_api.sends(GROUP)[0].message_id

    telegram_api.group_message(GROUP, PERSON, "I asked!", reply_to_message_id=bot_message)
    await telegram_api.wait_for_sends(1, PERSON)

    assert conversation.events[-1].what == Text("I asked!")
    assert conversation.events[-1].where == Where(str(GROUP), is_group=True)
    assert telegram_api.sends(PERSON)[0].text == "echo: I asked!"


async def test_the_command_menu_is_registered_at_start_up(
    telegram_api: FakeTelegramAPI, telegram_bot
):
    menus = telegram_api.methods.commands
    everywhere = [command["command"] for command in menus["default"]]
    in_groups = [command["command"] for command in menus["all_group_chats"]]

    assert everywhere[:2] == ["start", "card"]
    assert "export" in everywhere
    assert "export" not in in_groups
    assert "delete" not in in_groups
    assert telegram_bot.bot_username == BOT_USERNAME


def _raise(event: Event) -> list[Reply]:
    raise RuntimeError("no")


async def test_stopping_confirms_every_update_and_can_be_repeated(
    telegram_api: FakeTelegramAPI, conversation: ScriptedConversation, start_bot
):
    bot = await start_bot()
    for n in range(3):
        telegram_api.user_sends_text(PERSON, f"message {n}")
    await telegram_api.wait_for_sends(3, PERSON)

    await bot.stop()
    await bot.stop()

    assert telegram_api.pending_updates == 0
    assert [event.what for event in conversation.events] == [Text(f"message {n}") for n in range(3)]
    with pytest.raises(SendFailed):
        await bot.send(Address("telegram", str(PERSON)), Reply("too late"))
