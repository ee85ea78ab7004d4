"""What one process used to hold in memory, so that any replica can answer any update: the
conversations (last facts and the open missing-fact question), the per-user question budgets and
the live bot processes (a heartbeat each, so that an update claimed by a dead one is taken over).

Revision ID: 0005
Revises: 0004
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "conversations",
        sa.Column("key_hash", sa.String(64), primary_key=True),
        sa.Column("facts", sa.JSON, nullable=False),
        sa.Column("missing", sa.JSON),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False, index=True),
    )
    op.create_table(
        "budgets",
        sa.Column("user_hash", sa.String(64), primary_key=True),
        sa.Column("tokens", sa.Float, nullable=False),
        sa.Column("updated", sa.Float, nullable=False),          # seconds since the epoch
    )
    op.create_table(
        "runs",
        sa.Column("run_id", sa.String(32), primary_key=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    for table in ("runs", "budgets", "conversations"):
        op.drop_table(table)
