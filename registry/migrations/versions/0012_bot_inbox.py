"""The polling bot's inbox: updates taken from Telegram, kept until handled (bot/inbox.py).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "bot_inbox",
        sa.Column("bot_id", sa.BigInteger(), nullable=False, autoincrement=False),
        sa.Column("update_id", sa.BigInteger(), nullable=False, autoincrement=False),
        sa.Column("body", sa.Text(), nullable=True),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("handled_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("bot_id", "update_id", name="pk_bot_inbox"),
    )
    op.create_index("ix_bot_inbox_handled_at", "bot_inbox", ["handled_at"])


def downgrade() -> None:
    op.drop_index("ix_bot_inbox_handled_at", table_name="bot_inbox")
    op.drop_table("bot_inbox")
