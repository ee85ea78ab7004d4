"""Where the bot asked for a feedback reason, so that the reply is recognised after a restart.

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("feedback") as batch:
        batch.add_column(sa.Column("prompt_chat_id", sa.BigInteger))
        batch.add_column(sa.Column("prompt_message_id", sa.BigInteger))
        batch.create_index("feedback_prompt", ["prompt_chat_id", "prompt_message_id"])


def downgrade() -> None:
    with op.batch_alter_table("feedback") as batch:
        batch.drop_index("feedback_prompt")
        batch.drop_column("prompt_message_id")
        batch.drop_column("prompt_chat_id")
