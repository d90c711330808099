"""An in-memory `Store` for tests that are not about SQL: the same contract, no database file.

It passes the store contract suite (tests/storage) beside SQLite and PostgreSQL, so engine and
scenario tests can run on it and leave the SQL stores to their own contract and crash tests.
"""

from tests.memory.store import MemoryStore

__all__ = ["MemoryStore"]
