"""The fake Discord's gateway: a websocket that says HELLO, takes IDENTIFY and dispatches.

It answers heartbeats, sends READY and a GUILD_CREATE per server after IDENTIFY, and lets the
fake push any dispatch event with increasing sequence numbers to the newest identified client.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable

from aiohttp import web

from tests.fakes.discord_payloads import MESSAGE_CONTENT_INTENT, FakeGuild, Json

HELLO, HEARTBEAT, IDENTIFY, HEARTBEAT_ACK, DISPATCH = 10, 1, 2, 11, 0
DISALLOWED_INTENTS = 4014


class _Socket:
    def __init__(self, ws: web.WebSocketResponse) -> None:
        self.ws = ws
        self.identified = False
        self._sequence = 0

    async def dispatch(self, event: str, data: Json) -> None:
        self._sequence += 1
        await self.ws.send_json({"op": DISPATCH, "t": event, "s": self._sequence, "d": data})


class FakeGateway:
    def __init__(
        self,
        guilds: tuple[FakeGuild, ...],
        ready: Callable[[Json], Json],
        changed: Callable[[], Awaitable[None]],
    ) -> None:
        self.identifies: list[Json] = []
        self.paths: list[str] = []
        self._guilds = guilds
        self._ready = ready
        self._changed = changed
        self._sockets: list[_Socket] = []
        self._refuse_privileged_intents = False

    @property
    def connected(self) -> int:
        return sum(1 for socket in self._sockets if socket.identified)

    def refuse_privileged_intents(self) -> None:
        """Close with 4014, as Discord does when the portal has not enabled Message Content."""
        self._refuse_privileged_intents = True

    async def dispatch(self, event: str, data: Json) -> None:
        sockets = [socket for socket in self._sockets if socket.identified]
        assert sockets, "no client is connected to the fake gateway"
        await sockets[-1].dispatch(event, data)

    async def close(self) -> None:
        for socket in list(self._sockets):
            await socket.ws.close()

    async def handle(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        socket = _Socket(ws)
        self._sockets.append(socket)
        self.paths.append(request.path)
        try:
            await ws.send_json({"op": HELLO, "d": {"heartbeat_interval": 41_250}})
            async for frame in ws:
                await self._on_frame(socket, json.loads(frame.data))
        finally:
            self._sockets.remove(socket)
            await self._changed()
        return ws

    async def _on_frame(self, socket: _Socket, frame: Json) -> None:
        if frame["op"] == HEARTBEAT:
            await socket.ws.send_json({"op": HEARTBEAT_ACK})
        elif frame["op"] == IDENTIFY:
            await self._identify(socket, frame["d"])

    async def _identify(self, socket: _Socket, identify: Json) -> None:
        self.identifies.append(identify)
        if self._refuse_privileged_intents and identify["intents"] & MESSAGE_CONTENT_INTENT:
            await socket.ws.close(code=DISALLOWED_INTENTS, message=b"Disallowed intent(s).")
            return
        await socket.dispatch("READY", self._ready(identify))
        socket.identified = True
        for guild in self._guilds:
            await socket.dispatch("GUILD_CREATE", guild.create_event())
        await self._changed()
