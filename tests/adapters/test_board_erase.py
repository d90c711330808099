"""After /delete, the group's old boards no longer show the person: through the real clients.

Ana and Ben are in a challenge and chose to appear by name; the group has seen boards that
name Ben. Ben erases his data. At the next tick the bot edits its boards in place without
him (Telegram's editMessageText, Discord's PATCH on the channel message, an interaction's
answer included), deletes one that Telegram will not let it edit, and lets go of one an
admin already deleted, without stopping.
"""

# ruff: noqa: F811 (fixtures are imported by name, then requested as arguments)

from __future__ import annotations

import asyncio
import io
from dataclasses import replace
from pathlib import Path

from adapters.console.platform import ConsoleAdapter
from core.groups.model import Appearance
from core.messages import Reply
from core.ports import Address
from tests.adapters.conftest import ScriptedConversation
from tests.adapters.test_discord_groups import ANA as D_ANA
from tests.adapters.test_discord_groups import BEN as D_BEN
from tests.adapters.test_discord_groups import (  # noqa: F401 (the fixture)
    GUILD,
    Server,
    server,
    shown,
)
from tests.adapters.test_telegram_groups import (  # noqa: F401 (the fixture)
    ANA,
    BEN,
    GROUP,
    Stage,
    stage,
)
from tests.engine.conftest import START
from tests.fakes.chat import Bot
from tests.fakes.telegram_html import check_html


async def _by_name(bot: Bot, platform: str, *people: int) -> None:
    """Each chose "By my name" in /groups (that flow has its own tests)."""
    for person in people:
        user = await bot.store.user_by_identity(platform, str(person))
        assert user is not None
        for member in await bot.store.memberships(user.id):
            await bot.store.save_member(replace(member, appearance=Appearance.NAME))


async def test_telegram_boards_naming_an_erased_member_are_edited_deleted_or_let_go(
    stage: Stage,
) -> None:
    api, bot = stage.api, stage.bot
    api.make_admin(GROUP, ANA)
    [announced] = await stage.command(ANA, "challenge_start", GROUP, args="days 14")
    for uid in (ANA, BEN):
        await stage.press(uid, announced, "I'm in", GROUP, answers_in=uid)
    await _by_name(bot, "telegram", ANA, BEN)
    boards = []
    for _time in range(3):  # /board is posted in the group at most every ten minutes
        [board] = await stage.command(ANA, "board", GROUP)
        assert "Person 202 · 0 attempts" in check_html(board.text)
        assert board.message_id is not None
        boards.append(board.message_id)
        bot.clock.advance(minutes=11)
    kept, uneditable, vanished = boards
    api.refuse_edit(GROUP, uneditable)  # "message can't be edited"
    del api.messages[(str(GROUP), vanished)]  # an admin deleted it

    [confirm] = await stage.command(BEN, "delete", BEN)
    await stage.press(BEN, confirm, "Yes, erase everything", BEN)
    results = await stage.deliveries.tick()

    assert (results["redone"], results["withdrawn"], results["let go"]) == (1, 1, 1)
    edited = check_html(api.messages[(str(GROUP), kept)]["text"])
    assert "Person 201 · 0 attempts" in edited and "Person 202" not in edited
    assert (str(GROUP), uneditable) not in api.messages
    deleted = [r.params["message_id"] for r in api.calls("deleteMessage") if r.ok]
    assert deleted == [uneditable]
    assert not any("Person 202" in check_html(m.get("text", "")) for m in api.messages.values())
    again = await stage.deliveries.tick()
    assert again["redone"] == again["withdrawn"] == 0


async def test_discord_boards_naming_an_erased_member_are_edited_or_let_go(
    server: Server,
) -> None:
    fake, bot = server.fake, server.bot
    announced = await server.slash(D_ANA, "challenge_start", "challenge starts", {"days": 14})
    for member in (D_ANA, D_BEN):
        await server.press(member, announced, "I'm in", "You're in")
    await _by_name(bot, "discord", D_ANA.id, D_BEN.id)
    answered = await server.slash(D_ANA, "board", "Ben · 0 attempts")  # an interaction's answer
    bot.clock.advance(days=7, hours=14)  # the evening of day 7: the tick posts the week's board
    since = server.newest()
    await server.deliveries.tick()
    weekly = await server.showing(GUILD.channel_id, "Week 1 of the challenge", since)
    assert "Ben · 0 attempts" in shown(weekly)
    bot.clock.advance(minutes=1)
    vanished = await server.slash(D_ANA, "board", "Ben · 0 attempts")
    await server.conversation.until_kept(2)  # both /board answers, as the erase will find them
    del fake.messages[int(vanished["id"])]  # an admin deleted it

    since = server.newest()
    await fake.slash_command(D_BEN, "delete")
    dm = fake.dm_channel_of(D_BEN.id)
    confirm = await server.showing(dm, "This erases everything", since)
    await server.press(D_BEN, confirm, "Yes, erase everything", "is erased", in_dm=True)
    before = len(fake.requests)
    results = await server.deliveries.tick()

    assert (results["redone"], results["let go"]) == (2, 1)
    for message in (answered, weekly):
        now = shown(fake.messages[int(message["id"])])
        assert "Ana · 0 attempts" in now and "Ben" not in now
    assert "Week 1 of the challenge" in shown(fake.messages[int(weekly["id"])])
    channel = f"/channels/{GUILD.channel_id}/messages"
    assert [(r.method, r.path, r.status) for r in fake.requests[before:]] == [
        ("PATCH", f"{channel}/{answered['id']}", 200),  # by the channel's route, not the token
        ("PATCH", f"{channel}/{weekly['id']}", 200),
        ("PATCH", f"{channel}/{vanished['id']}", 404),
        ("DELETE", f"{channel}/{vanished['id']}", 404),
    ]


async def test_the_console_prints_a_change_since_it_cannot_take_back_a_printed_line(
    tmp_path: Path,
) -> None:
    out = io.StringIO()
    console = ConsoleAdapter(
        ScriptedConversation(),
        stdin=io.StringIO(""),
        stdout=out,
        files_dir=tmp_path,
        clock_now=lambda: START,
        on_wait=lambda _span: asyncio.sleep(0),
    )
    here = Address("console", "local")

    await console.send(here, Reply("Ana · Ben", private=False))  # no ids: never kept
    await console.edit_message(here, "1", Reply("Ana", private=False))
    await console.delete_message(here, "2")

    assert [line for line in out.getvalue().splitlines() if line] == [
        "Ana · Ben",
        "(an earlier message, corrected:)",
        "Ana",
        "(an earlier message was withdrawn)",
    ]
