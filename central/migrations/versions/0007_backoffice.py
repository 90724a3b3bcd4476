"""Back-office users, sessions and review decisions

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

UTC = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "backoffice_users",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("store_id", sa.String(40), nullable=True),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", UTC, nullable=True),
        sa.Column("created_at", UTC, nullable=False),
        sa.Column("updated_at", UTC, nullable=False),
        sa.ForeignKeyConstraint(["store_id"], ["stores.id"], name=op.f("fk_backoffice_users_store_id_stores")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_backoffice_users")),
        sa.UniqueConstraint("name", name=op.f("uq_backoffice_users_name")),
    )
    op.create_index(op.f("ix_backoffice_users_store_id"), "backoffice_users", ["store_id"])
    op.create_table(
        "backoffice_sessions",
        sa.Column("id_hash", sa.String(64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("created_at", UTC, nullable=False),
        sa.Column("expires_at", UTC, nullable=False),
        sa.Column("last_seen_at", UTC, nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["backoffice_users.id"],
                                name=op.f("fk_backoffice_sessions_user_id_backoffice_users")),
        sa.PrimaryKeyConstraint("id_hash", name=op.f("pk_backoffice_sessions")),
    )
    op.create_index(op.f("ix_backoffice_sessions_user_id"), "backoffice_sessions", ["user_id"])
    op.create_table(
        "backoffice_events",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", UTC, nullable=False),
        sa.Column("actor", sa.String(80), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("subject", sa.String(200), nullable=False),
        sa.Column("store_id", sa.String(40), nullable=True),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_backoffice_events")),
    )
    op.create_index("ix_backoffice_events_subject", "backoffice_events", ["subject"])
    op.create_table(
        "review_decisions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("return_id", sa.String(64), nullable=False),
        sa.Column("decision", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("decided_by", sa.String(80), nullable=False),
        sa.Column("decided_at", UTC, nullable=False),
        sa.ForeignKeyConstraint(["return_id"], ["returns.id"], name=op.f("fk_review_decisions_return_id_returns")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_decisions")),
    )
    op.create_index(op.f("ix_review_decisions_return_id"), "review_decisions", ["return_id"])
    op.create_table(
        "policy_proposals",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("version", sa.String(80), nullable=False),
        sa.Column("document", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("proposed_by", sa.String(80), nullable=False),
        sa.Column("proposed_at", UTC, nullable=False),
        sa.Column("confirmed_by", sa.String(80), nullable=True),
        sa.Column("confirmed_at", UTC, nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_policy_proposals")),
    )
    op.create_index(op.f("ix_policy_proposals_version"), "policy_proposals", ["version"])


def downgrade() -> None:
    for table in ("policy_proposals", "review_decisions", "backoffice_events", "backoffice_sessions",
                  "backoffice_users"):
        op.drop_table(table)
