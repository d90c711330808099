"""The optional HTTP endpoint for an operator (METRICS_LISTEN): liveness, readiness, metrics.

- `/healthz`: 200 while the process serves requests at all (liveness: restart it if not).
- `/readyz`: 200 when the database answers, every platform is connected and the last tick
  ended recently; 503 otherwise. The JSON body says which part failed.
- `/metrics`: Prometheus' text format (`bot.metrics`), with the active users counted afresh.

It is off unless METRICS_LISTEN is set, and holds nothing personal: counts and ages only.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from aiohttp import web
from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncEngine

from adapters.store.schema import users
from bot.metrics import Metrics
from bot.watch import DeliveryLog
from core.model import UserStatus
from core.platform import Platform

log = logging.getLogger(__name__)
PROBE_SECONDS = 2.0


def connected(platform: Platform) -> bool:
    """Whether a platform is connected (part of the `Platform` contract)."""
    return platform.connected


class DatabaseProbe:
    """Asks the database the two things the endpoint needs, each bounded in time."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def reachable(self) -> bool:
        try:
            async with asyncio.timeout(PROBE_SECONDS), self._engine.connect() as connection:
                await connection.execute(text("SELECT 1"))
        except Exception as error:  # any failure means: not ready
            log.warning("readiness: the database did not answer (%s)", type(error).__name__)
            return False
        return True

    async def active_users(self) -> int | None:
        query = select(func.count()).select_from(users).where(users.c.status == UserStatus.ACTIVE)
        try:
            async with asyncio.timeout(PROBE_SECONDS), self._engine.connect() as connection:
                return int((await connection.execute(query)).scalar_one())
        except Exception:
            return None


@dataclass
class Health:
    """What readiness looks at; `tick_seconds` sets how old the last tick may be."""

    probe: DatabaseProbe
    platforms: Callable[[], Sequence[Platform]]
    watch: DeliveryLog
    tick_seconds: float
    metrics: Metrics
    started_at: float = 0.0
    clock: Callable[[], float] = time.monotonic

    def tick_age(self) -> float:
        last = self.watch.last_tick_at
        return self.clock() - (last if last is not None else self.started_at)

    def tick_limit(self) -> float:
        """Three missed ticks, and never less than 90 s (a long morning fan-out is one tick)."""
        return max(3 * self.tick_seconds, 90.0)

    async def readiness(self) -> tuple[bool, dict[str, object]]:
        database = await self.probe.reachable()
        platforms = {p.platform: connected(p) for p in self.platforms()}
        age = self.tick_age()
        ready = database and all(platforms.values()) and age <= self.tick_limit()
        return ready, {
            "ready": ready,
            "database": database,
            "platforms": platforms,
            "last_tick_seconds_ago": round(age, 1),
        }


class HealthServer:
    """The aiohttp server behind METRICS_LISTEN."""

    def __init__(self, host: str, port: int, health: Health) -> None:
        self._host, self._port = host, port
        self._health = health
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/healthz", self._live)
        app.router.add_get("/readyz", self._ready)
        app.router.add_get("/metrics", self._metrics)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, self._host, self._port).start()
        self._health.started_at = self._health.clock()
        log.info("health and metrics on http://%s:%d", self._host, self._port)

    async def stop(self) -> None:
        if self._runner is not None:
            runner, self._runner = self._runner, None
            await runner.cleanup()

    @property
    def port(self) -> int:
        """The port listened on (the one the system chose, when asked for port 0)."""
        if self._runner is None or not self._runner.addresses:
            return self._port
        return int(self._runner.addresses[0][1])

    async def _live(self, _request: web.Request) -> web.Response:
        return web.json_response({"alive": True})

    async def _ready(self, _request: web.Request) -> web.Response:
        ready, body = await self._health.readiness()
        return web.json_response(body, status=200 if ready else 503)

    async def _metrics(self, _request: web.Request) -> web.Response:
        count = await self._health.probe.active_users()
        if count is not None:
            self._health.metrics.active_users.set(count)
        return web.Response(
            body=self._health.metrics.text(), content_type="text/plain", charset="utf-8"
        )
