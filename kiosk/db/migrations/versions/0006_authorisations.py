"""Open return authorisations of this store, pulled with the sync

Revision ID: 0006
Revises: 0005

The kiosk's copy of return authorisations (returns started online), so a drop-off works offline.
"""

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'authorisations',
        sa.Column('code', sa.String(length=20), nullable=False),
        sa.Column('status', sa.String(length=16), nullable=False),
        sa.Column('order_number', sa.String(length=40), nullable=False),
        sa.Column('store_id', sa.String(length=40), nullable=True),
        sa.Column('expires_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('document', sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint('code', name=op.f('pk_authorisations')),
    )
    with op.batch_alter_table('authorisations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_authorisations_order_number'), ['order_number'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('authorisations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_authorisations_order_number'))
    op.drop_table('authorisations')
