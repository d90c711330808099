"""The first schema.

Users, their schedules and deliveries, attempts, reflections, rest days, safety events and
the cards users write for themselves; and the Telegram updates a webhook received, until
they are handled; and groups with their shared challenges, members, schedules and
deliveries.

Revision ID: 0001
Revises: None
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("platform", sa.String(length=20), nullable=False),
        sa.Column("platform_user_id", sa.String(length=64), nullable=False),
        sa.Column("chat_id", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("delivery_time", sa.String(length=5), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("domains", sa.JSON(), nullable=False),
        sa.Column("fear_strength", sa.Integer(), nullable=True),
        sa.Column("consent_at", sa.DateTime(), nullable=True),
        sa.Column("consent_version", sa.String(length=16), nullable=True),
        sa.Column("state", sa.String(length=64), nullable=False),
        sa.Column("state_data", sa.JSON(), nullable=False),
        sa.Column("reminder_time", sa.String(length=5), nullable=False),
        sa.Column("reminders", sa.Boolean(), nullable=False),
        sa.Column("summary_weekday", sa.Integer(), nullable=False),
        sa.Column("challenge_days", sa.Integer(), nullable=True),
        sa.Column("challenge_start", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint(
            "platform", "platform_user_id", name=op.f("uq_users_platform_platform_user_id")
        ),
    )
    op.create_table(
        "groups",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("platform", sa.String(length=20), nullable=False),
        sa.Column("chat_id", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=128), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("board_posted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_groups")),
        sa.UniqueConstraint("platform", "chat_id", name=op.f("uq_groups_platform_chat_id")),
    )
    op.create_table(
        "group_challenges",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("delivery_time", sa.String(length=5), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("join_code", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["groups.id"],
            name=op.f("fk_group_challenges_group_id_groups"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_challenges")),
    )
    op.create_index(
        op.f("ix_group_challenges_group_id"), "group_challenges", ["group_id"], unique=False
    )
    op.create_table(
        "attempts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("card_id", sa.String(length=64), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("domain", sa.String(length=20), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("predicted_yes", sa.Integer(), nullable=True),
        sa.Column("expected_fear", sa.Integer(), nullable=True),
        sa.Column("outcome", sa.String(length=16), nullable=True),
        sa.Column("felt_fear", sa.Integer(), nullable=True),
        sa.Column("mood", sa.Integer(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=True),
        sa.Column("challenge_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["challenge_id"],
            ["group_challenges.id"],
            name=op.f("fk_attempts_challenge_id_group_challenges"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_attempts_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attempts")),
        sa.UniqueConstraint(
            "user_id",
            "challenge_id",
            "local_date",
            name=op.f("uq_attempts_user_id_challenge_id_local_date"),
        ),
    )
    op.create_index(op.f("ix_attempts_challenge_id"), "attempts", ["challenge_id"], unique=False)
    op.create_index(
        op.f("ix_attempts_user_id_local_date"), "attempts", ["user_id", "local_date"], unique=False
    )
    op.create_table(
        "deliveries",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("claimed_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_deliveries_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deliveries")),
        sa.UniqueConstraint(
            "user_id", "local_date", "kind", name=op.f("uq_deliveries_user_id_local_date_kind")
        ),
    )
    op.create_table(
        "rest_days",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_rest_days_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("user_id", "local_date", name=op.f("pk_rest_days")),
    )
    op.create_table(
        "safety_events",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_safety_events_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_safety_events")),
    )
    op.create_index(op.f("ix_safety_events_user_id"), "safety_events", ["user_id"], unique=False)
    op.create_table(
        "schedules",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("next_due_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_schedules_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("user_id", "kind", name=op.f("pk_schedules")),
    )
    op.create_index(op.f("ix_schedules_next_due_at"), "schedules", ["next_due_at"], unique=False)
    op.create_table(
        "reflections",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("attempt_id", sa.Integer(), nullable=False),
        sa.Column("prompt_id", sa.String(length=40), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["attempt_id"],
            ["attempts.id"],
            name=op.f("fk_reflections_attempt_id_attempts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_reflections_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reflections")),
    )
    op.create_index(op.f("ix_reflections_attempt_id"), "reflections", ["attempt_id"], unique=False)
    op.create_index(op.f("ix_reflections_user_id"), "reflections", ["user_id"], unique=False)
    op.create_table(
        "custom_cards",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=80), nullable=False),
        sa.Column("ask", sa.Text(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("domain", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_custom_cards_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_custom_cards")),
    )
    op.create_index(op.f("ix_custom_cards_user_id"), "custom_cards", ["user_id"], unique=False)
    op.create_table(
        "telegram_updates",
        sa.Column("update_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("body", sa.JSON(), nullable=True),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("handled_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("update_id", name=op.f("pk_telegram_updates")),
    )
    op.create_index(
        op.f("ix_telegram_updates_handled_at"), "telegram_updates", ["handled_at"], unique=False
    )
    op.create_table(
        "challenge_members",
        sa.Column("challenge_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("display_name", sa.String(length=64), nullable=False),
        sa.Column("joined_at", sa.DateTime(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("share_outcomes", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["challenge_id"],
            ["group_challenges.id"],
            name=op.f("fk_challenge_members_challenge_id_group_challenges"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_challenge_members_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("challenge_id", "user_id", name=op.f("pk_challenge_members")),
    )
    op.create_index(
        op.f("ix_challenge_members_user_id"), "challenge_members", ["user_id"], unique=False
    )
    op.create_table(
        "group_schedules",
        sa.Column("challenge_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("next_due_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["challenge_id"],
            ["group_challenges.id"],
            name=op.f("fk_group_schedules_challenge_id_group_challenges"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("challenge_id", "kind", name=op.f("pk_group_schedules")),
    )
    op.create_index(
        op.f("ix_group_schedules_next_due_at"), "group_schedules", ["next_due_at"], unique=False
    )
    op.create_table(
        "group_deliveries",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("challenge_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("claimed_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("card_id", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["challenge_id"],
            ["group_challenges.id"],
            name=op.f("fk_group_deliveries_challenge_id_group_challenges"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_deliveries")),
        sa.UniqueConstraint(
            "challenge_id",
            "local_date",
            "kind",
            name=op.f("uq_group_deliveries_challenge_id_local_date_kind"),
        ),
    )


def downgrade() -> None:
    op.drop_table("group_deliveries")
    op.drop_index(op.f("ix_group_schedules_next_due_at"), table_name="group_schedules")
    op.drop_table("group_schedules")
    op.drop_index(op.f("ix_challenge_members_user_id"), table_name="challenge_members")
    op.drop_table("challenge_members")
    op.drop_index(op.f("ix_telegram_updates_handled_at"), table_name="telegram_updates")
    op.drop_table("telegram_updates")
    op.drop_index(op.f("ix_custom_cards_user_id"), table_name="custom_cards")
    op.drop_table("custom_cards")
    op.drop_index(op.f("ix_reflections_user_id"), table_name="reflections")
    op.drop_index(op.f("ix_reflections_attempt_id"), table_name="reflections")
    op.drop_table("reflections")
    op.drop_index(op.f("ix_schedules_next_due_at"), table_name="schedules")
    op.drop_table("schedules")
    op.drop_index(op.f("ix_safety_events_user_id"), table_name="safety_events")
    op.drop_table("safety_events")
    op.drop_table("rest_days")
    op.drop_table("deliveries")
    op.drop_index(op.f("ix_attempts_user_id_local_date"), table_name="attempts")
    op.drop_index(op.f("ix_attempts_challenge_id"), table_name="attempts")
    op.drop_table("attempts")
    op.drop_index(op.f("ix_group_challenges_group_id"), table_name="group_challenges")
    op.drop_table("group_challenges")
    op.drop_table("groups")
    op.drop_table("users")
