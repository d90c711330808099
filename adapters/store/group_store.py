"""The group half of the `Store` port: groups, their challenges, members and deliveries.

A mixin of `SqlStore`, kept apart so neither module grows past what a reader can hold.
Every method is one transaction, committed before it returns.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import ColumnElement, Date, Integer, String, delete, literal, select, update
from sqlalchemy.ext.asyncio import AsyncEngine

from adapters.store import scheduling
from adapters.store.column_types import UtcDateTime
from adapters.store.database import insert_for
from adapters.store.group_rows import (
    challenge_from_row,
    challenge_values,
    group_from_row,
    member_from_row,
    member_values,
)
from adapters.store.group_scheduling import GROUPS
from adapters.store.rows import attempt_from_row
from adapters.store.schema import (
    attempts,
    challenge_members,
    group_challenges,
    group_deliveries,
    group_schedules,
    groups,
    users,
)
from core.deck import Card
from core.group_model import ChallengeStatus, Group, GroupChallenge, GroupDue, Member
from core.model import Attempt, AttemptStatus

TITLE_LENGTH = 128
NAME_LENGTH = 64
JOIN_CODE_LENGTH = 10


class GroupStore:
    _engine: AsyncEngine
    _reader: AsyncEngine

    # groups

    async def ensure_group(self, platform: str, chat_id: str, title: str, now: datetime) -> Group:
        """Two first events racing for the same chat get the same group."""
        title = title.strip()[:TITLE_LENGTH]
        async with self._engine.begin() as connection:
            insert = insert_for(connection, groups).values(
                platform=platform, chat_id=chat_id, title=title, created_at=now
            )
            key = ["platform", "chat_id"]
            statement = (
                insert.on_conflict_do_update(index_elements=key, set_={"title": title})
                if title
                else insert.on_conflict_do_nothing(index_elements=key)
            )
            await connection.execute(statement)
            query = select(groups).where(groups.c.platform == platform, groups.c.chat_id == chat_id)
            row = (await connection.execute(query)).mappings().one()
        return group_from_row(row)

    async def group(self, group_id: int) -> Group | None:
        async with self._reader.begin() as connection:
            query = select(groups).where(groups.c.id == group_id)
            row = (await connection.execute(query)).mappings().first()
        return None if row is None else group_from_row(row)

    async def group_by_chat(self, platform: str, chat_id: str) -> Group | None:
        query = select(groups).where(groups.c.platform == platform, groups.c.chat_id == chat_id)
        async with self._reader.begin() as connection:
            row = (await connection.execute(query)).mappings().first()
        return None if row is None else group_from_row(row)

    async def save_group(self, group: Group) -> None:
        async with self._engine.begin() as connection:
            await connection.execute(
                update(groups)
                .where(groups.c.id == group.id)
                .values(title=group.title[:TITLE_LENGTH], board_posted_at=group.board_posted_at)
            )

    async def delete_group(self, group_id: int) -> None:
        """Children first and by hand, so it holds even where foreign keys are not enforced."""
        owned = select(group_challenges.c.id).where(group_challenges.c.group_id == group_id)
        async with self._engine.begin() as connection:
            await connection.execute(
                update(attempts).where(attempts.c.challenge_id.in_(owned)).values(challenge_id=None)
            )
            for table in (group_deliveries, group_schedules, challenge_members):
                await connection.execute(delete(table).where(table.c.challenge_id.in_(owned)))
            await connection.execute(
                delete(group_challenges).where(group_challenges.c.group_id == group_id)
            )
            await connection.execute(delete(groups).where(groups.c.id == group_id))

    # challenges

    async def add_group_challenge(self, challenge: GroupChallenge) -> GroupChallenge:
        """A new challenge gets its join code here: randomness is the adapter's to supply."""
        values = challenge_values(challenge)
        values["join_code"] = challenge.join_code or secrets.token_urlsafe(9)[:JOIN_CODE_LENGTH]
        async with self._engine.begin() as connection:
            result = await connection.execute(
                group_challenges.insert().values(**values).returning(group_challenges)
            )
            return challenge_from_row(result.mappings().one())

    async def group_challenge(self, challenge_id: int) -> GroupChallenge | None:
        query = select(group_challenges).where(group_challenges.c.id == challenge_id)
        async with self._reader.begin() as connection:
            row = (await connection.execute(query)).mappings().first()
        return None if row is None else challenge_from_row(row)

    async def current_challenge(self, group_id: int) -> GroupChallenge | None:
        query = (
            select(group_challenges)
            .where(
                group_challenges.c.group_id == group_id,
                group_challenges.c.status != ChallengeStatus.ENDED.value,
            )
            .order_by(group_challenges.c.id.desc())
            .limit(1)
        )
        async with self._reader.begin() as connection:
            row = (await connection.execute(query)).mappings().first()
        return None if row is None else challenge_from_row(row)

    async def save_group_challenge(self, challenge: GroupChallenge) -> None:
        values = challenge_values(challenge)
        del values["group_id"]
        async with self._engine.begin() as connection:
            await connection.execute(
                update(group_challenges)
                .where(group_challenges.c.id == challenge.id)
                .values(**values)
            )

    # members

    async def add_member(self, member: Member) -> bool:
        values = member_values(member)
        values["display_name"] = member.display_name[:NAME_LENGTH]
        async with self._engine.begin() as connection:
            insert = insert_for(connection, challenge_members).values(**values)
            result = await connection.execute(
                insert.on_conflict_do_nothing(index_elements=["challenge_id", "user_id"]).returning(
                    challenge_members.c.user_id
                )
            )
            return result.first() is not None

    async def save_member(self, member: Member) -> None:
        values = member_values(member)
        values["display_name"] = member.display_name[:NAME_LENGTH]
        async with self._engine.begin() as connection:
            await connection.execute(
                update(challenge_members)
                .where(*_member_key(member.challenge_id, member.user_id))
                .values(**values)
            )

    async def remove_member(self, challenge_id: int, user_id: int) -> bool:
        async with self._engine.begin() as connection:
            result = await connection.execute(
                delete(challenge_members).where(*_member_key(challenge_id, user_id))
            )
            return result.rowcount == 1

    async def member(self, challenge_id: int, user_id: int) -> Member | None:
        query = select(challenge_members).where(*_member_key(challenge_id, user_id))
        async with self._reader.begin() as connection:
            row = (await connection.execute(query)).mappings().first()
        return None if row is None else member_from_row(row)

    async def members(self, challenge_id: int) -> Sequence[Member]:
        query = (
            select(challenge_members)
            .where(challenge_members.c.challenge_id == challenge_id)
            .order_by(challenge_members.c.joined_at, challenge_members.c.user_id)
        )
        async with self._reader.begin() as connection:
            rows = (await connection.execute(query)).mappings().all()
        return [member_from_row(row) for row in rows]

    async def memberships(self, user_id: int) -> Sequence[Member]:
        query = (
            select(challenge_members)
            .where(challenge_members.c.user_id == user_id)
            .order_by(challenge_members.c.challenge_id)
        )
        async with self._reader.begin() as connection:
            rows = (await connection.execute(query)).mappings().all()
        return [member_from_row(row) for row in rows]

    # attempts at a group's card

    async def add_challenge_attempt(
        self, user_id: int, challenge_id: int, card: Card, local_date: date, now: datetime
    ) -> Attempt:
        """Made once per (user, challenge, date): the unique key turns a second into a no-op.
        Nothing is made for a user deleted meanwhile (the lookup then raises LookupError)."""
        key = (
            attempts.c.user_id == user_id,
            attempts.c.challenge_id == challenge_id,
            attempts.c.local_date == local_date,
        )
        async with self._engine.begin() as connection:
            insert = insert_for(connection, attempts).from_select(
                [
                    "user_id",
                    "challenge_id",
                    "card_id",
                    "level",
                    "domain",
                    "local_date",
                    "created_at",
                    "status",
                ],
                select(
                    users.c.id,
                    literal(challenge_id, Integer),
                    literal(card.id, String),
                    literal(card.level, Integer),
                    literal(card.domain, String),
                    literal(local_date, Date),
                    literal(now, UtcDateTime),
                    literal(AttemptStatus.OPEN.value, String),
                ).where(users.c.id == user_id),
            )
            await connection.execute(
                insert.on_conflict_do_nothing(
                    index_elements=["user_id", "challenge_id", "local_date"]
                )
            )
            row = (await connection.execute(select(attempts).where(*key))).mappings().first()
        if row is None:
            raise LookupError(f"no user {user_id}")
        return attempt_from_row(row)

    async def challenge_attempts(self, challenge_id: int) -> Sequence[Attempt]:
        query = (
            select(attempts)
            .where(attempts.c.challenge_id == challenge_id)
            .order_by(attempts.c.local_date, attempts.c.id)
        )
        async with self._reader.begin() as connection:
            rows = (await connection.execute(query)).mappings().all()
        return [attempt_from_row(row) for row in rows]

    # schedules and deliveries

    async def set_group_schedule(
        self, challenge_id: int, kind: str, due_at: datetime | None
    ) -> None:
        async with self._engine.begin() as connection:
            await scheduling.set_schedule(connection, GROUPS, challenge_id, kind, due_at)

    async def group_schedules(self, challenge_id: int) -> dict[str, datetime]:
        async with self._reader.begin() as connection:
            return await scheduling.schedules_of(connection, GROUPS, challenge_id)

    async def claim_due_groups(
        self, now: datetime, lease_until: datetime, limit: int, platform: str | None = None
    ) -> list[GroupDue]:
        async with self._engine.begin() as connection:
            return await scheduling.claim_due(connection, GROUPS, now, lease_until, limit, platform)

    async def begin_group_delivery(
        self,
        challenge_id: int,
        kind: str,
        local_date: date,
        now: datetime,
        stale_before: datetime,
        card_id: str | None = None,
    ) -> bool:
        async with self._engine.begin() as connection:
            return await scheduling.begin_delivery(
                connection,
                GROUPS,
                challenge_id,
                kind,
                local_date,
                now,
                stale_before,
                card_id=card_id,
            )

    async def finish_group_delivery(
        self,
        challenge_id: int,
        kind: str,
        local_date: date,
        status: str,
        now: datetime,
        next_due_at: datetime | None,
    ) -> None:
        async with self._engine.begin() as connection:
            await scheduling.finish_delivery(
                connection, GROUPS, challenge_id, kind, local_date, status, now, next_due_at
            )

    async def group_cards(self, challenge_id: int) -> dict[date, str]:
        query = select(group_deliveries.c.local_date, group_deliveries.c.card_id).where(
            group_deliveries.c.challenge_id == challenge_id,
            group_deliveries.c.card_id.is_not(None),
        )
        async with self._reader.begin() as connection:
            rows = (await connection.execute(query)).all()
        return {row.local_date: row.card_id for row in rows}


def _member_key(challenge_id: int, user_id: int) -> tuple[ColumnElement[bool], ...]:
    return (
        challenge_members.c.challenge_id == challenge_id,
        challenge_members.c.user_id == user_id,
    )
