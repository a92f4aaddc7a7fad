"""The touches a draft is checked against (dunmail/wiring.py `recent_touches`) come from one statement built at import:
the same SQL the ORM query emitted, and the same touches, in the same order, on SQLite and PostgreSQL."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from sqlalchemy import create_engine
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, select

from adapters.db.tables import ApprovalRequest, OutboundMessage, OutboundStatus
from dunmail.migrate import upgrade
from dunmail.wiring import _RECENT_TOUCHES, recent_touches, single_statement_reads
from guardrails.api import SentTouch


def _orm_touches(engine, customer_id: str, days: int) -> list[SentTouch]:  # noqa: ANN001 - the query as it was
    since = datetime.now(timezone.utc) - timedelta(days=days)
    with Session(engine) as session:
        rows = session.exec(select(OutboundMessage).where(OutboundMessage.customer_id == customer_id, OutboundMessage.status == OutboundStatus.sent,
                                                          col(OutboundMessage.sent_at) >= since)).all()
    return [SentTouch(sent_at=r.sent_at or r.created_at, to=r.to_addrs, subject=r.subject, body=r.body, message_id=r.message_id) for r in rows]


def test_the_same_rows_as_the_orm_query() -> None:
    orm = select(OutboundMessage).where(OutboundMessage.customer_id == "C1", OutboundMessage.status == OutboundStatus.sent,
                                        col(OutboundMessage.sent_at) >= datetime(2026, 1, 1))
    for dialect in (sqlite.dialect(), postgresql.dialect()):
        unnamed = [re.sub(r"[:%]\(?\w+\)?s?|\?", "?", str(q.compile(dialect=dialect))) for q in (_RECENT_TOUCHES, orm)]
        # the same table and conditions in the same order (only the parameters' names differ); the columns a touch is made of
        assert unnamed[0].partition("FROM")[1:] == unnamed[1].partition("FROM")[1:]
        assert [c.name for c in _RECENT_TOUCHES.selected_columns] == ["sent_at", "created_at", "to_addrs", "subject", "body", "message_id"]


def test_a_single_statement_read_on_postgresql_runs_in_autocommit(database_url: str) -> None:
    """A draft's touches are read without BEGIN and ROLLBACK around them on PostgreSQL; SQLite keeps its engine."""
    engine = create_engine(database_url)
    reads = single_statement_reads(engine)
    if engine.dialect.name == "postgresql":
        with reads.connect() as connection:
            assert connection.connection.dbapi_connection.autocommit is True  # type: ignore[union-attr]
        with engine.connect() as connection:  # the pool's connection handed back as it was
            assert connection.connection.dbapi_connection.autocommit is False  # type: ignore[union-attr]
    else:
        assert reads is engine
    engine.dispose()


def test_the_same_touches_as_the_orm_query(database_url: str) -> None:
    upgrade(database_url)
    engine = create_engine(database_url)
    now = datetime.now(timezone.utc)
    with Session(engine) as s:
        for n, (customer, status, age) in enumerate([("C1", "sent", 1), ("C1", "sent", 40), ("C1", "queued", 1), ("C2", "sent", 2), ("C1", "sent", 3),
                                                     ("C1", "failed", 2), ("C1", "sent", 0)]):
            approval = ApprovalRequest(graph_thread_id=f"t{n}", kind="reply", status="sent", owner="alice", customer_id=customer, intent="other")
            s.add(approval)
            s.flush()
            s.add(OutboundMessage(approval_id=approval.id, message_id=f"<m{n}@x.example>", to_addrs=[f"a{n}@x.example"], subject=f"s{n}", body=f"b{n}",
                                  customer_id=customer, status=status, sent_at=now - timedelta(days=age)))
        s.commit()
    for customer in ("C1", "C2", "C3"):
        ours = recent_touches(engine, customer, days=14)
        assert ours == _orm_touches(engine, customer, days=14)
        assert recent_touches(single_statement_reads(engine), customer, days=14) == ours
    assert [t.subject for t in recent_touches(engine, "C1", days=14)] == ["s0", "s4", "s6"]
    engine.dispose()
