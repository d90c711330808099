"""Fixtures for the adapter tests: the fake Telegram Bot API and a scripted conversation.

The Telegram tests run the real python-telegram-bot `Application` against
`FakeTelegramAPI` on 127.0.0.1; the engine is replaced by `ScriptedConversation`,
which answers a few fixed phrases the way the engine might.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest

from adapters.telegram.platform import TelegramAdapter
from adapters.telegram.rate_limit import TelegramLimits
from core.commands import user_commands
from core.messages import (
    Attachment,
    Button,
    Command,
    Event,
    Location,
    Reply,
    Text,
    Tracked,
    button_rows,
)
from core.ports import Sent
from tests.fakes.telegram_api import TOKEN, FakeTelegramAPI

# A few bytes that start like a PNG: enough for the fake, which checks the signature.
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
# Limits so generous that only tests about limits see any waiting.
FAST = TelegramLimits(
    per_chat_per_second=10_000,
    per_group_per_minute=10_000,
    overall_per_second=10_000,
    backoff_seconds=0.01,
)


class ScriptedConversation:
    """Stands in for the engine; records what the adapter told it."""

    def __init__(self) -> None:
        self.events: list[Event] = []
        self.gone: list[tuple[str, str]] = []
        self.groups_gone: list[tuple[str, str]] = []
        self.posts: list[tuple[str, Tracked, Sent]] = []
        self.answer: Callable[[Event], list[Reply]] = scripted_answer

    async def handle(self, event: Event) -> list[Reply]:
        self.events.append(event)
        await asyncio.sleep(0)
        return self.answer(event)

    async def recipient_gone(self, platform: str, chat_id: str) -> None:
        self.gone.append((platform, chat_id))

    async def group_gone(self, platform: str, chat_id: str) -> None:
        self.groups_gone.append((platform, chat_id))

    async def posted(self, platform: str, chat_id: str, tracked: Tracked, sent: Sent) -> None:
        self.posts.append((chat_id, tracked, sent))


def scripted_answer(event: Event) -> list[Reply]:
    what = event.what
    if isinstance(what, Command):
        return [Reply(f"command {what.name} {what.args}".strip(), private=False)]
    if isinstance(what, Button):
        return [
            Reply(
                f"You chose {what.payload}",
                title="Saved",
                buttons=button_rows([("Undo", "undo")]),
                edit=True,
                notice="Noted",
            )
        ]
    if isinstance(what, Location):
        return [Reply(f"located at {what.latitude:.2f},{what.longitude:.2f}")]
    assert isinstance(what, Text)
    return _answer_text(what.text)


def _answer_text(text: str) -> list[Reply]:
    if text == "boom":
        raise RuntimeError("the engine tripped over something")
    if text == "buttons":
        rows = button_rows([("Yes", "o:1:y"), ("No", "o:1:n")], [("Not today", "o:1:s")])
        return [Reply("Did you ask?", title="Today's card", buttons=rows, private=False)]
    if text == "private":
        return [
            Reply("Your mood log says 3/5", private=True),
            Reply("Someone in here practised today", private=False),
        ]
    if text == "chart":
        picture = Attachment("week.png", PNG, "image/png")
        return [Reply("Your week", title="Predicted and actual", attachment=picture)]
    if text == "export":
        data = Attachment("askanyway-export.json", b'{"attempts": []}', "application/json")
        return [Reply("Everything the bot keeps about you", attachment=data)]
    return [Reply(f"echo: {text}")]


StartBot = Callable[..., Awaitable[TelegramAdapter]]


@pytest.fixture
async def telegram_api() -> AsyncIterator[FakeTelegramAPI]:
    async with FakeTelegramAPI() as api:
        yield api


@pytest.fixture
def conversation() -> ScriptedConversation:
    return ScriptedConversation()


@pytest.fixture
async def start_bot(
    telegram_api: FakeTelegramAPI, conversation: ScriptedConversation
) -> AsyncIterator[StartBot]:
    """Start an adapter against the fake (fast limits unless told otherwise); stops it after."""
    started: list[TelegramAdapter] = []

    async def start(**overrides: Any) -> TelegramAdapter:
        options: dict[str, Any] = {
            "token": TOKEN,
            "base_url": telegram_api.base_url,
            "conversation": conversation,
            "commands": user_commands(),
            "limits": FAST,
        }
        options.update(overrides)
        adapter = TelegramAdapter(**options)
        await adapter.start()
        started.append(adapter)
        return adapter

    yield start
    for adapter in reversed(started):
        await adapter.stop()


@pytest.fixture
async def telegram_bot(start_bot: StartBot) -> TelegramAdapter:
    return await start_bot()
