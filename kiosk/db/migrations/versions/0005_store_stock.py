"""Store stock pulled from central

Revision ID: 0005
Revises: 0004

One row per SKU of this store with what central says is on hand (the stock feed); exchange
availability starts from it once the feed has delivered.
"""

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'store_stock',
        sa.Column('sku', sa.String(length=64), nullable=False),
        sa.Column('store_id', sa.String(length=40), nullable=False),
        sa.Column('on_hand', sa.Integer(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('sku', name=op.f('pk_store_stock')),
    )


def downgrade() -> None:
    op.drop_table('store_stock')
