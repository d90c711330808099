"""What can go wrong on the fake Bot API server, switched on by the tests."""

from __future__ import annotations

import random
from collections import deque
from dataclasses import dataclass, field

from tests.fakes.telegram_api_methods import ApiError, bad_request
from tests.fakes.telegram_updates import Json

SEND_METHODS = frozenset(
    {"sendmessage", "sendphoto", "senddocument", "editmessagetext", "editmessagereplymarkup"}
)


@dataclass
class Faults:
    """Switches for what can go wrong; each applies to send-like methods only."""

    flood_left: int = 0
    flood_chat: str | None = None
    flood_fraction: float = 0.0
    retry_after: int = 1
    rng: random.Random = field(default_factory=lambda: random.Random(0))
    blocked: dict[str, tuple[int, str]] = field(default_factory=dict)
    drops_left: int = 0
    drop_method: str | None = None
    uneditable: set[tuple[str, int]] = field(default_factory=set)
    per_second: int = 0
    """Telegram's overall limit per bot token (30 messages a second); 0: none."""
    recent: deque[float] = field(default_factory=deque)

    def over_limit(self, name: str, now: float) -> ApiError | None:
        """A 429 when this send would make more than `per_second` in the last second,
        counted across every client using the token (processes alike)."""
        if not self.per_second or name not in SEND_METHODS:
            return None
        while self.recent and self.recent[0] <= now - 1.0:
            self.recent.popleft()
        if len(self.recent) >= self.per_second:
            return ApiError(429, "Too Many Requests: retry after 1", {"retry_after": 1})
        self.recent.append(now)
        return None

    def injected(self, name: str, chat_id: str | None, params: Json) -> ApiError | None:
        """The failure this call meets, if any; status 0 means: drop the connection."""
        if name not in SEND_METHODS:
            return None
        if self.drops_left and self.drop_method in (None, name):
            self.drops_left -= 1
            return ApiError(0, "connection dropped")
        if chat_id in self.blocked:
            return ApiError(*self.blocked[chat_id])
        message_id = int(params.get("message_id", 0) or 0)
        if name.startswith("edit") and (str(chat_id), message_id) in self.uneditable:
            return bad_request("message can't be edited")
        return self._flood(chat_id)

    def _flood(self, chat_id: str | None) -> ApiError | None:
        flooded = bool(self.flood_left) and self.flood_chat in (None, chat_id)
        if flooded:
            self.flood_left -= 1
        elif not (self.flood_fraction and self.rng.random() < self.flood_fraction):
            return None
        return ApiError(
            429,
            f"Too Many Requests: retry after {self.retry_after}",
            {"retry_after": self.retry_after},
        )
