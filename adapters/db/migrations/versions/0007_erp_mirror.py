"""the local ERP mirror synced from connectors

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29 10:45:00

Customers, contacts, invoices, payments (unidentified ones with no customer) and credit notes copied
from the configured connector, each connector's incremental-sync cursors, and one row per sync run
(which the agent's evidence names).
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('erp_contact',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('customer_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(length=320), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(length=128), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_erp_contact_customer_id'), 'erp_contact', ['customer_id'], unique=False)
    op.create_index(op.f('ix_erp_contact_email'), 'erp_contact', ['email'], unique=False)
    op.create_table('erp_cursor',
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('stream', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('value', sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('source', 'stream')
    )
    op.create_table('erp_sync_run',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('started_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('finished_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('full', sa.Boolean(), nullable=False),
    sa.Column('counts', sa.JSON(), nullable=False),
    sa.Column('problems', sa.JSON(), nullable=False),
    sa.Column('error', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_erp_sync_run_source'), 'erp_sync_run', ['source'], unique=False)
    op.create_table('erp_credit_note',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('credit_note_id', sqlmodel.sql.sqltypes.AutoString(length=128), nullable=False),
    sa.Column('number', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('customer_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('amount', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('currency', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column('remaining', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('applied_to', sa.JSON(), nullable=False),
    sa.Column('sync_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['sync_id'], ['erp_sync_run.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('source', 'credit_note_id', name='uq_erp_credit_note')
    )
    op.create_index(op.f('ix_erp_credit_note_customer_id'), 'erp_credit_note', ['customer_id'], unique=False)
    op.create_table('erp_customer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('customer_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
    sa.Column('domain', sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
    sa.Column('owner', sqlmodel.sql.sqltypes.AutoString(length=128), nullable=False),
    sa.Column('language', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('flags', sa.JSON(), nullable=False),
    sa.Column('sync_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['sync_id'], ['erp_sync_run.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('source', 'customer_id', name='uq_erp_customer')
    )
    op.create_index(op.f('ix_erp_customer_domain'), 'erp_customer', ['domain'], unique=False)
    op.create_table('erp_invoice',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('external_id', sqlmodel.sql.sqltypes.AutoString(length=128), nullable=False),
    sa.Column('number', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('number_key', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('customer_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('issue_date', sa.Date(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('amount', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('currency', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column('balance', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('po_number', sqlmodel.sql.sqltypes.AutoString(length=128), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('sync_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['sync_id'], ['erp_sync_run.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('source', 'number_key', name='uq_erp_invoice')
    )
    op.create_index(op.f('ix_erp_invoice_customer_id'), 'erp_invoice', ['customer_id'], unique=False)
    op.create_index(op.f('ix_erp_invoice_external_id'), 'erp_invoice', ['external_id'], unique=False)
    op.create_table('erp_payment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('payment_id', sqlmodel.sql.sqltypes.AutoString(length=128), nullable=False),
    sa.Column('customer_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('paid_on', sa.Date(), nullable=False),
    sa.Column('amount', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('currency', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column('reference', sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
    sa.Column('reference_key', sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
    sa.Column('method', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('applied_to', sa.JSON(), nullable=False),
    sa.Column('sync_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['sync_id'], ['erp_sync_run.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('source', 'payment_id', name='uq_erp_payment')
    )
    op.create_index(op.f('ix_erp_payment_customer_id'), 'erp_payment', ['customer_id'], unique=False)
    op.create_index(op.f('ix_erp_payment_paid_on'), 'erp_payment', ['paid_on'], unique=False)
    op.create_index(op.f('ix_erp_payment_reference_key'), 'erp_payment', ['reference_key'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_erp_payment_reference_key'), table_name='erp_payment')
    op.drop_index(op.f('ix_erp_payment_paid_on'), table_name='erp_payment')
    op.drop_index(op.f('ix_erp_payment_customer_id'), table_name='erp_payment')
    op.drop_table('erp_payment')
    op.drop_index(op.f('ix_erp_invoice_external_id'), table_name='erp_invoice')
    op.drop_index(op.f('ix_erp_invoice_customer_id'), table_name='erp_invoice')
    op.drop_table('erp_invoice')
    op.drop_index(op.f('ix_erp_customer_domain'), table_name='erp_customer')
    op.drop_table('erp_customer')
    op.drop_index(op.f('ix_erp_credit_note_customer_id'), table_name='erp_credit_note')
    op.drop_table('erp_credit_note')
    op.drop_index(op.f('ix_erp_sync_run_source'), table_name='erp_sync_run')
    op.drop_table('erp_sync_run')
    op.drop_table('erp_cursor')
    op.drop_index(op.f('ix_erp_contact_email'), table_name='erp_contact')
    op.drop_index(op.f('ix_erp_contact_customer_id'), table_name='erp_contact')
    op.drop_table('erp_contact')
