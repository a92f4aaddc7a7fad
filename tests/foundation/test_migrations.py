"""The Alembic migrations build exactly the tables the code uses, on SQLite and PostgreSQL."""

from __future__ import annotations

from alembic import command

from dunmail.migrate import alembic_config, upgrade


def test_migrations_reach_head_and_match_the_models(database_url):
    upgrade(database_url)
    command.check(alembic_config(database_url))  # raises when a model change lacks a migration
    upgrade(database_url)  # running it again is harmless
