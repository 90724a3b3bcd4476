"""Vouchers, refund instructions and store stock

Also the service tokens the payment side pulls refund instructions with, and the log of
actions taken at central (central_events).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

UTC = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "vouchers",
        sa.Column("code", sa.String(20), nullable=False),
        sa.Column("return_id", sa.String(64), nullable=False),
        sa.Column("store_id", sa.String(40), nullable=False),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("issued", sa.BigInteger(), nullable=False),
        sa.Column("balance", sa.BigInteger(), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("issued_at", UTC, nullable=False),
        sa.Column("voided_at", UTC, nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.CheckConstraint("balance >= 0", name=op.f("ck_vouchers_balance_not_negative")),
        sa.ForeignKeyConstraint(["return_id"], ["returns.id"], name=op.f("fk_vouchers_return_id_returns")),
        sa.ForeignKeyConstraint(["store_id"], ["stores.id"], name=op.f("fk_vouchers_store_id_stores")),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_vouchers")),
    )
    op.create_index(op.f("ix_vouchers_return_id"), "vouchers", ["return_id"])
    op.create_index(op.f("ix_vouchers_store_id"), "vouchers", ["store_id"])
    op.create_table(
        "voucher_redemptions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("voucher_code", sa.String(20), nullable=False),
        sa.Column("idempotency_key", sa.String(64), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("reference", sa.String(80), nullable=False),
        sa.Column("balance_after", sa.BigInteger(), nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("redeemed_at", UTC, nullable=False),
        sa.ForeignKeyConstraint(["voucher_code"], ["vouchers.code"],
                                name=op.f("fk_voucher_redemptions_voucher_code_vouchers")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_voucher_redemptions")),
    )
    op.create_index("ix_voucher_redemptions_key", "voucher_redemptions", ["voucher_code", "idempotency_key"],
                    unique=True)
    op.create_table(
        "refund_instructions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("return_id", sa.String(64), nullable=False),
        sa.Column("store_id", sa.String(40), nullable=False),
        sa.Column("return_code", sa.String(20), nullable=False),
        sa.Column("order_number", sa.String(40), nullable=False),
        sa.Column("tender_kind", sa.String(16), nullable=False),
        sa.Column("tender_reference", sa.String(80), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("reference", sa.String(80), nullable=True),
        sa.Column("answered_by", sa.String(64), nullable=True),
        sa.Column("created_at", UTC, nullable=False),
        sa.Column("answered_at", UTC, nullable=True),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["return_id"], ["returns.id"], name=op.f("fk_refund_instructions_return_id_returns")),
        sa.ForeignKeyConstraint(["store_id"], ["stores.id"], name=op.f("fk_refund_instructions_store_id_stores")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_refund_instructions")),
    )
    op.create_index("ix_refund_instructions_seq", "refund_instructions", ["seq"])
    op.create_index(op.f("ix_refund_instructions_return_id"), "refund_instructions", ["return_id"])
    op.create_index(op.f("ix_refund_instructions_store_id"), "refund_instructions", ["store_id"])
    op.create_index(op.f("ix_refund_instructions_status"), "refund_instructions", ["status"])
    op.create_table(
        "services",
        sa.Column("name", sa.String(40), nullable=False),
        sa.Column("scope", sa.String(16), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("created_at", UTC, nullable=False),
        sa.Column("revoked_at", UTC, nullable=True),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_services")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_services_token_hash")),
    )
    op.create_table(
        "stock_levels",
        sa.Column("store_id", sa.String(40), nullable=False),
        sa.Column("sku", sa.String(64), nullable=False),
        sa.Column("on_hand", sa.BigInteger(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", UTC, nullable=False),
        sa.ForeignKeyConstraint(["store_id"], ["stores.id"], name=op.f("fk_stock_levels_store_id_stores")),
        sa.PrimaryKeyConstraint("store_id", "sku", name=op.f("pk_stock_levels")),
    )
    op.create_index("ix_stock_levels_store_seq", "stock_levels", ["store_id", "seq"])
    op.create_table(
        "central_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", UTC, nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("subject", sa.String(200), nullable=False),
        sa.Column("store_id", sa.String(40), nullable=True),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_central_events")),
    )
    op.create_index(op.f("ix_central_events_at"), "central_events", ["at"])
    op.create_index(op.f("ix_central_events_kind"), "central_events", ["kind"])
    op.create_index(op.f("ix_central_events_store_id"), "central_events", ["store_id"])


def downgrade() -> None:
    op.drop_table("central_events")
    op.drop_table("stock_levels")
    op.drop_table("services")
    op.drop_table("refund_instructions")
    op.drop_table("voucher_redemptions")
    op.drop_table("vouchers")
