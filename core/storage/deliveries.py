"""Schedules and deliveries: what the tick reads, claims and records, for users and groups.

One table of (owner, kind, next_due_at) read through an index, and a delivery key (owner,
local date, kind) that lets exactly one caller send a thing once a day. Users and group
challenges have the same guarantees; their ports differ only in whose rows they name.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Protocol

from core.groups.model import GroupDue
from core.model import DeliveryKey, Due, Finished


class Deliveries(Protocol):
    """A user's schedules and deliveries."""

    async def set_schedule(self, user_id: int, kind: str, due_at: datetime | None) -> None:
        """When `kind` is next due for the user; None removes it. Nothing for a user who
        is gone."""
        ...

    async def set_schedules(self, changes: Sequence[tuple[int, str, datetime | None]]) -> None:
        """Many `set_schedule` calls (user, kind, due time) at once: a claimed batch's."""
        ...

    async def schedules(self, user_id: int) -> dict[str, datetime]: ...
    async def claim_due(
        self, now: datetime, lease_until: datetime, limit: int, platform: str | None = None
    ) -> list[Due]:
        """Up to `limit` due rows, earliest first, leased until `lease_until`."""
        ...

    async def begin_delivery(
        self, user_id: int, kind: str, local_date: date, now: datetime, stale_before: datetime
    ) -> bool:
        """True for exactly one caller per (user, local date, kind), or when a claim went
        stale before `stale_before`."""
        ...

    async def begin_deliveries(
        self, keys: Sequence[DeliveryKey], now: datetime, stale_before: datetime
    ) -> set[DeliveryKey]:
        """Many `begin_delivery` calls at once: the keys this caller now holds."""
        ...

    async def finish_delivery(
        self,
        user_id: int,
        kind: str,
        local_date: date,
        status: str,
        now: datetime,
        next_due_at: datetime | None,
    ) -> None:
        """How the delivery ended, and when its kind is next due (None: no more); a
        schedule removed meanwhile is not brought back."""
        ...

    async def finish_deliveries(self, finished: Sequence[Finished], now: datetime) -> None:
        """Many `finish_delivery` calls at once."""
        ...

    async def release_delivery(
        self, user_id: int, kind: str, local_date: date, claimed_at: datetime, retry_at: datetime
    ) -> None:
        """Give up a claim whose send failed: the delivery may be begun again at once, and
        its schedule row (if it still exists) comes due at `retry_at` instead of when the
        lease ends. A claim taken over since `claimed_at` is left alone."""
        ...


class GroupDeliveries(Protocol):
    """A group challenge's schedules and deliveries, with the same guarantees."""

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
