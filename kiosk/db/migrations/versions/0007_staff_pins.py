"""Staff PIN hashes kept with a pepper outside the database

Revision ID: 0007
Revises: 0006

``staff.source_hash``: the PIN hash as central sent it. A kiosk that rehashes a manager's
older hash at sign-in (argon2id with its pepper) keeps the new one in ``pin_hash``; the
roster pull compares central's answer with ``source_hash``, so it does not put the older
hash back while central still sends it.
"""

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('staff') as batch:
        batch.add_column(sa.Column('source_hash', sa.String(length=256), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('staff') as batch:
        batch.drop_column('source_hash')
