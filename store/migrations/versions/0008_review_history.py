"""review history: one row per decision on a hit or a notice, never overwritten

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('review',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('hit_id', sa.Integer(), nullable=True),
    sa.Column('doc_id', sa.String(), nullable=True),
    sa.Column('decision', sa.String(), nullable=False),
    sa.Column('reviewer', sa.String(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('note', sa.String(), nullable=False),
    sa.Column('approves', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['hit_id'], ['hit.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_doc_id'), ['doc_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_review_hit_id'), ['hit_id'], unique=False)
    # Decisions made before this table existed survive as the first row of each reviewed hit's history.
    op.execute(
        "INSERT INTO review (hit_id, decision, reviewer, at, note) "
        "SELECT id, CASE state WHEN 'confirmed' THEN 'confirm' ELSE 'dismiss' END, "
        "COALESCE(reviewer, 'unknown'), updated_at, COALESCE(note, '') "
        "FROM hit WHERE state IN ('confirmed', 'dismissed')"
    )


def downgrade() -> None:
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_hit_id'))
        batch_op.drop_index(batch_op.f('ix_review_doc_id'))
    op.drop_table('review')
