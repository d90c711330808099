"""The stories through discord.py, against the fake Discord (REST and gateway) on 127.0.0.1.

Commands are slash commands (`/challenge_start days 7` is the `days` option); free text is a
direct message. A private answer in the server is ephemeral: the driver counts it as seen
by the person whose press or command it answered, and never as public.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from adapters.discord.platform import DiscordAdapter
from core.engine import Deliveries
from core.engine.context import Content
from tests.engine.conftest import START
from tests.fakes.chat import Bot, FixedClock, migrated_sqlite
from tests.fakes.discord_api import FakeDiscord
from tests.fakes.discord_fixtures import make_adapter
from tests.fakes.discord_payloads import ADMIN_PERMISSIONS, EPHEMERAL, FakeGuild, FakeUser
from tests.scenarios.chats.base import Chat, Seen

GUILD = FakeGuild()
Json = dict[str, Any]


def options_of(name: str, args: str) -> dict[str, str | int]:
    """`days 7 start tomorrow` as slash-command options; `/start CODE` and `/buddy CODE` (or
    `/buddy end`) as their `code`."""
    words = args.split()
    if name in ("start", "buddy") and len(words) == 1:
        return {"code": words[0]}
    pairs = zip(words[::2], words[1::2], strict=True)
    return {key: int(value) if value.isdigit() else value for key, value in pairs}


class DiscordChat(Chat):
    platform = "discord"

    def __init__(self, bot: Bot, fake: FakeDiscord, adapter: DiscordAdapter) -> None:
        self.bot = bot
        self.fake = fake
        self.adapter = adapter
        self.deliveries = Deliveries(bot.ctx, adapter)
        self._users: dict[str, FakeUser] = {}
        self._whispers: dict[int, str] = {}
        self._step: tuple[str, int] | None = None

    @classmethod
    async def open(
        cls, directory: Path, template: Path, content: Content | None = None
    ) -> DiscordChat:
        url = await migrated_sqlite(directory, template)
        bot = Bot.build(url, FixedClock(START), content=content)
        fake = FakeDiscord(guilds=(GUILD,))
        await fake.start()
        adapter = make_adapter(fake, bot.engine)  # type: ignore[arg-type]
        await adapter.start()
        await asyncio.wait_for(adapter.wait_ready(), 5)
        return cls(bot, fake, adapter)

    async def close(self) -> None:
        await self.adapter.stop()
        await self.fake.stop()
        await self.bot.store.close()

    async def join(self, name: str) -> None:
        self._users[name] = FakeUser(4_000_000_000_000_011 + len(self._users), name)

    async def make_admin(self, name: str) -> None:
        self._users[name] = replace(self._users[name], permissions=ADMIN_PERMISSIONS)

    def visible(self, name: str) -> list[Seen]:
        self._claim_whispers()
        dm = self.fake.dm_channel_of(self._users[name].id)
        shown = []
        for message in self._from_bot():
            channel = int(message["channel_id"])
            whisper = self._whispers.get(int(message["id"]))
            if channel == dm or (channel == GUILD.channel_id and whisper in (None, name)):
                shown.append(self._seen(message))
        return shown

    def group_messages(self) -> list[Seen]:
        return [self._seen(m) for m in self._from_bot() if int(m["channel_id"]) == GUILD.channel_id]

    async def _send(self, name: str, text: str, in_group: bool) -> None:
        user = self._users[name]
        self._begin_step(name)
        if text.startswith("/"):
            command, _sep, args = text[1:].partition(" ")
            guild = GUILD if in_group else None
            await self.fake.slash_command(user, command, options_of(command, args), guild=guild)
        elif in_group:
            # In a server the bot reads only replies to its own messages: answer its newest.
            await self.fake.reply_in_guild(user, GUILD, text, to=self._newest_public())
        else:
            await self.fake.send_dm(user, text)

    def _newest_public(self) -> int:
        public = [s for s in self.group_messages() if s.public]
        assert public, "in a server the bot reads only replies to its own messages"
        return int(str(public[-1].key))

    async def _press(self, name: str, on: Seen, label: str) -> None:
        message = self.fake.messages[int(str(on.key))]
        rows = message.get("components") or []
        custom_id = next(
            c["custom_id"] for row in rows for c in row["components"] if c.get("label") == label
        )
        self._begin_step(name)
        guild = GUILD if on.in_group else None
        await self.fake.press_button(self._users[name], int(message["id"]), custom_id, guild=guild)

    async def _tick(self) -> None:
        await self.deliveries.tick()

    async def _wait_until(self, found: Callable[[], Seen | None]) -> Seen:
        return await self.fake.wait_for(found)

    def _begin_step(self, name: str) -> None:
        self._claim_whispers()
        self._step = (name, max(self.fake.messages, default=0))

    def _claim_whispers(self) -> None:
        """Ephemeral messages made since the current step began belong to its person."""
        if self._step is None:
            return
        name, since = self._step
        for message in self._from_bot():
            key = int(message["id"])
            if key > since and message.get("flags", 0) & EPHEMERAL:
                self._whispers.setdefault(key, name)

    def _from_bot(self) -> list[Json]:
        return [
            m for m in self.fake.messages.values() if m["author"]["id"] == str(self.fake.bot.id)
        ]

    @staticmethod
    def _seen(message: Json) -> Seen:
        parts = [message.get("content") or ""]
        for embed in message.get("embeds") or []:
            parts += [embed.get("title") or "", embed.get("description") or ""]
        labels = tuple(
            c["label"]
            for row in message.get("components") or []
            for c in row["components"]
            if "label" in c and "custom_id" in c
        )
        in_group = int(message["channel_id"]) == GUILD.channel_id
        public = in_group and not message.get("flags", 0) & EPHEMERAL
        return Seen(int(message["id"]), "\n".join(p for p in parts if p), labels, in_group, public)
