"""The advisor: a user's plan (a personal ladder), their consent to the optional language
model, and what was sent to it and received. Three new tables; nothing else changes.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _owner_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["user_id"], ["users.id"], name=op.f(f"fk_{table}_user_id_users"), ondelete="CASCADE"
    )


def upgrade() -> None:
    op.create_table(
        "plans",
        sa.Column("user_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("started", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("goals", sa.JSON(), nullable=False),
        sa.Column("rungs", sa.JSON(), nullable=False),
        _owner_fk("plans"),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_plans")),
    )
    op.create_table(
        "advisor_consents",
        sa.Column("user_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("host", sa.String(length=255), nullable=False),
        sa.Column("agreed_at", sa.DateTime(), nullable=False),
        _owner_fk("advisor_consents"),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_advisor_consents")),
    )
    op.create_table(
        "advisor_exchanges",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.String(length=20), nullable=False),
        sa.Column("sent", sa.Text(), nullable=False),
        sa.Column("received", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _owner_fk("advisor_exchanges"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_advisor_exchanges")),
    )
    op.create_index(
        op.f("ix_advisor_exchanges_user_id"), "advisor_exchanges", ["user_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_advisor_exchanges_user_id"), table_name="advisor_exchanges")
    op.drop_table("advisor_exchanges")
    op.drop_table("advisor_consents")
    op.drop_table("plans")
