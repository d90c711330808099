"""Heartbeats and takeover over SQL (`core.storage.liveness.Liveness`).

A process's claims carry its name (`SqlSchedules.claimer`); a takeover releases in one
transaction every claim whose claimer has no fresh heartbeat row, for users and group
challenges alike: schedule rows come due now, begun but unfinished deliveries are dropped.
A process found gone re-registers under a new name, so claims it took under the old name
stay orphaned (and are taken over) rather than looking alive again.
"""

from __future__ import annotations

import os
import secrets
import socket
from datetime import datetime

from sqlalchemy import delete, func, insert, select, update

from adapters.store.group_scheduling import GROUPS
from adapters.store.liveness_schema import processes
from adapters.store.scheduling import CLAIMED, USERS
from adapters.store.sql_store import SqlStore
from core.storage.liveness import Takeover


def process_name() -> str:
    """Host, pid and a random part: unique among the processes on one database."""
    return f"{socket.gethostname()[:40]}-{os.getpid()}-{secrets.token_hex(4)}"


class SqlLiveness:
    def __init__(self, store: SqlStore, process: str | None = None) -> None:
        self._store = store
        self._base = process or process_name()
        self._generation = 0
        self._name = self._base
        self._claim_as(self._name)

    @property
    def process(self) -> str:
        return self._name

    def _claim_as(self, name: str) -> None:
        self._name = name
        self._store.user_schedules.claimer = name
        self._store.group_schedules.claimer = name

    async def beat(self, now: datetime) -> bool:
        async with self._store._writing() as connection:
            refreshed = await connection.execute(
                update(processes).where(processes.c.id == self._name).values(heartbeat_at=now)
            )
            if refreshed.rowcount == 1:
                return True
            if self._generation:  # taken over meanwhile: old claims are not ours any more
                self._claim_as(f"{self._base}.{self._generation}")
            self._generation += 1
            await connection.execute(
                insert(processes).values(id=self._name, started_at=now, heartbeat_at=now)
            )
            return False

    async def take_over(self, now: datetime, dead_before: datetime) -> Takeover:
        live = select(processes.c.id).where(processes.c.heartbeat_at >= dead_before)
        schedules = deliveries = 0
        async with self._store._writing() as connection:
            gone = await connection.execute(
                delete(processes).where(processes.c.heartbeat_at < dead_before)
            )
            for owner in (USERS, GROUPS):
                table = owner.schedules
                released = await connection.execute(
                    update(table)
                    .where(table.c.claimed_by.is_not(None), table.c.claimed_by.not_in(live))
                    .values(next_due_at=now, claimed_by=None)
                )
                schedules += released.rowcount
                begun = owner.deliveries
                dropped = await connection.execute(
                    delete(begun).where(
                        begun.c.status == CLAIMED,
                        begun.c.claimed_by.is_not(None),
                        begun.c.claimed_by.not_in(live),
                    )
                )
                deliveries += dropped.rowcount
        return Takeover(gone.rowcount, schedules, deliveries)

    async def live(self, alive_since: datetime) -> int:
        async with self._store._reading() as connection:
            count = await connection.scalar(
                select(func.count())
                .select_from(processes)
                .where(processes.c.heartbeat_at >= alive_since)
            )
        return max(1, int(count or 0))

    async def leave(self) -> None:
        async with self._store._writing() as connection:
            await connection.execute(delete(processes).where(processes.c.id == self._name))
