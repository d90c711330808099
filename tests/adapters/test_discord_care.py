"""Crisis care on Discord: discord.py against the fake API and gateway, the engine and store.

A crisis at the time-zone question, a country asked and answered, a crisis written as a
reflection, one written in a server channel (answered only in direct messages, the
channel sees nothing), and the check-in's three answers. The screener is the shipped
rules plus a few phrases named as possible risk.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import cast

import pytest

from adapters.discord.platform import DiscordAdapter
from core.care import Screener
from core.model import UserStatus
from tests.engine.care.conftest import POSSIBLE, PhraseScreener
from tests.engine.conftest import START
from tests.fakes.chat import Bot, FixedClock, migrated_sqlite, shipped_content
from tests.fakes.discord_api import FakeDiscord
from tests.fakes.discord_fixtures import make_adapter
from tests.fakes.discord_payloads import FakeGuild, FakeUser, Json

GUILD = FakeGuild()
ANA = FakeUser(4_000_000_000_000_101, "ana")
BEN = FakeUser(4_000_000_000_000_102, "ben")
CY = FakeUser(4_000_000_000_000_103, "cy")
DEE = FakeUser(4_000_000_000_000_104, "dee")


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

    def dm(self, user: FakeUser) -> int:
        return self.fake.dm_channel_of(user.id)

    def newest(self) -> int:
        return max(self.fake.messages, default=0)

    async def showing(self, where: int, words: str, since: int) -> Json:
        def found() -> Json | None:
            fresh = self.fake.messages_in(where)
            return next((m for m in fresh if int(m["id"]) > since and words in shown(m)), None)

        return await self.fake.wait_for(found)

    async def says(self, user: FakeUser, text: str, words: str) -> Json:
        since = self.newest()
        await self.fake.send_dm(user, text)
        return await self.showing(self.dm(user), words, since)

    async def press(self, user: FakeUser, message: Json, label: str, words: str) -> Json:
        """Press `label` in a direct message; the message (edited or new) showing `words`."""
        since, message_id = self.newest(), int(message["id"])
        await self.fake.press_button(user, message_id, custom_id(message, label))

        def found() -> Json | None:
            edited = self.fake.messages.get(message_id)
            if edited is not None and words in shown(edited):
                return edited
            fresh = self.fake.messages_in(self.dm(user))
            return next((m for m in fresh if int(m["id"]) > since and words in shown(m)), None)

        return await self.fake.wait_for(found)

    async def status(self, user: FakeUser) -> UserStatus:
        stored = await self.bot.store.user_by_identity("discord", str(user.id))
        assert stored is not None
        return stored.status


@pytest.fixture
async def server(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Server]:
    template = tmp_path_factory.getbasetemp() / "template" / "askanyway.db"
    url = await migrated_sqlite(tmp_path, template)
    content = replace(shipped_content(), screener=cast(Screener, PhraseScreener()))
    bot = Bot.build(url, FixedClock(START), content=content)
    fake = FakeDiscord(guilds=(GUILD,))
    await fake.start()
    adapter: DiscordAdapter = make_adapter(fake, bot.engine)  # type: ignore[arg-type]
    await adapter.start()
    try:
        await asyncio.wait_for(adapter.wait_ready(), 5)
        yield Server(fake, bot)
    finally:
        await adapter.stop()
        await fake.stop()
        await bot.store.close()


async def at_a_reflection(server: Server, user: FakeUser) -> None:
    """Set up and a card recorded through the engine; the reflection question is open."""
    person = server.bot.user(str(user.id), platform="discord")
    await person.onboard()
    for step in ("/card", "Skip the guesses", "No", "5", "2"):
        await (person.says(step) if step == "/card" else person.taps(step))
    assert person.last[-1].title == "A moment to reflect"


async def test_a_crisis_at_the_time_zone_question_on_discord(server: Server) -> None:
    fake = server.fake
    since = server.newest()
    await fake.slash_command(ANA, "start")
    welcome = await server.showing(server.dm(ANA), "Is that okay with you?", since)
    age = await server.press(ANA, welcome, "Yes, let's start", "How old are you")
    await server.press(ANA, age, "I'm 18 or older", "Which time zone")
    since = server.newest()
    crisis = await server.says(ANA, "I want to kill myself", "findahelpline.com")
    assert "your local emergency number" in shown(crisis)
    country = await server.showing(server.dm(ANA), "which country you're in", since)
    lines = await server.press(ANA, country, "Japan", "0570-783-556")
    assert "call 119 or 110" in shown(lines)
    await server.press(ANA, crisis, "I'm ready to carry on", "Which time zone")
    await server.says(ANA, "London", "Got it: Europe/London")
    assert await server.status(ANA) is UserStatus.ONBOARDING


async def test_a_crisis_written_as_a_reflection_on_discord(server: Server) -> None:
    await at_a_reflection(server, BEN)
    await server.says(BEN, "i want to end my life", "116 123")
    assert await server.status(BEN) is UserStatus.PAUSED


async def test_a_crisis_in_a_server_channel_is_answered_only_in_direct_messages(
    server: Server,
) -> None:
    fake = server.fake
    await server.bot.user(str(CY.id), platform="discord").onboard()
    card = fake._create(GUILD.channel_id, fake.bot, {"content": "Day 3 of 30: ask for a discount"})
    since = server.newest()
    await fake.reply_in_guild(CY, GUILD, "i want to kill myself", to=int(card["id"]))
    await server.showing(server.dm(CY), "116 123", since)
    in_channel = [m for m in fake.messages_in(GUILD.channel_id) if int(m["id"]) > since]
    assert [m for m in in_channel if m["author"].get("bot")] == []
    assert await server.status(CY) is UserStatus.PAUSED


@pytest.mark.parametrize(
    ("answer", "then", "status"),
    [
        ("Yes", "116 123", UserStatus.PAUSED),
        ("Not right now, but things are hard", "no card you need to do today", UserStatus.ACTIVE),
        ("No, I'm okay", "Let's carry on", UserStatus.ACTIVE),
    ],
)
async def test_the_check_in_and_its_three_answers_on_discord(
    server: Server, answer: str, then: str, status: UserStatus
) -> None:
    await at_a_reflection(server, DEE)
    asked = await server.says(DEE, POSSIBLE, "thoughts of ending your life")
    await server.press(DEE, asked, answer, then)
    assert await server.status(DEE) is status
