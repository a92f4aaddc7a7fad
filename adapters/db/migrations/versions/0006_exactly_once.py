"""claims, fencing and content-aware dedupe for exactly-once work

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29 10:45:00

Inbound messages get a fencing token; a Message-ID is unique only together with the content hash;
one decision per inbound message; outbound replies get a send claim (owner, token, lease), a time
for the next attempt after a temporary SMTP failure, and the bytes of a copy Sent did not take.
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

# SQLite's unique constraints from 0001 are unnamed: the batch copy names them by this convention.
_NAMES = {"uq": "uq_%(table_name)s_%(column_0_name)s"}


def _unnamed_unique(table: str, column: str) -> str:
    """The name PostgreSQL gave an unnamed UNIQUE, or the convention's name on SQLite."""
    return f"{table}_{column}_key" if op.get_bind().dialect.name == "postgresql" else f"uq_{table}_{column}"


def upgrade() -> None:
    with op.batch_alter_table('inbound_message', naming_convention=_NAMES) as batch_op:
        batch_op.add_column(sa.Column('claim_token', sa.Integer(), nullable=False, server_default='0'))
        batch_op.drop_constraint(_unnamed_unique('inbound_message', 'message_id'), type_='unique')
        batch_op.create_unique_constraint('uq_inbound_message_content', ['message_id', 'content_hash'])
        batch_op.create_index(batch_op.f('ix_inbound_message_message_id'), ['message_id'], unique=False)
    with op.batch_alter_table('decision') as batch_op:
        batch_op.drop_index('ix_decision_inbound_id')
        batch_op.create_unique_constraint('uq_decision_inbound_id', ['inbound_id'])
    with op.batch_alter_table('outbound_message') as batch_op:
        batch_op.add_column(sa.Column('claimed_by', sqlmodel.sql.sqltypes.AutoString(length=128), nullable=True))
        batch_op.add_column(sa.Column('claim_token', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('lease_until', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column('next_attempt_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column('handed_over_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column('unfiled_copy', sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('outbound_message') as batch_op:
        for column in ('unfiled_copy', 'handed_over_at', 'next_attempt_at', 'lease_until', 'claim_token', 'claimed_by'):
            batch_op.drop_column(column)
    with op.batch_alter_table('decision') as batch_op:
        batch_op.drop_constraint('uq_decision_inbound_id', type_='unique')
        batch_op.create_index('ix_decision_inbound_id', ['inbound_id'], unique=False)
    with op.batch_alter_table('inbound_message') as batch_op:
        batch_op.drop_index(batch_op.f('ix_inbound_message_message_id'))
        batch_op.drop_constraint('uq_inbound_message_content', type_='unique')
        batch_op.create_unique_constraint('inbound_message_message_id_key', ['message_id'])
        batch_op.drop_column('claim_token')
