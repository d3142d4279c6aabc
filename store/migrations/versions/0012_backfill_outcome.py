"""backfill outcome: how a source's backfill walk ended, so a resumed backfill retries the failed ones

Revision ID: 0012
Revises: 0005
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('backfillrun', schema=None) as batch_op:
        batch_op.add_column(sa.Column('outcome', sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('backfillrun', schema=None) as batch_op:
        batch_op.drop_column('outcome')
