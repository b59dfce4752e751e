"""Personal data at rest: CIN and phone encrypted and found by keyed hash; answers pending consent.

The requests already stored are converted in place: their CIN and phone encrypted under
HIRFA_DATA_KEY and the CIN hashed under HIRFA_HASH_KEY (registry.personal_data); the downgrade
decrypts them back. Both keys are needed only when there are rows to convert.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_requests = sa.table(
    "registration_requests",
    sa.column("id", sa.Integer),
    sa.column("cin", sa.Text),
    sa.column("phone", sa.Text),
    sa.column("cin_hash", sa.String(64)),
)


def _rows() -> list:
    return op.get_bind().execute(sa.select(_requests.c.id, _requests.c.cin, _requests.c.phone)).all()


def _keys():
    from registry.personal_data import DataKeys

    return DataKeys.from_env()


def upgrade() -> None:
    op.create_table(
        "pending_answer_keys",
        sa.Column("sender_id", sa.String(255), nullable=False),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sender_id", name="pk_pending_answer_keys"),
    )
    op.create_index("ix_pending_answer_keys_expires_at", "pending_answer_keys", ["expires_at"])
    with op.batch_alter_table("registration_requests") as batch:
        batch.add_column(sa.Column("cin_hash", sa.String(64), nullable=True))
        # A Fernet token of a 10-character phone number is 100 characters long.
        batch.alter_column("cin", type_=sa.Text(), existing_type=sa.String(20), existing_nullable=False)
        batch.alter_column("phone", type_=sa.Text(), existing_type=sa.String(30), existing_nullable=False)
    rows = _rows()
    if rows:
        keys = _keys()  # MissingKey names the variable to set
        for row in rows:
            cin = "".join(row.cin.split()).upper()
            op.get_bind().execute(
                _requests.update()
                .where(_requests.c.id == row.id)
                .values(cin=keys.seal(cin), phone=keys.seal(row.phone), cin_hash=keys.cin_hash(cin))
            )
    with op.batch_alter_table("registration_requests") as batch:
        batch.alter_column("cin_hash", existing_type=sa.String(64), nullable=False)
        batch.create_index("ix_registration_requests_cin_hash", ["cin_hash"])


def downgrade() -> None:
    rows = _rows()
    if rows:
        keys = _keys()
        for row in rows:
            op.get_bind().execute(
                _requests.update()
                .where(_requests.c.id == row.id)
                .values(cin=keys.unseal(row.cin), phone=keys.unseal(row.phone))
            )
    with op.batch_alter_table("registration_requests") as batch:
        batch.drop_index("ix_registration_requests_cin_hash")
        batch.drop_column("cin_hash")
        batch.alter_column("cin", type_=sa.String(20), existing_type=sa.Text(), existing_nullable=False)
        batch.alter_column("phone", type_=sa.String(30), existing_type=sa.Text(), existing_nullable=False)
    op.drop_index("ix_pending_answer_keys_expires_at", table_name="pending_answer_keys")
    op.drop_table("pending_answer_keys")
