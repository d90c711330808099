"""Prometheus metrics for an operator: what the tick delivered, what failed and waits, how
long ticks and sends take, and how many people use the bot.

Every name starts with `askanyway_` and is listed in the README. The registry is this
process's own (not the library's global one), so tests and a second bot in one process
never share counts. Core knows nothing of this: it reports to `bot.watch.DeliveryLog`,
which feeds `Metrics`, and `MeteredSender` wraps the sender the tick uses.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

from core.messages import Reply
from core.ports import Address, Sender
from core.telemetry import Ended

SEND_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
TICK_BUCKETS = (0.05, 0.1, 0.5, 1.0, 5.0, 15.0, 30.0, 60.0, 120.0)


class Metrics:
    """The bot's metrics in one registry; `text()` is what /metrics serves."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.deliveries = Counter(
            "askanyway_deliveries",
            "Scheduled deliveries by how they ended: sent, retry (failed, waits for a retry), "
            "gone (the person blocked the bot or left)",
            ["platform", "kind", "outcome"],
            registry=r,
        )
        self.waiting = Gauge(
            "askanyway_deliveries_waiting",
            "Deliveries whose send failed in the last tick and that wait for a retry",
            ["platform", "kind"],
            registry=r,
        )
        self.tick_seconds = Histogram(
            "askanyway_tick_seconds",
            "How long one scheduler tick took",
            buckets=TICK_BUCKETS,
            registry=r,
        )
        self.last_tick = Gauge(
            "askanyway_last_tick_timestamp_seconds",
            "When the last tick ended (Unix time)",
            registry=r,
        )
        self.send_seconds = Histogram(
            "askanyway_send_seconds",
            "How long a scheduled send took, waiting for the platform's limits included",
            ["platform"],
            buckets=SEND_BUCKETS,
            registry=r,
        )
        self.rate_limited = Counter(
            "askanyway_rate_limited",
            "Requests the platform refused with a request to wait (HTTP 429), answers and "
            "scheduled sends alike (Telegram; Discord's client waits its own out unseen)",
            ["platform"],
            registry=r,
        )
        self.claims_taken_over = Counter(
            "askanyway_claims_taken_over",
            "Claims (schedule rows, begun deliveries) released because the process holding "
            "them stopped beating (bot/scaling.py)",
            registry=r,
        )
        self.active_users = Gauge(
            "askanyway_active_users",
            "People set up and receiving cards (not paused, not gone)",
            registry=r,
        )

    def delivery_ended(self, ended: Ended) -> None:
        self.deliveries.labels(ended.platform, ended.kind, ended.outcome).inc()

    def rate_limited_by(self, platform: str, _seconds: float) -> None:
        """A 429 from `platform`, counted where the platform's sender met it."""
        self.rate_limited.labels(platform).inc()

    def tick_finished(self, seconds: float, waiting: Mapping[tuple[str, str], int]) -> None:
        self.tick_seconds.observe(seconds)
        self.last_tick.set(time.time())
        self.waiting.clear()
        for (platform, kind), count in waiting.items():
            self.waiting.labels(platform, kind).set(count)

    def text(self) -> bytes:
        return generate_latest(self.registry)


class MeteredSender:
    """The tick's sender, timed: each send's latency by platform, failures included."""

    def __init__(
        self, sender: Sender, metrics: Metrics, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._sender = sender
        self._metrics = metrics
        self._clock = clock

    async def send(self, address: Address, reply: Reply) -> None:
        started = self._clock()
        try:
            await self._sender.send(address, reply)
        finally:
            self._metrics.send_seconds.labels(address.platform).observe(self._clock() - started)
