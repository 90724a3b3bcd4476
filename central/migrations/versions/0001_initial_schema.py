"""Initial schema: stores, devices, orders, policy versions, managers, returns.

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

UTC = sa.DateTime(timezone=True)


def upgrade() -> None:
    sync_state = op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("epoch", sa.String(32), nullable=False),
        sa.Column("last_seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_state")),
    )
    # A fresh epoch per database: cursors handed out by another database are unknown here.
    op.bulk_insert(sync_state, [{"id": 1, "epoch": uuid.uuid4().hex, "last_seq": 0}])
    op.create_table(
        "stores",
        sa.Column("id", sa.String(40), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("timezone", sa.String(64), nullable=False),
        sa.Column("created_at", UTC, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stores")),
    )
    op.create_table(
        "devices",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("store_id", sa.String(40), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("created_at", UTC, nullable=False),
        sa.Column("revoked_at", UTC, nullable=True),
        sa.ForeignKeyConstraint(["store_id"], ["stores.id"], name=op.f("fk_devices_store_id_stores")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_devices")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_devices_token_hash")),
    )
    op.create_index(op.f("ix_devices_store_id"), "devices", ["store_id"])
    op.create_table(
        "orders",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("number", sa.String(40), nullable=False),
        sa.Column("number_key", sa.String(40), nullable=False),
        sa.Column("store_id", sa.String(40), nullable=False),
        sa.Column("email_key", sa.String(1000), nullable=False),
        sa.Column("window_start", UTC, nullable=False),
        sa.Column("document", sa.JSON(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", UTC, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_orders")),
        sa.UniqueConstraint("number_key", name=op.f("uq_orders_number_key")),
    )
    op.create_index("ix_orders_store_seq", "orders", ["store_id", "seq"])
    op.create_index("ix_orders_store_window_start", "orders", ["store_id", "window_start"])
    op.create_table(
        "policy_versions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("version", sa.String(80), nullable=False),
        sa.Column("document", sa.JSON(), nullable=False),
        sa.Column("etag", sa.String(80), nullable=False),
        sa.Column("activation", sa.Integer(), nullable=False),
        sa.Column("created_at", UTC, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_policy_versions")),
        sa.UniqueConstraint("version", name=op.f("uq_policy_versions_version")),
    )
    op.create_index(op.f("ix_policy_versions_activation"), "policy_versions", ["activation"])
    op.create_table(
        "managers",
        sa.Column("id", sa.String(40), nullable=False),
        sa.Column("store_id", sa.String(40), nullable=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(40), nullable=False),
        sa.Column("pin_hash", sa.String(200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("updated_at", UTC, nullable=False),
        sa.ForeignKeyConstraint(["store_id"], ["stores.id"], name=op.f("fk_managers_store_id_stores")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_managers")),
    )
    op.create_index(op.f("ix_managers_store_id"), "managers", ["store_id"])
    op.create_table(
        "lookup_throttle",
        sa.Column("device_id", sa.String(64), nullable=False),
        sa.Column("misses", sa.Integer(), nullable=False),
        sa.Column("last_miss_at", UTC, nullable=True),
        sa.Column("blocked_until", UTC, nullable=True),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"], name=op.f("fk_lookup_throttle_device_id_devices")),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_lookup_throttle")),
    )
    op.create_table(
        "returns",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("code", sa.String(20), nullable=False),
        sa.Column("store_id", sa.String(40), nullable=False),
        sa.Column("device_id", sa.String(64), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("order_number", sa.String(40), nullable=False),
        sa.Column("customer_key", sa.String(1000), nullable=False),
        sa.Column("policy_version", sa.String(80), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("body", sa.JSON(), nullable=False),
        sa.Column("body_hash", sa.String(64), nullable=False),
        sa.Column("refunded", sa.BigInteger(), nullable=False),
        sa.Column("response_status", sa.Integer(), nullable=False),
        sa.Column("response_body", sa.Text(), nullable=False),
        sa.Column("disagreements", sa.JSON(), nullable=False),
        sa.Column("created_at", UTC, nullable=False),
        sa.Column("received_at", UTC, nullable=False),
        sa.Column("status_changed_at", UTC, nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"], name=op.f("fk_returns_device_id_devices")),
        sa.ForeignKeyConstraint(["order_id"], ["orders.id"], name=op.f("fk_returns_order_id_orders")),
        sa.ForeignKeyConstraint(["store_id"], ["stores.id"], name=op.f("fk_returns_store_id_stores")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_returns")),
        sa.UniqueConstraint("code", name=op.f("uq_returns_code")),
    )
    op.create_index(op.f("ix_returns_customer_key"), "returns", ["customer_key"])
    op.create_index(op.f("ix_returns_device_id"), "returns", ["device_id"])
    op.create_index(op.f("ix_returns_order_id"), "returns", ["order_id"])
    op.create_index(op.f("ix_returns_status"), "returns", ["status"])
    op.create_index("ix_returns_store_seq", "returns", ["store_id", "seq"])
    op.create_table(
        "return_lines",
        sa.Column("return_id", sa.String(64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("line_id", sa.String(40), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("counts", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["order_id"], ["orders.id"], name=op.f("fk_return_lines_order_id_orders")),
        sa.ForeignKeyConstraint(["return_id"], ["returns.id"], name=op.f("fk_return_lines_return_id_returns")),
        sa.PrimaryKeyConstraint("return_id", "position", name=op.f("pk_return_lines")),
    )
    op.create_index("ix_return_lines_order_line", "return_lines", ["order_id", "line_id"])


def downgrade() -> None:
    for table in ("return_lines", "returns", "lookup_throttle", "managers", "policy_versions",
                  "orders", "devices", "stores", "sync_state"):
        op.drop_table(table)
