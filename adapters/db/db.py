"""Database engine and sessions. Nothing connects at import time: callers build the engine."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DisconnectionError
from sqlmodel import Session, create_engine


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        db_path = url.split("///", 1)[-1]
        if db_path and db_path != ":memory:":
            Path(db_path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # noqa: ANN001 - DB-API connection
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    engine = create_engine(url)
    _ping_when_idle(engine)
    return engine


# A pooled connection idle longer than this is pinged before use, and replaced if the server has dropped it.
PING_AFTER_IDLE_SECONDS = 1.0


def _ping_when_idle(engine: Engine) -> None:
    """pool_pre_ping, for connections that have sat in the pool: one back from use less than
    PING_AFTER_IDLE_SECONDS ago is handed out as it is.

    Why: pool_pre_ping pings on every checkout, a round trip before each transaction. A worker checks a
    connection out two or three times per message (the touch window's read, record_outcome, its batch's
    read), so in a burst the pings were ~6% of a worker's samples, all of them on connections used
    milliseconds before. A server restart or an idle timeout drops connections that have sat idle, and
    those are still pinged; one dropped within the second fails its statement, and the message is given
    back and retried like any other transient failure. (SQLAlchemy's recipe: DisconnectionError from a
    checkout listener makes the pool discard the connection and connect anew.)"""

    @event.listens_for(engine, "connect")
    def _connected(_dbapi_conn, record):  # noqa: ANN001, ANN202 - DB-API connection, pool record
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkin")
    def _checked_in(_dbapi_conn, record):  # noqa: ANN001, ANN202
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checked_out(dbapi_conn, record, _proxy):  # noqa: ANN001, ANN202
        if time.monotonic() - record.info.get("idle_since", 0.0) < PING_AFTER_IDLE_SECONDS:
            return
        try:
            engine.dialect.do_ping(dbapi_conn)
        except Exception as exc:  # noqa: BLE001 - any failure: this connection is not to be used
            raise DisconnectionError("the database dropped a pooled connection; connecting anew") from exc


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One transaction: committed on success, rolled back on any error."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
