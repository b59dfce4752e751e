"""Announcements by editors: news subscriptions, announcements and their deliveries.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "news_subscriptions",
        sa.Column("chat_id", sa.String(64), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("region_code", sa.String(8), nullable=True),
        sa.Column("trade_code", sa.String(40), nullable=True),
        sa.Column("status", sa.String(16), nullable=False, server_default="active"),
        sa.Column("subscribed_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("blocked_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("status IN ('active', 'blocked')", name="ck_news_subscriptions_status"),
        sa.PrimaryKeyConstraint("chat_id", name="pk_news_subscriptions"),
    )
    op.create_index("ix_news_subscriptions_region_code", "news_subscriptions", ["region_code"])
    op.create_index("ix_news_subscriptions_trade_code", "news_subscriptions", ["trade_code"])
    op.create_table(
        "announcements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("status", sa.String(16), nullable=False, server_default="draft"),
        *(sa.Column(f"text_{language}", sa.Text(), nullable=False) for language in ("ar", "ary", "fr")),
        *(sa.Column(f"source_{language}", sa.Text(), nullable=False) for language in ("ar", "ary", "fr")),
        sa.Column("reference", sa.Text(), nullable=False),
        sa.Column("verified_on", sa.Date(), nullable=False),
        sa.Column("regions", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("trades", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("languages", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("send_at", sa.DateTime(), nullable=True),
        sa.Column("created_by", sa.String(255), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(255), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=True),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        *(
            sa.Column(name, sa.Integer(), nullable=False, server_default="0")
            for name in ("recipients", "sent", "failed", "blocked", "skipped", "unknown")
        ),
        sa.Column("first_sent_at", sa.DateTime(), nullable=True),
        sa.Column("last_sent_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "status IN ('draft', 'scheduled', 'sending', 'done', 'cancelled')", name="ck_announcements_status"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_announcements"),
    )
    op.create_index("ix_announcements_status", "announcements", ["status"])
    op.create_index("ix_announcements_send_at", "announcements", ["send_at"])
    op.create_table(
        "announcement_deliveries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("announcement_id", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.String(64), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("status", sa.String(16), nullable=False, server_default="pending"),
        sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("not_before", sa.DateTime(), nullable=True),
        sa.Column("claimed_at", sa.DateTime(), nullable=True),
        sa.Column("claimed_by", sa.String(64), nullable=True),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "status IN ('pending', 'claimed', 'sent', 'failed', 'blocked', 'skipped', 'unknown')",
            name="ck_announcement_deliveries_status",
        ),
        sa.ForeignKeyConstraint(
            ["announcement_id"],
            ["announcements.id"],
            name="fk_announcement_deliveries_announcement_id_announcements",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_announcement_deliveries"),
        sa.UniqueConstraint("announcement_id", "chat_id", name="uq_announcement_deliveries_announcement_chat"),
    )
    op.create_index(
        "ix_announcement_deliveries_announcement_id", "announcement_deliveries", ["announcement_id"]
    )
    op.create_index("ix_announcement_deliveries_chat_id", "announcement_deliveries", ["chat_id"])
    op.create_index("ix_announcement_deliveries_status", "announcement_deliveries", ["status"])


def downgrade() -> None:
    op.drop_table("announcement_deliveries")
    op.drop_table("announcements")
    op.drop_table("news_subscriptions")
