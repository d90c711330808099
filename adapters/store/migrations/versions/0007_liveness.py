"""Several processes on one database: heartbeats, who holds each claim, one send budget.

Each bot process keeps a row in `processes` fresh every few seconds; every claim (a leased
schedule row, a begun delivery) records the process that took it in `claimed_by`, so the
claims of a process whose heartbeat went quiet are taken over within seconds instead of
when their five-minute lease runs out. `send_budgets` is a token bucket per bot token that
every process on the database draws from, so together they keep to the platform's limit.
All new columns are nullable: a claim from before (NULL) still comes back by its lease.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CLAIMS = ("schedules", "deliveries", "group_schedules", "group_deliveries")
INDEXED = ("schedules", "deliveries")


def upgrade() -> None:
    op.create_table(
        "processes",
        sa.Column("id", sa.String(80), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("heartbeat_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_processes"),
    )
    op.create_table(
        "send_budgets",
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("tokens", sa.Float(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_send_budgets"),
    )
    # Plain ADD COLUMNs: no table rebuild, no cascade while they are added.
    for table in CLAIMS:
        op.add_column(table, sa.Column("claimed_by", sa.String(80), nullable=True))
    for table in INDEXED:
        op.create_index(f"ix_{table}_claimed_by", table, ["claimed_by"])


def downgrade() -> None:
    for table in INDEXED:
        op.drop_index(f"ix_{table}_claimed_by", table_name=table)
    for table in CLAIMS:
        op.drop_column(table, "claimed_by")
    op.drop_table("send_budgets")
    op.drop_table("processes")
