"""Schedules and deliveries: what the tick reads, claims and records, for any owner.

One table of (owner, kind, next_due_at) read through an index, and a delivery key (owner,
kind, local date) that lets exactly one caller send a thing once a day. Users and group
challenges are owners alike: one port, `Schedules`, parameterised by whose rows it holds
(`Scheduling.user_schedules`, `Scheduling.group_schedules`), instead of a twin per owner.
Every method names the owner by id; rows for an owner that is gone are never written.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol, TypeVar

from core.groups.model import GroupDue
from core.model import DeliveryKey, Due, Finished

DueT = TypeVar("DueT")


class Schedules(Protocol[DueT]):
    """One owner kind's schedules and deliveries."""

    async def schedule(self, owner_id: int, kind: str, due_at: datetime | None) -> None:
        """When `kind` is next due for the owner; None removes it."""
        ...

    async def schedule_many(self, changes: Sequence[tuple[int, str, datetime | None]]) -> None:
        """Many `schedule` calls (owner, kind, due time) at once: a claimed batch's."""
        ...

    async def scheduled(self, owner_id: int) -> dict[str, datetime]:
        """When each of the owner's kinds is next due."""
        ...

    async def claim_due(
        self, now: datetime, lease_until: datetime, limit: int, platform: str | None = None
    ) -> list[DueT]:
        """Up to `limit` rows due at `now`, earliest first, leased until `lease_until` (so no
        other tick takes them); with `platform`, only its owners' rows."""
        ...

    async def begin(
        self,
        keys: Sequence[DeliveryKey],
        now: datetime,
        stale_before: datetime,
        card_id: str | None = None,
    ) -> set[DeliveryKey]:
        """Claim deliveries: the keys this caller now holds, each held by exactly one caller
        (or taken over when its claim went stale before `stale_before`). `card_id` is kept
        with a group's delivery: the card the group is given that day."""
        ...

    async def finish(self, finished: Sequence[Finished], now: datetime) -> None:
        """How each delivery ended, and when its kind is next due (None: no more); a
        schedule removed meanwhile is not brought back."""
        ...

    async def release(
        self, claims: Sequence[tuple[DeliveryKey, datetime]], retry_at: datetime
    ) -> None:
        """Give up claims, each a key and when it was claimed, whose sends failed or were
        never begun: each delivery may be begun again at once, and its schedule row (if it
        still exists) comes due at `retry_at` instead of when the lease ends. A claim taken
        over since it was claimed is left alone. All in one transaction: a stop releases
        every claim it did not send together, within its few seconds' grace."""
        ...


class Scheduling(Protocol):
    """Where each owner's schedules are."""

    @property
    def user_schedules(self) -> Schedules[Due]: ...
    @property
    def group_schedules(self) -> Schedules[GroupDue]: ...
