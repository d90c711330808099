"""A fake Discord, REST and gateway, on 127.0.0.1 for the real discord.py client to talk to.

It keeps every REST request (`requests`) and the messages it holds (`messages`), so tests
assert on what reached "Discord", not on which method the adapter called. Tests drive the
gateway side: `slash_command`, `press_button`, `autocomplete`, `send_dm` and `reply_in_guild`
dispatch INTERACTION_CREATE or MESSAGE_CREATE events. Fault switches: `rate_limit` (429 with
`retry_after` on the next N requests to a route), `refuse_dms_to` (50007), `fail_after_create`
(502 after the message was created, so only a nonce prevents a duplicate), `refuse_login`
(401 on the next N logins) and `gateway.refuse_privileged_intents` (close code 4014).
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from aiohttp import web

from tests.fakes import discord_payloads as payloads
from tests.fakes.discord_gateway import FakeGateway
from tests.fakes.discord_payloads import (
    API,
    EPHEMERAL,
    LOADING,
    FakeGuild,
    FakeInteraction,
    FakeUser,
    Json,
    Recorded,
    RecordedFile,
    json_response,
)

T = TypeVar("T")
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

_BODY: web.RequestKey[Any] = web.RequestKey("body")
_FILES: web.RequestKey[Sequence[RecordedFile]] = web.RequestKey("files")
_UNKNOWN_MESSAGE = {"message": "Unknown Message", "code": 10008}


@dataclass(slots=True)
class _RateLimit:
    times: int
    retry_after: float


class FakeDiscord:
    def __init__(self, *, guilds: tuple[FakeGuild, ...] = (FakeGuild(),)) -> None:
        self.bot = FakeUser(1_000_000_000_000_001, "askanyway", bot=True)
        self.application_id = self.bot.id
        self.requests: list[Recorded] = []
        self.messages: dict[int, Json] = {}
        self.commands: list[Json] = []
        self.interactions: dict[str, FakeInteraction] = {}
        self.guilds = guilds
        self.gateway = FakeGateway(guilds, self._ready, self._notify)
        self.port = 0
        self._ids = itertools.count(2_000_000_000_000_001)
        self._dm_channels: dict[int, int] = {}
        self._nonces: dict[str, int] = {}
        self._rate_limits: dict[str, _RateLimit] = {}
        self._refused_dm_users: set[int] = set()
        self._fail_after_create = 0
        self._refuse_logins = 0
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        app = web.Application(middlewares=[self._record])
        app.add_routes(self._routes())
        self._runner = web.AppRunner(app, handle_signals=False)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        self.port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        await self.gateway.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}{API}"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    # what tests look at -----------------------------------------------------------------

    async def wait_for(self, predicate: Callable[[], T | None], timeout: float = 5.0) -> T:  # noqa: ASYNC109
        """Wait until `predicate()` is truthy (checked after every request) and return it."""
        result: T | None = None

        def check() -> bool:
            nonlocal result
            result = predicate()
            return bool(result)

        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(check), timeout)
        assert result is not None
        return result

    def find(self, method: str, route: str) -> list[Recorded]:
        """Requests to a route, named as `"/channels/{channel_id}/messages"`."""
        return [r for r in self.requests if r.method == method and r.route == route]

    def dm_channel_of(self, user_id: int) -> int:
        if user_id not in self._dm_channels:
            self._dm_channels[user_id] = next(self._ids)
        return self._dm_channels[user_id]

    def messages_in(self, channel_id: int) -> list[Json]:
        return [m for m in self.messages.values() if m["channel_id"] == str(channel_id)]

    # fault switches ---------------------------------------------------------------------

    def rate_limit(self, method: str, route: str, *, times: int = 1, retry_after: float) -> None:
        self._rate_limits[f"{method} {route}"] = _RateLimit(times, retry_after)

    def refuse_dms_to(self, user_id: int) -> None:
        self._refused_dm_users.add(user_id)

    def fail_after_create(self, times: int = 1) -> None:
        self._fail_after_create = times

    def refuse_login(self, times: int) -> None:
        self._refuse_logins = times

    # what users do ----------------------------------------------------------------------

    async def slash_command(
        self,
        user: FakeUser,
        name: str,
        options: Mapping[str, str | int] | None = None,
        *,
        guild: FakeGuild | None = None,
    ) -> FakeInteraction:
        """Options given as ints go as INTEGER options (type 4), the rest as STRING (3)."""
        values = [
            {"name": k, "type": 4 if isinstance(v, int) else 3, "value": v}
            for k, v in (options or {}).items()
        ]
        data = {"id": self._command_id(name), "name": name, "type": 1, "options": values}
        return await self._interact(user, 2, data, guild=guild)

    async def autocomplete(
        self, user: FakeUser, name: str, option: str, typed: str
    ) -> FakeInteraction:
        focused = [{"name": option, "type": 3, "value": typed, "focused": True}]
        data = {"id": self._command_id(name), "name": name, "type": 1, "options": focused}
        return await self._interact(user, 4, data, guild=None)

    async def press_button(
        self, user: FakeUser, message_id: int, custom_id: str, *, guild: FakeGuild | None = None
    ) -> FakeInteraction:
        data = {"custom_id": custom_id, "component_type": 2}
        message = self.messages[message_id]
        return await self._interact(user, 3, data, guild=guild, message=message)

    async def send_dm(self, user: FakeUser, content: str) -> Json:
        message = self._create(self.dm_channel_of(user.id), user, {"content": content})
        await self.gateway.dispatch("MESSAGE_CREATE", message)
        return message

    async def reply_in_guild(
        self, user: FakeUser, guild: FakeGuild, content: str, *, to: int | None
    ) -> Json:
        message = self._create(guild.channel_id, user, {"content": content})
        message.update(guild_id=str(guild.id), member=user.member())
        if to is not None:
            message.update(
                type=19,
                message_reference={"message_id": str(to), "channel_id": str(guild.channel_id)},
                referenced_message=self.messages[to],
            )
        await self.gateway.dispatch("MESSAGE_CREATE", message)
        return message

    async def remove_from(self, guild: FakeGuild) -> None:
        """The bot is kicked from (or leaves) the server: GUILD_DELETE without `unavailable`."""
        await self.gateway.dispatch("GUILD_DELETE", {"id": str(guild.id)})

    async def _interact(
        self,
        user: FakeUser,
        kind: int,
        data: Json,
        *,
        guild: FakeGuild | None,
        message: Json | None = None,
    ) -> FakeInteraction:
        channel = guild.channel() if guild else self._dm_channel(user)
        payload = payloads.interaction(
            next(self._ids),
            self.application_id,
            kind,
            data,
            user=user,
            channel=channel,
            guild=guild,
        )
        if message is not None:
            payload["message"] = message
        record = FakeInteraction(int(payload["id"]), payload["token"], int(channel["id"]))
        record.message_id = int(message["id"]) if message else None
        self.interactions[record.token] = record
        await self.gateway.dispatch("INTERACTION_CREATE", payload)
        return record

    def _command_id(self, name: str) -> str:
        ids = [command["id"] for command in self.commands if command["name"] == name]
        return ids[0] if ids else str(next(self._ids))

    def _dm_channel(self, user: FakeUser) -> Json:
        return payloads.dm_channel(self.dm_channel_of(user.id), user)

    def _create(
        self, channel_id: int, author: FakeUser, body: Json, files: Sequence[RecordedFile] = ()
    ) -> Json:
        message = payloads.message(next(self._ids), channel_id, author, body, files)
        self.messages[int(message["id"])] = message
        return message

    def _ready(self, identify: Json) -> Json:
        ready: Json = {
            "v": 10,
            "user": self.bot.payload(),
            "guilds": [{"id": str(g.id), "unavailable": True} for g in self.guilds],
            "session_id": f"session-{len(self.gateway.identifies)}",
            "resume_gateway_url": self.gateway_url,
            "application": {"id": str(self.application_id), "flags": 0},
            "private_channels": [],
            "relationships": [],
        }
        if "shard" in identify:
            ready["shard"] = identify["shard"]
        return ready

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    # REST -------------------------------------------------------------------------------

    def _routes(self) -> list[web.RouteDef]:
        hook = f"{API}/webhooks/{{application_id}}/{{token}}"
        return [
            web.get("/gateway", self.gateway.handle),
            web.get("/alt-gateway", self.gateway.handle),
            web.get(f"{API}/users/@me", self._me),
            web.get(f"{API}/gateway/bot", self._gateway_bot),
            web.get(f"{API}/oauth2/applications/@me", self._application),
            web.get(f"{API}/applications/@me", self._application),
            web.put(f"{API}/applications/{{application_id}}/commands", self._sync_commands),
            web.post(f"{API}/users/@me/channels", self._open_dm),
            web.post(f"{API}/channels/{{channel_id}}/messages", self._create_message),
            web.patch(f"{API}/channels/{{channel_id}}/messages/{{message_id}}", self._edit),
            web.delete(f"{API}/channels/{{channel_id}}/messages/{{message_id}}", self._delete),
            web.post(f"{API}/interactions/{{interaction_id}}/{{token}}/callback", self._callback),
            web.post(hook, self._followup),
            web.get(f"{hook}/messages/@original", self._get_original),
            web.patch(f"{hook}/messages/@original", self._edit_original),
            web.delete(f"{hook}/messages/@original", self._delete_original),
            web.patch(f"{hook}/messages/{{message_id}}", self._edit),
        ]

    @web.middleware
    async def _record(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        if not request.path.startswith(API):
            return await handler(request)
        body, files = await payloads.read_body(request)
        resource = request.match_info.route.resource
        route = (resource.canonical if resource else request.path).removeprefix(API)
        record = Recorded(
            request.method,
            request.path.removeprefix(API),
            route,
            body,
            files,
            dict(request.query),
            asyncio.get_running_loop().time(),
        )
        self.requests.append(record)
        request[_BODY], request[_FILES] = body, files
        response = self._rate_limited(f"{request.method} {route}") or await handler(request)
        record.status = response.status
        await self._notify()
        return response

    def _rate_limited(self, key: str) -> web.Response | None:
        limit = self._rate_limits.get(key)
        if limit is None or limit.times <= 0:
            return None
        limit.times -= 1
        wait = str(limit.retry_after)
        headers = {
            "Via": "1.1 google",
            "Retry-After": wait,
            "X-RateLimit-Limit": "5",
            "X-RateLimit-Remaining": "0",
            "X-RateLimit-Reset-After": wait,
            "X-RateLimit-Bucket": "fake-bucket",
            "X-RateLimit-Scope": "user",
        }
        body = {"message": "You are being rate limited.", "retry_after": limit.retry_after}
        return json_response({**body, "global": False}, status=429, headers=headers)

    async def _me(self, request: web.Request) -> web.Response:
        if self._refuse_logins > 0:
            self._refuse_logins -= 1
            return json_response({"message": "401: Unauthorized", "code": 0}, status=401)
        return json_response(self.bot.payload())

    async def _gateway_bot(self, request: web.Request) -> web.Response:
        limit = {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}
        return json_response({"url": self.gateway_url, "shards": 1, "session_start_limit": limit})

    async def _application(self, request: web.Request) -> web.Response:
        return json_response(payloads.application(self.application_id, self.bot))

    async def _sync_commands(self, request: web.Request) -> web.Response:
        owner = str(self.application_id)
        self.commands = [
            {**command, "id": str(next(self._ids)), "application_id": owner}
            for command in request[_BODY]
        ]
        return json_response(self.commands)

    async def _open_dm(self, request: web.Request) -> web.Response:
        return json_response(self._dm_channel(FakeUser(int(request[_BODY]["recipient_id"]))))

    async def _create_message(self, request: web.Request) -> web.Response:
        channel_id = int(request.match_info["channel_id"])
        if any(self._dm_channels.get(user) == channel_id for user in self._refused_dm_users):
            refusal = {"message": "Cannot send messages to this user", "code": 50007}
            return json_response(refusal, status=403)
        body: Json = request[_BODY]
        nonce, enforced = body.get("nonce"), body.get("enforce_nonce")
        if enforced and nonce in self._nonces:
            return json_response(self.messages[self._nonces[nonce]])
        message = self._create(channel_id, self.bot, body, request[_FILES])
        if enforced and nonce is not None:
            self._nonces[nonce] = int(message["id"])
        if self._fail_after_create > 0:
            self._fail_after_create -= 1
            return web.Response(status=502, text="Bad Gateway", content_type="text/html")
        return json_response(message)

    async def _edit(self, request: web.Request) -> web.Response:
        message = self.messages.get(int(request.match_info["message_id"]))
        if message is None:
            return json_response(_UNKNOWN_MESSAGE, status=404)
        payloads.apply_edit(message, request[_BODY], request[_FILES])
        return json_response(message)

    async def _delete(self, request: web.Request) -> web.Response:
        if self.messages.pop(int(request.match_info["message_id"]), None) is None:
            return json_response(_UNKNOWN_MESSAGE, status=404)
        return web.Response(status=204)

    async def _callback(self, request: web.Request) -> web.Response:
        interaction = self.interactions[request.match_info["token"]]
        if interaction.callbacks:
            already = {"message": "Interaction has already been acknowledged.", "code": 40060}
            return json_response(already, status=400)
        body: Json = request[_BODY]
        interaction.callbacks.append(body)
        kind, data = body["type"], body.get("data") or {}
        if kind in (4, 5):
            flags = data.get("flags", 0) | (LOADING if kind == 5 else 0)
            created = self._create(interaction.channel_id, self.bot, {**data, "flags": flags})
            interaction.original_id = int(created["id"])
        elif kind in (6, 7):
            interaction.original_id = interaction.message_id
            if kind == 7 and interaction.message_id is not None:
                pressed = self.messages[interaction.message_id]
                payloads.apply_edit(pressed, data, request[_FILES])
        return json_response({"interaction": self._callback_answer(interaction, kind, data)})

    def _callback_answer(self, interaction: FakeInteraction, kind: int, data: Json) -> Json:
        answer: Json = {"id": str(interaction.id), "type": 2}
        if interaction.original_id is not None:
            answer["response_message_id"] = str(interaction.original_id)
            answer["response_message_loading"] = kind == 5
            answer["response_message_ephemeral"] = bool(data.get("flags", 0) & EPHEMERAL)
        return answer

    async def _followup(self, request: web.Request) -> web.Response:
        interaction = self.interactions[request.match_info["token"]]
        body = request[_BODY]
        return json_response(self._create(interaction.channel_id, self.bot, body, request[_FILES]))

    async def _get_original(self, request: web.Request) -> web.Response:
        return json_response(self.messages[self._original(request)])

    async def _edit_original(self, request: web.Request) -> web.Response:
        message = self.messages[self._original(request)]
        message["flags"] &= ~LOADING
        payloads.apply_edit(message, request[_BODY], request[_FILES])
        return json_response(message)

    async def _delete_original(self, request: web.Request) -> web.Response:
        del self.messages[self._original(request)]
        return web.Response(status=204)

    def _original(self, request: web.Request) -> int:
        original = self.interactions[request.match_info["token"]].original_id
        assert original is not None, "the interaction was never acknowledged"
        return original
