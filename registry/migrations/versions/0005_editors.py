"""The editors' workflow: content in review with the reviewer's note, what became of unanswered
questions, and training examples filed by editors.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("content_versions") as batch:
        batch.drop_constraint("ck_content_versions_status", type_="check")
        batch.create_check_constraint("ck_content_versions_status", "status IN ('draft', 'in_review', 'published')")
        batch.add_column(sa.Column("reviewed_by", sa.String(255), nullable=True))
        batch.add_column(sa.Column("reviewed_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("review_note", sa.Text(), nullable=True))
    with op.batch_alter_table("unanswered_questions") as batch:
        batch.add_column(sa.Column("handled", sa.String(16), nullable=True))
        batch.add_column(sa.Column("handled_by", sa.String(255), nullable=True))
        batch.add_column(sa.Column("handled_at", sa.DateTime(), nullable=True))
    op.create_index("ix_unanswered_questions_handled", "unanswered_questions", ["handled"])
    op.create_table(
        "training_examples",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("variety", sa.String(16), nullable=False),
        sa.Column("intent", sa.String(100), nullable=False),
        sa.Column("source", sa.String(32), nullable=False),
        sa.Column("created_by", sa.String(255), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("exported_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_training_examples"),
    )
    op.create_index("ix_training_examples_exported_at", "training_examples", ["exported_at"])


def downgrade() -> None:
    op.drop_table("training_examples")
    op.drop_index("ix_unanswered_questions_handled", table_name="unanswered_questions")
    with op.batch_alter_table("unanswered_questions") as batch:
        batch.drop_column("handled_at")
        batch.drop_column("handled_by")
        batch.drop_column("handled")
    # The older schema knows no review: a version waiting for it is a draft there.
    op.execute("UPDATE content_versions SET status = 'draft' WHERE status = 'in_review'")
    with op.batch_alter_table("content_versions") as batch:
        batch.drop_column("review_note")
        batch.drop_column("reviewed_at")
        batch.drop_column("reviewed_by")
        batch.drop_constraint("ck_content_versions_status", type_="check")
        batch.create_check_constraint("ck_content_versions_status", "status IN ('draft', 'published')")
