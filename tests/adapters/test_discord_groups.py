"""A shared challenge in a Discord server channel, through discord.py, the engine and store.

Five members: Ana has Manage Server, Ben, Cy and Dee use the bot already, Eve never has.
Private answers in the channel are ephemeral (only the presser sees them). These tests hold
what only Discord does; the week-long story every platform tells the same way is in
tests/scenarios/test_stories.py.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from adapters.discord.platform import DiscordAdapter
from core.engine import Deliveries, Engine
from core.messages import Event, Reply, Tracked
from core.ports import Sent
from tests.engine.conftest import START
from tests.fakes.chat import Bot, FixedClock, migrated_sqlite
from tests.fakes.discord_api import FakeDiscord
from tests.fakes.discord_fixtures import make_adapter
from tests.fakes.discord_payloads import (
    ADMIN_PERMISSIONS,
    EPHEMERAL,
    FakeGuild,
    FakeUser,
    Json,
)

HOST_ROLE = 3_000_000_000_000_009
GUILD = FakeGuild(roles=((HOST_ROLE, "Challenge host"),))
ANA = FakeUser(4_000_000_000_000_011, "ana", permissions=ADMIN_PERMISSIONS)
BEN = FakeUser(4_000_000_000_000_012, "ben")
CY = FakeUser(4_000_000_000_000_013, "cy")
DEE = FakeUser(4_000_000_000_000_014, "dee")
EVE = FakeUser(4_000_000_000_000_015, "eve")
HOST = FakeUser(4_000_000_000_000_016, "host", roles=(HOST_ROLE,))
CHEERS = {
    "Yes": "A yes!",
    "No": "A no, collected",
    "Partly": "Partly counts",
    "Waiting to hear": "Sent and waiting",
    "Didn't try": "That's okay",
}


class Conversation:
    """The engine, telling the test when a group was forgotten."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.forgotten = asyncio.Event()
        self.kept = 0
        self._posted = asyncio.Condition()

    async def handle(self, event: Event) -> list[Reply]:
        return await self.engine.handle(event)

    async def recipient_gone(self, platform: str, chat_id: str) -> None:
        await self.engine.recipient_gone(platform, chat_id)

    async def group_gone(self, platform: str, chat_id: str) -> None:
        await self.engine.group_gone(platform, chat_id)
        self.forgotten.set()

    async def posted(self, platform: str, chat_id: str, tracked: Tracked, sent: Sent) -> None:
        await self.engine.posted(platform, chat_id, tracked, sent)
        async with self._posted:
            self.kept += 1
            self._posted.notify_all()

    async def until_kept(self, count: int) -> None:
        """Until `count` answers naming members were kept: the adapter hands each back after
        Discord shows it, so a test that saw it shown may still be ahead of the keeping."""
        async with self._posted:
            await asyncio.wait_for(self._posted.wait_for(lambda: self.kept >= count), 10)


def shown(message: Json) -> str:
    parts = [message.get("content") or ""]
    for embed in message.get("embeds") or []:
        parts += [embed.get("title") or "", embed.get("description") or ""]
    return "\n".join(p for p in parts if p)


def custom_id(message: Json, label: str) -> str:
    found = [
        c["custom_id"]
        for row in message.get("components") or []
        for c in row["components"]
        if c.get("label") == label and "custom_id" in c
    ]
    assert found, f"no {label!r} on {shown(message)[:80]!r}"
    return str(found[0])


@dataclass
class Server:
    fake: FakeDiscord
    bot: Bot
    deliveries: Deliveries
    conversation: Conversation

    def channel(self) -> list[Json]:
        return self.fake.messages_in(GUILD.channel_id)

    def dms(self, user: FakeUser) -> list[Json]:
        return self.fake.messages_in(self.fake.dm_channel_of(user.id))

    def newest(self) -> int:
        return max(self.fake.messages, default=0)

    async def showing(self, where: int, words: str, since: int) -> Json:
        """The first message in channel `where` after id `since` that shows `words`."""

        def found() -> Json | None:
            return next(
                (
                    m
                    for m in self.fake.messages_in(where)
                    if int(m["id"]) > since and words in shown(m)
                ),
                None,
            )

        return await self.fake.wait_for(found)

    async def slash(
        self, user: FakeUser, name: str, words: str, options: dict[str, str | int] | None = None
    ) -> Json:
        since = self.newest()
        await self.fake.slash_command(user, name, options, guild=GUILD)
        return await self.showing(GUILD.channel_id, words, since)

    async def press(
        self, user: FakeUser, message: Json, label: str, words: str, *, in_dm: bool = False
    ) -> Json:
        """Press `label` on `message`; the message (edited or new) that then shows `words`."""
        since, message_id = self.newest(), int(message["id"])
        where = self.fake.dm_channel_of(user.id) if in_dm else GUILD.channel_id
        pressed = custom_id(message, label)
        await self.fake.press_button(user, message_id, pressed, guild=None if in_dm else GUILD)

        def found() -> Json | None:
            edited = self.fake.messages.get(message_id)
            if edited is not None and words in shown(edited):
                return edited
            fresh = self.fake.messages_in(where)
            return next((m for m in fresh if int(m["id"]) > since and words in shown(m)), None)

        return await self.fake.wait_for(found)

    async def says_in_dm(self, user: FakeUser, text: str, words: str) -> Json:
        since = self.newest()
        await self.fake.send_dm(user, text)
        return await self.showing(self.fake.dm_channel_of(user.id), words, since)


@pytest.fixture
async def server(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Server]:
    template = tmp_path_factory.getbasetemp() / "template" / "askanyway.db"
    url = await migrated_sqlite(tmp_path, template)
    bot = Bot.build(url, FixedClock(START))
    for member in (ANA, BEN, CY, DEE):
        await bot.user(str(member.id), platform="discord").onboard()
    fake = FakeDiscord(guilds=(GUILD,))
    await fake.start()
    conversation = Conversation(bot.engine)
    adapter: DiscordAdapter = make_adapter(
        fake,
        conversation,  # type: ignore[arg-type]
        admin_roles=("Challenge host",),
    )
    await adapter.start()
    try:
        await asyncio.wait_for(adapter.wait_ready(), 5)
        yield Server(fake, bot, Deliveries(bot.ctx, adapter), conversation)
    finally:
        await adapter.stop()
        await fake.stop()
        await bot.store.close()


async def test_private_answers_in_a_channel_are_ephemeral_and_a_stranger_joins_by_start(
    server: Server, report
) -> None:
    """What only Discord does: permissions on the slash command, ephemeral answers for what
    is private, and a member the bot never spoke to invited to `/start` with a code. The
    week itself, told the same way on every platform, is in tests/scenarios/test_stories.py."""
    fake, bot = server.fake, server.bot
    commands = {c["name"]: c for c in fake.commands}
    assert str(commands["challenge_start"]["default_member_permissions"]) == "32"
    assert commands["challenge_start"]["contexts"] == [0]

    refusal = await server.slash(BEN, "challenge_start", "Only the group's admins")
    assert not refusal["flags"] & EPHEMERAL
    options: dict[str, str | int] = {"days": 7, "start": "tomorrow", "timezone": "Europe/London"}
    announced = await server.slash(ANA, "challenge_start", "A 7-day challenge starts", options)
    assert not announced["flags"] & EPHEMERAL

    for member in (ANA, BEN, CY):
        welcome = await server.press(member, announced, "I'm in", "You're in Practice circle's")
        assert welcome["flags"] & EPHEMERAL
    invitation = await server.press(EVE, announced, "I'm in", "set you up with me first")
    assert invitation["flags"] & EPHEMERAL
    code = shown(invitation).split("send /start ")[1].split(")")[0]

    since = server.newest()
    await fake.slash_command(EVE, "start", {"code": code})
    welcome = await server.showing(fake.dm_channel_of(EVE.id), "Is that okay with you?", since)
    age = await server.press(EVE, welcome, "Yes, let's start", "How old are you", in_dm=True)
    await server.press(EVE, age, "I'm 18 or older", "Which time zone", in_dm=True)
    when = await server.says_in_dm(EVE, "London", "What time should your card arrive")
    fears = await server.press(EVE, when, "08:00", "Which kinds of asks", in_dm=True)
    strength = await server.press(EVE, fears, "Done", "How strong", in_dm=True)
    await server.press(EVE, strength, "3", "You're in Practice circle's 7-day", in_dm=True)

    bot.clock.advance(hours=25)
    since = server.newest()
    await server.deliveries.tick()
    card = await server.showing(GUILD.channel_id, "Day 1 of 7", since)
    assert not card["flags"] & EPHEMERAL
    answer = await server.press(ANA, card, "No", CHEERS["No"])
    assert answer["flags"] & EPHEMERAL
    mood = await server.press(ANA, answer, "4", "how is your mood")
    assert mood["flags"] & EPHEMERAL
    waiting = await server.press(EVE, card, "Waiting to hear", CHEERS["Waiting to hear"])
    assert waiting["flags"] & EPHEMERAL
    left = await server.slash(BEN, "leave", "You've left")
    assert left["flags"] & EPHEMERAL
    board = await server.slash(CY, "board", "Day 1 of 7.")
    assert not board["flags"] & EPHEMERAL
    report("discord group: set-up, invitation and private answers shown to one member only")

    await fake.remove_from(GUILD)
    await asyncio.wait_for(server.conversation.forgotten.wait(), 5)
    assert await bot.store.group_by_chat("discord", str(GUILD.channel_id)) is None


async def test_a_configured_role_may_start_a_challenge_without_manage_server(
    server: Server,
) -> None:
    announced = await server.slash(HOST, "challenge_start", "challenge starts", {"days": 14})
    assert "A 14-day challenge starts tomorrow!" in shown(announced)
