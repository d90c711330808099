"""Crisis care on Telegram: the real python-telegram-bot client, engine and store.

A crisis at the time-zone question, a country asked and answered, a crisis written as a
reflection, one written in a group (answered only in private), and the check-in's three
answers. The screener is the shipped rules plus a few phrases named as possible risk.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import cast

import pytest

from adapters.telegram.platform import TelegramAdapter
from core.care import Screener
from core.commands import user_commands
from core.model import UserStatus
from tests.adapters.conftest import FAST
from tests.engine.care.conftest import POSSIBLE, PhraseScreener
from tests.engine.conftest import START
from tests.fakes.chat import Bot, FixedClock, migrated_sqlite, shipped_content
from tests.fakes.telegram_api import TOKEN, ApiRequest, FakeTelegramAPI
from tests.fakes.telegram_html import check_html

ANA, BEN, CY, DEE = 301, 302, 303, 304
GROUP = -100900


@dataclass
class Chat:
    api: FakeTelegramAPI
    bot: Bot

    def seen(self, chat: int) -> list[ApiRequest]:
        return self.api.sends(chat)

    async def answers(self, chat: int, before: int, count: int = 1) -> list[ApiRequest]:
        await self.api.wait_for(lambda _: len(self.seen(chat)) >= before + count)
        return self.seen(chat)[before:]

    async def says(self, uid: int, text: str, count: int = 1) -> list[ApiRequest]:
        before = len(self.seen(uid))
        self.api.user_sends_text(uid, text)
        return await self.answers(uid, before, count)

    async def press(self, uid: int, on: ApiRequest, label: str, count: int = 1) -> list[ApiRequest]:
        before = len(self.seen(uid))
        assert on.message_id is not None
        message = self.api.messages[(str(uid), on.message_id)]
        rows = message.get("reply_markup", {}).get("inline_keyboard", [])
        data = [b["callback_data"] for row in rows for b in row if b["text"] == label]
        assert data, f"no {label!r} in {[b['text'] for row in rows for b in row]}"
        self.api.user_presses(uid, on.message_id, data[0])
        return await self.answers(uid, before, count)

    async def stored_status(self, uid: int) -> UserStatus:
        user = await self.bot.store.user_by_identity("telegram", str(uid))
        assert user is not None
        return user.status


def text(requests: list[ApiRequest]) -> str:
    return "\n".join(check_html(r.text) for r in requests)


@pytest.fixture
async def chat(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Chat]:
    template = tmp_path_factory.getbasetemp() / "template" / "askanyway.db"
    url = await migrated_sqlite(tmp_path, template)
    content = replace(shipped_content(), screener=cast(Screener, PhraseScreener()))
    bot = Bot.build(url, FixedClock(START), content=content)
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
            yield Chat(api, bot)
        finally:
            await adapter.stop()
            await bot.store.close()


async def at_a_reflection(chat: Chat, uid: int) -> None:
    """Set up and a card recorded through the engine; the reflection question is open."""
    person = chat.bot.user(str(uid), platform="telegram")
    await person.onboard()
    for step in ("/card", "Skip the guesses", "No", "5", "2"):
        await (person.says(step) if step == "/card" else person.taps(step))
    assert person.last[-1].title == "A moment to reflect"


async def test_a_crisis_at_the_time_zone_question_on_telegram(chat: Chat) -> None:
    [welcome] = await chat.says(ANA, "/start")
    *_thanks, age = await chat.press(ANA, welcome, "Yes, let's start", count=2)
    await chat.press(ANA, age, "I'm 18 or older", count=2)
    crisis, country = await chat.says(ANA, "I want to kill myself", count=2)
    assert "findahelpline.com" in check_html(crisis.text)
    assert "your local emergency number" in check_html(crisis.text)
    [lines] = await chat.press(ANA, country, "Japan")
    assert lines.method == "editMessageText" and "0570-783-556" in check_html(lines.text)
    replies = await chat.press(ANA, crisis, "I'm ready to carry on", count=2)
    assert "Which time zone are you in?" in text(replies)
    replies = await chat.says(ANA, "London", count=2)
    assert "Got it: Europe/London" in text(replies)
    assert await chat.stored_status(ANA) is UserStatus.ONBOARDING


async def test_a_crisis_written_as_a_reflection_on_telegram(chat: Chat) -> None:
    await at_a_reflection(chat, BEN)
    [crisis] = await chat.says(BEN, "i want to end my life")
    assert "116 123" in check_html(crisis.text)
    assert await chat.stored_status(BEN) is UserStatus.PAUSED


async def test_a_crisis_in_a_group_is_answered_only_in_private(chat: Chat) -> None:
    await chat.bot.user(str(CY), platform="telegram").onboard()
    card = chat.api.sent_earlier(GROUP, "Day 3 of 30: ask for a discount")
    before = len(chat.seen(CY))
    chat.api.group_message(GROUP, CY, "i want to kill myself", reply_to_message_id=card)
    [crisis] = await chat.answers(CY, before)
    assert "116 123" in check_html(crisis.text)
    assert chat.seen(GROUP) == []


@pytest.mark.parametrize(
    ("answer", "then", "status"),
    [
        ("Yes", "116 123", UserStatus.PAUSED),
        ("Not right now, but things are hard", "no card you need to do today", UserStatus.ACTIVE),
        ("No, I'm okay", "Let's carry on", UserStatus.ACTIVE),
    ],
)
async def test_the_check_in_and_its_three_answers_on_telegram(
    chat: Chat, answer: str, then: str, status: UserStatus
) -> None:
    await at_a_reflection(chat, DEE)
    [asked] = await chat.says(DEE, POSSIBLE)
    assert "thoughts of ending your life, or of hurting yourself" in check_html(asked.text)
    replies = await chat.press(DEE, asked, answer)
    assert then in text(replies)
    assert await chat.stored_status(DEE) is status
