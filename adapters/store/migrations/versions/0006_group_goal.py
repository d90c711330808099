"""A group challenge's shared goal (attempts together), the kinds of asks it practises,
and the day its goal was celebrated. All nullable: a challenge from before has no goal,
practises every kind (NULL reads as none chosen) and has nothing to celebrate.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMNs: no table rebuild, no cascade while they are added.
    op.add_column("group_challenges", sa.Column("goal", sa.Integer(), nullable=True))
    op.add_column("group_challenges", sa.Column("domains", sa.JSON(), nullable=True))
    op.add_column("group_challenges", sa.Column("goal_reached_on", sa.Date(), nullable=True))


def downgrade() -> None:
    # Plain DROP COLUMNs (SQLite 3.35+): a batch rebuild would drop and recreate the table,
    # and the foreign keys' cascades would take rows of other tables with it.
    op.drop_column("group_challenges", "goal_reached_on")
    op.drop_column("group_challenges", "domains")
    op.drop_column("group_challenges", "goal")
