"""Exactly once: Telegram updates already handled, long button payloads that survive restarts.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "handled_updates",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=True),
        sa.Column("answered_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("key", name="pk_handled_updates"),
    )
    op.create_index("ix_handled_updates_expires_at", "handled_updates", ["expires_at"])
    op.create_index("ix_handled_updates_answered_at", "handled_updates", ["answered_at"])
    op.create_table(
        "button_payloads",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_button_payloads"),
    )
    op.create_index("ix_button_payloads_expires_at", "button_payloads", ["expires_at"])


def downgrade() -> None:
    op.drop_index("ix_button_payloads_expires_at", table_name="button_payloads")
    op.drop_table("button_payloads")
    op.drop_index("ix_handled_updates_answered_at", table_name="handled_updates")
    op.drop_index("ix_handled_updates_expires_at", table_name="handled_updates")
    op.drop_table("handled_updates")
