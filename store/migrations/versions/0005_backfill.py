"""backfill: resumable progress per list page, and the backfill flag on changes

Revision ID: 0005
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('backfillstep',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(), nullable=False),
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('links', sa.Integer(), nullable=False),
    sa.Column('done_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('source', 'key')
    )
    with op.batch_alter_table('backfillstep', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_backfillstep_source'), ['source'], unique=False)
    op.create_table('backfillrun',
    sa.Column('source', sa.String(), nullable=False),
    sa.Column('since', sa.Integer(), nullable=True),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('finished_at', sa.DateTime(), nullable=True),
    sa.Column('recorded', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('source')
    )
    with op.batch_alter_table('change', schema=None) as batch_op:
        batch_op.add_column(sa.Column('backfill', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.create_index(batch_op.f('ix_change_backfill'), ['backfill'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_change_backfill'))
        batch_op.drop_column('backfill')
    op.drop_table('backfillrun')
    with op.batch_alter_table('backfillstep', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_backfillstep_source'))
    op.drop_table('backfillstep')
