"""What applies to each user: a job, studies, rent, a car, money for bigger purchases,
making things, dating. Cards that need one of these are offered only to users who said
it applies to them; everyone starts with none, so existing users keep getting only the
cards anyone can do.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ADD COLUMN on both databases, so no table is rebuilt and no foreign key can
    # cascade while it is added. NULL means none (rows.py reads it as an empty tuple):
    # a JSON default cannot be compared on PostgreSQL, and NULL needs no backfill.
    op.add_column("users", sa.Column("needs", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("needs")
