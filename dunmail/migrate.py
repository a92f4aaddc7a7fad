"""Schema migrations with Alembic, driven from dunmail settings (`dunmail migrate`).

Migrations run under the schema lock (one process at a time) and, on SQLite too, in one
transaction: a migrate killed half-way leaves the schema as it was (see adapters/db/migrations/env.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from alembic import command
from alembic.config import Config

from adapters.db import migrations
from dunmail.schema_lock import schema_lock

if TYPE_CHECKING:
    from dunmail.settings import Settings

MIGRATIONS_DIR = Path(migrations.__file__).parent  # adapters/db/migrations


def alembic_config(database_url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", database_url)
    return cfg


def upgrade(database_url: str, revision: str = "head") -> None:
    if database_url.startswith("sqlite:///"):
        Path(database_url.split("///", 1)[1]).parent.mkdir(parents=True, exist_ok=True)
    with schema_lock(database_url):
        command.upgrade(alembic_config(database_url), revision)


def migrate_all(settings: "Settings") -> None:
    """Every table dunmail needs: its own (Alembic) and the LangGraph checkpointer's."""
    from dunmail.wiring import build_checkpointer

    upgrade(settings.resolved_database_url)
    _saver, close = build_checkpointer(settings)  # creates the checkpointer's tables, under the schema lock
    close()
