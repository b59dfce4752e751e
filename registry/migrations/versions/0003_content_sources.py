"""Content sources users see, in each content language; the former source becomes the editors' reference.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

LANGUAGES = ("ar", "ary", "fr")


def upgrade() -> None:
    with op.batch_alter_table("content_versions") as batch:
        # The old text named files and confidence notes for editors: it is kept, as the reference.
        batch.alter_column(
            "source", new_column_name="reference", existing_type=sa.Text(), existing_nullable=False
        )
        for language in LANGUAGES:
            # Older versions have no user-facing source: they are answered with the date only.
            batch.add_column(sa.Column(f"source_{language}", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("content_versions") as batch:
        for language in LANGUAGES:
            batch.drop_column(f"source_{language}")
        batch.alter_column(
            "reference", new_column_name="source", existing_type=sa.Text(), existing_nullable=False
        )
