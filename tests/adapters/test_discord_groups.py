"""A shared challenge in a Discord server channel, through discord.py, the engine and store.

Five members: Ana has Manage Server, Ben, Cy and Dee use the bot already, Eve never has.
Private answers in the channel are ephemeral (only the presser sees them) and reflections
are written in direct messages; every message left visible in the channel is checked for
guesses, moods and reflections at the end.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from adapters.discord.platform import DiscordAdapter
from core.engine import Deliveries, Engine
from core.messages import Event, Reply
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
PRIVATE_WORDS = ("how likely is a yes", "How scary did it actually feel", "how is your mood")
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

    async def handle(self, event: Event) -> list[Reply]:
        return await self.engine.handle(event)

    async def recipient_gone(self, platform: str, chat_id: str) -> None:
        await self.engine.recipient_gone(platform, chat_id)

    async def group_gone(self, platform: str, chat_id: str) -> None:
        await self.engine.group_gone(platform, chat_id)
        self.forgotten.set()


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
    reflections: list[str] = field(default_factory=list)

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

    async def reflect(self, user: FakeUser, day: int) -> None:
        """Answer the reflection questions in a direct message, with words found nowhere else."""
        dm = self.fake.dm_channel_of(user.id)
        for question in range(1, 4):
            words = f"Discord reflection {user.name}/{day}/{question}: my hands were cold"
            self.reflections.append(words)
            since = self.newest()
            await self.fake.send_dm(user, words)

            def answer(since: int = since) -> Json | None:
                mine = self.fake.messages_in(dm)
                return next((m for m in mine if int(m["id"]) > since and m["author"]["bot"]), None)

            if "No one else using the bot will see it" in shown(await self.fake.wait_for(answer)):
                return
        raise AssertionError("the reflection questions never ended")

    def public_texts(self) -> str:
        return "\n".join(shown(m) for m in self.channel() if not m.get("flags", 0) & EPHEMERAL)


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


async def test_a_week_long_challenge_in_a_server_channel(server: Server, report) -> None:
    fake, bot = server.fake, server.bot
    commands = {c["name"]: c for c in fake.commands}
    assert str(commands["challenge_start"]["default_member_permissions"]) == "32"
    assert commands["challenge_start"]["contexts"] == [0]

    refusal = await server.slash(BEN, "challenge_start", "Only the group's admins")
    assert not refusal["flags"] & EPHEMERAL
    options: dict[str, str | int] = {"days": 7, "start": "tomorrow", "timezone": "Europe/London"}
    announced = await server.slash(ANA, "challenge_start", "A 7-day challenge starts", options)
    assert not announced["flags"] & EPHEMERAL

    for member in (ANA, BEN, CY, DEE):
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

    outcomes = {
        1: {ANA: "No", BEN: "Yes", CY: "Partly", DEE: "Didn't try", EVE: "Waiting to hear"},
        2: {ANA: "No", BEN: "No", CY: "Yes", EVE: "No"},
        3: {ANA: "Partly", BEN: "No"},
    }
    boards = []
    for day, answers in outcomes.items():
        bot.clock.advance(hours=25 if day == 1 else 24)
        since = server.newest()
        await server.deliveries.tick()
        card = await server.showing(GUILD.channel_id, f"Day {day} of 7", since)
        assert not card["flags"] & EPHEMERAL
        if day == 2:
            left = await server.slash(DEE, "leave", "You've left")
            assert left["flags"] & EPHEMERAL
        for member, label in answers.items():
            answer = await server.press(member, card, label, CHEERS[label])
            assert answer["flags"] & EPHEMERAL
            if member is ANA and day == 1:
                mood = await server.press(ANA, answer, "4", "how is your mood")
                await server.press(ANA, mood, "3 😐", "A moment to reflect")
                await server.reflect(ANA, day)
        board = await server.slash(CY, "board", f"Day {day} of 7.")
        assert not board["flags"] & EPHEMERAL
        boards.append(shown(board))

    assert "5 members." in boards[0] and "Today: 4 attempts" in boards[0]
    assert "4 members." in boards[1] and "Dee" not in boards[1]
    assert "So far: 10 attempts." in boards[2]

    for _day in range(4):
        bot.clock.advance(days=1)
        await server.deliveries.tick()
    bot.clock.advance(hours=13)
    since = server.newest()
    await server.deliveries.tick()
    await server.showing(GUILD.channel_id, "The 7-day challenge is complete!", since)
    for member in (ANA, BEN, CY, EVE):
        assert any("Your group challenge" in shown(m) for m in server.dms(member)), member.name
    assert not any("Your group challenge" in shown(m) for m in server.dms(DEE))

    public = server.public_texts()
    for words in (*server.reflections, *PRIVATE_WORDS):
        assert words not in public
    cards = [m for m in server.channel() if "Day " in shown(m) and " of 7 · " in shown(m)]
    report(f"discord group: {len(cards)} daily cards in the channel, 0 private texts in it")

    await fake.remove_from(GUILD)
    await asyncio.wait_for(server.conversation.forgotten.wait(), 5)
    assert await bot.store.group_by_chat("discord", str(GUILD.channel_id)) is None


async def test_a_configured_role_may_start_a_challenge_without_manage_server(
    server: Server,
) -> None:
    announced = await server.slash(HOST, "challenge_start", "challenge starts", {"days": 14})
    assert "A 14-day challenge starts tomorrow!" in shown(announced)
