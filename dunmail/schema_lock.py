"""One process at a time changes the schema: workers starting together on a fresh database queue
up behind each other instead of racing in CREATE TABLE (Alembic's and the LangGraph checkpointer's).

PostgreSQL: a session advisory lock. SQLite: an exclusive file lock next to the database file.
"""

from __future__ import annotations

import fcntl
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_NAME = "dunmail schema"


@contextmanager
def schema_lock(database_url: str) -> Iterator[None]:
    if database_url.startswith(("postgresql", "postgres:")):
        with _pg_lock(database_url):
            yield
        return
    path = database_url.split("///", 1)[-1] if database_url.startswith("sqlite") else ""
    if not path or path == ":memory:":
        yield
        return
    lock_file = Path(path).with_name(Path(path).name + ".schema-lock")
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    with lock_file.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextmanager
def _pg_lock(database_url: str) -> Iterator[None]:
    import psycopg

    conninfo = database_url.replace("postgresql+psycopg://", "postgresql://", 1)
    key = zlib.crc32(LOCK_NAME.encode())
    with psycopg.connect(conninfo, autocommit=True) as conn:
        # Poll with try-lock rather than wait in pg_advisory_lock: a waiting statement is an open
        # transaction, and the checkpointer's CREATE INDEX CONCURRENTLY (run by the holder) waits
        # for every open transaction to end: the two would wait for each other forever.
        while not conn.execute("SELECT pg_try_advisory_lock(%s)", (key,)).fetchone()[0]:  # type: ignore[index]
            time.sleep(0.2)
        try:
            yield
        finally:
            conn.execute("SELECT pg_advisory_unlock(%s)", (key,))
