"""Whether an attempt's card came with the morning delivery. The morning card opens with
"Good morning! Here's today's card."; when the card message is edited as the person
answers it, the greeting stays only if the store remembers where the card came from.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain nullable ADD COLUMN: earlier attempts read as not from the morning.
    op.add_column("attempts", sa.Column("morning", sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("attempts") as batch:
        batch.drop_column("morning")
