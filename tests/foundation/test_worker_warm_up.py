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


def test_warming_up_the_reading_pays_the_first_replies_once_only_costs_and_changes_nothing(make_runtime, monkeypatch):
    """dunmail.worker.warm_up_reading (a supervised child runs it before it says it is ready): the PDF reader
    imported, the public suffix list parsed, every reply template compiled, the date reader's screen built;
    nothing written, and a reply after it is read as before."""
    import sys

    from agent import date_screen, dates
    from agent.drafting import _ENV
    from dunmail.worker import warm_up_reading
    from guardrails import links

    monkeypatch.setattr(date_screen, "_SCREENS", {})  # as in a fresh worker process
    rt = make_runtime()
    deliver(rt, PROMISE)
    with Session(rt.engine) as s:
        before = s.exec(select(func.count()).select_from(AuditEvent)).one()
    warm_up_reading(rt)
    assert "pypdf" in sys.modules
    assert links._psl.cache_info().currsize == 1
    assert _ENV.cache is not None and len(_ENV.cache) == len(_ENV.list_templates())
    assert id(dates._P) in date_screen._SCREENS
    with Session(rt.engine) as s:
        assert s.exec(select(func.count()).select_from(AuditEvent)).one() == before
    assert [r.status for r in process_pending(rt)] == ["awaiting_approval"]
