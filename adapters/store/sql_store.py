"""The `Store` port over SQLAlchemy Core: one schema, one set of queries, SQLite or PostgreSQL.

Every method is one transaction, committed before it returns, so a reply that confirms a
write is only sent once the write is durable. Methods that only read open read-only
transactions (on SQLite they then never wait behind a writer).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterator, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, delete, func, select, text, update
from sqlalchemy.ext.asyncio import AsyncEngine

from adapters.store import scheduling
from adapters.store.database import create_engine, forget_erased, insert_for, reader
from adapters.store.group_store import GroupStore
from adapters.store.rows import (
    attempt_from_row,
    attempt_values,
    custom_card_from_row,
    custom_card_number,
    json_safe,
    reflection_from_row,
    user_from_row,
    user_values,
)
from adapters.store.scheduling import USERS
from adapters.store.schema import (
    attempts,
    custom_cards,
    metadata,
    reflections,
    rest_days,
    safety_events,
    users,
)
from core.deck import Card
from core.model import (
    Attempt,
    AttemptStatus,
    DeliveryKey,
    Due,
    Finished,
    NewAttempt,
    Recent,
    Reflection,
    User,
)

IN_CHUNK = 100
"""Ids per `IN (...)` list: far below the databases' limits on bound values, and few enough
that turning one chunk's rows into records never holds up the event loop for long."""


class SqlStore(GroupStore):
    """Durable state for the engine; see `core.ports.Store` for the contract (the group
    half is in `GroupStore`)."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine
        self._reader = reader(engine)

    @classmethod
    def from_url(cls, url: str) -> SqlStore:
        """A store with its own engine; the schema must already be migrated (`migrate.upgrade`)."""
        return cls(create_engine(url))

    @property
    def engine(self) -> AsyncEngine:
        return self._engine

    async def close(self) -> None:
        await self._engine.dispose()

    async def ping(self) -> None:
        """Raises when the database cannot be reached; for start-up and health checks."""
        async with self._reader.connect() as connection:
            await connection.execute(text("SELECT 1"))

    # users

    async def user_by_identity(self, platform: str, platform_user_id: str) -> User | None:
        query = select(users).where(
            users.c.platform == platform, users.c.platform_user_id == platform_user_id
        )
        async with self._reader.begin() as connection:
            row = (await connection.execute(query)).mappings().first()
        return None if row is None else user_from_row(row)

    async def user(self, user_id: int) -> User | None:
        async with self._reader.begin() as connection:
            row = (
                (await connection.execute(select(users).where(users.c.id == user_id)))
                .mappings()
                .first()
            )
        return None if row is None else user_from_row(row)

    async def users(self, user_ids: Collection[int]) -> dict[int, User]:
        found: dict[int, User] = {}
        async with self._reader.begin() as connection:
            for chunk in _chunks(user_ids):
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
        async with self._engine.begin() as connection:
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
        async with self._engine.begin() as connection:
            await connection.execute(
                update(users).where(users.c.id == user.id).values(**user_values(user))
            )

    async def delete_user(self, user_id: int) -> None:
        """Removes the user's rows from every table that has them, children first.

        Driven by the metadata rather than ON DELETE CASCADE alone, so a table added later is
        emptied too, even on a SQLite connection opened without foreign keys.
        """
        async with self._engine.begin() as connection:
            for table in reversed(_tables_with_user_id()):
                await connection.execute(delete(table).where(table.c.user_id == user_id))
            await connection.execute(delete(users).where(users.c.id == user_id))
        await forget_erased(self._engine)

    async def export_user(self, user_id: int) -> dict[str, list[dict[str, Any]]]:
        """Everything stored about the user, table by table, as JSON-ready values."""
        exported: dict[str, list[dict[str, Any]]] = {}
        async with self._reader.begin() as connection:
            for table in [users, *_tables_with_user_id()]:
                owner = table.c.id if table is users else table.c.user_id
                query = select(table).where(owner == user_id).order_by(*table.primary_key)
                rows = (await connection.execute(query)).mappings()
                exported[table.name] = [
                    {key: json_safe(value) for key, value in row.items()} for row in rows
                ]
        return exported

    # attempts and what hangs off them

    async def add_attempt(
        self, user_id: int, card_id: str, level: int, domain: str, local_date: date, now: datetime
    ) -> Attempt:
        new = NewAttempt(user_id, card_id, level, domain, local_date)
        return (await self.add_attempts([new], now))[0]

    async def add_attempts(self, new: Sequence[NewAttempt], now: datetime) -> list[Attempt]:
        """In no particular order: asking SQLAlchemy to keep the order given makes it insert
        row by row on SQLite, which cost the morning fan-out a quarter of its time."""
        if not new:
            return []
        rows = [
            {
                "user_id": one.user_id,
                "card_id": one.card_id,
                "level": one.level,
                "domain": one.domain,
                "local_date": one.local_date,
                "created_at": now,
                "status": AttemptStatus.OPEN.value,
            }
            for one in new
        ]
        query = attempts.insert().returning(attempts)
        async with self._engine.begin() as connection:
            result = await connection.execute(query, rows)
            return [attempt_from_row(row) for row in result.mappings()]

    async def attempt(self, attempt_id: int) -> Attempt | None:
        async with self._reader.begin() as connection:
            row = (
                (await connection.execute(select(attempts).where(attempts.c.id == attempt_id)))
                .mappings()
                .first()
            )
        return None if row is None else attempt_from_row(row)

    async def save_attempt(self, attempt: Attempt) -> None:
        """Writes every field but the owner; a deleted attempt stays deleted."""
        values = attempt_values(attempt)
        del values["user_id"]
        async with self._engine.begin() as connection:
            await connection.execute(
                update(attempts).where(attempts.c.id == attempt.id).values(**values)
            )

    async def attempts(self, user_id: int, since: date | None = None) -> Sequence[Attempt]:
        """Oldest first; with `since`, only attempts on or after that local date."""
        query = select(attempts).where(attempts.c.user_id == user_id)
        if since is not None:
            query = query.where(attempts.c.local_date >= since)
        query = query.order_by(attempts.c.local_date, attempts.c.id)
        async with self._reader.begin() as connection:
            rows = (await connection.execute(query)).mappings().all()
        return [attempt_from_row(row) for row in rows]

    async def add_reflection(
        self, user_id: int, attempt_id: int, prompt_id: str, text: str, now: datetime
    ) -> Reflection:
        values = {
            "user_id": user_id,
            "attempt_id": attempt_id,
            "prompt_id": prompt_id,
            "text": text,
            "created_at": now,
        }
        async with self._engine.begin() as connection:
            row = (
                (
                    await connection.execute(
                        reflections.insert().values(values).returning(reflections)
                    )
                )
                .mappings()
                .one()
            )
        return reflection_from_row(row)

    async def reflections(self, user_id: int) -> Sequence[Reflection]:
        """Oldest first."""
        query = (
            select(reflections)
            .where(reflections.c.user_id == user_id)
            .order_by(reflections.c.created_at, reflections.c.id)
        )
        async with self._reader.begin() as connection:
            rows = (await connection.execute(query)).mappings().all()
        return [reflection_from_row(row) for row in rows]

    async def add_rest_day(self, user_id: int, local_date: date, now: datetime) -> bool:
        """False when the day already was a rest day: asking twice is not an error."""
        async with self._engine.begin() as connection:
            insert = insert_for(connection, rest_days).values(
                user_id=user_id, local_date=local_date, created_at=now
            )
            result = await connection.execute(
                insert.on_conflict_do_nothing(index_elements=["user_id", "local_date"]).returning(
                    rest_days.c.local_date
                )
            )
            return result.first() is not None

    async def rest_days(self, user_id: int) -> Sequence[date]:
        """Oldest first."""
        query = (
            select(rest_days.c.local_date)
            .where(rest_days.c.user_id == user_id)
            .order_by(rest_days.c.local_date)
        )
        async with self._reader.begin() as connection:
            return list((await connection.execute(query)).scalars())

    async def recent(
        self, user_ids: Collection[int], since: date, given_since: date
    ) -> dict[int, Recent]:
        """Four indexed reads in one read transaction, whatever the number of users."""
        tried: dict[int, list[Attempt]] = defaultdict(list)
        given: dict[int, list[tuple[date, str]]] = defaultdict(list)
        rested: dict[int, set[date]] = defaultdict(set)
        own: dict[int, list[Card]] = defaultdict(list)
        async with self._reader.begin() as connection:
            for chunk in _chunks(user_ids):
                mine = attempts.c.user_id.in_(chunk)
                query = select(attempts).where(mine, attempts.c.local_date >= since)
                ordered = query.order_by(attempts.c.local_date, attempts.c.id)
                for row in (await connection.execute(ordered)).mappings():
                    tried[row["user_id"]].append(attempt_from_row(row))
                cards = select(attempts.c.user_id, attempts.c.local_date, attempts.c.card_id)
                for user_id, day, card_id in await connection.execute(
                    cards.where(mine, attempts.c.local_date >= given_since)
                ):
                    given[user_id].append((day, card_id))
                days = select(rest_days.c.user_id, rest_days.c.local_date).where(
                    rest_days.c.user_id.in_(chunk), rest_days.c.local_date >= since
                )
                for user_id, day in await connection.execute(days):
                    rested[user_id].add(day)
                written = select(custom_cards).where(custom_cards.c.user_id.in_(chunk))
                for row in (
                    await connection.execute(written.order_by(custom_cards.c.id))
                ).mappings():
                    own[row["user_id"]].append(custom_card_from_row(row))
        return {
            user_id: Recent(
                attempts=tuple(tried[user_id]),
                cards_given=tuple(given[user_id]),
                rest_days=frozenset(rested[user_id]),
                own_cards=tuple(own[user_id]),
            )
            for user_id in tried.keys() | given.keys() | rested.keys() | own.keys()
        }

    async def add_safety_event(self, user_id: int, kind: str, now: datetime) -> None:
        async with self._engine.begin() as connection:
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
        async with self._reader.begin() as connection:
            latest: datetime | None = (await connection.execute(query)).scalar_one()
        return latest

    # the user's own cards

    async def add_custom_card(
        self, user_id: int, title: str, ask: str, level: int, domain: str, now: datetime
    ) -> Card:
        values = {"user_id": user_id, "title": title, "ask": ask, "level": level, "domain": domain}
        async with self._engine.begin() as connection:
            result = await connection.execute(
                custom_cards.insert().values(**values, created_at=now).returning(custom_cards)
            )
            return custom_card_from_row(result.mappings().one())

    async def custom_cards(self, user_id: int) -> Sequence[Card]:
        query = select(custom_cards).where(custom_cards.c.user_id == user_id)
        async with self._reader.begin() as connection:
            rows = (await connection.execute(query.order_by(custom_cards.c.id))).mappings()
            return [custom_card_from_row(row) for row in rows]

    async def remove_custom_card(self, user_id: int, card_id: str) -> bool:
        number = custom_card_number(card_id)
        if number is None:
            return False
        query = delete(custom_cards).where(
            custom_cards.c.id == number, custom_cards.c.user_id == user_id
        )
        async with self._engine.begin() as connection:
            return (await connection.execute(query)).rowcount == 1

    # scheduling

    async def set_schedule(self, user_id: int, kind: str, due_at: datetime | None) -> None:
        """Sets when `kind` is next due for the user; None removes it."""
        await self.set_schedules([(user_id, kind, due_at)])

    async def set_schedules(self, changes: Sequence[tuple[int, str, datetime | None]]) -> None:
        if not changes:
            return
        async with self._engine.begin() as connection:
            for user_id, kind, due_at in changes:
                await scheduling.set_schedule(connection, USERS, user_id, kind, due_at)

    async def schedules(self, user_id: int) -> dict[str, datetime]:
        async with self._reader.begin() as connection:
            return await scheduling.schedules_of(connection, USERS, user_id)

    async def claim_due(
        self, now: datetime, lease_until: datetime, limit: int, platform: str | None = None
    ) -> list[Due]:
        """Up to `limit` due rows, leased until `lease_until`; each `Due` keeps its due time."""
        async with self._engine.begin() as connection:
            return await scheduling.claim_due(connection, USERS, now, lease_until, limit, platform)

    async def begin_delivery(
        self, user_id: int, kind: str, local_date: date, now: datetime, stale_before: datetime
    ) -> bool:
        """True for exactly one caller per (user, local date, kind), or when a claim went stale."""
        key = DeliveryKey(user_id, kind, local_date)
        return key in await self.begin_deliveries([key], now, stale_before)

    async def begin_deliveries(
        self, keys: Sequence[DeliveryKey], now: datetime, stale_before: datetime
    ) -> set[DeliveryKey]:
        """One transaction for a whole batch: one commit (on SQLite, one fsync) for all."""
        if not keys:
            return set()
        async with self._engine.begin() as connection:
            held = await scheduling.begin_deliveries(connection, USERS, keys, now, stale_before)
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
        """Records the delivery's end and the next due time together; see `scheduling`."""
        key = DeliveryKey(user_id, kind, local_date)
        await self.finish_deliveries([Finished(key, status, next_due_at)], now)

    async def finish_deliveries(self, finished: Sequence[Finished], now: datetime) -> None:
        if not finished:
            return
        rows = [(one.key, one.status, one.next_due_at) for one in finished]
        async with self._engine.begin() as connection:
            await scheduling.finish_deliveries(connection, USERS, rows, now)

    async def release_delivery(
        self, user_id: int, kind: str, local_date: date, claimed_at: datetime, retry_at: datetime
    ) -> None:
        async with self._engine.begin() as connection:
            await scheduling.release_delivery(
                connection, USERS, (user_id, kind, local_date), claimed_at, retry_at
            )


def _chunks(ids: Collection[int]) -> Iterator[list[int]]:
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), IN_CHUNK):
        yield ordered[start : start + IN_CHUNK]


def _tables_with_user_id() -> list[Table]:
    """Tables holding a user's rows, parents before children (the metadata's sort order)."""
    return [table for table in metadata.sorted_tables if "user_id" in table.c]
