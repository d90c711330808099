"""The tables, as SQLAlchemy Core metadata: the one description of the schema in code.

Alembic's migrations create these tables; a test checks that upgrading an empty database
gives exactly this metadata. Every table that holds a user's data has a `user_id` column,
which is how export and deletion find it: a new table with one is covered automatically.
Constraint names follow one convention so migrations can name what they alter.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from adapters.store.column_types import HourMinute, UtcDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _user_fk() -> Column[int]:
    return Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), nullable=False)


users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("platform", String(20), nullable=False),
    Column("platform_user_id", String(64), nullable=False),
    Column("chat_id", String(64), nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("status", String(16), nullable=False),
    Column("timezone", String(64), nullable=False),
    Column("delivery_time", HourMinute, nullable=False),
    Column("level", Integer, nullable=False),
    Column("domains", JSON, nullable=False),
    Column("fear_strength", Integer, nullable=True),
    Column("consent_at", UtcDateTime, nullable=True),
    Column("consent_version", String(16), nullable=True),
    Column("state", String(64), nullable=False, default=""),
    Column("state_data", JSON, nullable=False),
    Column("reminder_time", HourMinute, nullable=False),
    Column("reminders", Boolean, nullable=False),
    Column("summary_weekday", Integer, nullable=False),
    Column("challenge_days", Integer, nullable=True),
    Column("challenge_start", Date, nullable=True),
    UniqueConstraint("platform", "platform_user_id"),
)

schedules = Table(
    "schedules",
    metadata,
    _user_fk(),
    Column("kind", String(40), nullable=False),
    Column("next_due_at", UtcDateTime, nullable=False),
    PrimaryKeyConstraint("user_id", "kind"),
    # The tick reads schedules only through this index: one range scan per tick.
    Index(None, "next_due_at"),
)

deliveries = Table(
    "deliveries",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _user_fk(),
    Column("kind", String(40), nullable=False),
    Column("local_date", Date, nullable=False),
    Column("status", String(16), nullable=False),
    Column("claimed_at", UtcDateTime, nullable=False),
    Column("finished_at", UtcDateTime, nullable=True),
    # The idempotency key: one card of a kind per user per local day, whatever crashes.
    UniqueConstraint("user_id", "local_date", "kind"),
)

attempts = Table(
    "attempts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _user_fk(),
    Column("card_id", String(64), nullable=False),
    Column("level", Integer, nullable=False),
    Column("domain", String(20), nullable=False),
    Column("local_date", Date, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("status", String(16), nullable=False),
    Column("predicted_yes", Integer, nullable=True),
    Column("expected_fear", Integer, nullable=True),
    Column("outcome", String(16), nullable=True),
    Column("felt_fear", Integer, nullable=True),
    Column("mood", Integer, nullable=True),
    Column("recorded_at", UtcDateTime, nullable=True),
    Index(None, "user_id", "local_date"),
)

reflections = Table(
    "reflections",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _user_fk(),
    Column("attempt_id", ForeignKey("attempts.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("prompt_id", String(40), nullable=False),
    Column("text", Text, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Index(None, "user_id"),
)

rest_days = Table(
    "rest_days",
    metadata,
    _user_fk(),
    Column("local_date", Date, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    PrimaryKeyConstraint("user_id", "local_date"),
)

safety_events = Table(
    "safety_events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _user_fk(),
    Column("kind", String(20), nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Index(None, "user_id"),
)

custom_cards = Table(
    "custom_cards",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _user_fk(),
    Column("title", String(80), nullable=False),
    Column("ask", Text, nullable=False),
    Column("level", Integer, nullable=False),
    Column("domain", String(20), nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Index(None, "user_id"),
)
