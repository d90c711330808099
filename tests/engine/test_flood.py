"""Flood control through the engine: one warning, then silence without work, per person."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from core.engine import Engine
from core.messages import Event, Text, Where, Who
from core.model import UserStatus
from tests.fakes.chat import Bot, ChatUser

LIMIT = 30  # the documented default: 30 messages in 60 seconds


class CountingStore:
    """The real store, counting every call the engine makes to it."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.calls = 0

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self.inner, name)
        if not callable(attribute):
            return attribute

        def counted(*args: Any, **kwargs: Any) -> Any:
            self.calls += 1
            return attribute(*args, **kwargs)

        return counted


def counting_engine(bot: Bot) -> tuple[Engine, CountingStore]:
    store = CountingStore(bot.store)
    return Engine(replace(bot.ctx, store=store)), store


async def onboarded(bot: Bot, user_id: str) -> ChatUser:
    person = bot.user(user_id)
    await person.onboard()
    bot.clock.advance(minutes=5)  # onboarding's own messages leave the window
    return person


def text_from(user_id: str, text: str) -> Event:
    return Event(Who("test", user_id), Where(user_id), Text(text))


async def test_the_default_limit_is_thirty_messages_a_minute(bot: Bot) -> None:
    assert bot.ctx.config.flood.messages == LIMIT
    assert bot.ctx.config.flood.window.total_seconds() == 60


async def test_one_polite_warning_then_the_rest_is_dropped_without_touching_the_store(
    bot: Bot,
) -> None:
    await onboarded(bot, "1001")
    engine, store = counting_engine(bot)
    answered = []
    for _n in range(LIMIT):
        answered.append(await engine.handle(text_from("1001", "hello")))
        bot.clock.advance(seconds=1)
    assert all(replies for replies in answered)

    [warning] = await engine.handle(text_from("1001", "hello"))
    assert "a lot of messages" in warning.text and warning.notice
    before = store.calls
    for _n in range(20):
        assert await engine.handle(text_from("1001", "hello")) == []
    assert store.calls == before


async def test_another_person_is_answered_while_one_floods(bot: Bot) -> None:
    ana = await onboarded(bot, "1001")
    ben = await onboarded(bot, "2002")
    for _n in range(LIMIT + 5):
        await ana.says("/streak")
    assert ana.last == []
    replies = await ben.says("/streak")
    assert "Current streak" in replies[0].text


async def test_once_the_window_clears_the_person_is_answered_again(bot: Bot) -> None:
    ana = await onboarded(bot, "1001")
    for _n in range(LIMIT + 3):
        await ana.says("/streak")
    assert ana.last == []
    bot.clock.advance(seconds=61)
    replies = await ana.says("/streak")
    assert "Current streak" in replies[0].text


async def test_crisis_words_get_the_resources_even_mid_flood(bot: Bot) -> None:
    ana = await onboarded(bot, "1001")
    for _n in range(LIMIT + 3):
        await ana.says("/streak")
    assert ana.last == []
    replies = await ana.says("i want to kill myself")
    assert len(replies) == 1 and "116 123" in replies[0].text  # Samaritans, in London
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None and user.status is UserStatus.PAUSED


async def test_the_same_id_on_another_platform_is_someone_else(bot: Bot) -> None:
    ana = await onboarded(bot, "1001")
    for _n in range(LIMIT + 3):
        await ana.says("/streak")
    elsewhere = ChatUser(bot, Who("other", "1001"), Where("1001"))
    replies = await elsewhere.says("/start")
    assert "not therapy" in replies[0].text
