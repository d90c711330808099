"""The shared send budget on PostgreSQL (`core.storage.liveness.SendBudget`).

One row per bot token holds the time of its next free send slot. A process reserves a few
slots in one `UPDATE ... RETURNING` (the row lock orders concurrent reservations): the
next free slot moves on by `count / rate`, and the process learns how long until its
first slot. The time is the database's (`clock_timestamp()`), so processes on machines
whose clocks differ still share one schedule.
"""

from __future__ import annotations

import time

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

_CREATE = text(
    "INSERT INTO send_budgets (name, tokens, updated_at) "
    "VALUES (:name, 0, clock_timestamp() AT TIME ZONE 'UTC') ON CONFLICT (name) DO NOTHING"
)
_RESERVE = text(
    "UPDATE send_budgets SET "
    "updated_at = GREATEST(updated_at, clock_timestamp() AT TIME ZONE 'UTC') "
    "+ make_interval(secs => :span), tokens = tokens + :count "
    "WHERE name = :name "
    "RETURNING EXTRACT(EPOCH FROM updated_at - (clock_timestamp() AT TIME ZONE 'UTC')) - :span"
)


class PostgresSendBudget:
    def __init__(self, engine: AsyncEngine) -> None:
        if engine.dialect.name != "postgresql":
            raise ValueError("a shared send budget needs PostgreSQL; one process needs none")
        self._engine = engine
        self._known: set[str] = set()

    async def reserve(self, name: str, count: int, rate: float) -> float:
        if count < 1 or rate <= 0:
            raise ValueError("reserve at least one slot, at a positive rate")
        async with self._engine.begin() as connection:
            if name not in self._known:
                await connection.execute(_CREATE, {"name": name})
                self._known.add(name)
            wait = await connection.scalar(
                _RESERVE, {"name": name, "count": count, "span": count / rate}
            )
            answered = time.monotonic()
        # The wait counts from when the database answered; the commit and the connection's
        # return come after. On a busy disk the commit took a tenth of a second and more,
        # every slot of the grant came that much late, onto the next grant's (another
        # process's) slots, and together they crowded past the platform's limit.
        return max(0.0, float(wait or 0.0) - (time.monotonic() - answered))
