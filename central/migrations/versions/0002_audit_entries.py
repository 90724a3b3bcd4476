"""Audit entries: each device's hash-chained audit log, as it arrives with the sync.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

UTC = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "audit_entries",
        sa.Column("device_id", sa.String(64), nullable=False),
        sa.Column("entry_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("store_id", sa.String(40), nullable=False),
        sa.Column("at", UTC, nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("subject", sa.String(200), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("received_at", UTC, nullable=False),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"], name=op.f("fk_audit_entries_device_id_devices")),
        sa.ForeignKeyConstraint(["store_id"], ["stores.id"], name=op.f("fk_audit_entries_store_id_stores")),
        sa.PrimaryKeyConstraint("device_id", "entry_id", name=op.f("pk_audit_entries")),
    )
    op.create_index(op.f("ix_audit_entries_store_id"), "audit_entries", ["store_id"])


def downgrade() -> None:
    op.drop_table("audit_entries")
