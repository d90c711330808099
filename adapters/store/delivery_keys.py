"""Deliveries: the unique key (owner, local date, kind) that lets one caller send a thing once.

Each function runs inside a transaction the caller opened; those the morning fan-out calls
for every batch or group of sent cards take a synchronous connection, so that on SQLite the
whole transaction is one trip to a thread (`Transactions._write_at_once`).
`begin_deliveries` inserts with ON CONFLICT DO NOTHING, so of two racing callers exactly one
wins, without an error that would abort the transaction; a claim left by a crash is taken
over once it is stale. Finishing records the end and moves (or removes) the schedule row,
but never brings back one removed meanwhile. Writes that name an owner who was deleted
meanwhile do nothing. The owner (`scheduling.Owner`) says whose rows a call is about, so
the queries are written once for users and group challenges.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Date,
    String,
    bindparam,
    delete,
    literal,
    select,
    tuple_,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.sql.expression import Executable

from adapters.store.column_types import UtcDateTime
from adapters.store.database import insert_for
from adapters.store.scheduling import CLAIMED, FINISHED, DueT, Owner

Key = tuple[int, str, date]
"""(owner id, kind, local date): one delivery."""


def begin_deliveries(
    connection: Connection,
    owner: Owner[DueT],
    keys: Sequence[Key],
    now: datetime,
    stale_before: datetime,
    **extra: str | None,
) -> set[Key]:
    """The keys this caller now holds, in a few statements whatever their number.

    Only keys whose owner exists are inserted, the owners being locked against deletion
    until the commit (on SQLite the write transaction already keeps every other writer
    out), so an owner deleted meanwhile leaves its key out instead of failing the whole
    batch. The keys that already had a row are taken over where their claim went stale.
    """
    if not keys:
        return set()
    existing = select(owner.table.c.id).where(
        owner.table.c.id.in_(sorted({key[0] for key in keys}))
    )
    if connection.dialect.name == "postgresql":
        existing = existing.with_for_update(key_share=True)
    present = set(connection.scalars(existing).all())
    rows = [
        {
            owner.key: owner_id,
            "kind": kind,
            "local_date": local_date,
            "status": CLAIMED,
            "claimed_at": now,
            **extra,
        }
        for owner_id, kind, local_date in keys
        if owner_id in present
    ]
    if not rows:
        return set()
    insert = insert_for(connection, owner.deliveries).on_conflict_do_nothing(
        index_elements=_delivery_key(owner)
    )
    inserted = connection.execute(insert.returning(*_key_columns(owner)), rows)
    held = {_key(row) for row in inserted}
    taken = [key for key in keys if key not in held]
    if taken:
        reclaimed = connection.execute(
            update(owner.deliveries)
            .where(
                tuple_(*_key_columns(owner)).in_(taken),
                owner.deliveries.c.status == CLAIMED,
                owner.deliveries.c.claimed_at < stale_before,
            )
            .values(claimed_at=now, claimed_by=extra.get("claimed_by"))
            .returning(*_key_columns(owner))
        )
        held.update(_key(row) for row in reclaimed)
    return held


async def release_delivery(
    connection: AsyncConnection,
    owner: Owner[DueT],
    key: Key,
    claimed_at: datetime,
    retry_at: datetime,
) -> None:
    """Drop a claim whose send failed, and bring its schedule row due at `retry_at`.

    Only a claim no newer than `claimed_at` goes: one another worker took over since is
    theirs. The schedule row is only updated, never created (as in `finish_deliveries`).
    """
    deliveries = owner.deliveries
    await connection.execute(
        delete(deliveries).where(
            owner.delivery_key(*key),
            deliveries.c.status == CLAIMED,
            deliveries.c.claimed_at <= literal(claimed_at, UtcDateTime),
        )
    )
    table = owner.schedules
    await connection.execute(
        update(table)
        .where(owner.schedule_key(key[0], key[1]))
        .values(next_due_at=literal(retry_at, UtcDateTime), claimed_by=None)
    )


def finish_deliveries(
    connection: Connection,
    owner: Owner[DueT],
    finished: Sequence[tuple[Key, str, datetime | None]],
    now: datetime,
) -> None:
    """Record how each delivery ended and when its kind is next due, in three statements.

    A delivery that was never begun (a card skipped before sending) is recorded all the same.
    Schedule rows are only updated, never created: if the user paused (or the challenge
    stopped) meanwhile and the schedule is gone, finishing an old delivery must not bring it
    back. Owners deleted meanwhile are skipped. Synchronous: every statement is known before
    the first runs, so on SQLite the whole transaction is one trip to a thread
    (`transactions.Transactions._write_at_once`).
    """
    if not finished:
        return
    unknown = {status for _key, status, _next in finished} - FINISHED
    if unknown:
        raise ValueError(f"a delivery finishes as one of {sorted(FINISHED)}, not {unknown}")
    record, move = _finishing(owner, connection.dialect.name)
    connection.execute(
        record,
        [
            {
                "b_owner": key[0],
                "b_kind": key[1],
                "b_date": key[2],
                "b_status": status,
                "b_now": now,
            }
            for key, status, _next in finished
        ],
    )
    table = owner.schedules
    ended = [(key[0], key[1]) for key, _status, next_due in finished if next_due is None]
    if ended:
        connection.execute(delete(table).where(tuple_(table.c[owner.key], table.c.kind).in_(ended)))
    moved = [
        {"b_owner": key[0], "b_kind": key[1], "b_next": next_due}
        for key, _status, next_due in finished
        if next_due is not None
    ]
    if moved:
        connection.execute(move, moved)


@cache
def _finishing(owner: Owner[DueT], dialect: str) -> tuple[Executable, Executable]:
    """`finish_deliveries`' two statements, built once per owner and database: the morning
    fan-out finishes deliveries a few at a time, hundreds of times a minute."""
    insert = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(owner.deliveries)
    now = bindparam("b_now", type_=UtcDateTime)
    insert = insert.from_select(
        [owner.key, "kind", "local_date", "status", "claimed_at", "finished_at"],
        select(
            owner.table.c.id,
            bindparam("b_kind", type_=String),
            bindparam("b_date", type_=Date),
            bindparam("b_status", type_=String),
            now,
            now,
        ).where(owner.table.c.id == bindparam("b_owner")),
    )
    record = insert.on_conflict_do_update(
        index_elements=_delivery_key(owner),
        set_={
            "status": insert.excluded.status,
            "finished_at": insert.excluded.finished_at,
            "claimed_by": None,
        },
    )
    table = owner.schedules
    move = (
        update(table)
        .where(table.c[owner.key] == bindparam("b_owner"), table.c.kind == bindparam("b_kind"))
        .values(next_due_at=bindparam("b_next", type_=UtcDateTime), claimed_by=None)
    )
    return record, move


def _key_columns(owner: Owner[DueT]) -> list[ColumnElement[Any]]:
    columns = owner.deliveries.c
    return [columns[owner.key], columns.kind, columns.local_date]


def _key(row: Any) -> Key:
    return (row[0], row[1], row[2])


def _delivery_key(owner: Owner[DueT]) -> list[str]:
    return [owner.key, "local_date", "kind"]
