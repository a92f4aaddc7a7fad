"""DUNMAIL_WORKERS: one `dunmail watch` runs several supervised worker processes, started before
the mail comes, woken when it is stored, each message processed once."""

from __future__ import annotations

import threading

from sqlmodel import Session, select

from adapters.db.tables import AuditEvent, InboundMessage
from dunmail.supervisor import WorkerPool
from tests.foundation.conftest import deliver
from tests.foundation.world import reply


def _replies(n: int) -> list[bytes]:
    return [reply("Jo Baker <jo.baker@acme-tools.example>", f"Re: Payment reminder {i}", f"We will pay INV-2026-1001 on 2026-11-{20 + i % 5}.",
                  message_id=f"<pool{i}@acme-tools.example>") for i in range(n)]


def _rows(rt) -> list[InboundMessage]:  # noqa: ANN001
    with Session(rt.engine) as s:
        return list(s.exec(select(InboundMessage)).all())


def test_two_workers_share_a_burst_and_each_message_is_processed_once(make_pg_runtime) -> None:
    rt = make_pg_runtime(workers=2)
    done = threading.Event()
    processed: list[int] = []

    def heard(results) -> None:  # noqa: ANN001
        processed.extend(r.inbound_id for r in results)
        if len(processed) >= 8:
            done.set()

    pool = WorkerPool(rt.settings, on_results=heard)
    pool.start()  # both children build their service now, before any mail
    try:
        deliver(rt, *_replies(8))
        pool.wake()  # what the watcher does after each stored batch
        assert done.wait(300), f"processed {len(processed)} of 8"
    finally:
        pool.close()
    rows = _rows(rt)
    assert sorted(processed) == sorted(r.id for r in rows)  # each once
    assert {r.status for r in rows} <= {"awaiting_approval", "handled"}
    with Session(rt.engine) as s:
        deciders = set(s.exec(select(AuditEvent.actor).where(AuditEvent.kind == "decision.made")).all())
    assert deciders == {w.worker for w in pool.supervisors}  # both workers took part, each under its own name


def test_dunmail_process_drains_the_backlog_with_every_worker(make_runtime) -> None:
    rt = make_runtime(workers=2)
    deliver(rt, *_replies(4))
    pool = WorkerPool(rt.settings)
    try:
        results = pool.process_pending()
    finally:
        pool.close()
    assert {r.inbound_id for r in results} == {r.id for r in _rows(rt)}  # a message given back and retried appears twice
    assert all(r.status in ("awaiting_approval", "handled") for r in _rows(rt))
