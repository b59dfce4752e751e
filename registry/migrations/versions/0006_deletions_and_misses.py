"""Durable forget_me and guessing by keyed hash: the deletion jobs a worker runs until done, and status
lookup misses counted per hashed sender, reference and CIN (kept across a forget_me).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-15
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "deletion_jobs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sender_id", sa.String(255), nullable=False, server_default=""),
        sa.Column("status", sa.String(16), nullable=False, server_default="pending"),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("run_after", sa.DateTime(), nullable=False),
        sa.Column("passes", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("first_pass_at", sa.DateTime(), nullable=True),
        sa.Column("registry_rows", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("events", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("checkpoints", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("late_rows", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.CheckConstraint("status IN ('pending', 'done')", name="ck_deletion_jobs_status"),
        sa.PrimaryKeyConstraint("id", name="pk_deletion_jobs"),
    )
    op.create_index("ix_deletion_jobs_run_after", "deletion_jobs", ["run_after"])
    op.create_table(
        "lookup_misses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("failed_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_lookup_misses"),
    )
    op.create_index("ix_lookup_misses_key", "lookup_misses", ["key"])
    op.create_index("ix_lookup_misses_failed_at", "lookup_misses", ["failed_at"])
    # The old counter named senders in clear and has no key to hash them with: its rows (15 minutes'
    # worth matter) are dropped with it.
    op.drop_index("ix_status_lookup_failures_conversation_id", table_name="status_lookup_failures")
    op.drop_table("status_lookup_failures")


def downgrade() -> None:
    op.create_table(
        "status_lookup_failures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.String(200), nullable=False),
        sa.Column("failed_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_status_lookup_failures"),
    )
    op.create_index(
        "ix_status_lookup_failures_conversation_id", "status_lookup_failures", ["conversation_id"]
    )
    op.drop_table("lookup_misses")
    op.drop_table("deletion_jobs")
