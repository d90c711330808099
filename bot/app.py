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
from typing import TYPE_CHECKING

from adapters.charts.pool import ChartPool
from adapters.clocks import SystemClock, VirtualClock
from adapters.console.events import USER_ID
from adapters.console.platform import ConsoleAdapter
from adapters.geo.places import OfflinePlaces
from adapters.store.migrate import upgrade
from adapters.store.sql_store import SqlStore
from bot.advisor import language_model
from bot.content import load_content
from bot.health import DatabaseProbe, Health, HealthServer
from bot.logs import configure_logging
from bot.metrics import MeteredSender, Metrics
from bot.platforms import Wiring, configured, names, secrets
from bot.routing import PlatformRouter
from bot.scaling import FloodLog, shared_pace, start_heartbeat
from bot.scheduler import Ticking
from bot.settings import Settings, split_listen
from bot.watch import DeliveryLog, timed_tick
from core.engine import Content, Ctx, Deliveries, Engine, EngineConfig
from core.model import UserStatus
from core.platform import Platform
from core.ports import Clock

if TYPE_CHECKING:
    from core.ports_inbound import InboundStore

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
    watch: DeliveryLog
    charts: ChartPool


def build(
    settings: Settings,
    clock: Clock,
    platforms: list[str],
    metrics: Metrics | None = None,
    content: Content | None = None,
) -> Parts:
    """Wire the parts; each platform in `platforms` gets its own delivery queue. `content`
    is the shipped content unless given (a benchmark builds many times from one reading)."""
    store = SqlStore.from_url(settings.database_url)
    charts = ChartPool()  # its workers start with the first chart
    ctx = Ctx(
        store,
        clock,
        OfflinePlaces(),
        load_content() if content is None else content,
        EngineConfig(minimum_age=settings.minimum_age, notes_enabled=settings.notes_enabled),
        charts,
        language_model(settings),
    )
    router = PlatformRouter({})
    watch = DeliveryLog(meter=metrics)
    sender = router if metrics is None else MeteredSender(router, metrics)
    deliveries = Deliveries(ctx, sender, platforms=platforms, watch=watch)
    return Parts(store, clock, Engine(ctx), deliveries, router, watch, charts)


def _platforms(settings: Settings, parts: Parts) -> list[Platform]:
    """Build the configured platforms; the webhook inbox shares the store's database."""

    def inbound() -> InboundStore:
        from adapters.store.inbound import InboundUpdates

        return InboundUpdates(parts.store.engine)

    meter = parts.watch.meter
    rate_limited = FloodLog(meter if isinstance(meter, Metrics) else None)  # counted, said
    wiring = Wiring(conversation=parts.engine, inbound=inbound, rate_limited=rate_limited)
    return [entry.build(settings, wiring) for entry in configured(settings)]


def _secrets(settings: Settings) -> list[str]:
    """What no log line may show: every platform's secrets and the advisor's key."""
    advisor = settings.advisor_api_key
    return [*secrets(settings), *([advisor.get_secret_value()] if advisor else [])]


def _stop_on_signals(stop: asyncio.Event) -> None:
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):  # not on every OS
            loop.add_signal_handler(sig, stop.set)


async def serve(settings: Settings, console: ConsoleOptions | None = None) -> None:
    """Run until a signal arrives (platforms) or the console input ends."""
    configure_logging(settings.log_level, _secrets(settings), settings.log_format)
    if console is not None and logging.root.level > logging.DEBUG:
        # The chat shares the terminal: its first screen is the bot, not start-up logs.
        # Warnings still show; LOG_LEVEL=DEBUG shows everything.
        logging.root.setLevel(logging.WARNING)
        logging.getLogger("alembic").setLevel(logging.WARNING)
    await upgrade(settings.database_url)
    clock: Clock = VirtualClock(console.start or SystemClock().now()) if console else SystemClock()
    metrics = Metrics() if settings.metrics_listen and not console else None
    parts = build(settings, clock, ["console"] if console else names(configured(settings)), metrics)
    stop = asyncio.Event()
    _stop_on_signals(stop)
    async with AsyncExitStack() as stack:
        stack.push_async_callback(parts.store.close)
        stack.push_async_callback(parts.charts.close)  # after the ticks and platforms stop
        platforms: list[Platform] = (
            [_console(parts, console, stop)] if console else _platforms(settings, parts)
        )
        if metrics is not None and settings.metrics_listen:
            await _serve_health(settings, parts, metrics, platforms, stack)
        started: list[Platform] = []
        stack.push_async_callback(stop_together, started)
        for platform in platforms:
            await platform.start()
            started.append(platform)
            parts.router.add(platform.platform, platform)
            log.info("%s is running", platform.platform)
        if console is None:  # several processes may share the database: beat, take over
            parts.deliveries.heartbeat = await start_heartbeat(
                settings, parts.store, clock, metrics, stack
            )
            parts.deliveries.pace = shared_pace(parts.store)
        freeze_startup_objects()
        ticking = Ticking(
            timed_tick(parts.deliveries.tick, parts.watch),
            settings.tick_seconds,
            on_stop=parts.deliveries.stop,
        )
        ticking.start()
        stack.push_async_callback(ticking.stop)  # a tick in progress finishes first
        log.info("ticking every %s s", settings.tick_seconds)
        await stop.wait()


async def _serve_health(
    settings: Settings,
    parts: Parts,
    metrics: Metrics,
    platforms: list[Platform],
    stack: AsyncExitStack,
) -> None:
    """The health and metrics endpoint, up before the platforms so liveness answers early."""
    assert settings.metrics_listen is not None
    health = Health(
        DatabaseProbe(parts.store.engine),
        lambda: platforms,
        parts.watch,
        settings.tick_seconds,
        metrics,
    )
    server = HealthServer(*split_listen(settings.metrics_listen), health)
    await server.start()
    stack.push_async_callback(server.stop)


async def stop_together(platforms: list[Platform]) -> None:
    """Stop every platform at once, so their graces overlap: the whole stop must fit in
    10 s (the tick's 3 s, then Telegram's 3 s beside Discord's 5 s), not their sum."""
    ended = await asyncio.gather(*(p.stop() for p in reversed(platforms)), return_exceptions=True)
    for platform, outcome in zip(reversed(platforms), ended, strict=True):
        if isinstance(outcome, BaseException):
            log.error("%s did not stop cleanly: %s", platform.platform, type(outcome).__name__)


def freeze_startup_objects() -> None:
    """Exempt what start-up made (modules, the schema, the deck, the clients) from the
    garbage collector's full passes: it lives as long as the process, and walking it
    paused the event loop for up to 100 ms at a time during a morning fan-out.

    `askanyway run` and `console` start with the collector off (bot.cli): start-up makes
    some 300,000 objects that all live on, and the passes over them took a sixth of the
    start's CPU (about 0.25 s of 1.6 s). It is switched on here, after one full pass."""
    gc.collect()
    gc.freeze()
    gc.enable()


def _console(parts: Parts, options: ConsoleOptions, stop: asyncio.Event) -> ConsoleAdapter:
    """The console chat on the virtual clock; the bot stops when its input ends."""
    clock = parts.clock
    assert isinstance(clock, VirtualClock)

    async def wait(span: timedelta) -> None:
        clock.advance(span)
        await parts.deliveries.tick()

    async def local_zone() -> str | None:
        person = await parts.store.user_by_identity(ConsoleAdapter.platform, USER_ID)
        set_up = person is not None and person.status is not UserStatus.ONBOARDING
        return person.timezone if person is not None and set_up else None

    return ConsoleAdapter(
        parts.engine,
        stdin=sys.stdin,
        stdout=sys.stdout,
        files_dir=options.files_dir,
        clock_now=clock.now,
        on_wait=wait,
        on_end=stop.set,
        local_zone=local_zone,
    )
