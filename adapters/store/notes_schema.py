"""Notes for the next person and the reports on them. Part of `schema.metadata` (imported
at the end of `schema`); both have `user_id` (the writer, the reporter), so export and
erasure find them."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, Integer, PrimaryKeyConstraint, String, Table

from adapters.store.column_types import UtcDateTime
from adapters.store.schema import metadata

NOTE_LENGTH = 400
"""Characters kept: twice the 200 a note may have, so the check is the engine's alone."""

notes = Table(
    "notes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("card_id", String(64), nullable=False),
    Column("text", String(NOTE_LENGTH), nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("status", String(16), nullable=False),
    Column("reason", String(16), nullable=False),
    Index(None, "card_id", "status"),
)

note_reports = Table(
    "note_reports",
    metadata,
    Column("note_id", ForeignKey("notes.id", ondelete="CASCADE"), nullable=False),
    Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("created_at", UtcDateTime, nullable=False),
    PrimaryKeyConstraint("note_id", "user_id"),
)
