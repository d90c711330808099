"""The composition root: settings in, a running bot out.

It builds the store, the content, the engine, the platform adapters and the
scheduler, starts them in that order under one asyncio loop, and stops them in
reverse (scheduler, adapters, database) on SIGINT, SIGTERM or the end of console
input. Importing this module does nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import signal
import sys
from contextlib import AsyncExitStack
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from adapters.charts.progress import MatplotlibCharts
from adapters.clocks import SystemClock, VirtualClock
from adapters.console.platform import ConsoleAdapter
from adapters.geo.places import OfflinePlaces
from adapters.store.migrate import upgrade
from adapters.store.sql_store import SqlStore
from bot.content import load_content
from bot.logs import configure_logging
from bot.routing import PlatformRouter
from bot.scheduler import Ticking
from bot.settings import Settings, split_listen
from core.commands import user_commands
from core.engine import Ctx, Deliveries, Engine, EngineConfig
from core.ports import Clock

if TYPE_CHECKING:  # imported when used: webhook mode needs aiohttp
    from adapters.telegram.webhook import TelegramWebhook

log = logging.getLogger(__name__)
TOKEN_HINT = (
    "No TELEGRAM_BOT_TOKEN or DISCORD_BOT_TOKEN is set, so this is the console chat. "
    "Put a token in .env (see .env.example and the README) to run on Telegram or Discord."
)


@dataclass(frozen=True, slots=True)
class ConsoleOptions:
    start: datetime | None = None
    files_dir: Path = Path("var/console")


@dataclass(slots=True)
class Parts:
    """Everything a running bot is made of, for the lifecycle below and for tests."""

    store: SqlStore
    clock: Clock
    engine: Engine
    deliveries: Deliveries
    router: PlatformRouter


def build(settings: Settings, clock: Clock, platforms: list[str]) -> Parts:
    """Wire the parts; each platform in `platforms` gets its own delivery queue."""
    store = SqlStore.from_url(settings.database_url)
    ctx = Ctx(
        store,
        clock,
        OfflinePlaces(),
        load_content(),
        EngineConfig(minimum_age=settings.minimum_age),
        MatplotlibCharts(),
    )
    router = PlatformRouter({})
    deliveries = Deliveries(ctx, router, platforms=platforms)
    return Parts(store, clock, Engine(ctx), deliveries, router)


def _secrets(settings: Settings) -> list[str]:
    tokens = (
        settings.telegram_bot_token,
        settings.discord_bot_token,
        settings.telegram_webhook_secret,
    )
    return [t.get_secret_value() for t in tokens if t is not None]


def _telegram_webhook(settings: Settings, store: SqlStore) -> TelegramWebhook | None:
    """Webhook mode when TELEGRAM_WEBHOOK_URL is set; its inbox shares the store's database."""
    if settings.telegram_webhook_url is None:
        return None
    from adapters.store.inbound import InboundUpdates
    from adapters.telegram.webhook import TelegramWebhook, WebhookOptions

    host, port = split_listen(settings.telegram_webhook_listen)
    secret = settings.telegram_webhook_secret
    options = WebhookOptions(
        url=settings.telegram_webhook_url,
        host=host,
        port=port,
        secret=secret.get_secret_value() if secret is not None else None,
    )
    return TelegramWebhook(options, InboundUpdates(store.engine))


def _platform_adapters(settings: Settings, parts: Parts) -> list[Any]:
    adapters: list[Any] = []
    if settings.telegram_bot_token is not None:
        from adapters.telegram.platform import TelegramAdapter

        adapters.append(
            TelegramAdapter(
                token=settings.telegram_bot_token.get_secret_value(),
                base_url=settings.telegram_api_base_url,
                conversation=parts.engine,
                commands=user_commands(),
                webhook=_telegram_webhook(settings, parts.store),
            )
        )
    if settings.discord_bot_token is not None:
        from adapters.discord.platform import DiscordAdapter

        adapters.append(
            DiscordAdapter(
                token=settings.discord_bot_token.get_secret_value(),
                conversation=parts.engine,
                commands=user_commands(),
                api_base_url=settings.discord_api_base_url,
                gateway_url=settings.discord_gateway_url,
                sharded=settings.discord_sharded,
                admin_roles=settings.challenge_roles,
            )
        )
    return adapters


def _stop_on_signals(stop: asyncio.Event) -> None:
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):  # not on every OS
            loop.add_signal_handler(sig, stop.set)


async def serve(settings: Settings, console: ConsoleOptions | None = None) -> None:
    """Run until a signal arrives (platforms) or the console input ends."""
    configure_logging(settings.log_level, _secrets(settings))
    await upgrade(settings.database_url)
    clock: Clock = VirtualClock(console.start or SystemClock().now()) if console else SystemClock()
    parts = build(settings, clock, ["console"] if console else settings.platforms)
    stop = asyncio.Event()
    _stop_on_signals(stop)
    async with AsyncExitStack() as stack:
        stack.push_async_callback(parts.store.close)
        for adapter in _platform_adapters(settings, parts) if not console else []:
            await adapter.start()
            stack.push_async_callback(adapter.stop)
            parts.router.add(adapter.platform, adapter)
            log.info("%s is running", adapter.platform)
        console_task = None
        if console is not None:
            console_task = _start_console(parts, console, stop)
        freeze_startup_objects()
        ticking = Ticking(parts.deliveries.tick, settings.tick_seconds)
        ticking.start()
        stack.push_async_callback(ticking.stop)  # a tick in progress finishes first
        log.info("ticking every %s s", settings.tick_seconds)
        await stop.wait()
        if console_task is not None:
            console_task.cancel()


def freeze_startup_objects() -> None:
    """Exempt what start-up made (modules, the schema, the deck, the clients) from the
    garbage collector's full passes: it lives as long as the process, and walking it
    paused the event loop for up to 100 ms at a time during a morning fan-out."""
    gc.collect()
    gc.freeze()


def _start_console(
    parts: Parts, options: ConsoleOptions, stop: asyncio.Event
) -> asyncio.Task[None]:
    clock = parts.clock
    assert isinstance(clock, VirtualClock)

    async def wait(span: timedelta) -> None:
        clock.advance(span)
        await parts.deliveries.tick()

    adapter = ConsoleAdapter(
        parts.engine,
        stdin=sys.stdin,
        stdout=sys.stdout,
        files_dir=options.files_dir,
        clock_now=clock.now,
        on_wait=wait,
    )
    parts.router.add(adapter.platform, adapter)

    async def run() -> None:
        try:
            await adapter.run()
        finally:
            stop.set()

    return asyncio.create_task(run(), name="console")
