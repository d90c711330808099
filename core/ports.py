"""The ports the engine needs from the outside world, as Protocols.

The store's ports (one per thing held, and the unit of work) are in `core.storage`;
`Store`, their union, is re-exported here.

`adapters/` implements them, `bot/` plugs them in, and tests pass fakes. Core never
imports an implementation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, runtime_checkable

from core.advisor.picture import LadderPicture
from core.messages import Event, Reply, Tracked
from core.progress import Progress
from core.storage import Store as Store


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware, in UTC."""
        ...


@dataclass(frozen=True, slots=True)
class Address:
    """Where a message goes: a user's private chat, or (`group`) a group chat or channel."""

    platform: str
    chat_id: str
    group: bool = False


class RecipientGone(Exception):
    """The user blocked the bot or closed their messages: stop sending, do not retry."""


class SendFailed(Exception):
    """A send that may work later (network trouble, platform outage).

    `retry_after`: the seconds the platform asked the bot to wait (a 429), when it said.
    """

    def __init__(self, message: str = "", retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class MessageGone(Exception):
    """A message the bot sent can no longer be changed: deleted (by an admin, say), too
    old for the platform to let the bot edit or delete it, or the new text would not fit
    in it."""


Sent = tuple[str, ...]
"""The platform's ids of the messages one send made, in order (a long reply may be several)."""


class Sender(Protocol):
    async def send(self, address: Address, reply: Reply) -> Sent | None:
        """Deliver one reply; raise RecipientGone or SendFailed when it cannot. Returns the
        ids of the messages it made, where the platform has such ids."""
        ...


@runtime_checkable
class Editor(Protocol):
    """Changing what the bot sent earlier: how an erase reaches the group messages that
    named the person (`core.groups.posts`)."""

    async def edit_message(self, address: Address, message_id: str, reply: Reply) -> None:
        """Put `reply` in place of the message; raise MessageGone when that cannot be done,
        RecipientGone or SendFailed as `send` does."""
        ...

    async def delete_message(self, address: Address, message_id: str) -> None:
        """Remove the message; raise MessageGone when it is gone already or too old to
        delete, RecipientGone or SendFailed as `send` does."""
        ...


class Places(Protocol):
    """Offline geography: a shared location's time zone, a time zone's country."""

    def timezone_at(self, latitude: float, longitude: float) -> str | None: ...

    def country_of(self, timezone: str) -> str | None: ...


class Charts(Protocol):
    """Pictures of a user's progress; drawing is slow, so it must not block the event loop."""

    async def progress_chart(self, progress: Progress, small: bool = False) -> bytes:
        """A portrait PNG of `progress`; `small` is the compact one for the weekly summary."""
        ...

    async def ladder_chart(self, ladder: LadderPicture) -> bytes:
        """A PNG of a personal plan's ladder, with where the user stands."""
        ...


class Conversation(Protocol):
    """What a platform adapter talks to: the engine, seen from the outside."""

    async def handle(self, event: Event) -> list[Reply]:
        """Answer one event; every write it acknowledges is committed before it returns."""
        ...

    async def recipient_gone(self, platform: str, chat_id: str) -> None:
        """The platform said this private chat is closed to the bot (blocked, DMs off)."""
        ...

    async def group_gone(self, platform: str, chat_id: str) -> None:
        """The bot was removed from this group or channel: end its challenge, forget it."""
        ...

    async def posted(self, platform: str, chat_id: str, tracked: Tracked, sent: Sent) -> None:
        """A reply carrying `Reply.tracked` went to this group as the messages `sent`."""
        ...
