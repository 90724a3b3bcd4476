"""Audit epochs, anchored heads and alarms; entries kept by (device, epoch, entry id).

Entries received before this version are the unkeyed ones of older kiosks: their epoch is
"" and they keep their place.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

UTC = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("audit_entries", recreate="always") as batch:
        batch.add_column(sa.Column("epoch", sa.String(32), server_default="", nullable=False))
        batch.drop_constraint("pk_audit_entries", type_="primary")
        batch.create_primary_key("pk_audit_entries", ["device_id", "epoch", "entry_id"])
    op.create_table(
        "audit_epochs",
        sa.Column("device_id", sa.String(64), nullable=False),
        sa.Column("epoch", sa.String(32), nullable=False),
        sa.Column("store_id", sa.String(40), nullable=False),
        sa.Column("scheme", sa.String(16), nullable=False),
        sa.Column("key", sa.String(64), nullable=True),
        sa.Column("first_id", sa.BigInteger(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("opened_at", UTC, nullable=False),
        sa.Column("head_id", sa.BigInteger(), nullable=True),
        sa.Column("head_hash", sa.String(64), nullable=True),
        sa.Column("anchored_at", UTC, nullable=True),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"], name=op.f("fk_audit_epochs_device_id_devices")),
        sa.ForeignKeyConstraint(["store_id"], ["stores.id"], name=op.f("fk_audit_epochs_store_id_stores")),
        sa.PrimaryKeyConstraint("device_id", "epoch", name=op.f("pk_audit_epochs")),
    )
    op.create_index(op.f("ix_audit_epochs_store_id"), "audit_epochs", ["store_id"])
    op.create_table(
        "audit_alarms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(64), nullable=False),
        sa.Column("store_id", sa.String(40), nullable=False),
        sa.Column("epoch", sa.String(32), nullable=False),
        sa.Column("entry_id", sa.BigInteger(), nullable=False),
        sa.Column("code", sa.String(40), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("raised_at", UTC, nullable=False),
        sa.Column("last_seen_at", UTC, nullable=False),
        sa.Column("seen", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"], name=op.f("fk_audit_alarms_device_id_devices")),
        sa.ForeignKeyConstraint(["store_id"], ["stores.id"], name=op.f("fk_audit_alarms_store_id_stores")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_alarms")),
    )
    op.create_index("ix_audit_alarms_finding", "audit_alarms", ["device_id", "epoch", "entry_id", "code"],
                    unique=True)
    op.create_index(op.f("ix_audit_alarms_store_id"), "audit_alarms", ["store_id"])


def downgrade() -> None:
    op.drop_table("audit_alarms")
    op.drop_table("audit_epochs")
    op.execute("DELETE FROM audit_entries WHERE epoch <> ''")
    with op.batch_alter_table("audit_entries", recreate="always") as batch:
        batch.drop_constraint("pk_audit_entries", type_="primary")
        batch.create_primary_key("pk_audit_entries", ["device_id", "entry_id"])
        batch.drop_column("epoch")
