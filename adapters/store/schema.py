"""The tables, as SQLAlchemy Core metadata: the one description of the schema in code.

Alembic's migrations create these tables; a test checks that upgrading an empty database
gives exactly this metadata. Every table that holds a user's data has a `user_id` column,
which is how export and deletion find it: a new table with one is covered automatically.
Constraint names follow one convention so migrations can name what they alter.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
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

metadata: MetaData = MetaData(naming_convention=NAMING_CONVENTION)


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
    # What applies to the user (core.deck.NEEDS); NULL, as for everyone from before it
    # existed, means none, like an empty list.
    Column("needs", JSON, nullable=True),
    UniqueConstraint("platform", "platform_user_id"),
)

schedules = Table(
    "schedules",
    metadata,
    _user_fk(),
    Column("kind", String(40), nullable=False),
    Column("next_due_at", UtcDateTime, nullable=False),
    Column("claimed_by", String(80), nullable=True),  # the process holding the lease
    PrimaryKeyConstraint("user_id", "kind"),
    # The tick reads schedules only through this index: one range scan per tick.
    Index(None, "next_due_at"),
    Index(None, "claimed_by"),
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
    Column("claimed_by", String(80), nullable=True),
    # The idempotency key: one card of a kind per user per local day, whatever crashes.
    UniqueConstraint("user_id", "local_date", "kind"),
    Index(None, "claimed_by"),
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
    Column("waiting_since", UtcDateTime, nullable=True),
    Column("personal_challenge_start", Date, nullable=True),
    Column("morning", Boolean, nullable=True),
    Column(
        "challenge_id",
        ForeignKey("group_challenges.id", ondelete="SET NULL"),
        nullable=True,
        index=True,
    ),
    Index(None, "user_id", "local_date"),
    # One attempt per member at a group's card of the day; NULLs (personal cards) never clash.
    UniqueConstraint("user_id", "challenge_id", "local_date"),
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

# Telegram updates received by webhook, kept from the moment they arrive until handled (see
# `adapters.store.inbound`). No `user_id`: the raw body is the platform's, deleted once
# handled, and the rows are part of nobody's export or deletion.
telegram_updates = Table(
    "telegram_updates",
    metadata,
    Column("update_id", BigInteger, primary_key=True, autoincrement=False),
    Column("body", JSON, nullable=True),
    Column("received_at", UtcDateTime, nullable=False),
    Column("handled_at", UtcDateTime, nullable=True),
    Index(None, "handled_at"),
)

# Shared challenges in groups. A group is not a person, so these tables (but
# challenge_members) carry no user_id and are left out of a user's export and deletion.

groups = Table(
    "groups",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("platform", String(20), nullable=False),
    Column("chat_id", String(64), nullable=False),
    Column("title", String(128), nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("board_posted_at", UtcDateTime, nullable=True),
    UniqueConstraint("platform", "chat_id"),
)

group_challenges = Table(
    "group_challenges",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("group_id", ForeignKey("groups.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("days", Integer, nullable=False),
    Column("start_date", Date, nullable=False),
    Column("timezone", String(64), nullable=False),
    Column("delivery_time", HourMinute, nullable=False),
    Column("status", String(16), nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("ended_at", UtcDateTime, nullable=True),
    Column("join_code", String(16), nullable=False),
    Column("goal", Integer, nullable=True),
    Column("domains", JSON, nullable=True),
    Column("goal_reached_on", Date, nullable=True),
)

challenge_members = Table(
    "challenge_members",
    metadata,
    Column(
        "challenge_id",
        ForeignKey("group_challenges.id", ondelete="CASCADE"),
        nullable=False,
    ),
    _user_fk(),
    Column("display_name", String(64), nullable=False),
    Column("joined_at", UtcDateTime, nullable=False),
    Column("active", Boolean, nullable=False),
    Column("share_outcomes", Boolean, nullable=False),
    Column("appearance", String(8), nullable=True),
    Column("alias", String(64), nullable=True),
    PrimaryKeyConstraint("challenge_id", "user_id"),
    Index(None, "user_id"),
)

group_schedules = Table(
    "group_schedules",
    metadata,
    Column(
        "challenge_id",
        ForeignKey("group_challenges.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("kind", String(40), nullable=False),
    Column("next_due_at", UtcDateTime, nullable=False),
    Column("claimed_by", String(80), nullable=True),
    PrimaryKeyConstraint("challenge_id", "kind"),
    Index(None, "next_due_at"),
)

group_deliveries = Table(
    "group_deliveries",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "challenge_id",
        ForeignKey("group_challenges.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("kind", String(40), nullable=False),
    Column("local_date", Date, nullable=False),
    Column("status", String(16), nullable=False),
    Column("claimed_at", UtcDateTime, nullable=False),
    Column("finished_at", UtcDateTime, nullable=True),
    Column("card_id", String(64), nullable=True),
    Column("claimed_by", String(80), nullable=True),
    # The same idempotency key as a user's deliveries: one of a kind per challenge per day.
    UniqueConstraint("challenge_id", "local_date", "kind"),
)

# The advisor's tables live in their own module and join this metadata here.
from adapters.store.advisor_schema import (  # noqa: E402
    advisor_consents as advisor_consents,
)
from adapters.store.advisor_schema import (  # noqa: E402
    advisor_exchanges as advisor_exchanges,
)
from adapters.store.advisor_schema import plans as plans  # noqa: E402
from adapters.store.buddies_schema import buddies as buddies  # noqa: E402
from adapters.store.buddies_schema import buddy_pairs as buddy_pairs  # noqa: E402
from adapters.store.liveness_schema import processes as processes  # noqa: E402
from adapters.store.liveness_schema import send_budgets as send_budgets  # noqa: E402
from adapters.store.notes_schema import note_reports as note_reports  # noqa: E402
from adapters.store.notes_schema import notes as notes  # noqa: E402
from adapters.store.posts_schema import group_post_names as group_post_names  # noqa: E402
from adapters.store.posts_schema import group_posts as group_posts  # noqa: E402
