"""A send that has failed for now is tried again as soon as the platform allows, and says so.

Through the real Telegram client and the fake Bot API: a 429 asking for 90 s (longer than the
sender holds a message) and a connection that keeps dropping both end the send at once. The
delivery's claim is released then, not left to run out its 5-minute lease, so the card goes
out when Telegram allows (90 s; 30 s after network trouble), exactly once; and the log says
what failed, how long Telegram asked to wait and when the retry comes, never the card's text.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest

from adapters.telegram.application import SEND_TIMEOUT_SECONDS
from adapters.telegram.platform import TelegramAdapter
from adapters.telegram.rate_limit import SendLimiter
from adapters.telegram.send import classify
from bot.watch import DeliveryLog, timed_tick
from core.engine import Deliveries
from core.engine.schedules import MORNING_CARD
from core.telemetry import Ended
from tests.adapters.conftest import FAST, StartBot
from tests.engine.conftest import START
from tests.fakes.chat import Bot, FixedClock, migrated_sqlite
from tests.fakes.telegram_api import FakeTelegramAPI

PERSON = 4242


class Recorder(DeliveryLog):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[Ended] = []

    def ended(self, ended: Ended) -> None:
        self.seen.append(ended)
        super().ended(ended)


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[Bot]:
    url = await migrated_sqlite(tmp_path, tmp_path / "template" / "askanyway.db")
    bot = Bot.build(url, FixedClock(START))
    await bot.user(str(PERSON), platform="telegram").onboard()
    yield bot
    await bot.store.close()


async def _ready(bot: Bot, start_bot: StartBot) -> tuple[TelegramAdapter, Deliveries, Recorder]:
    """The adapter's sender keeps the bot's clock, so a pause Telegram asks for ends when
    the test moves that clock on."""

    async def sleep(seconds: float) -> None:
        bot.clock.advance(seconds=seconds)
        await asyncio.sleep(0)

    limiter = SendLimiter(FAST, classify, clock=lambda: bot.clock.now().timestamp(), sleep=sleep)
    adapter = await start_bot(conversation=bot.engine, limiter=limiter)
    watch = Recorder()
    deliveries = Deliveries(bot.ctx, adapter, platforms=["telegram"], watch=watch)
    bot.clock.advance(hours=1)  # 08:00 in London: the morning card is due
    return adapter, deliveries, watch


def _cards(api: FakeTelegramAPI) -> list[str]:
    return [r.text for r in api.sends(PERSON) if r.status == 200 and r.method == "sendMessage"]


async def _schedule(bot: Bot, kind: str) -> object:
    user = await bot.store.user_by_identity("telegram", str(PERSON))
    assert user is not None
    return (await bot.store.user_schedules.scheduled(user.id)).get(kind)


async def test_a_long_429_releases_the_claim_and_the_card_comes_when_telegram_allows(
    bot: Bot, telegram_api: FakeTelegramAPI, start_bot: StartBot, caplog
) -> None:
    _adapter, deliveries, watch = await _ready(bot, start_bot)
    tick = timed_tick(deliveries.tick, watch)
    before = len(_cards(telegram_api))
    telegram_api.flood(1, retry_after=90, chat_id=PERSON)
    caplog.set_level(logging.DEBUG, logger="bot")

    assert await tick() == {"retry": 1}
    now = bot.clock.now()
    assert await _schedule(bot, MORNING_CARD) == now + timedelta(seconds=90)
    [failed] = watch.seen
    assert (failed.platform, failed.kind, failed.outcome) == ("telegram", MORNING_CARD, "retry")
    assert (failed.retry_after, failed.error) == (90, "RetryAfter")
    [summary] = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert "1 deliveries failed and wait for a retry (1 card on telegram" in summary.message
    assert "asked to wait up to 90 s" in summary.message
    assert f"retries from {(now + timedelta(seconds=90)):%H:%M:%S} UTC" in summary.message

    bot.clock.advance(seconds=60)
    assert await tick() == {}, "Telegram asked for 90 s"
    bot.clock.advance(seconds=31)
    assert await tick() == {"sent": 1}
    sent = _cards(telegram_api)[before:]
    assert len(sent) == 1
    assert all(text.split("\n")[0] not in caplog.text for text in sent)


async def test_a_connection_that_keeps_dropping_is_retried_thirty_seconds_later(
    bot: Bot, telegram_api: FakeTelegramAPI, start_bot: StartBot
) -> None:
    _adapter, deliveries, watch = await _ready(bot, start_bot)
    before = len(_cards(telegram_api))
    telegram_api.drop(4, method="sendMessage")  # the first try and all three retries

    assert await deliveries.tick() == {"retry": 1}
    assert await _schedule(bot, MORNING_CARD) == bot.clock.now() + timedelta(seconds=30)
    assert watch.seen[0].retry_after is None and watch.seen[0].error == "NetworkError"
    bot.clock.advance(seconds=30)
    assert await deliveries.tick() == {"sent": 1}
    assert len(_cards(telegram_api)[before:]) == 1


def test_a_slow_answer_is_waited_for_rather_than_sent_again() -> None:
    """Five answers that took 7 s once made five duplicate cards (the library waits 5 s)."""
    assert SEND_TIMEOUT_SECONDS >= 30
