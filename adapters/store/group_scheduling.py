"""Group schedules and deliveries: the tick's queries for shared challenges.

The same two guarantees as a user's (see `scheduling`): claiming moves a row's due time to a
lease (with `FOR UPDATE SKIP LOCKED` on PostgreSQL), and the delivery key (challenge, local
date, kind) lets exactly one caller send a group's card of a day. Each function runs inside a
transaction the caller opened; writes naming a challenge deleted meanwhile do nothing.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, Select, String, bindparam, delete, literal, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from adapters.store.column_types import UtcDateTime
from adapters.store.database import insert_for
from adapters.store.scheduling import CLAIMED, FINISHED
from adapters.store.schema import group_challenges, group_deliveries, group_schedules, groups
from core.group_model import GroupDue

_DELIVERY_KEY = ["challenge_id", "local_date", "kind"]


def due_query(
    dialect_name: str, now: datetime, limit: int, platform: str | None
) -> Select[tuple[int, str, datetime]]:
    query = (
        select(
            group_schedules.c.challenge_id, group_schedules.c.kind, group_schedules.c.next_due_at
        )
        .where(group_schedules.c.next_due_at <= now)
        .order_by(group_schedules.c.next_due_at)
        .limit(limit)
    )
    if platform is not None:
        owner = (
            select(group_challenges.c.id)
            .join(groups, groups.c.id == group_challenges.c.group_id)
            .where(
                group_challenges.c.id == group_schedules.c.challenge_id,
                groups.c.platform == platform,
            )
        )
        query = query.where(owner.exists())
    if dialect_name == "postgresql":
        query = query.with_for_update(of=group_schedules, skip_locked=True)
    return query


async def claim_due(
    connection: AsyncConnection,
    now: datetime,
    lease_until: datetime,
    limit: int,
    platform: str | None,
) -> list[GroupDue]:
    if limit < 1:
        raise ValueError(f"limit must be at least 1, got {limit}")
    if lease_until <= now:
        raise ValueError("the lease must end after now, or the claimed rows stay due")
    result = await connection.execute(due_query(connection.dialect.name, now, limit, platform))
    due = [GroupDue(row.challenge_id, row.kind, row.next_due_at) for row in result]
    if due:
        await connection.execute(
            update(group_schedules)
            .where(
                group_schedules.c.challenge_id == bindparam("b_challenge_id"),
                group_schedules.c.kind == bindparam("b_kind"),
            )
            .values(next_due_at=lease_until),
            [{"b_challenge_id": item.challenge_id, "b_kind": item.kind} for item in due],
        )
    return due


async def set_schedule(
    connection: AsyncConnection, challenge_id: int, kind: str, due_at: datetime | None
) -> None:
    key = (group_schedules.c.challenge_id == challenge_id) & (group_schedules.c.kind == kind)
    if due_at is None:
        await connection.execute(delete(group_schedules).where(key))
        return
    insert = insert_for(connection, group_schedules).from_select(
        ["challenge_id", "kind", "next_due_at"],
        select(group_challenges.c.id, literal(kind, String), literal(due_at, UtcDateTime)).where(
            group_challenges.c.id == challenge_id
        ),
    )
    await connection.execute(
        insert.on_conflict_do_update(
            index_elements=["challenge_id", "kind"],
            set_={"next_due_at": insert.excluded.next_due_at},
        )
    )


async def schedules_of(connection: AsyncConnection, challenge_id: int) -> dict[str, datetime]:
    result = await connection.execute(
        select(group_schedules.c.kind, group_schedules.c.next_due_at).where(
            group_schedules.c.challenge_id == challenge_id
        )
    )
    return {row.kind: row.next_due_at for row in result}


async def begin_delivery(
    connection: AsyncConnection,
    challenge_id: int,
    kind: str,
    local_date: date,
    now: datetime,
    stale_before: datetime,
    card_id: str | None,
) -> bool:
    insert = insert_for(connection, group_deliveries).from_select(
        ["challenge_id", "kind", "local_date", "status", "claimed_at", "card_id"],
        select(
            group_challenges.c.id,
            literal(kind, String),
            literal(local_date, Date),
            literal(CLAIMED, String),
            literal(now, UtcDateTime),
            literal(card_id, String),
        ).where(group_challenges.c.id == challenge_id),
    )
    inserted = await connection.execute(
        insert.on_conflict_do_nothing(index_elements=_DELIVERY_KEY).returning(group_deliveries.c.id)
    )
    if inserted.first() is not None:
        return True
    reclaimed = await connection.execute(
        update(group_deliveries)
        .where(
            group_deliveries.c.challenge_id == challenge_id,
            group_deliveries.c.kind == kind,
            group_deliveries.c.local_date == local_date,
            group_deliveries.c.status == CLAIMED,
            group_deliveries.c.claimed_at < stale_before,
        )
        .values(claimed_at=now)
    )
    return reclaimed.rowcount == 1


async def finish_delivery(
    connection: AsyncConnection,
    challenge_id: int,
    kind: str,
    local_date: date,
    status: str,
    now: datetime,
    next_due_at: datetime | None,
) -> None:
    """Record how the delivery ended and when this kind is next due (never re-creating a
    schedule row that was removed meanwhile, as when a challenge was stopped)."""
    if status not in FINISHED:
        raise ValueError(f"a delivery finishes as one of {sorted(FINISHED)}, not {status!r}")
    insert = insert_for(connection, group_deliveries).from_select(
        ["challenge_id", "kind", "local_date", "status", "claimed_at", "finished_at"],
        select(
            group_challenges.c.id,
            literal(kind, String),
            literal(local_date, Date),
            literal(status, String),
            literal(now, UtcDateTime),
            literal(now, UtcDateTime),
        ).where(group_challenges.c.id == challenge_id),
    )
    await connection.execute(
        insert.on_conflict_do_update(
            index_elements=_DELIVERY_KEY,
            set_={"status": insert.excluded.status, "finished_at": insert.excluded.finished_at},
        )
    )
    key = (group_schedules.c.challenge_id == challenge_id) & (group_schedules.c.kind == kind)
    if next_due_at is None:
        await connection.execute(delete(group_schedules).where(key))
    else:
        await connection.execute(update(group_schedules).where(key).values(next_due_at=next_due_at))
