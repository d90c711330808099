"""Buddies, told through the engine, Telegram and Discord (the console has one person): an
invitation accepted by code, what each sees of the other, a cheer delivered, a break after a
crisis that shows only as a break, and the pair ended (the one on a break hears nothing of it
until they look: tests/engine/test_buddies.py has the notice to someone not on a break)."""

from __future__ import annotations

import re
from dataclasses import replace

from core.model import UserStatus
from tests.scenarios.chats.base import Chat
from tests.scenarios.test_stories import DRIVERS, WITH_GROUPS, chat_fixture, onboard, practise

chat = chat_fixture(WITH_GROUPS)


async def test_buddies_pair_by_code_cheer_see_a_break_and_part(chat: Chat) -> None:
    await onboard(chat, "ana")
    await onboard(chat, "ben")
    invited = await chat.says("ana", "/buddy", "To invite a friend")
    code = re.search(r"/buddy ([A-Z2-9]{8})", invited.text)
    assert code is not None, invited.text
    offer = await chat.says("ben", f"/buddy {code.group(1)}", "would like to be practice buddies")
    assert "never how an ask went" in offer.text
    await chat.taps("ben", "Be buddies", "You're buddies with")
    await chat.tick()
    await chat.says("ana", "/help", "What the bot does")  # the driver waits on what it sees
    assert any("said yes to your invitation" in seen.text for seen in chat.visible("ana"))

    await practise(chat, "ana", "No", "2")
    view = await chat.says("ben", "/buddy", "are buddies")
    assert "1 ask made" in view.text
    for private in ("No", "mood", "2/5", "felt", "reflect"):
        assert private not in view.text.replace("never how an ask went, moods", ""), private
    await chat.taps("ben", "Send a cheer", "Which cheer shall I send")
    await chat.taps("ben", "You've got this.", "Sent!")
    cheer = await chat.next_morning("ana", "sent you a cheer", hours=0)
    assert "“You've got this.”" in cheer.text

    await chat.says("ben", "I want to end my life", "findahelpline.com")
    pause = await chat.says("ana", "/buddy", "taking a break")
    assert "ask made" not in pause.text and "crisis" not in pause.text.lower()

    await chat.says("ana", "/buddy end", "not buddies any more")
    await chat.tick()  # Ben is on a break: no buddy news reaches him now
    assert not any("pairing has ended" in seen.text for seen in chat.visible("ben"))
    ben = await chat.bot.store.user(2)
    assert ben is not None
    [pair] = await chat.bot.store.pairs_of(ben.id)
    assert pair.ended_at is not None and not pair.together
    await chat.bot.store.save_user(replace(ben, status=UserStatus.ACTIVE))  # back from the break
    await chat.says("ben", "/buddy", "Your last buddy pairing has ended.")
    assert "buddy" not in chat.public_text().lower()


async def test_the_console_shows_an_invitation_to_forward_and_withdraws_it(
    tmp_path, tmp_path_factory
) -> None:
    template = tmp_path_factory.getbasetemp() / "template" / "askanyway.db"
    chat = await DRIVERS["console"].open(tmp_path, template)
    try:
        await onboard(chat, "ana")
        await chat.says("ana", "/buddy", "To invite a friend")
        shown = await chat.says("ana", "/buddy", "invites you to be practice buddies")
        assert re.search(r"send it /buddy [A-Z2-9]{8}", shown.text), shown.text
        await chat.taps("ana", "Withdraw the invitation", "Nobody can use that invitation now")
        await chat.says("ana", "/buddy end", "You don't have a buddy right now")
    finally:
        await chat.close()
