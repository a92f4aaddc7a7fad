"""what a waiting message was read as, kept with its queue item until a person acts

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30 01:30:00

A message that waits for a person no longer runs the graph to its interrupt when it is read; its state
is written beside the item, and the graph thread starts from it when the person approves, rejects or
resolves (issue 17: the graph run cost ~2 ms CPU per message).
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'review_state',
        sa.Column('approval_id', sa.Integer(), nullable=False),
        sa.Column('serde_type', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column('data', sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(['approval_id'], ['approval_request.id']),
        sa.PrimaryKeyConstraint('approval_id'),
    )


def downgrade() -> None:
    op.drop_table('review_state')
