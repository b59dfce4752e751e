"""Knowledge content in versions, unanswered questions and handoff requests.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "content_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("topic", sa.String(100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("text_ar", sa.Text(), nullable=False),
        sa.Column("text_ary", sa.Text(), nullable=False),
        sa.Column("text_fr", sa.Text(), nullable=False),
        sa.Column("values", sa.Text(), nullable=False, server_default="{}"),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("verified_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(255), nullable=False),
        sa.CheckConstraint("status IN ('draft', 'published')", name="ck_content_versions_status"),
        sa.PrimaryKeyConstraint("id", name="pk_content_versions"),
        sa.UniqueConstraint("topic", "version", name="uq_content_versions_topic_version"),
    )
    op.create_index("ix_content_versions_topic", "content_versions", ["topic"])
    op.create_table(
        "unanswered_questions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.String(200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("predicted_intent", sa.String(100), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=True),
        sa.Column("asked_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_unanswered_questions"),
    )
    op.create_index("ix_unanswered_questions_conversation_id", "unanswered_questions", ["conversation_id"])
    op.create_table(
        "handoff_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.String(200), nullable=False),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("last_messages", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("voice_file_id", sa.String(255), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("status IN ('open', 'closed')", name="ck_handoff_requests_status"),
        sa.PrimaryKeyConstraint("id", name="pk_handoff_requests"),
    )
    op.create_index("ix_handoff_requests_conversation_id", "handoff_requests", ["conversation_id"])


def downgrade() -> None:
    op.drop_index("ix_handoff_requests_conversation_id", table_name="handoff_requests")
    op.drop_table("handoff_requests")
    op.drop_index("ix_unanswered_questions_conversation_id", table_name="unanswered_questions")
    op.drop_table("unanswered_questions")
    op.drop_index("ix_content_versions_topic", table_name="content_versions")
    op.drop_table("content_versions")
