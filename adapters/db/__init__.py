"""The database: SQLModel tables, the engine and session helpers, and the Alembic migrations."""
