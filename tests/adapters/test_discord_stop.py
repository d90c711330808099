"""Stopping the Discord adapter: answers already being worked on still reach the person."""

# ruff: noqa: F811 (fixtures are imported by name, then requested as arguments)

from __future__ import annotations

import asyncio

from adapters.discord.platform import DiscordAdapter
from core.messages import Command
from tests.fakes.discord_api import FakeDiscord
from tests.fakes.discord_fixtures import (  # noqa: F401 (fixtures)
    USER,
    FakeConversation,
    adapter,
    conversation,
    fake_discord,
)

ORIGINAL = "/webhooks/{application_id}/{token}/messages/@original"


async def test_a_stop_waits_for_the_answer_the_engine_is_still_working_on(
    adapter: DiscordAdapter, fake_discord: FakeDiscord, conversation: FakeConversation
) -> None:
    conversation.gate = asyncio.Event()  # the engine is slow today
    interaction = await fake_discord.slash_command(USER, "card")
    await conversation.wait_for(lambda: conversation.events)
    assert conversation.events[-1].what == Command("card")

    stopping = asyncio.create_task(adapter.stop())
    for _ in range(10):
        await asyncio.sleep(0)  # let the stop go as far as it can by itself
    assert not stopping.done()
    conversation.gate.set()
    await asyncio.wait_for(stopping, timeout=10)

    answers = [r for r in fake_discord.find("PATCH", ORIGINAL) if interaction.token in r.path]
    assert [r.status for r in answers] == [200]
    assert interaction.original_id is not None
    card = fake_discord.messages[interaction.original_id]
    assert card["embeds"][0]["title"] == "Ask for a locals' discount"


async def test_a_stop_with_nothing_in_hand_does_not_wait(adapter: DiscordAdapter) -> None:
    await asyncio.wait_for(adapter.stop(), timeout=2)
