"""The group messages that name members (boards, closing summaries), kept by their platform
ids, and whom each names: so that after an erase the bot edits or deletes its own messages
that still show the person's name. Two new tables; nothing else changes. Messages sent
before this revision are not known to the bot and stay as they are (README, Privacy).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "group_posts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("challenge_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("message_ids", sa.String(length=255), nullable=False),
        sa.Column("posted_at", sa.DateTime(), nullable=False),
        sa.Column("redo", sa.Integer(), server_default="0", nullable=False),
        sa.Column("retry_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["challenge_id"],
            ["group_challenges.id"],
            name=op.f("fk_group_posts_challenge_id_group_challenges"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_posts")),
    )
    op.create_index(
        op.f("ix_group_posts_challenge_id"), "group_posts", ["challenge_id"], unique=False
    )
    op.create_index(op.f("ix_group_posts_redo"), "group_posts", ["redo"], unique=False)
    op.create_table(
        "group_post_names",
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["post_id"],
            ["group_posts.id"],
            name=op.f("fk_group_post_names_post_id_group_posts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_group_post_names_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("post_id", "user_id", name=op.f("pk_group_post_names")),
    )
    op.create_index(
        op.f("ix_group_post_names_user_id"), "group_post_names", ["user_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_group_post_names_user_id"), table_name="group_post_names")
    op.drop_table("group_post_names")
    op.drop_index(op.f("ix_group_posts_redo"), table_name="group_posts")
    op.drop_index(op.f("ix_group_posts_challenge_id"), table_name="group_posts")
    op.drop_table("group_posts")
