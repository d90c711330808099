"""Where the Discord client sends its requests: Discord itself, or another base.

discord.py offers no constructor option for this. It builds every REST URL, the interaction
callbacks and followups included, from the class attribute `discord.http.Route.BASE`, and a
non-sharded client opens its gateway at the class attribute `DiscordWebSocket.DEFAULT_GATEWAY`.
Overwriting those would redirect every client in the process. Instead, `use()` replaces both
attributes once with descriptors that read a context variable, and sets that variable. The
adapter calls it inside its own task, so the client's requests, and every task the client
spawns from there (event handlers, interaction callbacks, button presses), see the override,
while the rest of the process still sees Discord's addresses. Where no override is set the
descriptors return the library's original values, so installing them changes nothing by itself.

`api_base` is the versioned REST base that paths such as `/users/@me` are appended to
(Discord's own is `https://discord.com/api/v10`); `gateway` is a websocket URL such as
`wss://gateway.discord.gg/`.
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar, Token
from dataclasses import dataclass
from typing import Generic, TypeVar

import yarl
from discord.gateway import DiscordWebSocket
from discord.http import Route

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Endpoints:
    api_base: str | None = None
    gateway: str | None = None


_current: ContextVar[Endpoints | None] = ContextVar("askanyway_discord_endpoints", default=None)


class _Scoped(Generic[T]):
    """A class attribute whose value comes from the running task's `Endpoints`."""

    def __init__(self, default: T, pick: Callable[[Endpoints], T | None]) -> None:
        self.default = default
        self._pick = pick

    def __get__(self, instance: object, owner: type | None = None) -> T:
        endpoints = _current.get()
        picked = self._pick(endpoints) if endpoints is not None else None
        return self.default if picked is None else picked


def _api_base(endpoints: Endpoints) -> str | None:
    return endpoints.api_base.rstrip("/") if endpoints.api_base else None


def _gateway(endpoints: Endpoints) -> yarl.URL | None:
    return yarl.URL(endpoints.gateway) if endpoints.gateway else None


def _install() -> None:
    if not isinstance(Route.__dict__["BASE"], _Scoped):
        Route.BASE = _Scoped(Route.BASE, _api_base)  # type: ignore[assignment]
    if not isinstance(DiscordWebSocket.__dict__["DEFAULT_GATEWAY"], _Scoped):
        DiscordWebSocket.DEFAULT_GATEWAY = _Scoped(  # type: ignore[assignment]
            DiscordWebSocket.DEFAULT_GATEWAY, _gateway
        )


def use(endpoints: Endpoints) -> Token[Endpoints | None]:
    """Send this task's (and its future child tasks') Discord traffic to `endpoints`."""
    _install()
    return _current.set(endpoints)


def reset(token: Token[Endpoints | None]) -> None:
    _current.reset(token)
