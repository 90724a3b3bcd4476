"""Audit epochs: each audit row names the key it is chained with

Revision ID: 0004
Revises: 0003

Rows written before this version keep the unkeyed scheme and get the empty epoch. The
append-only trigger is made again so that the new column cannot be edited either.
"""

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

BEFORE = "id, at, kind, actor_id, subject, details, prev_hash, hash"
AFTER = BEFORE + ", epoch"


def _no_update(columns: str) -> None:
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    op.execute(
        f"CREATE TRIGGER audit_log_no_update BEFORE UPDATE OF {columns} ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    )


def upgrade() -> None:
    op.add_column('audit_log', sa.Column('epoch', sa.String(length=32), server_default='', nullable=False))
    _no_update(AFTER)


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    with op.batch_alter_table('audit_log', schema=None) as batch_op:  # a new table: the triggers go with the old
        batch_op.drop_column('epoch')
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    op.execute(
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    )
    _no_update(BEFORE)
