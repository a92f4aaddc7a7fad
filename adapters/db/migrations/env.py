"""Alembic environment: the URL comes from the caller's config (dunmail settings), never a file."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import adapters.db.tables  # noqa: F401 - registers the tables on SQLModel.metadata
from adapters.db.db import make_engine

target_metadata = SQLModel.metadata


def _ours(name: str | None, type_: str, _parent_names: object) -> bool:
    """Autogenerate compares only dunmail's tables: the LangGraph checkpointer keeps its own
    (checkpoints, checkpoint_*) in the same PostgreSQL database and migrates them itself."""
    return not (type_ == "table" and name is not None and name.startswith("checkpoint"))


def run_migrations() -> None:
    url = context.config.get_main_option("sqlalchemy.url")
    connectable = context.config.attributes.get("connection")
    if connectable is not None:
        context.configure(connection=connectable, target_metadata=target_metadata, render_as_batch=True, include_name=_ours)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = make_engine(url)
    sqlite = engine.dialect.name == "sqlite"
    if sqlite:
        _transactional_sqlite(engine)
    with engine.connect() as connection:
        # All pending migrations in ONE transaction, DDL included: a migrate killed half-way (or a
        # failing step) leaves the schema exactly as it was, never half-built.
        context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True, include_name=_ours,
                          transactional_ddl=True, transaction_per_migration=False)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


def _transactional_sqlite(engine) -> None:  # noqa: ANN001 - an Engine
    """pysqlite commits before every DDL statement by default; take the transaction over instead.

    Foreign keys are off while migrating, as SQLite's ALTER TABLE recipe requires: batch
    migrations rebuild a table by copy, drop and rename, which FK checks would refuse."""
    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _autocommit_driver(dbapi_conn, _record):  # noqa: ANN001
        dbapi_conn.isolation_level = None
        dbapi_conn.execute("PRAGMA foreign_keys=OFF")

    @event.listens_for(engine, "begin")
    def _begin(conn):  # noqa: ANN001
        conn.exec_driver_sql("BEGIN IMMEDIATE")


run_migrations()
