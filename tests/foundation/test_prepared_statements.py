"""The worker's hot statements run through adapters.db.prepared write and read exactly what
`Connection.execute` does, on SQLite and PostgreSQL: the same rows (dates, JSON, enums as stored), the same
answers, the same errors, in the caller's transaction."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import exc, select, text

from adapters.db.audit import _INSERT_AUDIT
from adapters.db.db import make_engine
from adapters.db.prepared import run
from adapters.db.tables import InboundMessage, MessageStatus
from adapters.mail.threading import _BY_HEADERS, _NEW_THREAD, _by_headers
from dunmail import message_claims
from dunmail.migrate import upgrade
from dunmail.worker import _FINISH_DONE, _HOLD_AND_DECIDED, _INSERT_DECISION, _INSERT_PROMISE

AT = datetime(2026, 11, 30, 21, 7, 3, 123456, tzinfo=UTC)


@pytest.fixture
def engine(database_url: str) -> Any:
    upgrade(database_url)
    engine = make_engine(database_url)
    yield engine
    engine.dispose()


def _message(conn: Any, n: int) -> int:
    conn.execute(InboundMessage.__table__.insert(), {  # type: ignore[attr-defined]
        "mailbox": "imap:test/INBOX", "uidvalidity": 1, "uid": n, "message_id": f"<m{n}@test>", "content_hash": f"h{n}",
        "from_addr": "a@b.example", "subject": "Re: invoice", "raw": b"x", "status": MessageStatus.pending, "attempts": 0,
        "claim_token": 0, "received_at": AT})
    return int(conn.execute(select(InboundMessage.__table__.c.id).where(InboundMessage.__table__.c.uid == n)).scalar_one())  # type: ignore[attr-defined]


def _rows(conn: Any, table: str, *leave_out: str) -> list[tuple[Any, ...]]:
    result = conn.execute(text(f"SELECT * FROM {table} ORDER BY id"))
    keep = [i for i, name in enumerate(result.keys()) if name not in ("id", *leave_out)]
    return [tuple(r[i] for i in keep) for r in result.all()]


def test_rows_written_are_those_execute_writes(engine: Any) -> None:
    """Two messages recorded the same way, one statement by statement through each path: every column equal."""
    decision = {"customer_id": "C1", "intent": "promise_to_pay", "secondary_intents": ["dispute"], "confidence": 0.8125,
                "decided_by": "offline:x", "rule": "policy.promise", "action": "draft_reply", "needs_human": True,
                "reasons": ["promise: 12 Dec", "ünïcode ✓"], "facts": {"promise_date": "2026-12-12", "amounts": ["12.50"]},
                "evidence": [{"kind": "invoice", "ref": "INV-1"}], "guardrails": [], "created_at": AT}
    with engine.begin() as conn:
        first, second = _message(conn, 1), _message(conn, 2)
        ids = []
        for mid, execute in ((first, conn.execute), (second, lambda st, p: run(conn, st, p))):
            ids.append(int(execute(_INSERT_DECISION, {**decision, "inbound_id": mid}).scalar_one()))
            execute(_INSERT_AUDIT, {"at": AT, "actor": "w", "kind": "decision.made", "inbound_id": first, "approval_id": None,
                                    "customer_id": "C1", "detail": {"intent": "promise_to_pay", "reasons": ["a", "ü"], "n": 1.5}})
            execute(_INSERT_PROMISE, {"customer_id": "C1", "invoice_numbers": ["INV-1"], "amount": "12.50", "promised_date": date(2026, 12, 12),
                                      "status": "proposed", "decision_id": ids[-1], "approval_id": None, "created_at": AT, "checked_at": None})
            execute(_NEW_THREAD, {"root_message_id": "<root@test>", "subject_key": "invoice", "customer_id": None, "created_at": AT})
            execute(_FINISH_DONE, {"mid": mid, "status": MessageStatus.handled, "customer_id": "C1", "thread_id": None, "now": AT})
        for table in ("decision", "audit_event", "promise", "mail_thread"):
            a, b = _rows(conn, table, "inbound_id" if table == "decision" else "", "decision_id" if table == "promise" else "")
            assert a == b, table  # every column but the ids
        c = InboundMessage.__table__.c  # type: ignore[attr-defined]
        outcomes = conn.execute(select(c.status, c.error, c.customer_id, c.thread_id, c.processed_at).order_by(c.id)).all()
        assert tuple(outcomes[0]) == tuple(outcomes[1]) and outcomes[0][0] == MessageStatus.handled


def test_the_claim_and_its_fence_answer_as_execute_does(engine: Any) -> None:
    """A claim taken, fenced and read through the prepared path: the same token, thread and decision answers."""
    with engine.begin() as conn:
        mid = _message(conn, 1)
    settings = type("S", (), {"claim_lease_seconds": 60, "max_attempts": 3})()
    claim = message_claims.claim_next(engine, settings, "w1")  # type: ignore[arg-type]
    assert claim is not None and claim.inbound_id == mid and claim.token == 1
    with engine.begin() as conn:
        params = {"mid": mid, "token": claim.token, "now": AT + timedelta(seconds=1)}
        assert tuple(run(conn, _HOLD_AND_DECIDED, params).first()) == (None, None)
        assert tuple(conn.execute(_HOLD_AND_DECIDED, params).first()) == (None, None)
        stale = {**params, "token": claim.token + 1}
        assert run(conn, _HOLD_AND_DECIDED, stale).first() is None  # another worker's token: nothing held
        claimed_at = conn.execute(select(InboundMessage.__table__.c.claimed_at)).scalar_one()  # type: ignore[attr-defined]
        assert claimed_at.replace(tzinfo=UTC) == AT + timedelta(seconds=1)  # the date stored as execute() stores it


def test_the_thread_look_up_by_a_few_ids_finds_what_the_expanding_one_finds(engine: Any) -> None:
    with engine.begin() as conn:
        for n in range(3):
            conn.execute(_NEW_THREAD, {"root_message_id": f"<r{n}@test>", "subject_key": "k", "customer_id": f"C{n}", "created_at": AT})
        for ids in (["<r1@test>"], ["<r2@test>", "<nothing@test>", "<r0@test>", "<r2@test>"], ["<none@test>"], [f"<x{i}@t>" for i in range(20)] + ["<r1@test>"]):
            assert sorted(_by_headers(conn, ids)) == sorted(conn.execute(_BY_HEADERS, {"ids": ids}).all())


def test_an_error_is_raised_as_execute_raises_it_and_the_transaction_is_the_callers(engine: Any) -> None:
    """A constraint the statement breaks raises SQLAlchemy's IntegrityError, and rolling back undoes the prepared writes."""
    with pytest.raises(exc.IntegrityError):
        with engine.begin() as conn:
            mid = _message(conn, 1)
            run(conn, _INSERT_AUDIT, {"at": AT, "actor": "w", "kind": "k", "inbound_id": mid, "approval_id": None, "customer_id": None, "detail": {}})
            run(conn, _FINISH_DONE, {"mid": mid, "status": None, "customer_id": None, "thread_id": None, "now": AT})  # status is NOT NULL
    with engine.begin() as conn:
        assert _rows(conn, "audit_event") == [] and _rows(conn, "inbound_message") == []
