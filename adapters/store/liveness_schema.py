"""Tables for several processes on one database: their heartbeats and the shared send
budget (see migration 0007). Part of `schema.metadata` (imported at the end of `schema`);
neither holds anything about a user.
"""

from __future__ import annotations

from sqlalchemy import Column, Float, String, Table

from adapters.store.column_types import UtcDateTime
from adapters.store.schema import metadata

processes = Table(
    "processes",
    metadata,
    Column("id", String(80), primary_key=True),
    Column("started_at", UtcDateTime, nullable=False),
    Column("heartbeat_at", UtcDateTime, nullable=False),
)

send_budgets = Table(
    "send_budgets",
    metadata,
    Column("name", String(80), primary_key=True),
    Column("tokens", Float, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
)
