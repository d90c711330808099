"""Notes for the next person, told through the engine, the console, Telegram and Discord:
written after a card and screened, shown under the same card to someone else (never who
wrote it), reported, and hidden once two different people reported it."""

from __future__ import annotations

from core.peers.model import NoteStatus
from tests.scenarios.chats.base import Chat
from tests.scenarios.test_stories import DRIVERS, chat_fixture, onboard, practise

NOTE = "The baker laughed and said yes. Go for it."
SHOWN = "A note from someone who had this card before"


chat = chat_fixture(list(DRIVERS))


async def _user_id(chat: Chat, index: int) -> int:
    """The index-th person set up in this chat (ids count up from 1 in a fresh database)."""
    user = await chat.bot.store.user(index)
    assert user is not None
    return user.id


async def _give_card(chat: Chat, user_id: int, card_id: str) -> None:
    """Today's card for the person: the same card someone else had."""
    user = await chat.bot.store.user(user_id)
    card = chat.bot.ctx.content.card(card_id)
    assert user is not None and card is not None
    day = chat.bot.ctx.today(user)
    await chat.bot.store.add_attempt(
        user.id, card.id, card.level, card.domain, day, chat.bot.clock.now()
    )


async def test_a_note_is_screened_shown_to_the_next_person_and_hidden_after_two_reports(
    chat: Chat, report
) -> None:
    await onboard(chat, "ana")
    await practise(chat, "ana", "Yes", "4")
    await chat.taps("ana", "Skip", "")
    await chat.says("ana", "/note", "Leave a short note for the next person")
    await chat.says("ana", "Text me on 07700 900123", "A person will read your note")
    for words in ("say hi to @brave_bean on the other app", "do it, dont be a faggot about it"):
        await chat.says("ana", "/note", "Leave a short note for the next person")
        await chat.says("ana", words, "A person will read your note")
    await chat.says("ana", "/note", "Leave a short note for the next person")
    await chat.says("ana", "Go for it! " * 20, "Could you shorten it?")
    await chat.says("ana", NOTE, "Your note will be waiting for the next person")
    store = chat.bot.store
    ana = await _user_id(chat, 1)
    [attempt] = [a for a in await store.attempts(ana) if a.outcome is not None]
    held = await store.notes_to_review()
    assert [n.reason for n in held] == ["contact", "contact", "insult"]
    assert {n.status for n in held} == {NoteStatus.HELD}

    if chat.has_groups:  # people of their own on this platform read and report it
        readers = ("ben", "cy", "dee")
        for index, name in enumerate(readers, start=2):
            await onboard(chat, name)
            await _give_card(chat, await _user_id(chat, index), attempt.card_id)
        for name in readers[:2]:
            seen = await chat.says(name, "/card", SHOWN)
            assert NOTE in seen.text and "ana" not in seen.text.lower()
            await chat.taps(name, "Report this note", "Thank you for telling me")
        last = await chat.says("dee", "/card", "how likely is a yes")
        assert SHOWN not in last.text, "reported by two people: hidden at once"
    else:  # the console has one person: a note by someone else, on the card she gets next
        await chat.next_morning("ana", "how likely is a yes", hours=25)
        today = (await store.attempts(ana))[-1]
        other = await store.create_user("telegram", "77", "77", chat.bot.clock.now())
        await store.add_note(
            other.id, today.card_id, NOTE, NoteStatus.APPROVED, "", chat.bot.clock.now()
        )
        seen = await chat.says("ana", "/card", SHOWN)
        assert NOTE in seen.text
        await chat.taps("ana", "Report this note", "Thank you for telling me")
        again = await chat.says("ana", "/card", "how likely is a yes")
        assert SHOWN not in again.text, "a reader never sees a note they reported again"
    hidden = [n for n in await store.notes_to_review() if n.text == NOTE]
    if chat.has_groups:
        assert [(n.status, n.reports) for n in hidden] == [(NoteStatus.HIDDEN, 2)]
    await chat.says("ana", "/note", "Leave a short note for the next person")
    await chat.says("ana", "I want to end my life", "findahelpline.com")
    assert not [n for n in await store.notes_to_review() if "end my life" in n.text]
    report(f"notes on {chat.platform}: held, kept, shown and reported")
