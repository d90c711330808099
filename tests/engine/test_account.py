"""Export, delete, crisis care, groups and odd input, through the engine."""

from __future__ import annotations

import json

from core.model import UserStatus
from tests.fakes.chat import Bot, ChatUser


async def practised(bot: Bot, user_id: str = "1001") -> ChatUser:
    person = bot.user(user_id)
    await person.onboard()
    await person.says("/card")
    await person.taps("Skip the guesses")
    await person.taps("No")
    await person.taps("6")
    await person.taps("3")
    await person.says("My private reflection")
    await person.says("/rest")
    return person


async def test_export_returns_every_record_as_json(bot: Bot) -> None:
    ana = await practised(bot)
    [reply] = await ana.says("/export")
    assert reply.attachment is not None and reply.attachment.mime_type == "application/json"
    document = json.loads(reply.attachment.data)
    data = document["data"]
    assert data["users"][0]["timezone"] == "Europe/London"
    assert data["attempts"][0]["outcome"] == "no"
    assert data["reflections"][0]["text"] == "My private reflection"


async def test_delete_asks_first_then_erases_everything(bot: Bot) -> None:
    ana = await practised(bot)
    await practised(bot, "2002")
    await ana.says("/delete")
    await ana.taps("Cancel")
    assert await bot.store.user_by_identity("test", "1001") is not None
    await ana.says("/delete")
    replies = await ana.taps("Yes, erase everything")
    assert "erased" in replies[0].text
    assert await bot.store.user_by_identity("test", "1001") is None
    other = await bot.store.user_by_identity("test", "2002")
    assert other is not None and len(await bot.store.reflections(other.id)) == 1


async def test_a_crisis_message_gets_resources_and_pauses_the_cards(bot: Bot) -> None:
    ana = bot.user()
    await ana.onboard()
    replies = await ana.says("honestly i want to kill myself")
    assert len(replies) == 1 and replies[0].private
    assert "116 123" in replies[0].text  # Samaritans, for a user in London
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None and user.status is UserStatus.PAUSED
    assert await bot.store.last_safety_event(user.id) == bot.clock.now()
    export = await bot.store.export_user(user.id)
    assert "kill" not in json.dumps(export, default=str)


async def test_resume_after_a_crisis_waits_a_day_and_checks_in(bot: Bot) -> None:
    ana = bot.user()
    await ana.onboard()
    await ana.says("I want to end my life")
    await ana.taps("I'm okay, you misread me")
    replies = await ana.says("/resume")
    assert "stay paused for a day" in replies[0].text
    bot.clock.advance(hours=25)
    await ana.says("/resume")
    replies = await ana.taps("I'm okay, let's practise")
    assert "Welcome back" in replies[0].text
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None and user.status is UserStatus.ACTIVE


async def test_odd_input_gets_a_short_kind_answer(bot: Bot) -> None:
    ana = bot.user()
    await ana.onboard()
    for text in [
        "/frobnicate",
        "x" * 10_000,
        "🙂🙃🫠" * 50,
        "\x00\x07\x1b[31m",
        "\u202eevil",
        "   ",
    ]:
        replies = await ana.says(text)
        assert len(replies) == 1 and 0 < len(replies[0].text) < 400
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None and user.status is UserStatus.ACTIVE


async def test_a_command_in_a_group_is_redirected_to_a_private_chat(bot: Bot) -> None:
    from core.messages import Command, Event, Where, Who

    event = Event(Who("test", "1001"), Where("-500", is_group=True), Command("card"))
    [reply] = await bot.engine.handle(event)
    assert "private chat" in reply.text and not reply.private
    assert await bot.store.user_by_identity("test", "1001") is None


async def test_help_lists_commands_and_crisis_resources(bot: Bot) -> None:
    ana = bot.user()
    [reply] = await ana.says("/help")
    assert "/card" in reply.text and "/delete" in reply.text
    assert "988" in reply.text or "findahelpline" in reply.text.lower()
