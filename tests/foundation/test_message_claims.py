"""Claims on inbound messages: attempts counted when claimed, a lease renewed while a slow model
works, fencing against a worker whose lease ran out, and a size budget checked before parsing."""

from __future__ import annotations

import threading
import time
from datetime import datetime, timedelta, timezone

from sqlalchemy import update
from sqlmodel import Session, col, select

from adapters.db.tables import AuditEvent, DecisionRecord, InboundMessage
from dunmail.message_claims import claim_next, give_back
from dunmail.worker import process_one, process_pending, record_outcome, run_graph
from tests.foundation.conftest import deliver
from tests.foundation.world import ALREADY_PAID, LEGAL, OUT_OF_OFFICE, PROMISE, reply


def _expire_leases(rt) -> None:  # noqa: ANN001
    """Age every claim past its lease, as a worker that died long ago would leave it."""
    with Session(rt.engine) as s:
        s.exec(update(InboundMessage).values(claimed_at=datetime.now(timezone.utc) - timedelta(hours=1)))
        s.commit()


def _message(rt, message_id: str) -> InboundMessage:  # noqa: ANN001
    with Session(rt.engine) as s:
        return s.exec(select(InboundMessage).where(InboundMessage.message_id == message_id)).one()


def test_a_message_that_keeps_killing_its_worker_is_quarantined_and_the_next_one_runs(make_runtime):
    rt = make_runtime(max_attempts=3)
    deliver(rt, PROMISE, ALREADY_PAID)
    for attempt in range(3):  # three workers each claim the first message and die without a trace
        claim = claim_next(rt.engine, rt.settings, f"doomed-{attempt}")
        assert claim is not None and claim.inbound_id == _message(rt, "<promise-1@acme-tools.example>").id
        _expire_leases(rt)
    results = process_pending(rt)
    poison = _message(rt, "<promise-1@acme-tools.example>")
    assert poison.status == "quarantined" and "claimed 3 times without finishing" in poison.error
    assert [r.intent for r in results] == ["already_paid"]
    assert process_pending(rt) == []  # never claimed again


def test_a_worker_whose_lease_ran_out_cannot_overwrite_the_one_that_took_over(make_runtime):
    rt = make_runtime()
    deliver(rt, PROMISE)
    stale = claim_next(rt.engine, rt.settings, "stale")
    state = run_graph(rt, stale.inbound_id, _message(rt, "<promise-1@acme-tools.example>").raw, None)
    _expire_leases(rt)  # the stale worker stalled past its lease (a long GC pause, a hung socket)
    fresh = claim_next(rt.engine, rt.settings, "fresh")
    assert fresh is not None and fresh.inbound_id == stale.inbound_id and fresh.token > stale.token
    [ok] = [process_one(rt, fresh)]
    assert ok.status == "awaiting_approval"
    try:
        record_outcome(rt, stale.inbound_id, state, "stale", stale)
    except Exception as exc:  # noqa: BLE001 - asserted below
        refused = exc
    assert type(refused).__name__ == "LeaseLost"
    with Session(rt.engine) as s:
        assert len(s.exec(select(DecisionRecord)).all()) == 1
        assert s.exec(select(InboundMessage)).one().status == "awaiting_approval"


def test_a_message_that_succeeds_on_its_retry_shows_no_stale_failure(make_runtime):
    rt = make_runtime(max_attempts=3)
    deliver(rt, PROMISE)
    first = claim_next(rt.engine, rt.settings, "first")
    assert give_back(rt.engine, first, rt.settings, "worker process died (signal 9)") == "pending"
    [done] = process_pending(rt)
    msg = _message(rt, "<promise-1@acme-tools.example>")
    assert done.status == msg.status == "awaiting_approval" and msg.attempts == 2
    assert msg.error is None, "the queue shows a finished message, not the failure of an attempt before it"
    with Session(rt.engine) as s:  # the failed attempt is still on record, where a person looks for history
        retries = s.exec(select(AuditEvent).where(AuditEvent.kind == "message.retry")).all()
    assert [r.detail["reason"] for r in retries] == ["worker process died (signal 9)"]


class SlowModel:
    """The LLM takes longer than the whole lease."""

    def __init__(self, inner, seconds: float):  # noqa: ANN001
        self.inner, self.seconds, self.name = inner, seconds, inner.name

    def classify(self, item):  # noqa: ANN001, ANN201
        time.sleep(self.seconds)
        return self.inner.classify(item)


def test_the_lease_is_renewed_while_a_slow_model_works(make_runtime):
    rt = make_runtime(claim_lease_seconds=1)
    rt.context.model = SlowModel(rt.context.model, 2.5)
    deliver(rt, PROMISE)
    done: list = []
    worker = threading.Thread(target=lambda: done.extend(process_pending(rt, worker="slow")))
    worker.start()
    # the slow worker claims first; only then may an eager one try (before, the eager one could win
    # the fresh message outright, which says nothing about leases)
    deadline = time.monotonic() + 30
    while worker.is_alive() and time.monotonic() < deadline:
        with Session(rt.engine) as s:
            if s.exec(select(InboundMessage.claimed_by)).first() == "slow":
                break
        time.sleep(0.02)
    taken = []
    while worker.is_alive():
        claim = claim_next(rt.engine, rt.settings, "eager")  # would take it if the lease had lapsed
        if claim is not None:
            taken.append(claim)
        worker.join(0.2)
    assert taken == [] and [r.status for r in done] == ["awaiting_approval"]


def test_a_message_over_its_size_budget_is_quarantined_unparsed_and_kept(make_runtime):
    rt = make_runtime(max_header_bytes=64 * 1024)
    huge_subject = reply("Jo Baker <jo.baker@acme-tools.example>", "Re: " + "x" * 200_000, "we will pay", message_id="<big@acme-tools.example>")
    deliver(rt, huge_subject, PROMISE)
    results = process_pending(rt)
    big = _message(rt, "<big@acme-tools.example>")
    assert big.status == "quarantined" and "header is over the 65,536-byte budget" in big.error
    assert big.raw == huge_subject  # a person can still read it and retry with a larger budget
    assert sorted(r.status for r in results) == ["awaiting_approval", "quarantined"]
    with Session(rt.engine) as s:
        assert s.exec(select(AuditEvent).where(AuditEvent.kind == "message.quarantined", col(AuditEvent.inbound_id) == big.id)).one()


def test_recording_a_reply_claims_the_next_in_the_same_commit_and_a_crash_there_loses_nothing(make_runtime):
    """The worker commits each outcome with its next claim: a crash right after that commit leaves the next message
    claimed and not started, as a crash after claim_next's own commit did, and the message is taken over once."""
    rt = make_runtime(max_attempts=3)
    deliver(rt, PROMISE, ALREADY_PAID, OUT_OF_OFFICE)
    first = claim_next(rt.engine, rt.settings, "doomed")
    claimed: list = []
    assert process_one(rt, first, claimed=claimed).status == "awaiting_approval"
    [following] = claimed  # ... and the worker dies here, before it starts the next message
    paid = _message(rt, "<paid-1@brauhaus-kessler.example>")
    assert following.inbound_id == paid.id and paid.status == "processing" and paid.claimed_by == "doomed" and paid.attempts == 1
    _expire_leases(rt)
    results = process_pending(rt, worker="survivor")
    assert sorted(r.intent for r in results) == ["already_paid", "out_of_office"]
    paid = _message(rt, "<paid-1@brauhaus-kessler.example>")
    assert paid.status == "awaiting_approval" and paid.attempts == 2 and paid.claimed_by == "survivor"
    with Session(rt.engine) as s:
        decided = s.exec(select(DecisionRecord.inbound_id)).all()
    assert len(decided) == 3 == len(set(decided))


def test_a_worker_commits_once_per_message(make_runtime):
    from sqlalchemy import event

    rt = make_runtime()
    deliver(rt, PROMISE, ALREADY_PAID, OUT_OF_OFFICE, LEGAL)
    commits: list[int] = []
    event.listen(rt.engine, "commit", lambda _conn: commits.append(1))
    results = process_pending(rt)
    assert len(results) == 4
    assert len(commits) == 4 + 2  # the first claim, an outcome (with the next claim) per message, the look that finds none


def test_a_stopped_worker_hands_back_the_message_it_claimed_with_its_last_outcome(make_runtime):
    rt = make_runtime()
    deliver(rt, PROMISE, ALREADY_PAID, OUT_OF_OFFICE)
    stop = threading.Event()
    recorded = []
    original = record_outcome

    def record_then_stop(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202 - SIGTERM arrives while the first message is recorded
        recorded.append(original(*args, **kwargs))
        stop.set()
        return recorded[-1]

    import dunmail.worker as worker

    try:
        worker.record_outcome = record_then_stop
        results = process_pending(rt, stop=stop)
    finally:
        worker.record_outcome = original
    assert [r.status for r in results] == ["awaiting_approval"]
    paid = _message(rt, "<paid-1@brauhaus-kessler.example>")
    assert paid.status == "pending" and paid.attempts == 0 and paid.claimed_by is None  # not started: its attempt not counted
    assert [r.intent for r in process_pending(rt)] == ["already_paid", "out_of_office"]
