"""The store's ports: one small Protocol per thing held, and a unit of work to save together.

A use case asks for the port it needs (`People`, `Practice`, `OwnCards`, `Groups`, `Members`,
`Notes`, `Buddies`, `Posts`, and `Schedules` for users' or groups' deliveries); `Store` is only
their union, what the composition root hands the engine in one piece. Every method is one
transaction, committed before it returns, unless it runs inside `UnitOfWork.transaction()`,
where everything the block saves commits together or not at all (an outcome and its
follow-up, say).

Implementations: `adapters.store.sql_store.SqlStore` (SQLite, PostgreSQL) and, for tests,
`tests.memory.MemoryStore`; one contract suite (tests/storage) holds them to the same rules.
"""

from __future__ import annotations

from typing import Protocol

from core.storage.buddies import Buddies
from core.storage.deliveries import Schedules, Scheduling
from core.storage.groups import Groups, Members
from core.storage.notes import Notes
from core.storage.people import People
from core.storage.plans import AdvisorRecords, Plans
from core.storage.posts import Posts
from core.storage.practice import OwnCards, Practice
from core.storage.unit import UnitOfWork


class Store(
    People,
    Practice,
    OwnCards,
    Scheduling,
    Groups,
    Members,
    Plans,
    AdvisorRecords,
    Notes,
    Buddies,
    Posts,
    UnitOfWork,
    Protocol,
):
    """Every store port in one object: what `bot/` builds and the engine's context carries."""


__all__ = [
    "AdvisorRecords",
    "Buddies",
    "Groups",
    "Members",
    "Notes",
    "OwnCards",
    "People",
    "Plans",
    "Posts",
    "Practice",
    "Schedules",
    "Scheduling",
    "Store",
    "UnitOfWork",
]
