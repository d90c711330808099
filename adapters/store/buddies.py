"""The `Buddies` port over SQL (see `core.storage.buddies`)."""

from __future__ import annotations

import secrets
from datetime import date, datetime

from sqlalchemy import RowMapping, Select, delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from adapters.store.schema import buddies, buddy_pairs, users  # isort: skip (schema first)
from adapters.store.buddies_schema import CODE_LENGTH, NAME_LENGTH
from adapters.store.transactions import Transactions
from core.peers.buddies import Pair, Side

CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
"""No 0/O or 1/I: a code is read aloud or typed from another screen."""


def new_code() -> str:
    return "".join(secrets.choice(CODE_LETTERS) for _n in range(CODE_LENGTH))


def _side(row: RowMapping) -> Side:
    return Side(row["user_id"], row["name"], row["joined_at"], row["cheer"], row["cheered_on"])


async def _pairs(connection: AsyncConnection, query: Select[tuple[int]]) -> list[Pair]:
    """The pairs whose ids `query` selects, with their sides, oldest first."""
    rows = (
        (
            await connection.execute(
                select(buddy_pairs)
                .where(buddy_pairs.c.id.in_(query))
                .order_by(buddy_pairs.c.created_at, buddy_pairs.c.id)
            )
        )
        .mappings()
        .all()
    )
    sides: dict[int, list[Side]] = {row["id"]: [] for row in rows}
    if sides:
        found = await connection.execute(
            select(buddies)
            .where(buddies.c.pair_id.in_(list(sides)))
            .order_by(buddies.c.joined_at, buddies.c.user_id)
        )
        for side in found.mappings():
            sides[side["pair_id"]].append(_side(side))
    return [
        Pair(
            id=row["id"],
            created_at=row["created_at"],
            sides=tuple(sides[row["id"]]),
            code=row["code"] or "",
            challenge_id=row["challenge_id"],
            paired_at=row["paired_at"],
            ended_at=row["ended_at"],
        )
        for row in rows
    ]


def _ids() -> Select[tuple[int]]:
    return select(buddy_pairs.c.id)


class SqlBuddies(Transactions):
    async def open_pair(
        self, user_id: int, name: str, now: datetime, challenge_id: int | None = None
    ) -> Pair:
        code = new_code() if challenge_id is None else None
        async with self._writing() as connection:
            # Pairs whose every side was erased hold nothing of anyone: tidied here.
            sided = select(buddies.c.pair_id)
            await connection.execute(delete(buddy_pairs).where(buddy_pairs.c.id.not_in(sided)))
            result = await connection.execute(
                buddy_pairs.insert()
                .values(code=code, challenge_id=challenge_id, created_at=now)
                .returning(buddy_pairs.c.id)
            )
            number = result.scalar_one()
            person = select(users.c.id).where(users.c.id == user_id)
            if (await connection.execute(person)).first() is not None:
                await connection.execute(
                    buddies.insert().values(
                        pair_id=number, user_id=user_id, name=name[:NAME_LENGTH], joined_at=now
                    )
                )
            [made] = await _pairs(connection, _ids().where(buddy_pairs.c.id == number))
        return made

    async def pair(self, pair_id: int) -> Pair | None:
        async with self._reading() as connection:
            found = await _pairs(connection, _ids().where(buddy_pairs.c.id == pair_id))
        return found[0] if found else None

    async def pair_by_code(self, code: str) -> Pair | None:
        query = _ids().where(
            buddy_pairs.c.code == code.upper(),
            buddy_pairs.c.paired_at.is_(None),
            buddy_pairs.c.ended_at.is_(None),
        )
        async with self._reading() as connection:
            found = await _pairs(connection, query)
        return found[0] if found else None

    async def pairs_of(self, user_id: int) -> list[Pair]:
        query = select(buddies.c.pair_id).where(buddies.c.user_id == user_id)
        async with self._reading() as connection:
            return await _pairs(connection, query)

    async def waiting_pairs(self, challenge_id: int) -> list[Pair]:
        query = _ids().where(
            buddy_pairs.c.challenge_id == challenge_id,
            buddy_pairs.c.paired_at.is_(None),
            buddy_pairs.c.ended_at.is_(None),
        )
        async with self._reading() as connection:
            return [p for p in await _pairs(connection, query) if p.waiting]

    async def join_pair(self, pair_id: int, user_id: int, name: str, now: datetime) -> bool:
        async with self._writing() as connection:
            sides = select(func.count()).where(buddies.c.pair_id == pair_id)
            own = select(buddies.c.user_id).where(
                buddies.c.pair_id == pair_id, buddies.c.user_id == user_id
            )
            person = select(users.c.id).where(users.c.id == user_id)
            if (
                (await connection.execute(sides)).scalar_one() != 1
                or (await connection.execute(own)).first() is not None
                or (await connection.execute(person)).first() is None
            ):
                return False
            taken = await connection.execute(
                update(buddy_pairs)
                .where(
                    buddy_pairs.c.id == pair_id,
                    buddy_pairs.c.paired_at.is_(None),
                    buddy_pairs.c.ended_at.is_(None),
                )
                .values(paired_at=now, code=None)
            )
            if not taken.rowcount:
                return False
            await connection.execute(
                buddies.insert().values(
                    pair_id=pair_id, user_id=user_id, name=name[:NAME_LENGTH], joined_at=now
                )
            )
        return True

    async def end_pair(self, pair_id: int, now: datetime) -> bool:
        async with self._writing() as connection:
            ended = await connection.execute(
                update(buddy_pairs)
                .where(
                    buddy_pairs.c.id == pair_id,
                    buddy_pairs.c.paired_at.is_not(None),
                    buddy_pairs.c.ended_at.is_(None),
                )
                .values(ended_at=now)
            )
            return bool(ended.rowcount)

    async def delete_pair(self, pair_id: int) -> None:
        waiting = _ids().where(buddy_pairs.c.id == pair_id, buddy_pairs.c.paired_at.is_(None))
        async with self._writing() as connection:
            await connection.execute(delete(buddies).where(buddies.c.pair_id.in_(waiting)))
            await connection.execute(delete(buddy_pairs).where(buddy_pairs.c.id.in_(waiting)))

    async def set_cheer(self, pair_id: int, user_id: int, cheer: int, day: date) -> None:
        async with self._writing() as connection:
            await connection.execute(
                update(buddies)
                .where(buddies.c.pair_id == pair_id, buddies.c.user_id == user_id)
                .values(cheer=cheer, cheered_on=day)
            )
