"""pauses are rows with a source and a state; promises can be proposed on an approval item

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29 10:45:00

A message only proposes a pause or a promise; a person's approval makes it active. Pauses used to
be fields on dunning_state (a later pause overwrote an earlier one); existing pauses are carried
over as active rows with source "migrated".
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'pause',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('customer_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column('invoice', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column('until', sa.Date(), nullable=True),
        sa.Column('state', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=128), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('approval_id', sa.Integer(), nullable=True),
        sa.Column('decision_id', sa.Integer(), nullable=True),
        sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column('activated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column('activated_by', sqlmodel.sql.sqltypes.AutoString(length=128), nullable=True),
        sa.Column('lifted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column('lifted_by', sqlmodel.sql.sqltypes.AutoString(length=128), nullable=True),
        sa.Column('lift_note', sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(['approval_id'], ['approval_request.id'], name='fk_pause_approval'),
        sa.ForeignKeyConstraint(['decision_id'], ['decision.id'], name='fk_pause_decision'),
        sa.PrimaryKeyConstraint('id'),
    )
    with op.batch_alter_table('pause', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pause_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_pause_state'), ['state'], unique=False)
        batch_op.create_index(batch_op.f('ix_pause_approval_id'), ['approval_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_pause_decision_id'), ['decision_id'], unique=False)

    dunning = sa.table('dunning_state', sa.column('customer_id', sa.String), sa.column('invoice_number', sa.String),
                       sa.column('paused', sa.Boolean), sa.column('paused_until', sa.Date), sa.column('reason', sa.Text),
                       sa.column('source_decision_id', sa.Integer), sa.column('updated_at', sa.DateTime))
    conn = op.get_bind()
    rows = conn.execute(sa.select(dunning).where(dunning.c.paused.is_(True))).mappings().all()
    if rows:
        op.bulk_insert(sa.table('pause', sa.column('customer_id'), sa.column('invoice'), sa.column('until'), sa.column('state'),
                                sa.column('source'), sa.column('reason'), sa.column('decision_id'), sa.column('created_at'),
                                sa.column('activated_at'), sa.column('activated_by')),
                       [{"customer_id": r["customer_id"], "invoice": r["invoice_number"] or None, "until": r["paused_until"],
                         "state": "active", "source": "migrated", "reason": r["reason"] or "", "decision_id": r["source_decision_id"],
                         "created_at": r["updated_at"], "activated_at": r["updated_at"], "activated_by": "migration"} for r in rows])

    with op.batch_alter_table('dunning_state', schema=None) as batch_op:
        batch_op.drop_column('source_decision_id')
        batch_op.drop_column('reason')
        batch_op.drop_column('paused_until')
        batch_op.drop_column('paused')

    with op.batch_alter_table('promise', schema=None) as batch_op:
        batch_op.add_column(sa.Column('approval_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_promise_approval_id'), ['approval_id'], unique=False)
        batch_op.create_foreign_key('fk_promise_approval', 'approval_request', ['approval_id'], ['id'])


def downgrade() -> None:
    with op.batch_alter_table('promise', schema=None) as batch_op:
        batch_op.drop_constraint('fk_promise_approval', type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_promise_approval_id'))
        batch_op.drop_column('approval_id')
    with op.batch_alter_table('dunning_state', schema=None) as batch_op:
        batch_op.add_column(sa.Column('paused', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('paused_until', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('reason', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('source_decision_id', sa.Integer(), nullable=True))
    op.drop_table('pause')
