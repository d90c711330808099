"""Names and titles from a platform are cleaned like typed text, on SQLite and PostgreSQL.

A Telegram group whose title holds a NUL byte and a lone surrogate (both possible in the
Bot API's JSON), and an admin whose name holds them too, start and play a challenge through
the real client: nothing breaks, and the store keeps the names without those characters.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from adapters.telegram.platform import TelegramAdapter
from core.commands import user_commands
from core.engine import Deliveries
from tests import postgres
from tests.adapters.conftest import FAST
from tests.adapters.test_telegram_groups import Stage
from tests.engine.conftest import START
from tests.fakes import telegram_updates as tg
from tests.fakes.chat import Bot, FixedClock, migrated_sqlite
from tests.fakes.telegram_api import TOKEN, FakeTelegramAPI
from tests.fakes.telegram_html import check_html

GROUP = -100777
ANA = 301
TITLE = "Night\x00 owls \ud800club"
NAME = "An\x00a\udfff"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
async def database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgres":
        from adapters.store.migrate import upgrade

        url = await postgres.new_database()
        await upgrade(url)
        return url
    return await migrated_sqlite(tmp_path, tmp_path / "template" / "askanyway.db")


@pytest.fixture
async def stage(database: str, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Stage]:
    plain_chat, plain_user = tg.chat, tg.user

    def chat(chat_id: int, first_name: str = "") -> dict[str, Any]:
        found = plain_chat(chat_id, first_name)
        return {**found, "title": TITLE} if chat_id == GROUP else found

    def user(user_id: int, first_name: str = "", *, is_bot: bool = False) -> dict[str, Any]:
        return plain_user(user_id, NAME if user_id == ANA else first_name, is_bot=is_bot)

    monkeypatch.setattr(tg, "chat", chat)
    monkeypatch.setattr(tg, "user", user)
    bot = Bot.build(database, FixedClock(START))
    await bot.user(str(ANA), platform="telegram").onboard()
    async with FakeTelegramAPI() as api:
        adapter = TelegramAdapter(
            token=TOKEN,
            base_url=api.base_url,
            conversation=bot.engine,
            commands=user_commands(),
            limits=FAST,
        )
        await adapter.start()
        try:
            yield Stage(api, bot, adapter, Deliveries(bot.ctx, adapter))
        finally:
            await adapter.stop()
            await bot.store.close()


async def test_a_nul_and_a_lone_surrogate_in_a_title_and_a_name_break_nothing(
    stage: Stage,
) -> None:
    stage.api.make_admin(GROUP, ANA)
    [announced] = await stage.command(ANA, "challenge_start", GROUP, args="days 7")
    assert "A 7-day challenge starts tomorrow!" in check_html(announced.text)
    [welcome] = await stage.press(ANA, announced, "I'm in", GROUP, answers_in=ANA)
    assert "You're in Night owls club's 7-day challenge" in check_html(welcome.text)
    stage.bot.clock.advance(hours=25)
    before = len(stage.seen(GROUP))
    await stage.deliveries.tick()
    [card] = await stage.more(GROUP, before)
    await stage.press(ANA, card, "No", GROUP, answers_in=ANA)
    [board] = await stage.command(ANA, "board", GROUP)
    assert "Day 1 of 7. 1 member." in check_html(board.text)

    group = await stage.bot.store.group_by_chat("telegram", str(GROUP))
    assert group is not None and group.title == "Night owls club"
    challenge = await stage.bot.store.current_challenge(group.id)
    assert challenge is not None
    members = await stage.bot.store.members(challenge.id)
    assert [m.display_name for m in members] == ["Ana"]
