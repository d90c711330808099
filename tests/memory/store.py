"""`MemoryStore`: the `Store` port over plain dicts (see the package's docstring)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from core.groups.model import GroupDue
from core.model import DeliveryKey, Due, Finished
from tests.memory.groups import Groups
from tests.memory.people import People
from tests.memory.plans import Plans
from tests.memory.practice import Practice
from tests.memory.scheduling import OwnerSchedules
from tests.memory.tables import Tables
from tests.memory.unit import Unit


class MemoryStore(People, Practice, Groups, Plans, Unit):
    """Everything in one process's memory: nothing survives the object, as nothing should."""

    def __init__(self) -> None:
        self.t = Tables()
        t = self.t
        self.user_schedules: OwnerSchedules[Due] = OwnerSchedules(
            t,
            t.user_schedule,
            exists=lambda user_id: user_id in t.users,
            platform_of=lambda user_id: t.users[user_id].platform if user_id in t.users else None,
            due=lambda owner_id, kind, due_at: Due(owner_id, kind, due_at),
            id_table="deliveries",
        )
        self.group_scheduling: OwnerSchedules[GroupDue] = OwnerSchedules(
            t,
            t.group_schedule,
            exists=lambda challenge_id: challenge_id in t.challenges,
            platform_of=self._group_platform,
            due=GroupDue,
            id_table="group_deliveries",
        )

    async def close(self) -> None:
        """Nothing to release; here so a test can treat every store alike."""

    def _group_platform(self, challenge_id: int) -> str | None:
        challenge = self.t.challenges.get(challenge_id)
        group = self.t.groups.get(challenge.group_id) if challenge else None
        return group.platform if group else None

    # a user's schedules and deliveries

    async def set_schedule(self, user_id: int, kind: str, due_at: datetime | None) -> None:
        self.user_schedules.put(user_id, kind, due_at)

    async def set_schedules(self, changes: Sequence[tuple[int, str, datetime | None]]) -> None:
        for user_id, kind, due_at in changes:
            self.user_schedules.put(user_id, kind, due_at)

    async def schedules(self, user_id: int) -> dict[str, datetime]:
        return self.user_schedules.of(user_id)

    async def claim_due(
        self, now: datetime, lease_until: datetime, limit: int, platform: str | None = None
    ) -> list[Due]:
        return self.user_schedules.claim(now, lease_until, limit, platform)

    async def begin_delivery(
        self, user_id: int, kind: str, local_date: date, now: datetime, stale_before: datetime
    ) -> bool:
        key = DeliveryKey(user_id, kind, local_date)
        return key in await self.begin_deliveries([key], now, stale_before)

    async def begin_deliveries(
        self, keys: Sequence[DeliveryKey], now: datetime, stale_before: datetime
    ) -> set[DeliveryKey]:
        held = self.user_schedules.begin(
            [(key.user_id, key.kind, key.local_date) for key in keys], now, stale_before
        )
        return {DeliveryKey(*key) for key in held}

    async def finish_delivery(
        self,
        user_id: int,
        kind: str,
        local_date: date,
        status: str,
        now: datetime,
        next_due_at: datetime | None,
    ) -> None:
        key = DeliveryKey(user_id, kind, local_date)
        await self.finish_deliveries([Finished(key, status, next_due_at)], now)

    async def finish_deliveries(self, finished: Sequence[Finished], now: datetime) -> None:
        self.user_schedules.finish(
            [
                ((f.key.user_id, f.key.kind, f.key.local_date), f.status, f.next_due_at)
                for f in finished
            ],
            now,
        )

    async def release_delivery(
        self, user_id: int, kind: str, local_date: date, claimed_at: datetime, retry_at: datetime
    ) -> None:
        self.user_schedules.release((user_id, kind, local_date), claimed_at, retry_at)

    def row_counts(self) -> dict[str, int]:
        """How many records each kind holds, as a test counts a database's rows."""
        t = self.t
        return {
            "users": len(t.users),
            "attempts": len(t.attempts),
            "reflections": len(t.reflections),
            "rest_days": len(t.rest_days),
            "safety_events": len(t.safety_events),
            "custom_cards": len(t.own_cards),
            "groups": len(t.groups),
            "group_challenges": len(t.challenges),
            "challenge_members": len(t.members),
            "schedules": len(t.user_schedule.schedules),
            "deliveries": len(t.user_schedule.deliveries),
            "group_schedules": len(t.group_schedule.schedules),
            "group_deliveries": len(t.group_schedule.deliveries),
            "plans": len(t.plans),
            "advisor_consents": len(t.advisor_consents),
            "advisor_exchanges": len(t.advisor_exchanges),
        }
