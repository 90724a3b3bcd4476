"""Device health: the latest report of each device, for ``kiosk-central devices``.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

UTC = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "device_health",
        sa.Column("device_id", sa.String(64), nullable=False),
        sa.Column("store_id", sa.String(40), nullable=False),
        sa.Column("received_at", UTC, nullable=False),
        sa.Column("reported_at", UTC, nullable=False),
        sa.Column("app_version", sa.String(40), nullable=False),
        sa.Column("schema_version", sa.String(40), nullable=False),
        sa.Column("policy_version", sa.String(80), nullable=True),
        sa.Column("outbox_pending", sa.Integer(), nullable=False),
        sa.Column("outbox_refused", sa.Integer(), nullable=False),
        sa.Column("outbox_oldest_age_s", sa.BigInteger(), nullable=True),
        sa.Column("print_queue_depth", sa.Integer(), nullable=False),
        sa.Column("last_sync_age_s", sa.BigInteger(), nullable=True),
        sa.Column("free_disk_bytes", sa.BigInteger(), nullable=False),
        sa.Column("clock_offset_ms", sa.BigInteger(), nullable=True),
        sa.Column("report", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"], name=op.f("fk_device_health_device_id_devices")),
        sa.ForeignKeyConstraint(["store_id"], ["stores.id"], name=op.f("fk_device_health_store_id_stores")),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_device_health")),
    )
    op.create_index(op.f("ix_device_health_store_id"), "device_health", ["store_id"])


def downgrade() -> None:
    op.drop_table("device_health")
