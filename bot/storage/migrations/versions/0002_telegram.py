"""The Telegram front: who users say they are, feedback on answers, drills and their scores,
trainers' question sets.

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "profiles",
        sa.Column("user_hash", sa.String(64), primary_key=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "feedback",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("answer_id", sa.Integer, sa.ForeignKey("answers.id"), index=True),
        sa.Column("user_hash", sa.String(64)),
        sa.Column("helpful", sa.Boolean, nullable=False),
        sa.Column("reason", sa.Text),
        sa.UniqueConstraint("answer_id", "user_hash", name="one_feedback_per_user"),
    )
    op.create_table(
        "question_sets",
        sa.Column("name", sa.String(40), primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(64)),
        sa.Column("questions", sa.JSON, nullable=False),
    )
    op.create_table(
        "drills",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("chat_id", sa.BigInteger, nullable=False, index=True),
        sa.Column("started_by", sa.String(64)),
        sa.Column("topic", sa.String(40)),
        sa.Column("questions", sa.JSON, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),       # questions sent so far
        sa.Column("finished", sa.Boolean, nullable=False),
    )
    op.create_table(
        "drill_polls",
        sa.Column("poll_id", sa.String(64), primary_key=True),
        sa.Column("drill_id", sa.Integer, sa.ForeignKey("drills.id"), nullable=False, index=True),
        sa.Column("idx", sa.Integer, nullable=False),
        sa.Column("chat_id", sa.BigInteger, nullable=False),
        sa.Column("message_id", sa.BigInteger),
    )
    op.create_table(
        "drill_answers",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("poll_id", sa.String(64), sa.ForeignKey("drill_polls.poll_id"), nullable=False),
        sa.Column("drill_id", sa.Integer, nullable=False),
        sa.Column("chat_id", sa.BigInteger, nullable=False, index=True),
        sa.Column("user_hash", sa.String(64), nullable=False),
        sa.Column("user_name", sa.String(64), nullable=False),
        sa.Column("correct", sa.Boolean, nullable=False),
        sa.UniqueConstraint("poll_id", "user_hash", name="one_answer_per_poll"),
    )


def downgrade() -> None:
    for table in ("drill_answers", "drill_polls", "drills", "question_sets", "feedback", "profiles"):
        op.drop_table(table)
