"""The crisis-care tests' bot: the shipped content with a screener that knows a few
possible-risk phrases, and helpers that read like the chat.

Unlike the other engine tests these run over SQLite: a held text must survive a restart
and show in /export as the real store keeps it, so the real store is what they use.

The shipped screener decides for itself what is possible risk; these tests are about
what the conversation does with each tier, so they name the tier of their phrases.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path
from typing import cast

import pytest

from core.care import Risk, Screener, Screening
from core.messages import Reply
from core.model import User
from core.safety import CrisisKind
from tests.engine.conftest import START
from tests.fakes.chat import Bot, ChatUser, FixedClock, migrated_sqlite, shipped_content

POSSIBLE = "i can't do this anymore, i just want to disappear"
"""A message this screener calls possible risk (of suicide)."""
POSSIBLE_HARM = "thinking about the lighter again"
"""Possible risk of self-harm."""


class PhraseScreener:
    """The shipped rules for clear risk, and the phrases above for possible risk."""

    def __init__(self) -> None:
        self.rules = Screener.rules_only()

    def screen(self, text: str) -> Screening | None:
        if "just want to disappear" in text.lower():
            return Screening(Risk.POSSIBLE, CrisisKind.SUICIDE)
        if "lighter again" in text.lower():
            return Screening(Risk.POSSIBLE, CrisisKind.SELF_HARM)
        return self.rules.screen(text)


@pytest.fixture
async def bot(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Bot]:
    template = tmp_path_factory.getbasetemp() / "template" / "askanyway.db"
    url = await migrated_sqlite(tmp_path, template)
    content = replace(shipped_content(), screener=cast(Screener, PhraseScreener()))
    built = Bot.build(url, FixedClock(START), content=content)
    yield built
    await built.store.close()


async def stored(bot: Bot, user_id: str = "1001") -> User:
    user = await bot.store.user_by_identity("test", user_id)
    assert user is not None
    return user


async def to_timezone_question(person: ChatUser) -> None:
    await person.says("/start")
    await person.taps("Yes, let's start")
    await person.taps(f"I'm {person.bot.ctx.config.minimum_age} or older")


def texts(replies: list[Reply]) -> str:
    return "\n".join(reply.text for reply in replies)


def labels(replies: list[Reply]) -> list[str]:
    return [button.label for reply in replies for row in reply.buttons for button in row]
