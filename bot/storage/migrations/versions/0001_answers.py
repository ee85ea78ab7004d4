"""The audit trail: one row per answer.

Revision ID: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "answers",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, index=True),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("user_hash", sa.String(64)),
        sa.Column("conversation_hash", sa.String(64)),
        sa.Column("question", sa.Text, nullable=False),
        sa.Column("passage_ids", sa.JSON, nullable=False),
        sa.Column("facts", sa.JSON),
        sa.Column("decision", sa.JSON),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("grounded", sa.Boolean, nullable=False),
        sa.Column("check_passed", sa.Boolean, nullable=False),
        sa.Column("problems", sa.JSON, nullable=False),
        sa.Column("rejected", sa.JSON, nullable=False),
        sa.Column("model", sa.String(100)),
        sa.Column("answer", sa.Text, nullable=False),
        sa.Column("latency_ms", sa.Float, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("answers")
