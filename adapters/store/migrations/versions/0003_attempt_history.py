"""An attempt's history: when it was first waiting to hear back, and which personal
challenge it counted for. The export is a person's whole story, so an ask that was
pending for days before its answer came says so, and a challenge's attempts name it
even after the challenge is over and the user's own challenge fields are cleared.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain nullable ADD COLUMNs on both databases: nothing is rebuilt or backfilled.
    op.add_column("attempts", sa.Column("waiting_since", sa.DateTime(), nullable=True))
    op.add_column("attempts", sa.Column("personal_challenge_start", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("attempts") as batch:
        batch.drop_column("personal_challenge_start")
        batch.drop_column("waiting_since")
