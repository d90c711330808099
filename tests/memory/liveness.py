"""Heartbeats and takeover in memory: the rules of `adapters.store.liveness`, over the
memory store's schedules. The heartbeat table is shared by every `MemoryLiveness` given
the same `Heartbeats`, as processes share one database."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from itertools import count

from core.storage.liveness import Takeover
from tests.memory.scheduling import CLAIMED
from tests.memory.store import MemoryStore
from tests.memory.tables import utc

_NAMES = count(1)


@dataclass
class Heartbeats:
    """The `processes` table: each process's last heartbeat."""

    at: dict[str, datetime] = field(default_factory=dict)


class MemoryLiveness:
    def __init__(self, store: MemoryStore, heartbeats: Heartbeats | None = None) -> None:
        self._store = store
        self._beats = heartbeats if heartbeats is not None else Heartbeats()
        self._name = ""
        self._claim_as(f"memory-{next(_NAMES)}")
        self._registered = False

    @property
    def process(self) -> str:
        return self._name

    def _claim_as(self, name: str) -> None:
        self._name = name
        self._store.user_schedules.claimer = name
        self._store.group_schedules.claimer = name

    async def beat(self, now: datetime) -> bool:
        if self._name in self._beats.at:
            self._beats.at[self._name] = utc(now)
            return True
        if self._registered:  # taken over meanwhile: old claims are not ours any more
            self._claim_as(f"memory-{next(_NAMES)}")
        self._registered = True
        self._beats.at[self._name] = utc(now)
        return False

    async def take_over(self, now: datetime, dead_before: datetime) -> Takeover:
        gone = [name for name, at in self._beats.at.items() if at < utc(dead_before)]
        for name in gone:
            del self._beats.at[name]
        live = set(self._beats.at)
        schedules = deliveries = 0
        for owner in (self._store.user_schedules, self._store.group_schedules):
            rows = owner.rows
            for key in [k for k, name in rows.claimed_by.items() if name not in live]:
                del rows.claimed_by[key]
                if key in rows.schedules:
                    rows.schedules[key] = utc(now)
                    schedules += 1
            for dkey in [
                k
                for k, row in rows.deliveries.items()
                if row["status"] == CLAIMED and row.get("claimed_by") not in (None, *live)
            ]:
                del rows.deliveries[dkey]
                deliveries += 1
        return Takeover(len(gone), schedules, deliveries)

    async def live(self, alive_since: datetime) -> int:
        return max(1, sum(1 for at in self._beats.at.values() if at >= utc(alive_since)))

    async def leave(self) -> None:
        self._beats.at.pop(self._name, None)
