"""claims, fencing and content-aware dedupe for exactly-once work

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29 10:45:00

Placeholder reserved so that parallel work chains its migrations in a fixed order; filled by the
change that needs it.
"""
from alembic import op  # noqa: F401
import sqlalchemy as sa  # noqa: F401
import sqlmodel  # noqa: F401


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
