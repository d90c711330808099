"""How each member appears on a group's board: by name, under an alias, or counted only.

New members join counted but not named. Members who joined before there was a choice
joined a board that named everyone, so they keep being shown by name (NULL reads as
"name" in group_rows.py) until they choose otherwise in /groups: their board does not
change under them in the middle of a challenge, and the board never claims they chose
to be hidden when they did not.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMNs (no table rebuild, no cascade); NULL is the pre-choice "name".
    op.add_column("challenge_members", sa.Column("appearance", sa.String(8), nullable=True))
    op.add_column("challenge_members", sa.Column("alias", sa.String(64), nullable=True))


def downgrade() -> None:
    # Plain DROP COLUMNs (SQLite 3.35+): a batch rebuild would drop and recreate the table,
    # and the foreign keys' cascades would take rows of other tables with it.
    op.drop_column("challenge_members", "alias")
    op.drop_column("challenge_members", "appearance")
