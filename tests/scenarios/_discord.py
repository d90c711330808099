"""People on the fake Discord, for the tests that run `askanyway run` as a process.

A `Member` uses slash commands, presses buttons and writes direct messages through
`FakeDiscord`, and waits for a bot message, new or edited, that shows what they expect.
Messages are read as the fake holds them now, so an edit in place shows as the same message
with new content, and an ephemeral one carries the ephemeral flag.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.fakes.discord_api import FakeDiscord
from tests.fakes.discord_fixtures import TOKEN
from tests.fakes.discord_payloads import (
    EPHEMERAL,
    LOADING,
    FakeGuild,
    FakeInteraction,
    FakeUser,
    Json,
)
from tests.scenarios._process import base_env

WAIT_SECONDS = 20.0
SECRET_PARTS = (TOKEN, *TOKEN.split("."))


def discord_env(fake: FakeDiscord, tmp_path: Path) -> dict[str, str]:
    return base_env(
        tmp_path,
        DISCORD_BOT_TOKEN=TOKEN,
        DISCORD_API_BASE_URL=fake.api_base_url,
        DISCORD_GATEWAY_URL=fake.gateway_url,
    )


def text_of(message: Json) -> str:
    """Everything a person reads in a message: its content, and each embed's title and text."""
    parts = [str(message.get("content") or "")]
    for embed in message.get("embeds") or []:
        parts += [str(embed.get("title") or ""), str(embed.get("description") or "")]
    return "\n".join(part for part in parts if part)


def labels(message: Json) -> list[list[str]]:
    return [[str(b.get("label")) for b in row["components"]] for row in message["components"]]


def is_ephemeral(message: Json) -> bool:
    return bool(int(message.get("flags") or 0) & EPHEMERAL)


class Member:
    def __init__(self, fake: FakeDiscord, user: FakeUser) -> None:
        self.fake = fake
        self.user = user
        self.interactions: list[FakeInteraction] = []

    @property
    def dm(self) -> int:
        return self.fake.dm_channel_of(self.user.id)

    def bot_messages(self, channel: int | None = None) -> list[Json]:
        """What the bot shows in `channel` (default: this person's direct messages) now."""
        bot_id = str(self.fake.bot.id)
        messages = self.fake.messages_in(channel or self.dm)
        return [m for m in messages if m["author"]["id"] == bot_id]

    def _snapshot(self, channel: int) -> dict[str, str]:
        return {m["id"]: json.dumps(m, sort_keys=True) for m in self.bot_messages(channel)}

    async def _shows(self, before: dict[str, str], channel: int, expecting: str) -> Json:
        def news() -> Json | None:
            for message in self.bot_messages(channel):
                fresh = before.get(message["id"]) != json.dumps(message, sort_keys=True)
                loading = int(message.get("flags") or 0) & LOADING
                if fresh and not loading and expecting in text_of(message):
                    return message
            return None

        return await self.fake.wait_for(news, timeout=WAIT_SECONDS)

    async def sees(self, expecting: str, *, since: dict[str, str] | None = None) -> Json:
        """A bot message in the DMs, new or changed since `since`, that shows `expecting`."""
        return await self._shows(since or {}, self.dm, expecting)

    def looks(self) -> dict[str, str]:
        """What the DMs show now, to wait for something new with `sees(since=...)`."""
        return self._snapshot(self.dm)

    async def uses(
        self,
        command: str,
        expecting: str,
        options: dict[str, str] | None = None,
        *,
        guild: FakeGuild | None = None,
    ) -> Json:
        channel = guild.channel_id if guild else self.dm
        before = self._snapshot(channel)
        interaction = await self.fake.slash_command(self.user, command, options, guild=guild)
        self.interactions.append(interaction)
        return await self._shows(before, channel, expecting)

    async def taps(self, message: Json, label: str, expecting: str) -> Json:
        """Press `label` on `message` as it shows now, and wait for the answer."""
        current = self.fake.messages[int(message["id"])]
        buttons = [b for row in current["components"] for b in row["components"]]
        found = [b["custom_id"] for b in buttons if b.get("label") == label]
        assert found, f"no {label!r} on the message; it shows {labels(current)}"
        before = self._snapshot(self.dm)
        press = await self.fake.press_button(self.user, int(message["id"]), found[0])
        self.interactions.append(press)
        return await self._shows(before, self.dm, expecting)

    async def writes(self, text: str, expecting: str) -> Json:
        """A direct message to the bot."""
        before = self._snapshot(self.dm)
        await self.fake.send_dm(self.user, text)
        return await self._shows(before, self.dm, expecting)
