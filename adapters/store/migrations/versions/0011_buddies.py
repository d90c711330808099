"""Buddies: pairs of people who keep each other company, and each side's own row. Two new
tables; nothing else changes.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "buddy_pairs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("code", sa.String(length=16), nullable=True),
        sa.Column("challenge_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("paired_at", sa.DateTime(), nullable=True),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_buddy_pairs")),
        sa.UniqueConstraint("code", name=op.f("uq_buddy_pairs_code")),
    )
    op.create_index(
        op.f("ix_buddy_pairs_challenge_id"), "buddy_pairs", ["challenge_id"], unique=False
    )
    op.create_table(
        "buddies",
        sa.Column("pair_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("joined_at", sa.DateTime(), nullable=False),
        sa.Column("cheer", sa.SmallInteger(), nullable=True),
        sa.Column("cheered_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["pair_id"],
            ["buddy_pairs.id"],
            name=op.f("fk_buddies_pair_id_buddy_pairs"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_buddies_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("pair_id", "user_id", name=op.f("pk_buddies")),
    )
    op.create_index(op.f("ix_buddies_user_id"), "buddies", ["user_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_buddies_user_id"), table_name="buddies")
    op.drop_table("buddies")
    op.drop_index(op.f("ix_buddy_pairs_challenge_id"), table_name="buddy_pairs")
    op.drop_table("buddy_pairs")
