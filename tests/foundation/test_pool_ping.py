"""PostgreSQL connections are pinged before use only after sitting idle in the pool (adapters.db.db._ping_when_idle):
one back from use a moment ago is handed out without a round trip, and one the server dropped while it sat idle is
replaced before the caller's statement runs, as pool_pre_ping did."""

from __future__ import annotations

import psycopg
from sqlalchemy import text

from adapters.db import db


def _pings(engine) -> list[int]:  # noqa: ANN001
    calls: list[int] = []
    ping = engine.dialect.do_ping
    engine.dialect.do_ping = lambda conn: (calls.append(1), ping(conn))[1]
    return calls


def test_a_connection_just_used_is_not_pinged(postgres_url: str) -> None:
    engine = db.make_engine(postgres_url)
    try:
        pings = _pings(engine)
        for _ in range(5):
            with engine.connect() as conn:
                assert conn.execute(text("SELECT 1")).scalar() == 1
        assert pings == []
    finally:
        engine.dispose()


def test_a_connection_dropped_while_idle_is_replaced_before_use(postgres_url: str, monkeypatch) -> None:  # noqa: ANN001
    engine = db.make_engine(postgres_url)
    try:
        with engine.connect() as conn:
            pid = conn.execute(text("SELECT pg_backend_pid()")).scalar()
        with psycopg.connect(postgres_url, autocommit=True) as admin:  # the server drops it (a restart, an idle timeout)
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        monkeypatch.setattr(db, "PING_AFTER_IDLE_SECONDS", 0.0)  # as if it had sat idle for a while
        pings = _pings(engine)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT pg_backend_pid()")).scalar() != pid
        assert len(pings) == 2  # the dropped one, then its replacement (at 0 s every connection has sat idle long enough)
    finally:
        engine.dispose()
