"""the local ERP mirror synced from connectors

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29 10:45:00

Placeholder reserved so that parallel work chains its migrations in a fixed order; filled by the
change that needs it.
"""
from alembic import op  # noqa: F401
import sqlalchemy as sa  # noqa: F401
import sqlmodel  # noqa: F401


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
