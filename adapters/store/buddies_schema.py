"""Buddies: a pair (nobody's own: its code, its group challenge, its times) and one row per
side (the person's, with `user_id`, so their export and erasure find it). Part of
`schema.metadata` (imported at the end of `schema`)."""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Date,
    ForeignKey,
    Integer,
    PrimaryKeyConstraint,
    SmallInteger,
    String,
    Table,
)

from adapters.store.column_types import UtcDateTime
from adapters.store.schema import metadata

CODE_LENGTH = 8
NAME_LENGTH = 64

buddy_pairs = Table(
    "buddy_pairs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("code", String(16), nullable=True, unique=True),
    Column("challenge_id", Integer, nullable=True, index=True),
    Column("created_at", UtcDateTime, nullable=False),
    Column("paired_at", UtcDateTime, nullable=True),
    Column("ended_at", UtcDateTime, nullable=True),
)

buddies = Table(
    "buddies",
    metadata,
    Column("pair_id", ForeignKey("buddy_pairs.id", ondelete="CASCADE"), nullable=False),
    Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("name", String(NAME_LENGTH), nullable=False),
    Column("joined_at", UtcDateTime, nullable=False),
    Column("cheer", SmallInteger, nullable=True),
    Column("cheered_on", Date, nullable=True),
    PrimaryKeyConstraint("pair_id", "user_id"),
)
