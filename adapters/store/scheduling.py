"""Schedules and deliveries: what the tick reads, claims and records.

Each function runs inside a transaction the caller opened. Two things make a card go out at
most once a day whatever crashes or how many processes run:
- `claim_due` moves each claimed row's `next_due_at` to a lease, so no other tick takes it;
  on PostgreSQL `FOR UPDATE SKIP LOCKED` lets several processes claim side by side without
  waiting for or doubling up on each other, and a process that dies leaves rows that simply
  come due again when the lease ends.
- the delivery row's unique key (user, local date, kind): `begin_delivery` inserts with
  ON CONFLICT DO NOTHING, so of two racing callers exactly one wins, without an error that
  would abort the transaction.
Writes that name a user who was deleted meanwhile do nothing, since the tick runs alongside
the conversation and a deletion must win.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    ColumnElement,
    Date,
    Select,
    String,
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
_DELIVERY_KEY = ["user_id", "local_date", "kind"]


def due_query(
    dialect_name: str, now: datetime, limit: int, platform: str | None = None
) -> Select[tuple[int, str, datetime]]:
    """The rows due at `now`, earliest first: a range scan of the `next_due_at` index.

    With a platform, only its users' rows: each platform drains its own queue, so a slow
    platform never holds up another's deliveries. The platform is tested per due row (a
    primary-key lookup) rather than joined: with a join SQLite, which keeps no statistics,
    starts from the users of that platform, all of them, and sorts their rows, which took
    0.4 s a tick with a million users (`askanyway bench tick` shows the plan).
    """
    query = (
        select(schedules.c.user_id, schedules.c.kind, schedules.c.next_due_at)
        .where(schedules.c.next_due_at <= now)
        .order_by(schedules.c.next_due_at)
        .limit(limit)
    )
    if platform is not None:
        owner = select(users.c.id).where(
            users.c.id == schedules.c.user_id, users.c.platform == platform
        )
        query = query.where(owner.exists())
    if dialect_name == "postgresql":
        query = query.with_for_update(of=schedules, skip_locked=True)
    return query


async def claim_due(
    connection: AsyncConnection,
    now: datetime,
    lease_until: datetime,
    limit: int,
    platform: str | None = None,
) -> list[Due]:
    if limit < 1:
        raise ValueError(f"limit must be at least 1, got {limit}")
    if lease_until <= now:
        raise ValueError("the lease must end after now, or the claimed rows stay due")
    result = await connection.execute(due_query(connection.dialect.name, now, limit, platform))
    due = [Due(user_id=row.user_id, kind=row.kind, due_at=row.next_due_at) for row in result]
    if due:
        await connection.execute(
            update(schedules)
            .where(
                schedules.c.user_id == bindparam("b_user_id"),
                schedules.c.kind == bindparam("b_kind"),
            )
            .values(next_due_at=lease_until),
            [{"b_user_id": item.user_id, "b_kind": item.kind} for item in due],
        )
    return due


async def set_schedule(
    connection: AsyncConnection, user_id: int, kind: str, due_at: datetime | None
) -> None:
    key = (schedules.c.user_id == user_id) & (schedules.c.kind == kind)
    if due_at is None:
        await connection.execute(delete(schedules).where(key))
        return
    insert = insert_for(connection, schedules).from_select(
        ["user_id", "kind", "next_due_at"],
        select(users.c.id, literal(kind, String), literal(due_at, UtcDateTime)).where(
            users.c.id == user_id
        ),
    )
    await connection.execute(
        insert.on_conflict_do_update(
            index_elements=["user_id", "kind"],
            set_={"next_due_at": insert.excluded.next_due_at},
        )
    )


async def schedules_of(connection: AsyncConnection, user_id: int) -> dict[str, datetime]:
    result = await connection.execute(
        select(schedules.c.kind, schedules.c.next_due_at).where(schedules.c.user_id == user_id)
    )
    return {row.kind: row.next_due_at for row in result}


async def begin_delivery(
    connection: AsyncConnection,
    user_id: int,
    kind: str,
    local_date: date,
    now: datetime,
    stale_before: datetime,
) -> bool:
    """True when this caller now holds the claim: a new one, or one a crash left stale."""
    insert = insert_for(connection, deliveries).from_select(
        ["user_id", "kind", "local_date", "status", "claimed_at"],
        _for_existing_user(user_id, kind, local_date, CLAIMED, now),
    )
    inserted = await connection.execute(
        insert.on_conflict_do_nothing(index_elements=_DELIVERY_KEY).returning(deliveries.c.id)
    )
    if inserted.first() is not None:
        return True
    reclaimed = await connection.execute(
        update(deliveries)
        .where(
            *_delivery_key(user_id, kind, local_date),
            deliveries.c.status == CLAIMED,
            deliveries.c.claimed_at < stale_before,
        )
        .values(claimed_at=now)
    )
    return reclaimed.rowcount == 1


async def finish_delivery(
    connection: AsyncConnection,
    user_id: int,
    kind: str,
    local_date: date,
    status: str,
    now: datetime,
    next_due_at: datetime | None,
) -> None:
    """Record how the delivery ended and when this kind is next due.

    A delivery that was never begun (a card skipped before sending) is recorded all the same.
    The schedule row is only updated, never created: if the user paused meanwhile and their
    schedule is gone, finishing an old delivery must not bring it back.
    """
    if status not in FINISHED:
        raise ValueError(f"a delivery finishes as one of {sorted(FINISHED)}, not {status!r}")
    insert = insert_for(connection, deliveries).from_select(
        ["user_id", "kind", "local_date", "status", "claimed_at", "finished_at"],
        _for_existing_user(user_id, kind, local_date, status, now, now),
    )
    await connection.execute(
        insert.on_conflict_do_update(
            index_elements=_DELIVERY_KEY,
            set_={"status": insert.excluded.status, "finished_at": insert.excluded.finished_at},
        )
    )
    key = (schedules.c.user_id == user_id) & (schedules.c.kind == kind)
    if next_due_at is None:
        await connection.execute(delete(schedules).where(key))
    else:
        await connection.execute(update(schedules).where(key).values(next_due_at=next_due_at))


def _for_existing_user(
    user_id: int, kind: str, local_date: date, status: str, *times: datetime
) -> Select[tuple[object, ...]]:
    """One delivery row's values, selected only if the user still exists."""
    return select(
        users.c.id,
        literal(kind, String),
        literal(local_date, Date),
        literal(status, String),
        *(literal(moment, UtcDateTime) for moment in times),
    ).where(users.c.id == user_id)


def _delivery_key(user_id: int, kind: str, local_date: date) -> tuple[ColumnElement[bool], ...]:
    return (
        deliveries.c.user_id == user_id,
        deliveries.c.kind == kind,
        deliveries.c.local_date == local_date,
    )
