"""The port for updates a platform receives by webhook and must not lose.

A platform that pushes updates (Telegram's webhook) forgets each one once the bot says it
arrived, so the adapter stores it first and handles it afterwards. The adapter needs only
these few operations; `adapters.store.inbound` implements them over the bot's database.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol


@dataclass(frozen=True, slots=True)
class InboundUpdate:
    """An update waiting to be handled: its id and the raw JSON the platform sent."""

    update_id: int
    body: dict[str, Any]


class Lead(Protocol):
    """The right to handle the inbox, held until released or lost."""

    async def check(self) -> None:
        """Raises when the right was lost (the database dropped the session)."""

    async def release(self) -> None:
        """Give the right up; safe to repeat."""


class InboundStore(Protocol):
    """Updates stored before they are acknowledged, handled once, in id order."""

    async def save(self, update_id: int, body: Mapping[str, Any], now: datetime) -> bool:
        """Store an update, committed on return; False when that id is already here."""
        ...

    async def unhandled(self, limit: int) -> list[InboundUpdate]:
        """The oldest updates not yet handled, in `update_id` order."""
        ...

    async def mark_handled(self, update_id: int, now: datetime) -> None:
        """Record that the update was handled, and forget what it said."""
        ...

    async def purge(self, before: datetime) -> int:
        """Remove rows handled before `before`; unhandled ones are work, never purged."""
        ...

    async def try_lead(self) -> Lead | None:
        """The right to handle the inbox, or None while another process holds it."""
        ...
