"""The operator's endpoint (METRICS_LISTEN) on 127.0.0.1, with the real Telegram client.

Readiness follows the database, the platform's connection and the age of the last tick;
the metrics count what the tick delivered, what failed and waits, and the 429s, by platform
and kind, and the people using the bot.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from adapters.store.sql_store import SqlStore
from adapters.telegram.platform import TelegramAdapter
from adapters.telegram.rate_limit import SendLimiter
from adapters.telegram.send import classify
from bot.health import DatabaseProbe, Health, HealthServer
from bot.metrics import MeteredSender, Metrics
from bot.watch import DeliveryLog, timed_tick
from core.engine import Deliveries
from core.messages import Reply
from core.ports import Address
from core.ports_inbound import InboundStore
from tests.adapters.conftest import FAST, ScriptedConversation, StartBot
from tests.engine.conftest import START
from tests.fakes.chat import Bot, FixedClock, migrated_sqlite
from tests.fakes.telegram_api import TOKEN, FakeTelegramAPI

PERSON = 4343


class Ticking:
    """A monotonic clock the test moves."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[Bot]:
    url = await migrated_sqlite(tmp_path, tmp_path / "template" / "askanyway.db")
    bot = Bot.build(url, FixedClock(START))
    assert isinstance(bot.store, SqlStore)  # the probe asks the database itself
    await bot.user(str(PERSON), platform="telegram").onboard()
    yield bot
    await bot.store.close()


def _engine(bot: Bot) -> AsyncEngine:
    assert isinstance(bot.store, SqlStore)
    return bot.store.engine


async def _get(port: int, path: str) -> tuple[int, str]:
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"http://127.0.0.1:{port}{path}") as answer,
    ):
        return answer.status, await answer.text()


async def test_readiness_follows_the_platform_the_database_and_the_tick(
    bot: Bot, start_bot: StartBot
) -> None:
    adapter: TelegramAdapter = await start_bot(conversation=bot.engine)
    clock, watch, metrics = Ticking(), DeliveryLog(), Metrics()
    watch.clock = clock
    health = Health(DatabaseProbe(_engine(bot)), lambda: [adapter], watch, 30, metrics)
    health.clock = clock
    server = HealthServer("127.0.0.1", 0, health)
    await server.start()
    try:
        assert (await _get(server.port, "/healthz"))[0] == 200
        status, body = await _get(server.port, "/readyz")
        assert status == 200 and '"telegram": true' in body and '"database": true' in body

        clock.now += 91  # no tick for three intervals (and over 90 s)
        status, body = await _get(server.port, "/readyz")
        assert status == 503 and '"last_tick_seconds_ago": 91.0' in body
        watch.tick_done({}, 0.01)
        assert (await _get(server.port, "/readyz"))[0] == 200

        await adapter.stop()
        status, body = await _get(server.port, "/readyz")
        assert status == 503 and '"telegram": false' in body

        unreachable = create_async_engine("sqlite+aiosqlite:////nonexistent/dir/askanyway.db")
        health.probe = DatabaseProbe(unreachable)
        status, body = await _get(server.port, "/readyz")
        await unreachable.dispose()
        assert status == 503 and '"database": false' in body
        assert (await _get(server.port, "/healthz"))[0] == 200
    finally:
        await server.stop()


async def test_metrics_count_sends_failures_waits_and_people(
    bot: Bot, telegram_api: FakeTelegramAPI, start_bot: StartBot
) -> None:
    metrics = Metrics()
    limiter = SendLimiter(
        FAST,
        classify,
        clock=lambda: bot.clock.now().timestamp(),
        on_flood=lambda seconds: metrics.rate_limited_by("telegram", seconds),
    )
    adapter = await start_bot(conversation=bot.engine, limiter=limiter)
    watch = DeliveryLog(meter=metrics)
    deliveries = Deliveries(
        bot.ctx, MeteredSender(adapter, metrics), platforms=["telegram"], watch=watch
    )
    health = Health(DatabaseProbe(_engine(bot)), lambda: [adapter], watch, 30, metrics)
    server = HealthServer("127.0.0.1", 0, health)
    await server.start()
    try:
        bot.clock.advance(hours=1)
        telegram_api.flood(1, retry_after=90, chat_id=PERSON)
        await timed_tick(deliveries.tick, watch)()
        _status, first = await _get(server.port, "/metrics")
        bot.clock.advance(seconds=91)
        await timed_tick(deliveries.tick, watch)()
        _status, second = await _get(server.port, "/metrics")
    finally:
        await server.stop()

    labels = 'kind="card",outcome="retry",platform="telegram"'
    assert f"askanyway_deliveries_total{{{labels}}} 1.0" in first
    assert 'askanyway_deliveries_waiting{kind="card",platform="telegram"} 1.0' in first
    assert 'askanyway_rate_limited_total{platform="telegram"} 1.0' in first
    assert "askanyway_active_users 1.0" in first
    assert "askanyway_tick_seconds_count 1.0" in first
    sent = 'kind="card",outcome="sent",platform="telegram"'
    assert f"askanyway_deliveries_total{{{sent}}} 1.0" in second
    assert "askanyway_deliveries_waiting{" not in second
    assert 'askanyway_send_seconds_count{platform="telegram"} 2.0' in second
    assert "askanyway_last_tick_timestamp_seconds" in second


async def test_every_429_telegram_answers_is_counted_also_those_waited_out(
    telegram_api: FakeTelegramAPI, start_bot: StartBot
) -> None:
    """The bot's own wiring (bot.platforms), with a short 429 the sender waits out itself."""
    from bot.platforms import Wiring, configured
    from bot.settings import load_settings

    metrics = Metrics()
    settings = load_settings(TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=telegram_api.base_url)
    wiring = Wiring(ScriptedConversation(), _no_inbox, rate_limited=metrics.rate_limited_by)
    [adapter] = [entry.build(settings, wiring) for entry in configured(settings)]
    await adapter.start()
    try:
        telegram_api.flood(1, retry_after=1, chat_id=PERSON)
        await adapter.send(Address("telegram", str(PERSON)), Reply("a card"))
    finally:
        await adapter.stop()
    assert 'askanyway_rate_limited_total{platform="telegram"} 1.0' in metrics.text().decode()
    assert len(telegram_api.sends(PERSON)) == 1


def _no_inbox() -> InboundStore:
    raise AssertionError("polling mode opens no inbox")
