"""Schedules and deliveries: what the tick reads, claims and records.

Each function runs inside a transaction the caller opened (`claim_due` on a synchronous
connection: see `Transactions._write_at_once`). Two things make a card go out at most once
a day whatever crashes or how many processes run:
- `claim_due` moves each claimed row's `next_due_at` to a lease, so no other tick takes it;
  on PostgreSQL `FOR UPDATE SKIP LOCKED` lets several processes claim side by side without
  waiting for or doubling up on each other, and a process that dies leaves rows that simply
  come due again when the lease ends.
- the delivery row's unique key (user, local date, kind), in `delivery_keys`: of two racing
  callers exactly one begins a delivery.
Writes that name a user who was deleted meanwhile do nothing, since the tick runs alongside
the conversation and a deletion must win.

Users and group challenges both have schedules and deliveries with the same guarantees; an
`Owner` says whose rows a call is about (`USERS` here, the groups' one in `group_scheduling`),
so the queries are written once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Generic, TypeVar, cast

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    String,
    Table,
    bindparam,
    delete,
    literal,
    select,
    update,
)
from sqlalchemy.ext.asyncio import AsyncConnection

from adapters.store.column_types import UtcDateTime
from adapters.store.database import insert_for
from adapters.store.schema import deliveries, schedules, users
from core.model import Due

CLAIMED = "claimed"
FINISHED = frozenset({"sent", "skipped", "failed"})

DueT = TypeVar("DueT")


@dataclass(frozen=True, slots=True)
class Owner(Generic[DueT]):
    """Whose schedules and deliveries a query is about, and how its rows are read."""

    table: Table
    """The owners (users, group challenges): rows are written only for owners that exist."""
    schedules: Table
    deliveries: Table
    key: str
    """The column naming the owner in `schedules` and `deliveries`."""
    on_platform: Callable[[str], ColumnElement[bool]]
    """True for a due row whose owner is on the given platform."""
    due: Callable[[int, str, datetime], DueT]

    def schedule_key(self, owner_id: int, kind: str) -> ColumnElement[bool]:
        return (self.schedules.c[self.key] == owner_id) & (self.schedules.c.kind == kind)

    def delivery_key(self, owner_id: int, kind: str, local_date: date) -> ColumnElement[bool]:
        columns = self.deliveries.c
        return (
            (columns[self.key] == owner_id)
            & (columns.kind == kind)
            & (columns.local_date == local_date)
        )


USERS: Owner[Due] = Owner(
    table=users,
    schedules=schedules,
    deliveries=deliveries,
    key="user_id",
    on_platform=lambda platform: (
        select(users.c.id)
        .where(users.c.id == schedules.c.user_id, users.c.platform == platform)
        .exists()
    ),
    due=lambda owner_id, kind, due_at: Due(user_id=owner_id, kind=kind, due_at=due_at),
)


def due_query(
    owner: Owner[DueT], dialect_name: str, now: datetime, limit: int, platform: str | None = None
) -> Select[tuple[int, str, datetime]]:
    """The rows due at `now`, earliest first: a range scan of the `next_due_at` index.

    With a platform, only its owners' rows: each platform drains its own queue, so a slow
    platform never holds up another's deliveries. The platform is tested per due row (a
    primary-key lookup) rather than joined: with a join SQLite, which keeps no statistics,
    starts from the users of that platform, all of them, and sorts their rows, which took
    0.4 s a tick with a million users (`askanyway bench tick` shows the plan).
    """
    table = owner.schedules
    query = (
        select(table.c[owner.key], table.c.kind, table.c.next_due_at)
        .where(table.c.next_due_at <= now)
        .order_by(table.c.next_due_at)
        .limit(limit)
    )
    if platform is not None:
        query = query.where(owner.on_platform(platform))
    if dialect_name == "postgresql":
        query = query.with_for_update(of=table, skip_locked=True)
    return query


def claim_due(
    connection: Connection,
    owner: Owner[DueT],
    now: datetime,
    lease_until: datetime,
    limit: int,
    platform: str | None = None,
    claimer: str | None = None,
) -> list[DueT]:
    """Lease up to `limit` due rows; `claimer` (the process, see `liveness`) is recorded so
    its claims can be taken over as soon as its heartbeat goes quiet."""
    if limit < 1:
        raise ValueError(f"limit must be at least 1, got {limit}")
    if lease_until <= now:
        raise ValueError("the lease must end after now, or the claimed rows stay due")
    query = due_query(owner, connection.dialect.name, now, limit, platform)
    rows = cast("Sequence[tuple[int, str, datetime]]", connection.execute(query).all())
    if rows:
        table = owner.schedules
        connection.execute(
            update(table)
            .where(table.c[owner.key] == bindparam("b_owner"), table.c.kind == bindparam("b_kind"))
            .values(next_due_at=lease_until, claimed_by=claimer),
            [{"b_owner": owner_id, "b_kind": kind} for owner_id, kind, _due_at in rows],
        )
    return [owner.due(owner_id, kind, due_at) for owner_id, kind, due_at in rows]


async def set_schedule(
    connection: AsyncConnection,
    owner: Owner[DueT],
    owner_id: int,
    kind: str,
    due_at: datetime | None,
) -> None:
    if due_at is None:
        await connection.execute(delete(owner.schedules).where(owner.schedule_key(owner_id, kind)))
        return
    insert = insert_for(connection, owner.schedules).from_select(
        [owner.key, "kind", "next_due_at"],
        select(owner.table.c.id, literal(kind, String), literal(due_at, UtcDateTime)).where(
            owner.table.c.id == owner_id
        ),
    )
    await connection.execute(
        insert.on_conflict_do_update(
            index_elements=[owner.key, "kind"],
            set_={"next_due_at": insert.excluded.next_due_at, "claimed_by": None},
        )
    )


async def schedules_of(
    connection: AsyncConnection, owner: Owner[DueT], owner_id: int
) -> dict[str, datetime]:
    table = owner.schedules
    result = await connection.execute(
        select(table.c.kind, table.c.next_due_at).where(table.c[owner.key] == owner_id)
    )
    return {row.kind: row.next_due_at for row in result}
