"""Shared lookup brakes and PIN lockouts

Revision ID: 0008
Revises: 0007

``manager_pin_locks``: each manager's wrong PINs counted across every kiosk (kiosks post
their misses, and get the counts back with the manager roster).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

UTC = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "manager_pin_locks",
        sa.Column("manager_id", sa.String(40), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("locked_until", UTC, nullable=True),
        sa.Column("updated_at", UTC, nullable=False),
        sa.ForeignKeyConstraint(["manager_id"], ["managers.id"], name=op.f("fk_manager_pin_locks_manager_id_managers")),
        sa.PrimaryKeyConstraint("manager_id", name=op.f("pk_manager_pin_locks")),
    )


def downgrade() -> None:
    op.drop_table("manager_pin_locks")
