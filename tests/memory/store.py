"""`MemoryStore`: the `Store` port over plain dicts (see the package's docstring)."""

from __future__ import annotations

from core.groups.model import GroupDue
from core.model import Due
from tests.memory.buddies import Buddies
from tests.memory.groups import Groups
from tests.memory.notes import Notes
from tests.memory.people import People
from tests.memory.plans import Plans
from tests.memory.posts import Posts
from tests.memory.practice import Practice
from tests.memory.scheduling import OwnerSchedules
from tests.memory.tables import Tables
from tests.memory.unit import Unit


class MemoryStore(People, Practice, Groups, Plans, Notes, Buddies, Posts, Unit):
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
        self.group_schedules: OwnerSchedules[GroupDue] = OwnerSchedules(
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
            "buddy_pairs": len(t.buddy_pairs),
            "buddies": len(t.buddies),
            "group_posts": len(t.posts),
            "group_post_names": len(t.post_names),
        }
