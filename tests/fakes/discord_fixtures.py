"""Fixtures for the Discord adapter tests: the fake Discord, a scripted conversation, an adapter.

Import the fixtures by name into a test module (`from tests.fakes.discord_fixtures import ...`).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field

import pytest

from adapters.discord.platform import Backoff, DiscordAdapter
from core.commands import user_commands
from core.messages import Attachment, Button, Command, Event, Reply, Text, Tracked, button_rows
from core.ports import Sent
from tests.fakes.discord_api import FakeDiscord
from tests.fakes.discord_payloads import FakeGuild, FakeUser

TOKEN = "MTAwMDAwMDAwMDAwMDAwMDAx.fake.token-never-to-be-logged"
USER = FakeUser(4_000_000_000_000_001, "sam")
GUILD = FakeGuild()
FAST_BACKOFF = Backoff(first=0.05, factor=2.0, ceiling=0.2)
# A 1x1 transparent PNG, enough for Discord to call it an image.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f9d0000000049454e44ae426082"
)


@dataclass
class FakeConversation:
    """Answers like a small engine: echo, cards with buttons, edits, a chart, a slow path.

    `gate`, when set, holds every answer until the test opens it; `failing` makes `handle`
    raise, the way a bug in the engine would.
    """

    events: list[Event] = field(default_factory=list)
    gone: list[tuple[str, str]] = field(default_factory=list)
    groups_gone: list[tuple[str, str]] = field(default_factory=list)
    gate: asyncio.Event | None = None
    failing: bool = False
    script: dict[str, Callable[[Event], list[Reply]]] = field(default_factory=dict)

    _changed: asyncio.Condition = field(default_factory=asyncio.Condition)

    async def wait_for(
        self,
        predicate: Callable[[], object],
        timeout: float = 5.0,  # noqa: ASYNC109 (a bound every test needs, not a cancel scope)
    ) -> None:
        """Wait until `predicate()` holds, checked each time an event or a goodbye arrives."""
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(predicate), timeout)

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    async def handle(self, event: Event) -> list[Reply]:
        self.events.append(event)
        await self._notify()
        if self.gate is not None:
            await self.gate.wait()
        if self.failing:
            raise RuntimeError("the engine tripped over something")
        key = _key(event)
        if key in self.script:
            return self.script[key](event)
        return _default_replies(event)

    async def recipient_gone(self, platform: str, chat_id: str) -> None:
        self.gone.append((platform, chat_id))
        await self._notify()

    async def group_gone(self, platform: str, chat_id: str) -> None:
        self.groups_gone.append((platform, chat_id))
        await self._notify()

    async def posted(self, platform: str, chat_id: str, tracked: Tracked, sent: Sent) -> None:
        return None


def _key(event: Event) -> str:
    what = event.what
    if isinstance(what, Command):
        return f"/{what.name}"
    if isinstance(what, Button):
        return what.payload
    return "text"


def card_reply(private: bool = True) -> Reply:
    return Reply(
        title="Ask for a locals' discount",
        text="At a café today, ask whether they have a discount for locals.",
        buttons=button_rows([("I asked", "o:12:y"), ("Swap it", "s:12")], [("Rest", "r:12")]),
        private=private,
    )


def _default_replies(event: Event) -> list[Reply]:
    what = event.what
    if isinstance(what, Command) and what.name == "card":
        return [card_reply()]
    if isinstance(what, Command) and what.name == "streak":
        chart = Attachment("streak.png", PNG, "image/png")
        return [Reply(title="Your streak", text="Five days in a row.", attachment=chart)]
    if isinstance(what, Command):
        return [Reply(text=f"/{what.name} {what.args}".strip())]
    if isinstance(what, Button):
        return [Reply(text=f"Recorded {what.payload}", edit=True)]
    if isinstance(what, Text):
        return [Reply(text=f"You said: {what.text}")]
    return []


@pytest.fixture
async def fake_discord() -> AsyncIterator[FakeDiscord]:
    fake = FakeDiscord(guilds=(GUILD,))
    await fake.start()
    yield fake
    await fake.stop()


@pytest.fixture
def conversation() -> FakeConversation:
    return FakeConversation()


def make_adapter(
    fake: FakeDiscord, conversation: FakeConversation, **options: object
) -> DiscordAdapter:
    settings: dict[str, object] = {
        "token": TOKEN,
        "conversation": conversation,
        "commands": user_commands(),
        "api_base_url": fake.api_base_url,
        "login_backoff": FAST_BACKOFF,
        "guild_ready_timeout": 0.05,
        **options,
    }
    return DiscordAdapter(**settings)  # type: ignore[arg-type]


@pytest.fixture
async def adapter(
    fake_discord: FakeDiscord, conversation: FakeConversation
) -> AsyncIterator[DiscordAdapter]:
    bot = make_adapter(fake_discord, conversation)
    await bot.start()
    await asyncio.wait_for(bot.wait_ready(), 5)
    yield bot
    await bot.stop()
