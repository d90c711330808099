"""The `People` port over SQL: users and their settings, safety events, and what a user's
export and deletion cover (every table with a `user_id`, found in the schema, so a table
added later is covered too).

Every method is one transaction, committed before it returns, unless a unit of work is open
(`transactions`). Methods that only read open read-only transactions.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from typing import Any

from sqlalchemy import Table, delete, func, select, update

from adapters.store.batches import chunks
from adapters.store.database import forget_erased, insert_for
from adapters.store.posts import mark_named
from adapters.store.rows import json_safe, user_from_row, user_values
from adapters.store.schema import metadata, safety_events, users
from adapters.store.transactions import Transactions
from core.model import User


class SqlPeople(Transactions):
    async def user_by_identity(self, platform: str, platform_user_id: str) -> User | None:
        query = select(users).where(
            users.c.platform == platform, users.c.platform_user_id == platform_user_id
        )
        async with self._reading() as connection:
            row = (await connection.execute(query)).mappings().first()
        return None if row is None else user_from_row(row)

    async def user(self, user_id: int) -> User | None:
        async with self._reading() as connection:
            row = (
                (await connection.execute(select(users).where(users.c.id == user_id)))
                .mappings()
                .first()
            )
        return None if row is None else user_from_row(row)

    async def users(self, user_ids: Collection[int]) -> dict[int, User]:
        found: dict[int, User] = {}
        async with self._reading() as connection:
            for chunk in chunks(user_ids):
                query = select(users).where(users.c.id.in_(chunk))
                for row in (await connection.execute(query)).mappings():
                    found[row["id"]] = user_from_row(row)
        return found

    async def create_user(
        self, platform: str, platform_user_id: str, chat_id: str, now: datetime
    ) -> User:
        """A new user with the model's defaults.

        Two first messages racing for the same identity get the same user: the second
        insert does nothing and the row the first one made is returned.
        """
        fresh = User(
            id=0,
            platform=platform,
            platform_user_id=platform_user_id,
            chat_id=chat_id,
            created_at=now,
        )
        async with self._writing() as connection:
            insert = insert_for(connection, users).values(**user_values(fresh))
            await connection.execute(
                insert.on_conflict_do_nothing(index_elements=["platform", "platform_user_id"])
            )
            query = select(users).where(
                users.c.platform == platform, users.c.platform_user_id == platform_user_id
            )
            row = (await connection.execute(query)).mappings().one()
        return user_from_row(row)

    async def save_user(self, user: User) -> None:
        """Writes every field; saving a user who was deleted meanwhile does nothing."""
        async with self._writing() as connection:
            await connection.execute(
                update(users).where(users.c.id == user.id).values(**user_values(user))
            )

    async def delete_user(self, user_id: int) -> None:
        """Removes the user's rows from every table that has them, children first.

        Driven by the metadata rather than ON DELETE CASCADE alone, so a table added later is
        emptied too, even on a SQLite connection opened without foreign keys.
        """
        async with self._writing() as connection:
            await mark_named(connection, user_id)  # the group messages naming them: redone
            for table in reversed(_tables_with_user_id()):
                await connection.execute(delete(table).where(table.c.user_id == user_id))
            await connection.execute(delete(users).where(users.c.id == user_id))
        if self._unit() is None:  # inside a unit, the erase is not committed yet
            await forget_erased(self._engine)

    async def export_user(self, user_id: int) -> dict[str, list[dict[str, Any]]]:
        """Everything stored about the user, table by table, as JSON-ready values."""
        exported: dict[str, list[dict[str, Any]]] = {}
        async with self._reading() as connection:
            for table in [users, *_tables_with_user_id()]:
                owner = table.c.id if table is users else table.c.user_id
                query = select(table).where(owner == user_id).order_by(*table.primary_key)
                rows = (await connection.execute(query)).mappings()
                exported[table.name] = [
                    {key: json_safe(value) for key, value in row.items()} for row in rows
                ]
        return exported

    async def add_safety_event(self, user_id: int, kind: str, now: datetime) -> None:
        async with self._writing() as connection:
            await connection.execute(
                safety_events.insert().values(user_id=user_id, kind=kind, created_at=now)
            )

    async def last_safety_event(
        self, user_id: int, kinds: Collection[str] | None = None
    ) -> datetime | None:
        """When the user's latest safety event (of one of `kinds`, when given) happened;
        None if there never was one."""
        query = select(func.max(safety_events.c.created_at)).where(
            safety_events.c.user_id == user_id
        )
        if kinds is not None:
            query = query.where(safety_events.c.kind.in_(list(kinds)))
        async with self._reading() as connection:
            latest: datetime | None = (await connection.execute(query)).scalar_one()
        return latest


def _tables_with_user_id() -> list[Table]:
    """Tables holding a user's rows, parents before children (the metadata's sort order)."""
    return [table for table in metadata.sorted_tables if "user_id" in table.c]
