"""The ports the engine needs from the outside world, as Protocols.

`adapters/` implements them, `bot/` plugs them in, and tests pass fakes. Core never
imports an implementation.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol

from core.deck import Card
from core.group_model import Group, GroupChallenge, GroupDue, Member
from core.messages import Event, Reply
from core.model import (
    Attempt,
    DeliveryKey,
    Due,
    Finished,
    NewAttempt,
    Recent,
    Reflection,
    User,
)
from core.progress import Progress


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


class Sender(Protocol):
    async def send(self, address: Address, reply: Reply) -> None:
        """Deliver one reply; raise RecipientGone or SendFailed when it cannot."""
        ...


class Store(Protocol):
    """Durable state. Each method is one transaction, committed before it returns."""

    # users
    async def user_by_identity(self, platform: str, platform_user_id: str) -> User | None: ...
    async def user(self, user_id: int) -> User | None: ...
    async def users(self, user_ids: Collection[int]) -> dict[int, User]:
        """The users among `user_ids` that exist, by id."""
        ...

    async def create_user(
        self, platform: str, platform_user_id: str, chat_id: str, now: datetime
    ) -> User: ...
    async def save_user(self, user: User) -> None: ...
    async def delete_user(self, user_id: int) -> None: ...
    async def export_user(self, user_id: int) -> dict[str, list[dict[str, Any]]]: ...

    # attempts and what hangs off them
    async def add_attempt(
        self, user_id: int, card_id: str, level: int, domain: str, local_date: date, now: datetime
    ) -> Attempt: ...
    async def add_attempts(self, new: Sequence[NewAttempt], now: datetime) -> list[Attempt]:
        """Many at once, in one transaction; returned in no particular order."""
        ...

    async def attempt(self, attempt_id: int) -> Attempt | None: ...
    async def save_attempt(self, attempt: Attempt) -> None: ...
    async def attempts(self, user_id: int, since: date | None = None) -> Sequence[Attempt]: ...
    async def add_reflection(
        self, user_id: int, attempt_id: int, prompt_id: str, text: str, now: datetime
    ) -> Reflection: ...
    async def reflections(self, user_id: int) -> Sequence[Reflection]: ...
    async def add_rest_day(self, user_id: int, local_date: date, now: datetime) -> bool: ...
    async def rest_days(self, user_id: int) -> Sequence[date]: ...
    async def recent(
        self, user_ids: Collection[int], since: date, given_since: date
    ) -> dict[int, Recent]:
        """Each user's attempts and rest days on or after `since`, the cards given on or
        after `given_since`, and own cards; a user with none may be missing."""
        ...

    async def add_safety_event(self, user_id: int, kind: str, now: datetime) -> None: ...
    async def last_safety_event(
        self, user_id: int, kinds: Collection[str] | None = None
    ) -> datetime | None:
        """When the latest event of one of `kinds` happened (None: of any kind)."""
        ...

    # the user's own cards, with ids "mine-<n>"
    async def add_custom_card(
        self, user_id: int, title: str, ask: str, level: int, domain: str, now: datetime
    ) -> Card: ...
    async def custom_cards(self, user_id: int) -> Sequence[Card]: ...
    async def remove_custom_card(self, user_id: int, card_id: str) -> bool: ...

    # scheduling: one table of (user, kind, next_due_at) read through an index
    async def set_schedule(self, user_id: int, kind: str, due_at: datetime | None) -> None: ...
    async def set_schedules(self, changes: Sequence[tuple[int, str, datetime | None]]) -> None:
        """Many `set_schedule` calls (user, kind, due time) in one transaction."""
        ...

    async def schedules(self, user_id: int) -> dict[str, datetime]: ...
    async def claim_due(
        self, now: datetime, lease_until: datetime, limit: int, platform: str | None = None
    ) -> list[Due]: ...
    async def begin_delivery(
        self, user_id: int, kind: str, local_date: date, now: datetime, stale_before: datetime
    ) -> bool: ...
    async def begin_deliveries(
        self, keys: Sequence[DeliveryKey], now: datetime, stale_before: datetime
    ) -> set[DeliveryKey]:
        """Many `begin_delivery` calls in one transaction: the keys this caller now holds."""
        ...

    async def finish_delivery(
        self,
        user_id: int,
        kind: str,
        local_date: date,
        status: str,
        now: datetime,
        next_due_at: datetime | None,
    ) -> None: ...
    async def finish_deliveries(self, finished: Sequence[Finished], now: datetime) -> None:
        """Many `finish_delivery` calls in one transaction."""
        ...

    async def release_delivery(
        self, user_id: int, kind: str, local_date: date, claimed_at: datetime, retry_at: datetime
    ) -> None:
        """Give up a claim whose send failed: the delivery may be begun again at once, and
        its schedule row (if it still exists) comes due at `retry_at` instead of when the
        lease ends. A claim taken over since `claimed_at` is left alone."""
        ...

    # groups and their shared challenges (see core.group_model)
    async def ensure_group(self, platform: str, chat_id: str, title: str, now: datetime) -> Group:
        """The group of this chat, made on first use; a changed title is kept up to date."""
        ...

    async def group(self, group_id: int) -> Group | None: ...
    async def group_by_chat(self, platform: str, chat_id: str) -> Group | None: ...
    async def save_group(self, group: Group) -> None: ...
    async def delete_group(self, group_id: int) -> None:
        """Remove the group with its challenges, members and schedules; members' own
        attempts stay theirs, no longer tied to the challenge."""
        ...

    async def add_group_challenge(self, challenge: GroupChallenge) -> GroupChallenge:
        """Store a new challenge (its id is ignored and assigned)."""
        ...

    async def group_challenge(self, challenge_id: int) -> GroupChallenge | None: ...
    async def current_challenge(self, group_id: int) -> GroupChallenge | None:
        """The group's challenge being set up or running, if any (at most one)."""
        ...

    async def save_group_challenge(self, challenge: GroupChallenge) -> None: ...
    async def add_member(self, member: Member) -> bool:
        """False when the user already is a member (pending or not): nothing changes then."""
        ...

    async def save_member(self, member: Member) -> None: ...
    async def remove_member(self, challenge_id: int, user_id: int) -> bool: ...
    async def member(self, challenge_id: int, user_id: int) -> Member | None: ...
    async def members(self, challenge_id: int) -> Sequence[Member]:
        """Oldest first."""
        ...

    async def memberships(self, user_id: int) -> Sequence[Member]: ...
    async def add_challenge_attempt(
        self,
        user_id: int,
        challenge_id: int,
        card: Card,
        local_date: date,
        now: datetime,
    ) -> Attempt:
        """The member's attempt at the group's card of `local_date`, made once: asking
        again returns the same attempt."""
        ...

    async def challenge_attempts(self, challenge_id: int) -> Sequence[Attempt]: ...
    async def set_group_schedule(
        self, challenge_id: int, kind: str, due_at: datetime | None
    ) -> None: ...
    async def group_schedules(self, challenge_id: int) -> dict[str, datetime]: ...
    async def claim_due_groups(
        self, now: datetime, lease_until: datetime, limit: int, platform: str | None = None
    ) -> list[GroupDue]: ...
    async def begin_group_delivery(
        self,
        challenge_id: int,
        kind: str,
        local_date: date,
        now: datetime,
        stale_before: datetime,
        card_id: str | None = None,
    ) -> bool:
        """True for exactly one caller per (challenge, local date, kind), as for users."""
        ...

    async def finish_group_delivery(
        self,
        challenge_id: int,
        kind: str,
        local_date: date,
        status: str,
        now: datetime,
        next_due_at: datetime | None,
    ) -> None: ...
    async def group_cards(self, challenge_id: int) -> dict[date, str]:
        """The card the group was given on each local date (claimed or sent)."""
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
