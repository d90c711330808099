"""People in memory: users, safety events, and what a user's export and deletion cover."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import asdict, replace
from datetime import datetime
from typing import Any

from adapters.store.rows import attempt_values, json_safe, user_values
from adapters.store.schema import metadata
from core.model import Due, User
from tests.memory.buddies import buddy_rows, forget_buddies
from tests.memory.notes import forget_notes, note_rows
from tests.memory.plans import advisor_rows, forget_advisor
from tests.memory.posts import mark_named, post_name_rows
from tests.memory.scheduling import OwnerSchedules
from tests.memory.tables import Tables, utc


class People:
    t: Tables
    user_schedules: OwnerSchedules[Due]

    async def user_by_identity(self, platform: str, platform_user_id: str) -> User | None:
        user_id = self.t.identities.get((platform, platform_user_id))
        return None if user_id is None else self.t.users.get(user_id)

    async def user(self, user_id: int) -> User | None:
        return self.t.users.get(user_id)

    async def users(self, user_ids: Collection[int]) -> dict[int, User]:
        return {i: self.t.users[i] for i in set(user_ids) if i in self.t.users}

    async def create_user(
        self, platform: str, platform_user_id: str, chat_id: str, now: datetime
    ) -> User:
        """The first user of an identity; asking again returns that one."""
        existing = await self.user_by_identity(platform, platform_user_id)
        if existing is not None:
            return existing
        user = User(self.t.next_id("users"), platform, platform_user_id, chat_id, utc(now))
        self.t.users[user.id] = user
        self.t.identities[platform, platform_user_id] = user.id
        return user

    async def save_user(self, user: User) -> None:
        """Every field but the identity's key; a user deleted meanwhile stays deleted."""
        if user.id in self.t.users:
            self.t.users[user.id] = _stored(user)

    async def delete_user(self, user_id: int) -> None:
        mark_named(self.t, user_id)
        user = self.t.users.pop(user_id, None)
        if user is not None:
            del self.t.identities[user.platform, user.platform_user_id]
        t = self.t
        t.attempts = {k: a for k, a in t.attempts.items() if a.user_id != user_id}
        t.reflections = {k: r for k, r in t.reflections.items() if r.user_id != user_id}
        t.safety_events = {k: e for k, e in t.safety_events.items() if e[0] != user_id}
        t.own_cards = {k: c for k, c in t.own_cards.items() if c[0].owner_id != user_id}
        t.rest_days = {k: at for k, at in t.rest_days.items() if k[0] != user_id}
        t.members = {k: m for k, m in t.members.items() if k[1] != user_id}
        forget_advisor(t, user_id)
        forget_notes(t, user_id)
        forget_buddies(t, user_id)
        self.user_schedules.forget(user_id)

    async def export_user(self, user_id: int) -> dict[str, list[dict[str, Any]]]:
        """Table by table, as the SQL store exports: the same names, columns and order."""
        rows = rows_held(self.t, user_id)
        personal = [table.name for table in metadata.sorted_tables if "user_id" in table.c]
        return {
            name: [{key: json_safe(value) for key, value in row.items()} for row in rows[name]]
            for name in ["users", *personal]
        }

    async def add_safety_event(self, user_id: int, kind: str, now: datetime) -> None:
        if user_id in self.t.users:
            self.t.safety_events[self.t.next_id("safety_events")] = (user_id, kind, utc(now))

    async def last_safety_event(
        self, user_id: int, kinds: Collection[str] | None = None
    ) -> datetime | None:
        times = [
            at
            for owner, kind, at in self.t.safety_events.values()
            if owner == user_id and (kinds is None or kind in kinds)
        ]
        return max(times, default=None)


def _stored(user: User) -> User:
    """What SQL would give back: times in UTC, domains a tuple, state data a plain dict."""
    consent = None if user.consent_at is None else utc(user.consent_at)
    return replace(
        user,
        consent_at=consent,
        domains=tuple(user.domains),
        needs=tuple(user.needs),
        state_data=dict(user.state_data),
    )


def rows_held(t: Tables, user_id: int) -> dict[str, list[dict[str, Any]]]:
    """Every row naming the user, by the SQL table it would be in."""
    rows: dict[str, list[dict[str, Any]]] = {
        table.name: [] for table in metadata.sorted_tables if "user_id" in table.c
    }
    user = t.users.get(user_id)
    rows["users"] = [] if user is None else [{"id": user.id, **user_values(user)}]
    rows["attempts"] = [
        {"id": a.id, **attempt_values(a)}
        for _id, a in sorted(t.attempts.items())
        if a.user_id == user_id
    ]
    rows["reflections"] = [
        asdict(r) for _id, r in sorted(t.reflections.items()) if r.user_id == user_id
    ]
    rows["rest_days"] = [
        {"user_id": owner, "local_date": day, "created_at": at}
        for (owner, day), at in sorted(t.rest_days.items())
        if owner == user_id
    ]
    rows["safety_events"] = [
        {"id": number, "user_id": owner, "kind": kind, "created_at": at}
        for number, (owner, kind, at) in sorted(t.safety_events.items())
        if owner == user_id
    ]
    rows["custom_cards"] = [
        {
            "id": number,
            "user_id": card.owner_id,
            "title": card.title,
            "ask": card.ask,
            "level": card.level,
            "domain": card.domain,
            "created_at": at,
        }
        for number, (card, at) in sorted(t.own_cards.items())
        if card.owner_id == user_id
    ]
    rows["schedules"] = [
        {
            "user_id": owner,
            "kind": kind,
            "next_due_at": at,
            "claimed_by": t.user_schedule.claimed_by.get((owner, kind)),
        }
        for (owner, kind), at in sorted(t.user_schedule.schedules.items())
        if owner == user_id
    ]
    rows["deliveries"] = sorted(
        (
            {"id": row["id"], "user_id": key[0], **{k: v for k, v in row.items() if k != "id"}}
            for key, row in t.user_schedule.deliveries.items()
            if key[0] == user_id
        ),
        key=lambda row: int(row["id"]),
    )
    rows["challenge_members"] = [
        asdict(m) for key, m in sorted(t.members.items()) if key[1] == user_id
    ]
    rows.update(advisor_rows(t, user_id))
    rows.update(note_rows(t, user_id))
    rows.update(buddy_rows(t, user_id))
    rows.update(post_name_rows(t, user_id))
    return rows
