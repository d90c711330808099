"""Telegram's webhook mode: updates arrive over HTTP and are stored before they are answered.

Telegram posts each update to `url`; a reverse proxy (or Telegram itself, on a public
address) reaches the bot's own HTTP server on `host:port`. A request is accepted only with
the secret token Telegram echoes in `X-Telegram-Bot-Api-Secret-Token` (401 otherwise, and
nothing is stored); an accepted update is committed to the inbox
(`core.ports_inbound.InboundStore`) before the 200, so once Telegram considers it
delivered a crash cannot lose it. The `InboxWorker` then handles it through the same path
polling uses.

Any path is accepted: proxies often rewrite it, and the secret, not the path, is what keeps
strangers out. At stop the webhook stays registered: Telegram keeps the updates that arrive
meanwhile and delivers them when the bot is back. Without a configured secret a random one
is made at each start; several processes behind one URL need a shared one.
"""

from __future__ import annotations

import hmac
import logging
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from aiohttp import web
from telegram import Update
from telegram.ext import Application

from adapters.clocks import SystemClock
from adapters.telegram.inbox import InboxWorker
from core.ports import Clock
from core.ports_inbound import InboundStore

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
_log = logging.getLogger(__name__)

AnyApplication = Application[Any, Any, Any, Any, Any, Any]


@dataclass(frozen=True, slots=True)
class WebhookOptions:
    url: str
    host: str = "127.0.0.1"
    port: int = 8443
    secret: str | None = None
    stop_grace_seconds: float = 10.0
    sweep_seconds: float = 1.0


def new_secret() -> str:
    """A secret in the alphabet Telegram allows (letters, digits, `_` and `-`)."""
    return secrets.token_urlsafe(32)


class TelegramWebhook:
    """Receives updates into the inbox and has the worker handle them from there."""

    def __init__(
        self,
        options: WebhookOptions,
        inbound: InboundStore,
        clock: Clock | None = None,
    ) -> None:
        self.options = options
        self._inbound = inbound
        self._clock = clock or SystemClock()
        self._receiver: WebhookReceiver | None = None
        self._worker: InboxWorker | None = None

    async def start(self, app: AnyApplication, allowed_updates: Sequence[str]) -> None:
        """Listen, handle what a crash left behind, then tell Telegram where to post."""
        secret = self.options.secret or new_secret()

        async def process(body: dict[str, Any]) -> None:
            update = Update.de_json(body, app.bot)
            await app.update_processor.process_update(update, app.process_update(update))

        worker = InboxWorker(
            self._inbound, process, self._clock, sweep_seconds=self.options.sweep_seconds
        )
        receiver = WebhookReceiver(self._inbound, secret, self._clock, worker.nudge)
        self._worker, self._receiver = worker, receiver
        await receiver.start(self.options.host, self.options.port)
        worker.start()
        await app.bot.set_webhook(
            self.options.url,
            secret_token=secret,
            allowed_updates=list(allowed_updates),
            drop_pending_updates=False,
        )
        _log.info("receiving Telegram updates on %s:%s", self.options.host, self.options.port)

    async def stop(self) -> None:
        """Stop listening, then finish or set aside what is in hand. Safe to repeat.

        The webhook stays set (deleting it could drop updates), so Telegram holds new ones
        until the bot listens again.
        """
        receiver, self._receiver = self._receiver, None
        worker, self._worker = self._worker, None
        try:
            if receiver is not None:
                await receiver.stop()
        finally:
            if worker is not None:
                await worker.stop(self.options.stop_grace_seconds)


class WebhookReceiver:
    """The HTTP end: checks the secret, stores the update, answers."""

    def __init__(
        self,
        inbound: InboundStore,
        secret: str,
        clock: Clock,
        on_stored: Callable[[], None],
    ) -> None:
        self._inbound = inbound
        self._secret = secret.encode()
        self._clock = clock
        self._on_stored = on_stored
        self._runner: web.AppRunner | None = None

    async def start(self, host: str, port: int) -> None:
        app = web.Application()
        app.router.add_post("/{tail:.*}", self._receive)
        # No access log: it would say nothing useful, and proxies may put tokens in paths.
        runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await runner.setup()
        try:
            await web.TCPSite(runner, host, port).start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner

    async def stop(self) -> None:
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()

    async def _receive(self, request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, self._secret):
            return web.Response(status=401, text="Unauthorized")
        try:
            body = await request.json()
        except ValueError:
            return web.Response(status=400, text="not JSON")
        update_id = body.get("update_id") if isinstance(body, dict) else None
        if type(update_id) is not int:
            return web.Response(status=400, text="no update_id")
        try:
            stored = await self._inbound.save(update_id, body, self._clock.now())
        except Exception as error:
            # Not stored, so not acknowledged: Telegram sends it again later.
            _log.error("storing Telegram update %s failed (%s)", update_id, type(error).__name__)
            return web.Response(status=503, text="try again")
        if stored:
            self._on_stored()
        return web.Response(status=200)
