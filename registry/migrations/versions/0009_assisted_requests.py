"""Help for someone else: requests made by a helper or a chamber adviser for another person.

A request keeps the helper's tie to the person, when the helper confirmed the person's agreement,
and the adviser who filed it at the chamber; staff accounts get the role "adviser".

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_ROLES_BEFORE = "role IN ('agent', 'reviewer', 'editor', 'admin')"
_ROLES_AFTER = "role IN ('agent', 'reviewer', 'editor', 'admin', 'adviser')"


def upgrade() -> None:
    with op.batch_alter_table("registration_requests") as batch:
        batch.add_column(sa.Column("helper_relationship", sa.String(32), nullable=True))
        batch.add_column(sa.Column("person_consent_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("filed_by_staff_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            "fk_registration_requests_filed_by_staff_id_staff_members",
            "staff_members",
            ["filed_by_staff_id"],
            ["id"],
        )
    with op.batch_alter_table("staff_members") as batch:
        batch.drop_constraint("ck_staff_members_role", type_="check")
        batch.create_check_constraint("ck_staff_members_role", _ROLES_AFTER)


def downgrade() -> None:
    # An adviser account cannot exist under the old constraint: it becomes an agent, who handles requests.
    op.execute("UPDATE staff_members SET role = 'agent' WHERE role = 'adviser'")
    with op.batch_alter_table("staff_members") as batch:
        batch.drop_constraint("ck_staff_members_role", type_="check")
        batch.create_check_constraint("ck_staff_members_role", _ROLES_BEFORE)
    with op.batch_alter_table("registration_requests") as batch:
        batch.drop_constraint("fk_registration_requests_filed_by_staff_id_staff_members", type_="foreignkey")
        batch.drop_column("filed_by_staff_id")
        batch.drop_column("person_consent_at")
        batch.drop_column("helper_relationship")
