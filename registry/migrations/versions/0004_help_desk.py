"""The help desk: staff accounts, sign-in failures, the audit log, conversation summaries,
corrections, who took a handoff, and who moved a request.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "staff_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(255), nullable=False),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("language", sa.String(2), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("role IN ('agent', 'reviewer', 'editor', 'admin')", name="ck_staff_members_role"),
        sa.CheckConstraint("language IN ('ar', 'fr')", name="ck_staff_members_language"),
        sa.PrimaryKeyConstraint("id", name="pk_staff_members"),
        sa.UniqueConstraint("email", name="uq_staff_members_email"),
    )
    op.create_table(
        "login_failures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(255), nullable=False),
        sa.Column("address", sa.String(64), nullable=False),
        sa.Column("failed_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_login_failures"),
    )
    for column in ("email", "address", "failed_at"):
        op.create_index(f"ix_login_failures_{column}", "login_failures", [column])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("target", sa.String(255), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False, server_default=""),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["staff_id"], ["staff_members.id"], name="fk_audit_log_staff_id_staff_members"),
        sa.PrimaryKeyConstraint("id", name="pk_audit_log"),
    )
    op.create_index("ix_audit_log_staff_id", "audit_log", ["staff_id"])
    op.create_index("ix_audit_log_at", "audit_log", ["at"])
    op.create_table(
        "conversation_summaries",
        sa.Column("sender_id", sa.String(255), nullable=False),
        sa.Column("channel", sa.String(32), nullable=False, server_default=""),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("last_at", sa.DateTime(), nullable=False),
        sa.Column("reply_language", sa.String(8), nullable=False, server_default=""),
        sa.Column("variety", sa.String(16), nullable=False, server_default=""),
        sa.Column("last_message", sa.Text(), nullable=False, server_default=""),
        sa.Column("top_intent", sa.String(100), nullable=False, server_default=""),
        sa.Column("lowest_confidence", sa.Float(), nullable=True),
        sa.Column("user_messages", sa.Integer(), nullable=False, server_default="0"),
        *[
            sa.Column(flag, sa.Boolean(), nullable=False, server_default="0")
            for flag in ("asked_person", "fallback", "unanswered", "voice_note", "form_abandoned", "deleted", "paused")
        ],
        sa.Column("taken_by", sa.Integer(), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=False, server_default=""),
        sa.ForeignKeyConstraint(
            ["taken_by"], ["staff_members.id"], name="fk_conversation_summaries_taken_by_staff_members"
        ),
        sa.PrimaryKeyConstraint("sender_id", name="pk_conversation_summaries"),
    )
    for column in ("last_at", "top_intent", "lowest_confidence"):
        op.create_index(f"ix_conversation_summaries_{column}", "conversation_summaries", [column])
    op.create_table(
        "index_marks",
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("last_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_index_marks"),
    )
    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.String(255), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("variety", sa.String(16), nullable=False),
        sa.Column("predicted_intent", sa.String(100), nullable=True),
        sa.Column("intent", sa.String(100), nullable=False),
        sa.Column("entities", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("exported_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["created_by"], ["staff_members.id"], name="fk_corrections_created_by_staff_members"),
        sa.PrimaryKeyConstraint("id", name="pk_corrections"),
        sa.UniqueConstraint("event_id", name="uq_corrections_event_id"),
    )
    op.create_index("ix_corrections_conversation_id", "corrections", ["conversation_id"])
    op.create_index("ix_corrections_exported_at", "corrections", ["exported_at"])
    with op.batch_alter_table("handoff_requests") as batch:
        batch.drop_constraint("ck_handoff_requests_status", type_="check")
        batch.create_check_constraint("ck_handoff_requests_status", "status IN ('open', 'taken', 'closed')")
        batch.add_column(sa.Column("taken_by", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("taken_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("closed_at", sa.DateTime(), nullable=True))
        batch.create_foreign_key(
            "fk_handoff_requests_taken_by_staff_members", "staff_members", ["taken_by"], ["id"]
        )
    with op.batch_alter_table("request_status_changes") as batch:
        batch.add_column(sa.Column("changed_by", sa.String(255), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("request_status_changes") as batch:
        batch.drop_column("changed_by")
    # The older schema knows no 'taken': a person was answering, so the request is still open there.
    op.execute("UPDATE handoff_requests SET status = 'open' WHERE status = 'taken'")
    with op.batch_alter_table("handoff_requests") as batch:
        batch.drop_constraint("fk_handoff_requests_taken_by_staff_members", type_="foreignkey")
        batch.drop_column("closed_at")
        batch.drop_column("taken_at")
        batch.drop_column("taken_by")
        batch.drop_constraint("ck_handoff_requests_status", type_="check")
        batch.create_check_constraint("ck_handoff_requests_status", "status IN ('open', 'closed')")
    for table in ("corrections", "index_marks", "conversation_summaries", "audit_log", "login_failures", "staff_members"):
        op.drop_table(table)
