"""A fake OpenAI-compatible chat-completions server on 127.0.0.1, started by the tests.

Each request takes the next scripted answer (`Answer`), and every request body is kept in
`requests`, so a test asserts on what was sent as well as on what the user saw.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web


@dataclass(frozen=True)
class Answer:
    status: int = 200
    content: str | None = None
    """The message text, wrapped in the API's JSON; None with `body` for a raw body."""
    body: str | None = None
    hang: bool = False
    """Never answer (until the server stops): the client's timeout must end it."""


def steps(*texts: str) -> Answer:
    return Answer(content=json.dumps({"steps": list(texts)}))


@dataclass
class FakeModelServer:
    script: list[Answer] = field(default_factory=list)
    requests: list[dict[str, Any]] = field(default_factory=list)
    _runner: web.AppRunner | None = None
    _stopping: asyncio.Event = field(default_factory=asyncio.Event)
    port: int = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/v1/chat/completions", self._complete)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert server is not None and server.sockets  # type: ignore[attr-defined]
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]

    async def stop(self) -> None:
        self._stopping.set()
        if self._runner is not None:
            await self._runner.cleanup()

    async def _complete(self, request: web.Request) -> web.StreamResponse:
        self.requests.append(await request.json())
        answer = self.script.pop(0) if self.script else Answer(status=500)
        if answer.hang:
            await self._stopping.wait()
            return web.Response(status=503)
        if answer.body is not None:
            return web.Response(status=answer.status, text=answer.body)
        if answer.status != 200:
            return web.json_response({"error": {"message": "busy"}}, status=answer.status)
        choice = {"index": 0, "message": {"role": "assistant", "content": answer.content}}
        return web.json_response({"object": "chat.completion", "choices": [choice]})
