"""The `Practice` and `OwnCards` ports over SQL: attempts, reflections, rest days, the
morning's read of recent practice, and a user's own cards.

Every method is one transaction, committed before it returns, unless a unit of work is open
(`transactions`). Methods that only read open read-only transactions.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from datetime import date, datetime

from sqlalchemy import Connection, delete, select, update

from adapters.store.batches import chunks
from adapters.store.database import insert_for
from adapters.store.rows import (
    attempt_from_row,
    attempt_values,
    own_card_from_row,
    own_card_number,
    reflection_from_row,
)
from adapters.store.schema import attempts, custom_cards, reflections, rest_days
from adapters.store.transactions import Transactions
from core.deck import Card
from core.model import Attempt, AttemptStatus, NewAttempt, Recent, Reflection


class SqlPractice(Transactions):
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
                "morning": one.morning,
            }
            for one in new
        ]
        query = attempts.insert().returning(attempts)

        def insert(connection: Connection) -> list[Attempt]:
            result = connection.execute(query, rows)
            return [attempt_from_row(row) for row in result.mappings()]

        return await self._write_at_once(insert)  # the fan-out's new cards: one trip on SQLite

    async def attempt(self, attempt_id: int) -> Attempt | None:
        async with self._reading() as connection:
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
        async with self._writing() as connection:
            await connection.execute(
                update(attempts).where(attempts.c.id == attempt.id).values(**values)
            )

    async def attempts(self, user_id: int, since: date | None = None) -> Sequence[Attempt]:
        """Oldest first; with `since`, only attempts on or after that local date."""
        query = select(attempts).where(attempts.c.user_id == user_id)
        if since is not None:
            query = query.where(attempts.c.local_date >= since)
        query = query.order_by(attempts.c.local_date, attempts.c.id)
        async with self._reading() as connection:
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
        async with self._writing() as connection:
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
        async with self._reading() as connection:
            rows = (await connection.execute(query)).mappings().all()
        return [reflection_from_row(row) for row in rows]

    async def add_rest_day(self, user_id: int, local_date: date, now: datetime) -> bool:
        """False when the day already was a rest day: asking twice is not an error."""
        async with self._writing() as connection:
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
        async with self._reading() as connection:
            return list((await connection.execute(query)).scalars())

    async def recent(
        self, user_ids: Collection[int], since: date, given_since: date
    ) -> dict[int, Recent]:
        """Four indexed reads in one read transaction, whatever the number of users."""
        tried: dict[int, list[Attempt]] = defaultdict(list)
        given: dict[int, list[tuple[date, str]]] = defaultdict(list)
        rested: dict[int, set[date]] = defaultdict(set)
        own: dict[int, list[Card]] = defaultdict(list)
        async with self._reading() as connection:
            for chunk in chunks(user_ids):
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
                    own[row["user_id"]].append(own_card_from_row(row))
        return {
            user_id: Recent(
                attempts=tuple(tried[user_id]),
                cards_given=tuple(given[user_id]),
                rest_days=frozenset(rested[user_id]),
                own_cards=tuple(own[user_id]),
            )
            for user_id in tried.keys() | given.keys() | rested.keys() | own.keys()
        }


class SqlOwnCards(Transactions):
    async def add_own_card(
        self, user_id: int, title: str, ask: str, level: int, domain: str, now: datetime
    ) -> Card:
        values = {"user_id": user_id, "title": title, "ask": ask, "level": level, "domain": domain}
        async with self._writing() as connection:
            result = await connection.execute(
                custom_cards.insert().values(**values, created_at=now).returning(custom_cards)
            )
            return own_card_from_row(result.mappings().one())

    async def own_cards(self, user_id: int) -> Sequence[Card]:
        query = select(custom_cards).where(custom_cards.c.user_id == user_id)
        async with self._reading() as connection:
            rows = (await connection.execute(query.order_by(custom_cards.c.id))).mappings()
            return [own_card_from_row(row) for row in rows]

    async def remove_own_card(self, user_id: int, card_id: str) -> bool:
        number = own_card_number(card_id)
        if number is None:
            return False
        query = delete(custom_cards).where(
            custom_cards.c.id == number, custom_cards.c.user_id == user_id
        )
        async with self._writing() as connection:
            return (await connection.execute(query)).rowcount == 1
