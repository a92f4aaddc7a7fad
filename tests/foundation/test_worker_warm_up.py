"""A worker asks the database its per-message questions once before it says it is ready (dunmail.worker.warm_up_queries):
on an empty or a busy database alike, asking changes nothing and finds nothing."""

from __future__ import annotations

from sqlmodel import Session, func, select

from adapters.db.tables import AuditEvent, InboundMessage
from dunmail.worker import process_pending, warm_up_queries
from tests.foundation.conftest import deliver
from tests.foundation.world import PROMISE


def test_warming_up_changes_nothing_on_an_empty_or_a_busy_database(make_runtime):
    rt = make_runtime()
    warm_up_queries(rt)
    deliver(rt, PROMISE)
    with Session(rt.engine) as s:
        before = (s.exec(select(func.count()).select_from(AuditEvent)).one(), [m.status for m in s.exec(select(InboundMessage)).all()])
    warm_up_queries(rt)
    with Session(rt.engine) as s:
        after = (s.exec(select(func.count()).select_from(AuditEvent)).one(), [m.status for m in s.exec(select(InboundMessage)).all()])
    assert before == after == (before[0], ["pending"])
    assert [r.status for r in process_pending(rt)] == ["awaiting_approval"]
