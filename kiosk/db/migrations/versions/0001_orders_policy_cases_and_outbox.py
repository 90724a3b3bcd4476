"""Orders, policy versions, return cases, outbox, settings

Revision ID: 0001
Revises: (none)
"""

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('orders',
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('store_id', sa.String(length=40), nullable=False),
    sa.Column('email_key', sa.String(length=254), nullable=False),
    sa.Column('phone_key', sa.String(length=40), nullable=False),
    sa.Column('customer_name', sa.String(length=200), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('placed_at', sa.DateTime(), nullable=False),
    sa.Column('delivered_at', sa.DateTime(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=True),
    sa.Column('document', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('number', name=op.f('pk_orders'))
    )
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.create_index('ix_orders_email_key', ['email_key'], unique=False)
        batch_op.create_index('ix_orders_phone_key', ['phone_key'], unique=False)
        batch_op.create_index('ix_orders_placed_at', ['placed_at'], unique=False)

    op.create_table('policy_versions',
    sa.Column('version', sa.String(length=64), nullable=False),
    sa.Column('effective_at', sa.DateTime(), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('etag', sa.String(length=128), nullable=True),
    sa.Column('document', sa.JSON(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('version', name=op.f('pk_policy_versions'))
    )
    op.create_table('return_cases',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('order_number', sa.String(length=40), nullable=False),
    sa.Column('store_id', sa.String(length=40), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('status', sa.String(length=24), nullable=False),
    sa.Column('resolution', sa.String(length=24), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('refund_total', sa.Integer(), nullable=False),
    sa.Column('credit_total', sa.Integer(), nullable=False),
    sa.Column('policy_version', sa.String(length=64), nullable=False),
    sa.Column('customer_email', sa.String(length=254), nullable=True),
    sa.Column('customer_name', sa.String(length=200), nullable=True),
    sa.Column('server_status', sa.String(length=24), nullable=True),
    sa.Column('document', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_return_cases')),
    sa.UniqueConstraint('code', name=op.f('uq_return_cases_code'))
    )
    with op.batch_alter_table('return_cases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_return_cases_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_return_cases_order_number'), ['order_number'], unique=False)

    op.create_table('settings',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('variants',
    sa.Column('sku', sa.String(length=64), nullable=False),
    sa.Column('product_id', sa.String(length=64), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('attributes', sa.JSON(), nullable=False),
    sa.Column('unit_price', sa.Integer(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('in_stock', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('sku', name=op.f('pk_variants'))
    )
    with op.batch_alter_table('variants', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_variants_product_id'), ['product_id'], unique=False)

    op.create_table('order_lines',
    sa.Column('order_number', sa.String(length=40), nullable=False),
    sa.Column('line_id', sa.String(length=40), nullable=False),
    sa.Column('sku', sa.String(length=64), nullable=False),
    sa.Column('product_id', sa.String(length=64), nullable=False),
    sa.Column('category', sa.String(length=64), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('quantity_returned', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['order_number'], ['orders.number'], name=op.f('fk_order_lines_order_number_orders'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('order_number', 'line_id', name=op.f('pk_order_lines'))
    )
    op.create_table('outbox',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('idempotency_key', sa.String(length=64), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('next_attempt_at', sa.DateTime(), nullable=True),
    sa.Column('delivered_at', sa.DateTime(), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('server_response', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['return_cases.id'], name=op.f('fk_outbox_case_id_return_cases')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outbox')),
    sa.UniqueConstraint('idempotency_key', name=op.f('uq_outbox_idempotency_key'))
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_outbox_state'), ['state'], unique=False)

    op.create_table('return_case_lines',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('line_id', sa.String(length=40), nullable=False),
    sa.Column('sku', sa.String(length=64), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('reason_code', sa.String(length=40), nullable=False),
    sa.Column('condition', sa.String(length=24), nullable=True),
    sa.Column('verdict', sa.String(length=24), nullable=False),
    sa.Column('refund_amount', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['return_cases.id'], name=op.f('fk_return_case_lines_case_id_return_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('case_id', 'line_id', name=op.f('pk_return_case_lines'))
    )


def downgrade() -> None:
    op.drop_table('return_case_lines')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_state'))
        batch_op.drop_index(batch_op.f('ix_outbox_case_id'))

    op.drop_table('outbox')
    op.drop_table('order_lines')
    with op.batch_alter_table('variants', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_variants_product_id'))

    op.drop_table('variants')
    op.drop_table('settings')
    with op.batch_alter_table('return_cases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_return_cases_order_number'))
        batch_op.drop_index(batch_op.f('ix_return_cases_created_at'))

    op.drop_table('return_cases')
    op.drop_table('policy_versions')
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.drop_index('ix_orders_placed_at')
        batch_op.drop_index('ix_orders_phone_key')
        batch_op.drop_index('ix_orders_email_key')

    op.drop_table('orders')
