"""A fake Telegram Bot API server on 127.0.0.1, for the real python-telegram-bot client.

It answers `/bot<token>/<method>` the way Telegram does (JSON, form and multipart
bodies; getUpdates with real offsets and long polling), keeps every request in
`requests` for tests to assert on, scripts users (`user_sends_text`, `user_presses` …)
and injects faults (429 floods, 403 blocks, dropped connections, edits refused).
Once setWebhook is called, getUpdates is refused (409) as on Telegram, and
`push_updates` delivers the queue to the bot's webhook instead.
Texts in HTML mode are checked like Telegram checks them, so an escaping bug is a 400.

In-process: `async with FakeTelegramAPI() as api:` and point the bot at `api.base_url`.
For a bot in a subprocess: `python -m tests.fakes.telegram_api --port 8081` prints the
base URL; `POST /_fake/script` ({"action": "text", "user_id": 1, "text": "hi"}) scripts a
user and `GET /_fake/requests` returns the log.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import random
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict
from typing import Any, Self

from aiohttp import web

from tests.fakes import telegram_updates as tg
from tests.fakes.telegram_api_methods import (
    ApiError,
    ApiRequest,
    BotApiMethods,
    UploadedFile,
    read_params,
)
from tests.fakes.telegram_faults import SEND_METHODS, Faults
from tests.fakes.telegram_push import FakeWebhook
from tests.fakes.telegram_updates import Json

TOKEN = f"{tg.BOT_ID}:TEST-fake_token-for-tests-only"
BLOCKED = "Forbidden: bot was blocked by the user"
NEVER_STARTED = "Forbidden: bot can't initiate conversation with a user"
_PATH = re.compile(r"^/bot([^/]+)/([A-Za-z]+)$")
_log = logging.getLogger(__name__)

__all__ = ["TOKEN", "ApiRequest", "FakeTelegramAPI", "UploadedFile"]


class FakeTelegramAPI:
    def __init__(
        self,
        token: str = TOKEN,
        *,
        clock: Callable[[], float] = time.monotonic,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        self.token = token
        self.host = host
        self.port = port
        self.clock = clock
        self.requests: list[ApiRequest] = []
        self.faults = Faults()
        self.methods = BotApiMethods()
        self.messages = self.methods.messages
        self.callback_queries = self.methods.callback_queries
        self._updates: list[Json] = []
        # Lambdas, not bound methods: `get_updates` replaces the list.
        self.webhook = FakeWebhook(lambda: len(self._updates), lambda: self._updates.clear())
        for name, answer in (
            ("setwebhook", self.webhook.set),
            ("deletewebhook", self.webhook.delete),
            ("getwebhookinfo", self.webhook.info),
        ):
            self.methods.answer(name, answer)
        self._next_update_id = 100_000
        self._updates_changed = asyncio.Event()
        self._requests_changed = asyncio.Condition()
        self._closing = False
        self._runner: web.AppRunner | None = None

    # lifecycle ------------------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("GET", "/_fake/requests", self._control_requests)
        app.router.add_route("POST", "/_fake/script", self._control_script)
        app.router.add_route("*", "/{tail:.*}", self._handle)
        # No access log: request paths carry the token.
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        self._closing = True
        self._wake_pollers()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        """What TELEGRAM_API_BASE_URL should be: the token is appended to it."""
        return f"http://{self.host}:{self.port}/bot"

    # what happened --------------------------------------------------------------------

    def sends(self, chat_id: int | str | None = None) -> list[ApiRequest]:
        """Successful messages, photos, documents and edits (to one chat, if given)."""
        wanted = None if chat_id is None else str(chat_id)
        return [
            request
            for request in self.requests
            if request.method.lower() in SEND_METHODS
            and request.ok
            and (wanted is None or request.chat_id == wanted)
        ]

    def calls(self, method: str) -> list[ApiRequest]:
        return [r for r in self.requests if r.method.lower() == method.lower()]

    async def wait_for(
        self,
        predicate: Callable[[list[ApiRequest]], bool],
        timeout: float = 5.0,  # noqa: ASYNC109 - the helper's documented shape
    ) -> list[ApiRequest]:
        """Wait until `predicate(requests)` holds, woken by each request (never polling)."""
        try:
            async with asyncio.timeout(timeout), self._requests_changed:
                await self._requests_changed.wait_for(lambda: predicate(self.requests))
        except TimeoutError:
            seen = "\n".join(
                f"  {r.method} chat={r.chat_id} status={r.status} {r.text[:60]!r}"
                for r in self.requests
                if r.method != "getUpdates"
            )
            raise AssertionError(f"waited {timeout} s in vain; requests:\n{seen}") from None
        return self.requests

    async def wait_for_sends(self, count: int, chat_id: int | str | None = None) -> None:
        await self.wait_for(lambda _: len(self.sends(chat_id)) >= count)

    @property
    def pending_updates(self) -> int:
        return len(self._updates)

    def queued_updates(self) -> list[Json]:
        """Updates no getUpdates offset has confirmed yet: the next poll gets these again."""
        return list(self._updates)

    # scripted people ------------------------------------------------------------------

    def enqueue(self, kind: str, payload: Json) -> int:
        """Queue a raw update (`kind` is message, callback_query …); returns its update_id."""
        self._next_update_id += 1
        self._updates.append({"update_id": self._next_update_id, kind: payload})
        self._wake_pollers()
        return self._next_update_id

    def user_sends_text(
        self, user_id: int, text: str, *, chat_id: int | None = None, name: str = ""
    ) -> int:
        sender = tg.user(user_id, name)
        where = tg.chat(chat_id if chat_id is not None else user_id, name)
        return self.enqueue("message", self._remember(where, sender, text=text))

    def user_sends_command(
        self,
        user_id: int,
        command: str,
        args: str = "",
        *,
        chat_id: int | None = None,
        addressed_to: str | None = None,
    ) -> int:
        """`/command[@addressed_to] [args]`, in the user's chat or a group."""
        text = f"/{command}" + (f"@{addressed_to}" if addressed_to else "")
        text += f" {args}" if args else ""
        return self.user_sends_text(user_id, text, chat_id=chat_id)

    def group_message(
        self,
        group_id: int,
        user_id: int,
        text: str,
        *,
        reply_to_message_id: int | None = None,
        from_bot: bool = False,
    ) -> int:
        replied = self.messages.get((str(group_id), reply_to_message_id or 0))
        sender = tg.user(user_id, is_bot=from_bot)
        body = self._remember(tg.chat(group_id), sender, text=text, reply_to_message=replied)
        return self.enqueue("message", body)

    def user_shares_location(
        self, user_id: int, latitude: float, longitude: float, *, chat_id: int | None = None
    ) -> int:
        where = tg.chat(chat_id if chat_id is not None else user_id)
        location = {"latitude": latitude, "longitude": longitude}
        return self.enqueue("message", self._remember(where, tg.user(user_id), location=location))

    def user_presses(
        self,
        user_id: int,
        message_id: int | None,
        callback_data: str,
        *,
        chat_id: int | None = None,
    ) -> str:
        """Press a button on a message the bot sent; returns the callback query id."""
        assert message_id is not None, "press a button on a message that was delivered"
        where = str(chat_id if chat_id is not None else user_id)
        on_message = self.messages[(where, message_id)]
        query_id = f"q{len(self.callback_queries) + 1}"
        self.callback_queries[query_id] = None
        query = tg.callback_query(query_id, tg.user(user_id), on_message, callback_data)
        self.enqueue("callback_query", query)
        return query_id

    def sent_earlier(
        self, chat_id: int, text: str, buttons: Sequence[Sequence[tuple[str, str]]] = ()
    ) -> int:
        """A message with (label, callback data) buttons that the bot sent before this server
        started, as a card delivered by an earlier run would be; returns its message id."""
        keyboard = [
            [{"text": label, "callback_data": data} for label, data in row] for row in buttons
        ]
        markup = {"inline_keyboard": keyboard} if keyboard else None
        body = tg.message(
            self.methods.new_message_id(),
            tg.chat(chat_id),
            tg.BOT_USER,
            text=text,
            reply_markup=markup,
        )
        self.messages[(str(chat_id), body["message_id"])] = body
        return int(body["message_id"])

    def channel_post(self, channel_id: int, text: str) -> int:
        body = tg.message(
            self.methods.new_message_id(), {"id": channel_id, "type": "channel"}, None
        )
        body["text"] = text
        return self.enqueue("channel_post", body)

    def user_blocks_bot(self, user_id: int) -> int:
        self.block(user_id)
        return self.enqueue("my_chat_member", tg.blocked_by(tg.user(user_id)))

    # groups -----------------------------------------------------------------------------

    def make_admin(self, group_id: int, user_id: int, status: str = "administrator") -> None:
        """What getChatMember answers for this person in this group from now on."""
        self.methods.chat_members[(str(group_id), str(user_id))] = status

    def anonymous_admin_sends(self, group_id: int, text: str) -> int:
        """An admin posting as the group: `sender_chat` is the group itself."""
        body = self._remember(tg.chat(group_id), tg.GROUP_ANONYMOUS_BOT, text=text)
        body["sender_chat"] = tg.chat(group_id)
        return self.enqueue("message", body)

    def bot_removed_from(self, group_id: int, status: str = "kicked") -> int:
        self.block(group_id, "Forbidden: bot was kicked from the supergroup chat")
        return self.enqueue("my_chat_member", tg.bot_left_group(group_id, status))

    def _remember(self, where: Json, sender: Json, **content: Any) -> Json:
        body = tg.message(self.methods.new_message_id(), where, sender, **content)
        self.messages[(str(where["id"]), body["message_id"])] = body
        return body

    async def push_updates(self, *, secret: str | None = None, copies: int = 1) -> list[int]:
        """Post each pending update to the webhook, oldest first; returns the statuses.

        An update answered 2xx leaves the queue; any other answer keeps it for a retry.
        `secret`: None sends the one given to setWebhook, "" sends none. `copies` posts
        each one that many times, as Telegram does when it misses an answer.
        """
        statuses = []
        for update in list(self._updates):
            answers = [await self.webhook.post(update, secret) for _ in range(copies)]
            statuses += answers
            if any(200 <= status < 300 for status in answers):
                self._updates.remove(update)
        return statuses

    # faults ---------------------------------------------------------------------------

    def flood(self, count: int = 1, *, retry_after: int = 1, chat_id: int | None = None) -> None:
        """Answer the next `count` sends (to one chat, if given) with 429 retry_after."""
        self.faults.flood_left = count
        self.faults.retry_after = retry_after
        self.faults.flood_chat = None if chat_id is None else str(chat_id)

    def flood_fraction(self, fraction: float, *, retry_after: int = 1, seed: int = 0) -> None:
        self.faults.flood_fraction = fraction
        self.faults.retry_after = retry_after
        self.faults.rng = random.Random(seed)

    def limit_overall(self, per_second: int = 30) -> None:
        """Enforce Telegram's per-token limit across every client: more sends than this in
        any one second are answered 429."""
        self.faults.per_second = per_second

    def block(self, chat_id: int, description: str = BLOCKED, *, status: int = 403) -> None:
        """Refuse every send to `chat_id` (403 blocked; or 400 "chat not found" and the like)."""
        self.faults.blocked[str(chat_id)] = (status, description)

    def unblock(self, chat_id: int) -> None:
        self.faults.blocked.pop(str(chat_id), None)

    def drop(self, count: int = 1, *, method: str | None = None) -> None:
        """Close the connection, unanswered, on the next `count` sends (of `method`)."""
        self.faults.drops_left = count
        self.faults.drop_method = method.lower() if method else None

    def refuse_edit(self, chat_id: int, message_id: int | None) -> None:
        assert message_id is not None
        self.faults.uneditable.add((str(chat_id), message_id))

    # HTTP -----------------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        match = _PATH.match(request.path)
        if match is None:
            return _json(404, {"ok": False, "error_code": 404, "description": "Not Found"})
        token, method = match.groups()
        if token != self.token:
            return _json(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
        params, files = await read_params(request)
        name = method.lower()
        chat_id = str(params["chat_id"]) if "chat_id" in params else None
        record = ApiRequest(method, chat_id, self.clock(), params, files)
        try:
            fault = self.faults.injected(name, chat_id, params) or self.faults.over_limit(
                name, self.clock()
            )
            if fault is not None:
                raise fault
            if name == "getupdates":
                result: object = await self.get_updates(record)
            else:
                result = self.methods.call(name, record)
        except ApiError as error:
            record.status, record.description = error.status, error.description
            await self._record(record)
            if error.status == 0:
                assert request.transport is not None
                request.transport.abort()
                return web.Response()
            return _json(error.status, error.body())
        await self._record(record)
        return _json(200, {"ok": True, "result": result})

    async def _record(self, record: ApiRequest) -> None:
        if record.method.lower() != "getupdates":
            _log.debug(
                "fake Telegram: %s chat=%s -> %s", record.method, record.chat_id, record.status
            )
        async with self._requests_changed:
            self.requests.append(record)
            self._requests_changed.notify_all()

    async def get_updates(self, record: ApiRequest) -> list[Json]:
        """Offsets confirm every update below them; an empty queue waits up to `timeout`."""
        if self.webhook.url:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = int(record.params.get("offset", 0) or 0)
        limit = max(1, min(100, int(record.params.get("limit", 100) or 100)))
        if offset > 0:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
        elif offset < 0:
            self._updates = self._updates[offset:]
        if not self._updates and not self._closing:
            changed = self._updates_changed
            timeout = float(record.params.get("timeout", 0) or 0)
            if timeout > 0:
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(timeout):
                        await changed.wait()
        return self._updates[:limit]

    def _wake_pollers(self) -> None:
        self._updates_changed.set()
        self._updates_changed = asyncio.Event()

    async def _control_requests(self, _request: web.Request) -> web.Response:
        log = [
            asdict(r) | {"files": {k: f.filename for k, f in r.files.items()}}
            for r in self.requests
        ]
        return web.json_response(log)

    async def _control_script(self, request: web.Request) -> web.Response:
        body = await request.json()
        action = body.pop("action")
        scripts: dict[str, Callable[..., object]] = {
            "text": self.user_sends_text,
            "command": self.user_sends_command,
            "press": self.user_presses,
            "location": self.user_shares_location,
            "group": self.group_message,
            "block": self.user_blocks_bot,
        }
        return web.json_response({"ok": True, "result": scripts[action](**body)})


def _json(status: int, body: object) -> web.Response:
    return web.json_response(body, status=status)


async def _serve(port: int, token: str) -> None:
    async with FakeTelegramAPI(token, port=port) as api:
        print(api.base_url, flush=True)
        await asyncio.Event().wait()


def main() -> None:
    """Run the fake on its own, for a bot started in another process."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--token", default=TOKEN)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(args.port, args.token))


if __name__ == "__main__":
    main()
