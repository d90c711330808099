"""The memory store's records: plain dicts keyed as the SQL tables are, and their numbering.

Every method of the store runs without an `await` between its reads and its writes, so on
one event loop each call is as atomic as a transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from core.advisor.plan import Plan
from core.deck import Card
from core.groups.model import Group, GroupChallenge, GroupPost, Member
from core.model import Attempt, Reflection, User
from core.peers.buddies import Pair, Side
from core.peers.model import Note

ScheduleKey = tuple[int, str]
"""(owner id, kind)."""
DeliveryKey = tuple[int, str, date]
"""(owner id, kind, local date)."""


def utc(moment: datetime) -> datetime:
    """As the SQL column type does: refuse a naive time, keep every other in UTC."""
    if moment.tzinfo is None:
        raise ValueError("a naive datetime has no place in the store: pass an aware one")
    return moment.astimezone(UTC)


@dataclass
class Scheduled:
    """One owner kind's schedules and deliveries (users, or group challenges)."""

    schedules: dict[ScheduleKey, datetime] = field(default_factory=dict)
    deliveries: dict[DeliveryKey, dict[str, Any]] = field(default_factory=dict)
    claimed_by: dict[ScheduleKey, str] = field(default_factory=dict)
    """The process holding each leased schedule row (see `tests.memory.liveness`)."""


@dataclass
class Tables:
    users: dict[int, User] = field(default_factory=dict)
    identities: dict[tuple[str, str], int] = field(default_factory=dict)
    attempts: dict[int, Attempt] = field(default_factory=dict)
    reflections: dict[int, Reflection] = field(default_factory=dict)
    rest_days: dict[tuple[int, date], datetime] = field(default_factory=dict)
    safety_events: dict[int, tuple[int, str, datetime]] = field(default_factory=dict)
    own_cards: dict[int, tuple[Card, datetime]] = field(default_factory=dict)
    groups: dict[int, Group] = field(default_factory=dict)
    challenges: dict[int, GroupChallenge] = field(default_factory=dict)
    members: dict[tuple[int, int], Member] = field(default_factory=dict)
    user_schedule: Scheduled = field(default_factory=Scheduled)
    group_schedule: Scheduled = field(default_factory=Scheduled)
    plans: dict[int, Plan] = field(default_factory=dict)
    advisor_consents: dict[int, tuple[str, datetime]] = field(default_factory=dict)
    advisor_exchanges: dict[int, dict[str, Any]] = field(default_factory=dict)
    notes: dict[int, Note] = field(default_factory=dict)
    note_reports: dict[tuple[int, int], datetime] = field(default_factory=dict)
    buddy_pairs: dict[int, Pair] = field(default_factory=dict)
    """Each pair's own fields; its sides are in `buddies`, keyed (pair, user)."""
    buddies: dict[tuple[int, int], Side] = field(default_factory=dict)
    posts: dict[int, tuple[GroupPost, datetime]] = field(default_factory=dict)
    """Kept group messages naming members, with when they were posted."""
    post_retry: dict[int, datetime] = field(default_factory=dict)
    post_names: set[tuple[int, int]] = field(default_factory=set)
    """(post, user): whom each kept message names."""
    _last_id: dict[str, int] = field(default_factory=dict)

    def next_id(self, table: str) -> int:
        """Ids count up from 1 per table and are never reused, as in SQL."""
        self._last_id[table] = self._last_id.get(table, 0) + 1
        return self._last_id[table]
