"""The advisor's tables: a user's plan, their consent to the optional language model, and
what was sent to it and received (for their export only). Part of `schema.metadata`
(imported at the end of `schema`); each has `user_id`, so export and erasure find them.
"""

from __future__ import annotations

from sqlalchemy import JSON, Column, Date, ForeignKey, Index, Integer, String, Table, Text

from adapters.store.column_types import UtcDateTime
from adapters.store.schema import metadata


def _owner(primary: bool = False) -> Column[int]:
    return Column(
        "user_id",
        ForeignKey("users.id", ondelete="CASCADE"),
        nullable=False,
        primary_key=primary,
        autoincrement=False,
    )


plans = Table(
    "plans",
    metadata,
    _owner(primary=True),
    Column("started", Date, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    # [{text, fear, domain, level}] and [{card_id, kind, title, ask, domain, level, fear}]:
    # read and written whole, never queried inside.
    Column("goals", JSON, nullable=False),
    Column("rungs", JSON, nullable=False),
)

advisor_consents = Table(
    "advisor_consents",
    metadata,
    _owner(primary=True),
    Column("host", String(255), nullable=False),
    Column("agreed_at", UtcDateTime, nullable=False),
)

advisor_exchanges = Table(
    "advisor_exchanges",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _owner(),
    Column("purpose", String(20), nullable=False),
    Column("sent", Text, nullable=False),
    Column("received", Text, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Index(None, "user_id"),
)
