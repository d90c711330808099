"""The store ports over SQLAlchemy Core: one schema, one set of queries, SQLite or PostgreSQL.

`SqlStore` is every port of `core.storage` in one object, each port written in its own
module by what it holds: people, practice (with own cards), deliveries, groups, members and
group deliveries; the unit of work they share is `transactions`. Every method is one
transaction, committed before it returns, unless it runs inside `transaction()`; so a reply
that confirms a write is only sent once the write is durable. Methods that only read open
read-only transactions (on SQLite they then never wait behind a writer).
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncEngine

from adapters.store.database import create_engine, reader
from adapters.store.deliveries import SqlDeliveries
from adapters.store.group_deliveries import SqlGroupDeliveries
from adapters.store.groups import SqlGroups
from adapters.store.members import SqlMembers
from adapters.store.people import SqlPeople
from adapters.store.plans import SqlAdvisorRecords, SqlPlans
from adapters.store.practice import SqlOwnCards, SqlPractice


class SqlStore(
    SqlPeople,
    SqlPractice,
    SqlOwnCards,
    SqlDeliveries,
    SqlGroups,
    SqlMembers,
    SqlGroupDeliveries,
    SqlPlans,
    SqlAdvisorRecords,
):
    """Durable state for the engine; see `core.storage` for the contract."""

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
