"""The `Members` port over SQL: who takes part in a group challenge, and their attempts at
the group's card (their own, like every attempt)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import ColumnElement, Date, Integer, String, delete, literal, select, update

from adapters.store.column_types import UtcDateTime
from adapters.store.database import insert_for
from adapters.store.group_rows import member_from_row, member_values
from adapters.store.rows import attempt_from_row
from adapters.store.schema import attempts, challenge_members, users
from adapters.store.transactions import Transactions
from core.deck import Card
from core.groups.model import Member
from core.model import Attempt, AttemptStatus

NAME_LENGTH = 64


class SqlMembers(Transactions):
    async def add_member(self, member: Member) -> bool:
        values = member_values(member)
        values["display_name"] = member.display_name[:NAME_LENGTH]
        async with self._writing() as connection:
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
        async with self._writing() as connection:
            await connection.execute(
                update(challenge_members)
                .where(*_member_key(member.challenge_id, member.user_id))
                .values(**values)
            )

    async def remove_member(self, challenge_id: int, user_id: int) -> bool:
        async with self._writing() as connection:
            result = await connection.execute(
                delete(challenge_members).where(*_member_key(challenge_id, user_id))
            )
            return result.rowcount == 1

    async def member(self, challenge_id: int, user_id: int) -> Member | None:
        query = select(challenge_members).where(*_member_key(challenge_id, user_id))
        async with self._reading() as connection:
            row = (await connection.execute(query)).mappings().first()
        return None if row is None else member_from_row(row)

    async def members(self, challenge_id: int) -> Sequence[Member]:
        query = (
            select(challenge_members)
            .where(challenge_members.c.challenge_id == challenge_id)
            .order_by(challenge_members.c.joined_at, challenge_members.c.user_id)
        )
        async with self._reading() as connection:
            rows = (await connection.execute(query)).mappings().all()
        return [member_from_row(row) for row in rows]

    async def memberships(self, user_id: int) -> Sequence[Member]:
        query = (
            select(challenge_members)
            .where(challenge_members.c.user_id == user_id)
            .order_by(challenge_members.c.challenge_id)
        )
        async with self._reading() as connection:
            rows = (await connection.execute(query)).mappings().all()
        return [member_from_row(row) for row in rows]

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
        async with self._writing() as connection:
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
        async with self._reading() as connection:
            rows = (await connection.execute(query)).mappings().all()
        return [attempt_from_row(row) for row in rows]


def _member_key(challenge_id: int, user_id: int) -> tuple[ColumnElement[bool], ...]:
    return (
        challenge_members.c.challenge_id == challenge_id,
        challenge_members.c.user_id == user_id,
    )
