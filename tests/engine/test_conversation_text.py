"""What a person writes comes back exactly: through the engine, the store, /export and every
adapter's rendering (emoji sequences, Persian with its non-joiners, Hindi, Arabic)."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from adapters.console.platform import ConsoleAdapter
from adapters.discord.render import render as discord_render
from adapters.telegram.render import render_parts
from core.messages import Reply
from tests.core.test_text_kept import MEANT
from tests.engine.test_practice import onboarded, record
from tests.fakes.chat import Bot

WRITTEN = [text for text in MEANT if not text.startswith("\u2067")]


async def test_reflections_keep_every_character_through_the_store_and_export(bot: Bot) -> None:
    ana = await onboarded(bot)
    await record(ana)
    await ana.says(WRITTEN[0] + " " + WRITTEN[5])
    await ana.says(" ".join(WRITTEN[1:5] + WRITTEN[6:]))
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None
    stored = [r.text for r in await bot.store.reflections(user.id)]
    assert stored == [WRITTEN[0] + " " + WRITTEN[5], " ".join(WRITTEN[1:5] + WRITTEN[6:])]
    [reply] = await ana.says("/export")
    assert reply.attachment is not None
    exported = json.loads(reply.attachment.data)["data"]
    assert [r["text"] for r in exported["reflections"]] == stored


@pytest.mark.parametrize("text", WRITTEN)
def test_telegram_renders_the_text_unchanged(text: str) -> None:
    assert render_parts(Reply(text)) == [text.replace("&", "&amp;")]


@pytest.mark.parametrize("text", WRITTEN)
def test_discord_renders_the_text_unchanged(text: str) -> None:
    [part] = discord_render(Reply(text))
    assert part.content == text
    [titled] = discord_render(Reply(text, title="A moment to reflect"))
    assert titled.embed is not None and titled.embed.description == text


@pytest.mark.parametrize("text", WRITTEN)
def test_the_console_prints_the_text_unchanged(text: str, tmp_path: Path) -> None:
    out = io.StringIO()

    async def nothing(*_args: object) -> None:
        return None

    console = ConsoleAdapter(
        None,  # type: ignore[arg-type]  # rendering needs no conversation
        stdin=io.StringIO(),
        stdout=out,
        files_dir=tmp_path,
        clock_now=lambda: datetime(2026, 3, 2, tzinfo=UTC),
        on_wait=nothing,
    )
    console._render([Reply(text)])
    assert text in out.getvalue().splitlines()
