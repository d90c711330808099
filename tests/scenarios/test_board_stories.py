"""Each member chooses, privately, how a group's board shows them: by name, under an alias
(screened), or counted in the totals without appearing. Told through the engine, Telegram
and Discord (the console has no groups); what the group could read is checked for the
names of the members who chose not to appear."""

from __future__ import annotations

import re

from core.groups.model import Appearance
from tests.scenarios.chats.base import Chat
from tests.scenarios.test_stories import WITH_GROUPS, chat_fixture, onboard

chat = chat_fixture(WITH_GROUPS)


async def choose(chat: Chat, name: str, label: str, expect: str) -> None:
    await chat.says(name, "/groups", "On the board you")
    await chat.taps(name, "How I appear", "How should the board show you", in_group=False)
    await chat.taps(name, label, expect, in_group=False)


async def test_every_board_choice_shows_only_what_each_member_chose(chat: Chat, report) -> None:
    people = ("ana", "ben", "cy", "dee")
    for name in people:
        await onboard(chat, name)
    await chat.make_admin("ana")
    await chat.says("ana", "/challenge_start days 7", "A 7-day challenge starts", in_group=True)
    for name in people:
        await chat.taps(name, "I'm in", "counted in the totals, not named", in_group=True)

    await choose(chat, "ana", "By my name", "appear by your name")
    await choose(chat, "ben", "Under an alias", "What name should the board show")
    await chat.says("ben", "write to ben.k@example.com", "help someone reach you")
    await chat.says("ben", "@benk_practice", "help someone reach you")
    await chat.says("ben", "Brave idiot", "a word in it I don't show")
    await chat.says("ben", "B", "2 to 24 characters")
    await chat.says("ben", "Brave Bean", "appear as “Brave Bean”")
    await choose(chat, "cy", "Just count me", "counted in the totals but not named")
    # Dee chooses nothing: a new member is counted, not named.

    await chat.next_morning("ana", "Day 1 of 7", hours=25)
    for name, answer in zip(people, ("No", "Yes", "Partly", "No"), strict=True):
        await chat.taps(name, answer, "", in_group=True)
    board = await chat.says("cy", "/board", "Most consistent so far", in_group=True)
    assert "Today: 4 attempts." in board.text
    assert "Brave Bean · 1 attempt" in board.text
    assert "2 members chose to be counted without appearing here." in board.text

    members = {m.appearance: m for m in await chat.bot.store.members(1)}
    assert f"{members[Appearance.NAME].display_name} · 1 attempt" in board.text
    public = chat.public_text()
    for hidden in (members[Appearance.ALIAS], members[Appearance.HIDDEN]):
        assert not re.search(rf"\b{re.escape(hidden.display_name)}\b", public), hidden
    assert "ben.k@example.com" not in public and "idiot" not in public
    report(f"board choices on {chat.platform}: 1 named, 1 alias, 2 counted only")
