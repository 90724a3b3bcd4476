"""Return authorisations started online, the shopper web page's sessions and its lookup brake

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

UTC = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "authorisations",
        sa.Column("code", sa.String(20), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("order_number", sa.String(40), nullable=False),
        sa.Column("customer_key", sa.String(1000), nullable=False),
        sa.Column("store_id", sa.String(40), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("resolution", sa.String(20), nullable=False),
        sa.Column("policy_version", sa.String(80), nullable=False),
        sa.Column("lines", sa.JSON(), nullable=False),
        sa.Column("decision", sa.JSON(), nullable=False),
        sa.Column("created_at", UTC, nullable=False),
        sa.Column("expires_at", UTC, nullable=False),
        sa.Column("status_changed_at", UTC, nullable=False),
        sa.Column("return_id", sa.String(64), nullable=True),
        sa.Column("dropped_off_store_id", sa.String(40), nullable=True),
        sa.Column("dropped_off_device_id", sa.String(64), nullable=True),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["order_id"], ["orders.id"], name=op.f("fk_authorisations_order_id_orders")),
        sa.ForeignKeyConstraint(["store_id"], ["stores.id"], name=op.f("fk_authorisations_store_id_stores")),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_authorisations")),
        sa.UniqueConstraint("return_id", name=op.f("uq_authorisations_return_id")),
    )
    op.create_index(op.f("ix_authorisations_order_id"), "authorisations", ["order_id"])
    op.create_index(op.f("ix_authorisations_customer_key"), "authorisations", ["customer_key"])
    op.create_index(op.f("ix_authorisations_status"), "authorisations", ["status"])
    op.create_index("ix_authorisations_store_seq", "authorisations", ["store_id", "seq"])
    op.create_table(
        "shopper_sessions",
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("draft", sa.JSON(), nullable=False),
        sa.Column("created_at", UTC, nullable=False),
        sa.Column("expires_at", UTC, nullable=False),
        sa.ForeignKeyConstraint(["order_id"], ["orders.id"], name=op.f("fk_shopper_sessions_order_id_orders")),
        sa.PrimaryKeyConstraint("token_hash", name=op.f("pk_shopper_sessions")),
    )
    op.create_index(op.f("ix_shopper_sessions_order_id"), "shopper_sessions", ["order_id"])
    op.create_index(op.f("ix_shopper_sessions_expires_at"), "shopper_sessions", ["expires_at"])
    op.create_table(
        "shopper_lookup_throttle",
        sa.Column("client_key", sa.String(100), nullable=False),
        sa.Column("misses", sa.Integer(), nullable=False),
        sa.Column("last_miss_at", UTC, nullable=True),
        sa.Column("blocked_until", UTC, nullable=True),
        sa.PrimaryKeyConstraint("client_key", name=op.f("pk_shopper_lookup_throttle")),
    )


def downgrade() -> None:
    op.drop_table("shopper_lookup_throttle")
    op.drop_table("shopper_sessions")
    op.drop_table("authorisations")
