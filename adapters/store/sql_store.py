"""The store ports over SQLAlchemy Core: one schema, one set of queries, SQLite or PostgreSQL.

`SqlStore` is every port of `core.storage` in one object, each port written in its own module
by what it holds: people, practice (with own cards), groups, members, notes, buddies, the
group messages that name members (posts), and the schedules of users and of group challenges
(one `SqlSchedules` per owner); the unit of work they share is `transactions`. Every method
is one transaction, committed before it returns, unless it runs inside `transaction()`; so a
reply that confirms a write is only sent once the write is durable. Methods that only read
open read-only transactions (on SQLite they then never wait behind a writer).
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncEngine

from adapters.store.buddies import SqlBuddies
from adapters.store.database import create_engine, reader
from adapters.store.group_scheduling import GROUPS
from adapters.store.groups import SqlGroups
from adapters.store.members import SqlMembers
from adapters.store.notes import SqlNotes
from adapters.store.people import SqlPeople
from adapters.store.plans import SqlAdvisorRecords, SqlPlans
from adapters.store.posts import SqlPosts
from adapters.store.practice import SqlOwnCards, SqlPractice
from adapters.store.schedules import SqlSchedules
from adapters.store.scheduling import USERS
from core.groups.model import GroupDue
from core.model import Due


class SqlStore(
    SqlPeople,
    SqlPractice,
    SqlOwnCards,
    SqlGroups,
    SqlMembers,
    SqlPlans,
    SqlAdvisorRecords,
    SqlNotes,
    SqlBuddies,
    SqlPosts,
):
    """Durable state for the engine; see `core.storage` for the contract."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine
        self._reader = reader(engine)
        self._user_schedules: SqlSchedules[Due] = SqlSchedules(self, USERS)
        self._group_schedules: SqlSchedules[GroupDue] = SqlSchedules(self, GROUPS)

    @property
    def user_schedules(self) -> SqlSchedules[Due]:
        return self._user_schedules

    @property
    def group_schedules(self) -> SqlSchedules[GroupDue]:
        return self._group_schedules

    @classmethod
    def from_url(cls, url: str) -> SqlStore:
        """A store with its own engine; the schema must already be migrated (`migrate.upgrade`)."""
        return cls(create_engine(url))

    @property
    def engine(self) -> AsyncEngine:
        return self._engine

    async def close(self) -> None:
        await self._engine.dispose()
