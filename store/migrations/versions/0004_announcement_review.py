"""announcement review: needs_review, review_reasons, reviewed_by/at; the reviewer of a revision

Revision ID: 0004
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('announcement', schema=None) as batch_op:
        batch_op.add_column(sa.Column('needs_review', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('review_reasons', sa.JSON(), nullable=False, server_default='[]'))
        batch_op.add_column(sa.Column('reviewed_by', sa.String(), nullable=True))
        batch_op.add_column(sa.Column('reviewed_at', sa.DateTime(), nullable=True))
        batch_op.create_index(batch_op.f('ix_announcement_needs_review'), ['needs_review'], unique=False)
    with op.batch_alter_table('announcementrevision', schema=None) as batch_op:
        batch_op.add_column(sa.Column('reviewer', sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('announcementrevision', schema=None) as batch_op:
        batch_op.drop_column('reviewer')
    with op.batch_alter_table('announcement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_announcement_needs_review'))
        batch_op.drop_column('reviewed_at')
        batch_op.drop_column('reviewed_by')
        batch_op.drop_column('review_reasons')
        batch_op.drop_column('needs_review')
