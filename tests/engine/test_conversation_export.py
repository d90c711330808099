"""/export is the person's whole story: every column of every table that holds something
about them, a personal challenge named on its attempts, an ask's pending history, and the
words of the cards and questions the rows point to."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from adapters.store.schema import metadata
from tests.engine.conftest import START
from tests.fakes.chat import Bot, ChatUser, FixedClock, migrated_sqlite


@pytest.fixture
async def sql_bot(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Bot]:
    template = tmp_path_factory.getbasetemp() / "template" / "askanyway.db"
    built = Bot.build(await migrated_sqlite(tmp_path, template), FixedClock(START))
    yield built
    await built.store.close()


async def exported(person: ChatUser) -> dict[str, Any]:
    [reply] = await person.says("/export")
    assert reply.attachment is not None
    document: dict[str, Any] = json.loads(reply.attachment.data)
    return document


async def a_story(bot: Bot) -> ChatUser:
    ana = bot.user()
    await ana.onboard()
    await ana.says("/challenge")
    await ana.taps("30 days")
    await ana.says("/card")
    await ana.taps("30%")
    await ana.taps("6")
    await ana.taps("No")
    await ana.taps("4")
    await ana.taps("3")
    await ana.says("It went fine.")
    await ana.taps("Skip")
    return ana


@pytest.mark.parametrize("which", ["sql", "memory"])
async def test_every_column_of_every_personal_table_is_exported(
    which: str, sql_bot: Bot, bot: Bot
) -> None:
    chosen = sql_bot if which == "sql" else bot
    document = await exported(await a_story(chosen))
    data = document["data"]
    personal = [t for t in metadata.sorted_tables if "user_id" in t.c or t.name == "users"]
    assert set(data) == {t.name for t in personal}
    for table in personal:
        for row in data[table.name]:
            assert set(row) == {c.name for c in table.c}, table.name
    assert data["attempts"] and data["reflections"] and data["users"]


async def test_attempts_name_their_personal_challenge_even_after_it_is_stopped(bot: Bot) -> None:
    ana = await a_story(bot)
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None and user.challenge_start is not None
    await ana.says("/challenge")
    await ana.taps("Stop the challenge")
    [attempt] = (await exported(ana))["data"]["attempts"]
    assert attempt["personal_challenge_start"] == user.challenge_start.isoformat()


async def test_the_export_carries_the_words_its_ids_point_to(bot: Bot) -> None:
    ana = await a_story(bot)
    document = await exported(ana)
    [attempt] = document["data"]["attempts"]
    card = bot.ctx.content.card(attempt["card_id"])
    assert card is not None
    assert document["cards"][attempt["card_id"]] == {"title": card.title, "ask": card.ask}
    [reflection] = document["data"]["reflections"]
    assert reflection["prompt_id"] in document["questions"]
