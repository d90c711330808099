"""Notes for the next person through the engine: what is held, what crisis words get, the
operator's switch, and a note belonging to its writer (export, erasure)."""

from __future__ import annotations

import json

import pytest

from core.engine.context import EngineConfig
from core.peers.model import NoteStatus
from tests.engine.conftest import START
from tests.fakes.chat import Bot, ChatUser, FixedClock


async def recorded(bot: Bot, uid: str = "1001") -> ChatUser:
    """Someone set up who has recorded today's card."""
    person = bot.user(uid)
    await person.onboard()
    await person.says("/card")
    await person.taps("Skip the guesses")
    await person.taps("No")
    return person


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Call me on 0161 496 0000 if you want tips", "contact"),
        ("I'm @brave_bean on the other app, say hi", "contact"),
        ("Only a faggot would be scared of this", "insult"),
        ("Ask for Tom, he is lovely", "name"),
        ("It went fine in Leeds station", "name"),
    ],
)
async def test_a_note_that_could_find_reach_or_hurt_someone_is_held(
    bot: Bot, text: str, reason: str
) -> None:
    ana = await recorded(bot)
    await ana.says("/note")
    [answer] = await ana.says(text)
    assert "A person will read your note before anyone else sees it" in answer.text
    [held] = await bot.store.notes_to_review()
    assert (held.status, held.reason, held.text) == (NoteStatus.HELD, reason, text)
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None and user.state == ""


async def test_crisis_words_as_a_note_get_care_and_are_never_kept(bot: Bot) -> None:
    ana = await recorded(bot)
    await ana.says("/note")
    replies = await ana.says("I want to end my life")
    assert "findahelpline.com" in replies[0].text
    assert await bot.store.notes_to_review() == []
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None
    assert await bot.store.note_for_card((await bot.store.attempts(user.id))[-1].card_id, 0) is None


async def test_with_notes_turned_off_none_is_written_or_shown() -> None:
    bot = Bot.in_memory(FixedClock(START), EngineConfig(notes_enabled=False))
    ana = bot.user()
    await ana.onboard()
    await ana.says("/card")
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None
    card_id = (await bot.store.attempts(user.id))[-1].card_id
    other = await bot.store.create_user("test", "9", "9", bot.clock.now())
    now = bot.clock.now()
    await bot.store.add_note(other.id, card_id, "Go for it.", NoteStatus.APPROVED, "", now)
    [card] = await ana.says("/card")
    assert "how likely is a yes" in card.text and "Go for it." not in card.text
    await ana.taps("Skip the guesses")
    await ana.taps("No")
    [off] = await ana.says("/note")
    assert "turned off" in off.text


async def test_a_note_is_in_its_writers_export_and_erased_with_them(bot: Bot) -> None:
    ana = await recorded(bot)
    await ana.says("/note")
    await ana.says("They said yes straight away. Go for it.")
    [exported] = await ana.says("/export")
    assert exported.attachment is not None
    data = json.loads(exported.attachment.data)["data"]
    assert [n["text"] for n in data["notes"]] == ["They said yes straight away. Go for it."]
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None
    card_id = data["notes"][0]["card_id"]
    assert await bot.store.note_for_card(card_id, 0) is not None
    await ana.says("/delete")
    await ana.taps("Yes, erase everything")
    assert await bot.store.note_for_card(card_id, 0) is None


async def test_a_note_asked_for_before_a_restart_is_taken_after_it(bot: Bot) -> None:
    ana = await recorded(bot)
    await ana.says("/note")
    bot = await bot.restarted()
    [kept] = await bot.user("1001").says("Smile first, then ask.")
    assert "waiting for the next person" in kept.text
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None
    card_id = (await bot.store.attempts(user.id))[-1].card_id
    shown = await bot.store.note_for_card(card_id, 0)
    assert shown is not None and shown.text == "Smile first, then ask."


async def test_the_morning_card_carries_a_note_left_on_it_and_no_note_otherwise(bot: Bot) -> None:
    ana = bot.user()
    await ana.onboard()
    bot.clock.advance(days=1, hours=1)  # the next morning, at the card time
    await bot.deliveries.tick()
    [plain] = bot.sender.to("1001")
    assert "A note from someone who had this card before" not in plain.text

    writer = await bot.store.create_user("test", "77", "77", bot.clock.now())
    for card in bot.ctx.content.cards:  # whichever card comes next, someone wrote about it
        await bot.store.add_note(
            writer.id, card.id, "The baker laughed and said yes.", NoteStatus.APPROVED, "", START
        )
    bot.clock.advance(days=1)
    await bot.deliveries.tick()
    [_first, noted] = bot.sender.to("1001")
    assert "The baker laughed and said yes." in noted.text
    assert any(b.label == "Report this note" for row in noted.buttons for b in row)
