"""entity aliases: names a listed entity is also known by (user-given or from a notice), with their source

Revision ID: 0011
Revises: 0012
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('entityalias',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=False),
    sa.Column('alias', sa.String(), nullable=False),
    sa.Column('source', sa.String(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['entity_id'], ['entity.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('entity_id', 'alias')
    )
    with op.batch_alter_table('entityalias', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_entityalias_entity_id'), ['entity_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('entityalias', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_entityalias_entity_id'))
    op.drop_table('entityalias')
