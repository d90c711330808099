"""Slash commands, buttons and messages, through the real discord.py client and a fake Discord."""

# ruff: noqa: F811 (fixtures are imported by name, then requested as arguments)

from __future__ import annotations

import asyncio
import logging

from core.commands import user_commands
from core.messages import Button, Command, Text, Where
from tests.fakes.discord_api import FakeDiscord
from tests.fakes.discord_fixtures import (  # noqa: F401 (fixtures)
    GUILD,
    USER,
    adapter,
    card_reply,
    conversation,
    fake_discord,
    make_adapter,
)
from tests.fakes.discord_payloads import EPHEMERAL

CALLBACK = "/interactions/{interaction_id}/{token}/callback"
ORIGINAL = "/webhooks/{application_id}/{token}/messages/@original"
FOLLOWUP = "/webhooks/{application_id}/{token}"
CREATE = "/channels/{channel_id}/messages"


def for_interaction(fake: FakeDiscord, method: str, route: str, token: str):
    return [r for r in fake.find(method, route) if token in r.path]


async def answered(fake: FakeDiscord, token: str, method: str = "PATCH", route: str = ORIGINAL):
    """Wait for the interaction's answer and return that request."""
    found = await fake.wait_for(lambda: for_interaction(fake, method, route, token))
    return found[-1]


async def test_every_command_is_synced_with_its_description_and_options(adapter, fake_discord):
    commands = {c["name"]: c for c in fake_discord.commands}
    expected = user_commands()
    assert list(commands) == [info.name for info in expected]
    for info in expected:
        assert commands[info.name]["description"] == info.description[:100], info.name
        contexts = [1] if info.private_only else [0] if info.group_only else None
        assert commands[info.name].get("contexts") == contexts, info.name
    assert commands["card"]["description"] == "Today's challenge card"
    assert [o["name"] for o in commands["start"]["options"]] == ["code"]
    timezone, time = commands["settings"]["options"]
    assert (timezone["name"], timezone["autocomplete"], timezone["required"]) == (
        "timezone",
        True,
        False,
    )
    assert time["name"] == "time"
    assert commands["export"]["contexts"] == [1]
    assert commands["card"].get("contexts") is None


async def test_a_slash_command_in_a_server_is_deferred_privately_then_answered(
    adapter, fake_discord, conversation
):
    interaction = await fake_discord.slash_command(USER, "card", guild=GUILD)
    edit = await answered(fake_discord, interaction.token)

    (callback,) = for_interaction(fake_discord, "POST", CALLBACK, interaction.token)
    assert callback.json == {"type": 5, "data": {"flags": EPHEMERAL}}
    assert callback.at <= edit.at
    assert edit.json["embeds"][0]["title"] == "Ask for a locals' discount"
    assert conversation.events[0].what == Command("card")
    assert conversation.events[0].where == Where(str(GUILD.channel_id), is_group=True)
    assert fake_discord.messages[interaction.original_id]["flags"] & EPHEMERAL


async def test_a_shared_command_is_visible_but_a_private_answer_stays_ephemeral(
    adapter, fake_discord
):
    interaction = await fake_discord.slash_command(USER, "help", guild=GUILD)
    followup = await answered(fake_discord, interaction.token, "POST", FOLLOWUP)
    await answered(fake_discord, interaction.token, "DELETE", ORIGINAL)

    (callback,) = for_interaction(fake_discord, "POST", CALLBACK, interaction.token)
    assert callback.json == {"type": 5}
    assert followup.json["flags"] == EPHEMERAL
    assert followup.json["content"] == "/help"


async def test_in_direct_messages_nothing_is_ephemeral(adapter, fake_discord):
    interaction = await fake_discord.slash_command(USER, "start", {"code": "friend-42"})
    edit = await answered(fake_discord, interaction.token)

    (callback,) = for_interaction(fake_discord, "POST", CALLBACK, interaction.token)
    assert callback.json == {"type": 5}
    assert edit.json["content"] == "/start friend-42"


async def test_command_options_become_arguments(adapter, fake_discord, conversation):
    options = {"timezone": "Europe/Paris", "time": "07:30"}
    interaction = await fake_discord.slash_command(USER, "settings", options)
    await answered(fake_discord, interaction.token)
    assert conversation.events[-1].what == Command("settings", "timezone Europe/Paris time 07:30")


async def test_the_timezone_option_autocompletes_what_the_user_typed(adapter, fake_discord):
    interaction = await fake_discord.autocomplete(USER, "settings", "timezone", "paris")
    await fake_discord.wait_for(lambda: interaction.callbacks)
    assert interaction.callbacks == [
        {"type": 8, "data": {"choices": [{"name": "Europe/Paris", "value": "Europe/Paris"}]}}
    ]


async def test_a_button_press_reaches_the_engine_and_edits_the_pressed_message(
    adapter, fake_discord, conversation
):
    card_id = await _card_in_dm(fake_discord)
    card = fake_discord.messages[card_id]
    custom_ids = [c["custom_id"] for row in card["components"] for c in row["components"]]
    assert custom_ids == ["o:12:y", "s:12", "r:12"]

    press = await fake_discord.press_button(USER, card_id, "o:12:y")
    await answered(fake_discord, press.token)

    assert press.callbacks == [{"type": 6}]
    assert conversation.events[-1].what == Button("o:12:y")
    assert fake_discord.messages[card_id]["content"] == "Recorded o:12:y"
    assert fake_discord.messages[card_id]["components"] == []


async def test_a_card_sent_before_a_restart_can_still_be_pressed(fake_discord, conversation):
    first = make_adapter(fake_discord, conversation)
    await first.start()
    await asyncio.wait_for(first.wait_ready(), 5)
    card_id = await _card_in_dm(fake_discord)
    await first.stop()

    second = make_adapter(fake_discord, conversation)
    await second.start()
    try:
        await asyncio.wait_for(second.wait_ready(), 5)
        press = await fake_discord.press_button(USER, card_id, "s:12")
        await answered(fake_discord, press.token)
    finally:
        await second.stop()

    assert len(fake_discord.gateway.identifies) == 2
    assert conversation.events[-1].what == Button("s:12")
    assert fake_discord.messages[card_id]["content"] == "Recorded s:12"


async def test_a_private_answer_to_a_public_card_does_not_replace_it(
    adapter, fake_discord, conversation
):
    conversation.script["/card"] = lambda event: [card_reply(private=False)]
    interaction = await fake_discord.slash_command(USER, "card", guild=GUILD)
    public = await answered(fake_discord, interaction.token, "POST", FOLLOWUP)
    await answered(fake_discord, interaction.token, "DELETE", ORIGINAL)
    card_id = max(fake_discord.messages)
    assert "flags" not in public.json

    press = await fake_discord.press_button(USER, card_id, "o:12:y", guild=GUILD)
    followup = await answered(fake_discord, press.token, "POST", FOLLOWUP)
    assert followup.json["flags"] == EPHEMERAL
    assert fake_discord.messages[card_id]["embeds"] == public.json["embeds"]


async def test_a_direct_message_becomes_text(adapter, fake_discord, conversation):
    await fake_discord.send_dm(USER, "I asked for a discount and they said no")
    dm = fake_discord.dm_channel_of(USER.id)
    sent = await fake_discord.wait_for(lambda: fake_discord.messages_in(dm)[1:])

    event = conversation.events[-1]
    assert event.what == Text("I asked for a discount and they said no")
    assert event.where == Where(str(USER.id)) and event.who.user_id == str(USER.id)
    assert sent[0]["content"] == "You said: I asked for a discount and they said no"


async def test_server_messages_count_only_when_they_reply_to_the_bot(
    adapter, fake_discord, conversation
):
    bot_message = await _card_in_guild(fake_discord)
    await fake_discord.reply_in_guild(USER, GUILD, "just chatting", to=None)
    await fake_discord.reply_in_guild(USER, GUILD, "it went well", to=bot_message)
    dm = fake_discord.dm_channel_of(USER.id)
    sent = await fake_discord.wait_for(lambda: fake_discord.messages_in(dm))

    texts = [e.what for e in conversation.events if isinstance(e.what, Text)]
    assert texts == [Text("it went well")]
    assert sent[0]["content"] == "You said: it went well"


async def test_a_user_with_closed_messages_is_reported_gone(adapter, fake_discord, conversation):
    bot_message = await _card_in_guild(fake_discord)
    fake_discord.refuse_dms_to(USER.id)
    await fake_discord.reply_in_guild(USER, GUILD, "private thoughts", to=bot_message)
    await conversation.wait_for(lambda: conversation.gone)
    assert conversation.gone == [("discord", str(USER.id))]


async def test_a_slow_engine_answers_after_the_interaction_was_acknowledged(
    adapter, fake_discord, conversation
):
    conversation.gate = asyncio.Event()
    interaction = await fake_discord.slash_command(USER, "card", guild=GUILD)
    await fake_discord.wait_for(lambda: interaction.callbacks)
    await conversation.wait_for(lambda: conversation.events)
    assert not for_interaction(fake_discord, "PATCH", ORIGINAL, interaction.token)

    conversation.gate.set()
    edit = await answered(fake_discord, interaction.token)
    (callback,) = for_interaction(fake_discord, "POST", CALLBACK, interaction.token)
    assert callback.at < edit.at


async def test_an_engine_error_gets_an_apology_and_the_bot_keeps_going(
    adapter, fake_discord, conversation, caplog
):
    conversation.failing = True
    with caplog.at_level(logging.ERROR, logger="adapters.discord.events"):
        broken = await fake_discord.slash_command(USER, "card", guild=GUILD)
        apology = await answered(fake_discord, broken.token)
    assert apology.json["content"].startswith("Sorry")
    assert "The engine failed on a Command" in caplog.text

    conversation.failing = False
    working = await fake_discord.slash_command(USER, "card", guild=GUILD)
    edit = await answered(fake_discord, working.token)
    assert edit.json["embeds"][0]["title"] == "Ask for a locals' discount"


async def test_no_interaction_is_ever_acknowledged_twice(adapter, fake_discord):
    card_id = await _card_in_dm(fake_discord)
    press = await fake_discord.press_button(USER, card_id, "o:12:y")
    await answered(fake_discord, press.token)
    assert all(r.status < 400 for r in fake_discord.requests)
    assert all(len(i.callbacks) == 1 for i in fake_discord.interactions.values())


async def _card_in_dm(fake: FakeDiscord) -> int:
    interaction = await fake.slash_command(USER, "card")
    await answered(fake, interaction.token)
    assert interaction.original_id is not None
    return interaction.original_id


async def _card_in_guild(fake: FakeDiscord) -> int:
    interaction = await fake.slash_command(USER, "card", guild=GUILD)
    await answered(fake, interaction.token)
    assert interaction.original_id is not None
    return interaction.original_id
