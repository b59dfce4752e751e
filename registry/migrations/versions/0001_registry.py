"""The registry: regions, cities, offices, trades, their spellings, and registration requests.

Revision ID: 0001
Revises:
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# Constraint names follow registry.models.NAMING_CONVENTION, so that later revisions can
# alter these tables in SQLite batch mode by name.


def upgrade() -> None:
    op.create_table(
        "regions",
        sa.Column("code", sa.String(8), nullable=False),
        sa.Column("name_ar", sa.String(200), nullable=False),
        sa.Column("name_fr", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("code", name="pk_regions"),
    )
    op.create_table(
        "cities",
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("region_code", sa.String(8), nullable=False),
        sa.Column("name_ar", sa.String(200), nullable=False),
        sa.Column("name_fr", sa.String(200), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(["region_code"], ["regions.code"], name="fk_cities_region_code_regions"),
        sa.PrimaryKeyConstraint("name", name="pk_cities"),
    )
    op.create_index("ix_cities_region_code", "cities", ["region_code"])
    op.create_table(
        "city_spellings",
        sa.Column("normalised", sa.String(200), nullable=False),
        sa.Column("city_name", sa.String(100), nullable=False),
        sa.ForeignKeyConstraint(["city_name"], ["cities.name"], name="fk_city_spellings_city_name_cities"),
        sa.PrimaryKeyConstraint("normalised", name="pk_city_spellings"),
    )
    op.create_index("ix_city_spellings_city_name", "city_spellings", ["city_name"])
    op.create_table(
        "offices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("name_ar", sa.String(300), nullable=False),
        sa.Column("name_fr", sa.String(300), nullable=False),
        sa.Column("region_code", sa.String(8), nullable=False),
        sa.Column("city_name", sa.String(100), nullable=True),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("phone", sa.String(20), nullable=True),
        sa.Column("hours", sa.Text(), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("seat_confirmed", sa.Boolean(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("verified_on", sa.Date(), nullable=True),
        sa.CheckConstraint("kind IN ('chamber', 'directorate')", name="ck_offices_kind"),
        sa.ForeignKeyConstraint(["city_name"], ["cities.name"], name="fk_offices_city_name_cities"),
        sa.ForeignKeyConstraint(["region_code"], ["regions.code"], name="fk_offices_region_code_regions"),
        sa.PrimaryKeyConstraint("id", name="pk_offices"),
        sa.UniqueConstraint("kind", "region_code", "city_name", name="uq_offices_kind_region_city"),
    )
    op.create_index("ix_offices_region_code", "offices", ["region_code"])
    op.create_table(
        "trades",
        sa.Column("code", sa.String(40), nullable=False),
        sa.Column("family", sa.String(20), nullable=False),
        sa.Column("branch", sa.String(100), nullable=True),
        sa.Column("name_ar", sa.String(300), nullable=False),
        sa.Column("name_ary", sa.String(300), nullable=False),
        sa.Column("name_fr", sa.String(300), nullable=False),
        sa.Column("official", sa.Boolean(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("verified_on", sa.Date(), nullable=True),
        sa.CheckConstraint("family IN ('art_production', 'services')", name="ck_trades_family"),
        sa.PrimaryKeyConstraint("code", name="pk_trades"),
    )
    op.create_table(
        "trade_spellings",
        sa.Column("normalised", sa.String(200), nullable=False),
        sa.Column("trade_code", sa.String(40), nullable=False),
        sa.ForeignKeyConstraint(["trade_code"], ["trades.code"], name="fk_trade_spellings_trade_code_trades"),
        sa.PrimaryKeyConstraint("normalised", name="pk_trade_spellings"),
    )
    op.create_index("ix_trade_spellings_trade_code", "trade_spellings", ["trade_code"])
    op.create_table(
        "registration_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(16), nullable=False),
        sa.Column("full_name", sa.String(200), nullable=False),
        sa.Column("cin", sa.String(20), nullable=False),
        sa.Column("phone", sa.String(30), nullable=False),
        sa.Column("trade_code", sa.String(40), nullable=True),
        sa.Column("trade_text", sa.Text(), nullable=True),
        sa.Column("city_name", sa.String(100), nullable=False),
        sa.Column("region_code", sa.String(8), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=True),
        sa.Column("category", sa.String(32), nullable=False),
        sa.Column("consent_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("conversation_id", sa.String(200), nullable=False),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name="fk_registration_requests_office_id_offices"
        ),
        sa.ForeignKeyConstraint(
            ["trade_code"], ["trades.code"], name="fk_registration_requests_trade_code_trades"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_registration_requests"),
        sa.UniqueConstraint("reference", name="uq_registration_requests_reference"),
    )
    op.create_index("ix_registration_requests_conversation_id", "registration_requests", ["conversation_id"])
    op.create_table(
        "request_status_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["registration_requests.id"],
            name="fk_request_status_changes_request_id_registration_requests",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_request_status_changes"),
    )
    op.create_index("ix_request_status_changes_request_id", "request_status_changes", ["request_id"])
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


def downgrade() -> None:
    # Children before parents, so that foreign keys never point at a dropped table.
    op.drop_index("ix_status_lookup_failures_conversation_id", table_name="status_lookup_failures")
    op.drop_table("status_lookup_failures")
    op.drop_index("ix_request_status_changes_request_id", table_name="request_status_changes")
    op.drop_table("request_status_changes")
    op.drop_index("ix_registration_requests_conversation_id", table_name="registration_requests")
    op.drop_table("registration_requests")
    op.drop_index("ix_trade_spellings_trade_code", table_name="trade_spellings")
    op.drop_table("trade_spellings")
    op.drop_table("trades")
    op.drop_index("ix_offices_region_code", table_name="offices")
    op.drop_table("offices")
    op.drop_index("ix_city_spellings_city_name", table_name="city_spellings")
    op.drop_table("city_spellings")
    op.drop_index("ix_cities_region_code", table_name="cities")
    op.drop_table("cities")
    op.drop_table("regions")
