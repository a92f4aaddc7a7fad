"""Workers: claim stored messages, run the agent graph, record the outcome in one transaction.

A message is claimed with a lease (dunmail.message_claims), so several workers never take the
same one. The lease is renewed while the graph runs, and every write re-checks the claim's fencing
token, so a worker whose lease ran out cannot overwrite the one that took over. A crash leaves the
message claimed; the lease expires and another worker picks it up, finding the graph's
checkpoint: nothing is processed twice and nothing is lost. Attempts are counted at claim time;
after max_attempts the message is quarantined with the reason. A message over its size budget is
quarantined before anything parses it.
"""

from __future__ import annotations

import base64
import os
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Integer, bindparam, insert, update
from sqlmodel import Session, col, select

from adapters.db.audit import write_audit
from adapters.db.db import session_scope
from adapters.db.prepared import run
from adapters.db.tables import (
    ApprovalRequest,
    ApprovalStatus,
    AuditEvent,
    DecisionRecord,
    InboundMessage,
    MessageStatus,
    OutboundMessage,
    Promise,
    utcnow,
)
from adapters.mail.threading import join_thread
from agent.reading import finished_without_review, read_reply, waits_for_a_person
from core.contracts import Decision
from core.message import ParsedEmail
from core.validated import validated
from dunmail import pauses, review_threads
from dunmail.budget import over_budget
from dunmail.leases import LeaseKeeper, LeaseLost, kept_alive
from dunmail.message_claims import MessageClaim, claim_within, give_back, hold_with, holding, quarantine, release, renew
from dunmail.message_claims import claim_next as take_next
from dunmail.wiring import Runtime


def worker_name() -> str:
    return f"worker:{socket.gethostname()}:{os.getpid()}"


@dataclass
class ProcessResult:
    inbound_id: int
    status: str
    intent: str | None = None
    action: str | None = None
    reason: str = ""


def claim_next(rt: Runtime, worker: str) -> MessageClaim | None:
    return take_next(rt.engine, rt.settings, worker)


def _our_message(session: Session, raw_refs: list[str]) -> OutboundMessage | None:
    """Our own earlier message this one replies to: its customer and the invoices it listed."""
    if not raw_refs:
        return None
    rows = session.exec(select(OutboundMessage).where(col(OutboundMessage.message_id).in_(raw_refs))).all()
    return max(rows, key=lambda r: r.created_at) if rows else None


@dataclass(frozen=True)
class Fetched:
    """What process_one reads before running a message, when its batch read it already: the bytes
    (within their size budget) and our earlier message it replies to."""

    raw: bytes
    ours: OutboundMessage | None


def _ours_by_message(session: Session, refs: dict[int, list[str]]) -> dict[int, OutboundMessage | None]:
    """_our_message for several messages in one read: each one's latest referenced OutboundMessage."""
    wanted = sorted({r for rs in refs.values() for r in rs})
    rows = session.exec(select(OutboundMessage).where(col(OutboundMessage.message_id).in_(wanted))).all() if wanted else []
    out: dict[int, OutboundMessage | None] = {}
    for mid, rs in refs.items():
        mine = [r for r in rows if r.message_id in rs]
        out[mid] = max(mine, key=lambda r: r.created_at) if mine else None
    return out


def warm_up_reading(rt: Runtime) -> None:
    """Pay, before a worker says it is ready, what reading its first replies paid once: the guardrails'
    patterns and automata (warmed on our own reply templates, business mail in six languages), the public
    suffix list, the PDF reader's import, the reply templates and the date reader's screen. In a burst of
    100 a fresh worker reads about fifty, and these once-only costs were about a sixth of its CPU.

    The date reader's screen (agent/date_screen.py: two RE2 sets of relaxed copies of its patterns) is
    built by the first date asked for in a process, about 0.35 s of CPU: each worker paid it on the first
    message of a burst, a third of the burst's CPU and that message's wait. Read here from the templates,
    without a sent date (nothing is cached, so no later answer can differ)."""
    from agent.dates import find_dates
    from agent.drafting import compile_templates
    from guardrails.api import warm_up
    from inbox import attachments

    samples = compile_templates()
    warm_up(rt.erp, samples)
    attachments.warm_up()
    for text in samples:
        find_dates(text, None)


def warm_up_queries(rt: Runtime) -> None:
    """Ask the database, once, the questions every message asks, with keys that match nothing.

    The first ORM select of a model in a process sets up SQLAlchemy's paths for every column and relation, which
    cost a freshly started worker about a third of a second on its first message: in a burst, the first replies
    waited for it. A worker asks here before it says it is ready."""
    with Session(rt.engine) as session:
        _our_message(session, ["<warm-up@dunmail.invalid>"])
        session.exec(select(InboundMessage.raw).where(col(InboundMessage.id) == -1)).first()
        session.exec(select(InboundMessage.id, InboundMessage.raw).where(col(InboundMessage.id).in_([-1]))).all()
        session.exec(select(ApprovalRequest.id).where(ApprovalRequest.inbound_id == -1)).first()


def _references_of(raw: bytes) -> list[str]:
    from email import policy
    from email.parser import BytesParser

    head, sep, _ = raw.partition(b"\r\n\r\n")
    if not sep:
        head = raw.partition(b"\n\n")[0]
    try:  # the header block alone (the body may be 25 MB), as plain strings: message ids need no decoding
        msg = BytesParser(policy=policy.compat32).parsebytes(head + b"\n\n", headersonly=True)
        refs = str(msg.get("References", "") or "").split() + str(msg.get("In-Reply-To", "") or "").split()
    except Exception:  # noqa: BLE001 - unreadable headers just give no hint
        return []
    return refs


StageHook = Callable[[str], None]


def _invoke(rt: Runtime, graph_input: Any, config: dict[str, Any], on_stage: StageHook | None, **options: Any) -> dict[str, Any] | None:
    """Run the graph until it ends or stops at the interrupt; with `on_stage`, report each node as it
    starts (the supervisor's stage clock). Returns the state it stopped with, as `graph.invoke` does
    ("__interrupt__" set when it waits for a person), or None if it never reported one."""
    modes = ["updates", "values", *(["tasks"] if on_stage is not None else [])]
    latest: dict[str, Any] | None = None
    interrupts: list[Any] = []
    for mode, payload in rt.graph.stream(graph_input, config, context=rt.context, stream_mode=modes, **options):
        if mode == "values":
            latest = payload
        elif mode == "updates":
            if isinstance(payload, dict) and payload.get("__interrupt__") is not None:
                interrupts.extend(payload["__interrupt__"])
        elif on_stage is not None and "input" in payload:
            on_stage(str(payload.get("name", "graph")))
    if latest is None:
        return None
    return {**latest, "__interrupt__": interrupts} if interrupts else dict(latest)


def run_graph(rt: Runtime, inbound_id: int, raw: bytes, ours: OutboundMessage | None, on_stage: StageHook | None = None) -> dict[str, Any]:
    """Run (or continue) this message's graph up to the approval interrupt or the end.

    A fresh message is read outside the graph and never enters it here: one that needs nobody ends
    (no checkpoint), one that waits for a person returns what was read with `__interrupt__` set, for
    record_outcome to save beside its queue item. A thread that already has a checkpoint (a crash
    mid-run, or an older version that ran the graph at read time) is the truth: this looks at the
    saved state and only runs what is left.
    """
    config = {"configurable": {"thread_id": f"inbound-{inbound_id}"}}
    for _ in range(3):
        snapshot = rt.graph.get_state(config)
        if snapshot.interrupts or (snapshot.values and not snapshot.next and not snapshot.tasks):
            out = dict(snapshot.values)
            if snapshot.interrupts:
                out["__interrupt__"] = snapshot.interrupts
            return out
        if not snapshot.values and not snapshot.tasks:
            start = {"inbound_id": inbound_id, "raw_b64": base64.b64encode(raw).decode(),
                     "hint_customer_id": ours.customer_id if ours else None, "our_last_message": ours.body[:20000] if ours else "",
                     "our_last_subject": ours.subject if ours else ""}
            # Nothing before the approval interrupt touches the outside world, so the message is read
            # outside the graph (agent/reading.py). One that needs nobody never enters it; one a person
            # must answer is saved with its queue item (record_outcome) and its thread starts when the
            # person acts (dunmail/review_threads.py). A crash before the item is written reads it again.
            state = read_reply(start, rt.context, on_stage)
            if not waits_for_a_person(state):
                return finished_without_review(state)
            return {**state, "__interrupt__": []}
        else:
            _invoke(rt, None, config, on_stage)  # a crash stopped it mid-way: continue
    raise RuntimeError(f"graph for message {inbound_id} did not reach a stopping point")


_DECISION_OF = select(DecisionRecord.__table__.c.id).where(DecisionRecord.__table__.c.inbound_id == bindparam("inbound_id")).limit(1)  # type: ignore[attr-defined]
# The claim's fencing UPDATE also says whether a decision was recorded before (a retry after a crash between
# the commit and the reply): one round trip instead of two before anything is written.
# (By the same :mid parameter, not correlated to the updated row: SQLite's RETURNING names columns bare, so in a
# correlated subquery "id" would be the decision's own.)
_HOLD_AND_DECIDED = holding(select(DecisionRecord.__table__.c.id).where(DecisionRecord.__table__.c.inbound_id == bindparam("mid"))  # type: ignore[attr-defined]
                            .limit(1).scalar_subquery())


def record_outcome(rt: Runtime, inbound_id: int, state: dict[str, Any], worker: str, claim: MessageClaim | None = None,
                   claimed: list[MessageClaim] | None = None) -> ProcessResult:
    """Write the decision, pauses, promise and approval item for one processed message, once.

    With `claim`, nothing is written unless the claim still holds (LeaseLost otherwise). With `claimed`, the
    worker's next message is claimed in the same transaction when it can be (message_claims.claim_within) and
    appended to it: one commit per message instead of two."""
    with session_scope(rt.engine) as session:
        result = _record(rt, session, inbound_id, state, worker, claim)
        if claimed is not None:
            following = claim_within(session, rt.settings, worker)
            if following is not None:
                claimed.append(following)
        return result


def _record(rt: Runtime, session: Session, inbound_id: int, state: dict[str, Any], worker: str, claim: MessageClaim | None) -> ProcessResult:
    """record_outcome's writes, in its transaction."""
    if claim is not None:
        thread_id, existing = hold_with(session, claim, _HOLD_AND_DECIDED)  # the thread, and a decision id if recorded before
    else:
        thread_id, existing = _thread_of(session, inbound_id), None
    if state.get("outcome") == "quarantined":
        error = state.get("error", "unparseable")
        _quarantined(session, inbound_id, error)
        write_audit(session, actor=worker, kind="message.quarantined", inbound_id=inbound_id, detail={"reason": error})
        return ProcessResult(inbound_id, MessageStatus.quarantined, reason=error or "")
    if claim is None:
        existing = run(session.connection(), _DECISION_OF, {"inbound_id": inbound_id}).scalar()  # a decision id, if recorded before
    decision = Decision.model_validate(state["decision"])
    cls = state["classification"]
    customer = state.get("customer") or {}
    customer_id = customer.get("id")
    if existing is None:
        decision_id = _insert_decision(session, inbound_id, customer_id, cls, decision, state)
        write_audit(session, actor=worker, kind="decision.made", inbound_id=inbound_id, customer_id=customer_id,
                      detail={"intent": cls["intent"], "rule": decision.rule, "action": decision.action, "needs_human": decision.needs_human,
                              "reasons": decision.reasons, "decided_by": cls.get("decided_by")})
    else:
        decision_id = existing
    thread_id = join_thread(session, inbound_id, thread_id, customer_id, validated(ParsedEmail, state["email"]))  # as the reading steps had it
    if "__interrupt__" in state:
        # The item is written in the same transaction as the decision: with no decision yet there is none.
        if existing is None or session.exec(select(ApprovalRequest.id).where(ApprovalRequest.inbound_id == inbound_id)).first() is None:
            item_id = _insert_item(session, inbound_id, decision_id, customer_id, customer, cls, decision, state)
            review_threads.save(session, rt.graph.checkpointer.serde, item_id, state)  # its thread starts when a person acts
            _propose(session, decision, item_id, decision_id, inbound_id, customer_id, worker)
        status = MessageStatus.awaiting_approval
    else:
        if existing is None:
            _defer_automatically(rt, session, decision, decision_id, inbound_id, worker)
        status = MessageStatus.handled
    _finish(session, inbound_id, status, customer_id, thread_id)
    return ProcessResult(inbound_id, status, cls["intent"], decision.action, "; ".join(decision.reasons))


_MESSAGES = InboundMessage.__table__  # type: ignore[attr-defined]
_THREAD_OF = select(_MESSAGES.c.thread_id).where(_MESSAGES.c.id == bindparam("mid"))
_FINISH_DONE = update(_MESSAGES).where(_MESSAGES.c.id == bindparam("mid")).values(
    status=bindparam("status"), error=None, customer_id=bindparam("customer_id"), thread_id=bindparam("thread_id"), processed_at=bindparam("now"))
_FINISH_QUARANTINED = update(_MESSAGES).where(_MESSAGES.c.id == bindparam("mid")).values(
    status=MessageStatus.quarantined, error=bindparam("error"), processed_at=bindparam("now"))


def _thread_of(session: Session, inbound_id: int) -> int | None:
    """Without a claim (tests, tools): the message must exist; its thread id, if linked before."""
    row = run(session.connection(), _THREAD_OF, {"mid": inbound_id}).first()
    assert row is not None, f"no message {inbound_id}"
    return row[0]


def _finish(session: Session, inbound_id: int, status: str, customer_id: str | None, thread_id: int) -> None:
    """The message's outcome columns in one Core UPDATE (the claim was checked and its row locked first):
    loading the row into the ORM to change them cost more CPU than the statement. The error is cleared:
    an earlier attempt's failure stays in the audit log (message.retry), not on the message."""
    run(session.connection(), _FINISH_DONE, {"mid": inbound_id, "status": status, "customer_id": customer_id, "thread_id": thread_id, "now": utcnow()})


def _quarantined(session: Session, inbound_id: int, error: str | None) -> None:
    """An unreadable message: quarantined with the reason the graph gave."""
    run(session.connection(), _FINISH_QUARANTINED, {"mid": inbound_id, "error": error, "now": utcnow()})


# record_outcome writes its decision, its first audit event and its approval item as Core INSERTs, the
# ids coming back by RETURNING: the ORM's unit of work (object state, identity map, one flush each) cost
# more CPU than the database did. The columns the models fill by default are filled here the same way.
_DECISIONS = DecisionRecord.__table__  # type: ignore[attr-defined]
_ITEMS = ApprovalRequest.__table__  # type: ignore[attr-defined]
_INSERT_DECISION = insert(_DECISIONS).returning(_DECISIONS.c.id)
_INSERT_ITEM = insert(_ITEMS).returning(_ITEMS.c.id)
_INSERT_PROMISE = insert(Promise.__table__)  # type: ignore[attr-defined]


def _insert_decision(session: Session, inbound_id: int, customer_id: str | None, cls: dict[str, Any], decision: Decision,
                     state: dict[str, Any]) -> int:
    """The message's DecisionRecord row, as DecisionRecord(...) + flush wrote it; its id."""
    row = {"inbound_id": inbound_id, "customer_id": customer_id, "intent": cls["intent"], "secondary_intents": cls.get("secondary_intents", []),
           "confidence": cls.get("confidence", 0.0), "decided_by": cls.get("decided_by", ""), "rule": decision.rule,
           "action": decision.action, "needs_human": decision.needs_human, "reasons": decision.reasons, "facts": cls.get("facts", {}),
           "evidence": [e.model_dump(mode="json") for e in decision.evidence],
           "guardrails": list(state.get("inbound_checks", [])) + list(state.get("outbound_checks", [])), "created_at": utcnow()}
    return int(run(session.connection(), _INSERT_DECISION, row).scalar_one())


def _insert_item(session: Session, inbound_id: int, decision_id: int, customer_id: str | None, customer: dict[str, Any],
                 cls: dict[str, Any], decision: Decision, state: dict[str, Any]) -> int:
    """The message's ApprovalRequest, with the model's defaults (pending, version 1, timestamps); its id."""
    checks = list(state.get("outbound_checks", [])) + list(state.get("inbound_checks", []))
    now = utcnow()
    row = {"inbound_id": inbound_id, "decision_id": decision_id, "graph_thread_id": f"inbound-{inbound_id}",
           "kind": "draft" if state.get("draft") else "route", "status": ApprovalStatus.pending, "version": 1, "owner": decision.owner,
           "customer_id": customer_id, "customer_name": customer.get("name", ""), "intent": cls["intent"], "reason": "; ".join(decision.reasons),
           "flagged": any(not c.get("passed", True) for c in checks), "draft": state.get("draft"), "acted_by": None, "action_note": None,
           "created_at": now, "updated_at": now}
    return int(run(session.connection(), _INSERT_ITEM, row).scalar_one())


def _propose(session: Session, decision: Decision, approval_id: int | None, decision_id: int | None, inbound_id: int,
             customer_id: str | None, actor: str) -> None:
    """What reading the message asks for waits on its item: a person's approval makes it real."""
    pauses.propose(session, decision.pauses, source=f"reply:{inbound_id}", approval_id=approval_id, decision_id=decision_id, actor=actor)
    promise = decision.record.get("promise")
    if promise and customer_id:  # the row Promise(...) and the commit's flush wrote, as a Core INSERT (a flush cost more than the row)
        run(session.connection(), _INSERT_PROMISE, {
            "customer_id": customer_id, "invoice_numbers": promise.get("invoices", []), "amount": promise.get("amount"),
            "promised_date": date.fromisoformat(promise["date"]), "status": "proposed", "decision_id": decision_id, "approval_id": approval_id,
            "created_at": utcnow(), "checked_at": None})


def _defer_automatically(rt: Runtime, session: Session, decision: Decision, decision_id: int | None, inbound_id: int, actor: str) -> None:
    """No person will look at this message: only policy's bounded automatic deferral may take effect.
    Anything else policy asked for has no item to wait on, so it is recorded and not applied."""
    today = rt.context.now().date()
    for pause in decision.pauses:
        if pause.automatic:
            pauses.defer_automatically(session, pause, today=today, max_days=rt.context.policy.auto_deferral_days,
                                       source=f"auto-deferral:{inbound_id}", decision_id=decision_id, actor=actor)
        else:
            session.add(AuditEvent(actor=actor, kind="pause.not_applied", inbound_id=inbound_id, customer_id=pause.customer_id,
                                   detail={"invoice": pause.invoice_number, "until": pause.until.isoformat() if pause.until else None,
                                           "reason": pause.reason, "why": "no person reviews this message; only a bounded automatic deferral may apply"}))


def process_one(rt: Runtime, claim: MessageClaim, on_stage: StageHook | None = None, fetched: Fetched | None = None,
                keep_lease: bool = True, keeper: LeaseKeeper | None = None, claimed: list[MessageClaim] | None = None) -> ProcessResult:
    """Run one claimed message to its outcome; failures go back to the queue or to quarantine.

    `fetched`: the message as its batch read it (read_ahead), so it is not read again. `keep_lease` False:
    the caller renews the lease (the supervisor's parent does), so no keeper thread is started here; the
    write is fenced all the same (record_outcome). `keeper`: the caller's running keeper renews this claim
    while the graph runs (process_pending's one thread for its run), instead of a thread of its own.
    `claimed`: the next message is claimed with the outcome's commit when it can be, and appended to it
    (record_outcome); a message that fails claims nothing."""
    inbound_id = claim.inbound_id
    if fetched is not None:
        raw, ours, too_big = fetched.raw, fetched.ours, None
    else:
        with Session(rt.engine) as session:
            raw = session.exec(select(InboundMessage.raw).where(col(InboundMessage.id) == inbound_id)).first()  # the bytes, not the row
            assert raw is not None
            too_big = over_budget(raw, rt.settings)
            ours = None if too_big else _our_message(session, _references_of(raw))
    if too_big:
        quarantine(rt.engine, claim, too_big)
        return ProcessResult(inbound_id, MessageStatus.quarantined, reason=too_big)
    lease = rt.settings.claim_lease_seconds
    try:
        if keeper is not None:
            keeper.follow(lambda: renew(rt.engine, claim))  # a slow LLM call never lets the lease lapse
            try:
                state = run_graph(rt, inbound_id, raw, ours, on_stage)
                lost = keeper.lost.is_set()
            finally:
                keeper.follow(None)
            if lost:
                raise LeaseLost(f"message {inbound_id}: another worker took it over while the graph ran")
        elif keep_lease:
            with kept_alive(lambda: renew(rt.engine, claim), lease) as own:  # a slow LLM call never lets the lease lapse
                state = run_graph(rt, inbound_id, raw, ours, on_stage)
            if own.lost.is_set():
                raise LeaseLost(f"message {inbound_id}: another worker took it over while the graph ran")
        else:
            state = run_graph(rt, inbound_id, raw, ours, on_stage)
        if on_stage is not None:
            on_stage("record")
        result = record_outcome(rt, inbound_id, state, claim.worker, claim, claimed)
    except LeaseLost as exc:  # someone else owns it now: their outcome counts, ours is dropped
        return ProcessResult(inbound_id, MessageStatus.processing, reason=str(exc))
    except Exception as exc:  # noqa: BLE001 - nothing is dropped: retry, then quarantine with the reason
        reason = f"{type(exc).__name__}: {exc}"[:2000]
        return ProcessResult(inbound_id, give_back(rt.engine, claim, rt.settings, reason), reason=reason)
    _mark_handled_in_mailbox(rt, inbound_id)
    return result


def _mark_handled_in_mailbox(rt: Runtime, inbound_id: int) -> None:
    """Optionally tag or move the processed mail on the IMAP server (by setting); never fails the message."""
    settings = rt.settings
    if settings.inbox_source != "imap" or not (settings.imap_handled_keyword or settings.imap_move_handled_to):
        return
    with Session(rt.engine) as session:
        row = session.get(InboundMessage, inbound_id)
    try:
        if row is not None:
            _marker(rt).mark(row)
    except Exception as exc:  # noqa: BLE001 - the message is processed; a failed tag is only logged
        with session_scope(rt.engine) as session:
            session.add(AuditEvent(actor="inbox", kind="imap.mark_failed", inbound_id=inbound_id, detail={"reason": str(exc)[:500]}))


_MARKERS: dict[int, Any] = {}  # one IMAP connection per runtime (so per worker process), by id(rt)


def _marker(rt: Runtime) -> Any:
    marker = _MARKERS.get(id(rt))
    if marker is None:
        from adapters.mail.imap import HandledMarker

        marker = _MARKERS[id(rt)] = HandledMarker(rt.settings)
        key = id(rt)
        rt._closers.append(lambda: (marker.close(), _MARKERS.pop(key, None)))
    return marker


# How many messages the worker parses and classifies together (agent/read_ahead.py): the offline model's
# cost per reply falls about fivefold from one to a batch of this size and little after.
READ_AHEAD = 16


def read_ahead(rt: Runtime, claimed: int, size: int = READ_AHEAD) -> dict[int, Fetched]:
    """Parse and read the claimed message and the next pending ones in one batch; their ids.

    Only peeked at, not claimed: another worker may take some, which costs a wasted parse and nothing
    else. (A supervised worker claims its batch first and reads exactly that: read_ahead_ids.)"""
    if rt.context.read_ahead is None or size < 2:
        return {}
    try:
        ids = next_ids(rt, claimed, size)
    except Exception:  # noqa: BLE001 - only a saving: each message is then read alone, and its own failure is handled there
        return {}
    return read_ahead_ids(rt, ids)


_PENDING_AFTER = (select(InboundMessage.__table__.c.id)  # type: ignore[attr-defined]
                  .where(InboundMessage.__table__.c.status == MessageStatus.pending, InboundMessage.__table__.c.id > bindparam("claimed"))  # type: ignore[attr-defined]
                  .order_by(InboundMessage.__table__.c.id).limit(bindparam("n", type_=Integer(), literal_execute=True)))  # type: ignore[attr-defined]


def next_ids(rt: Runtime, claimed: int, size: int) -> list[int]:
    """The claimed message and the pending ones after it, `size` in all, in id order: what read_ahead peeks at.

    Asked as the pending ones after it (one walk of the (status, id) index from the claimed id): asked as
    "the claimed one OR pending after it", SQLite took every pending row after it and sorted them for each batch
    (~8 ms a batch with 50,000 waiting), a cost that grew with the backlog. The claimed message is the first of
    the old answer whenever it exists, and it does: its worker claimed it just now."""
    with Session(rt.engine) as session:
        after = session.connection().execute(_PENDING_AFTER, {"claimed": claimed, "n": size - 1}).scalars().all()
    return [claimed, *(int(i) for i in after)]


def read_ahead_ids(rt: Runtime, ids: list[int]) -> dict[int, Fetched]:
    """Parse and read these messages in one batch; what was read of each, by id (process_one's `fetched`:
    their bytes and our earlier messages they reply to, read here in two statements for the batch instead
    of two per message). Messages over their size budget are left out (nothing parses them)."""
    ahead = rt.context.read_ahead
    if ahead is None or len(ids) < 2:
        return {}
    try:
        with Session(rt.engine) as session:
            rows = session.exec(select(InboundMessage.id, InboundMessage.raw).where(col(InboundMessage.id).in_(ids))
                                .order_by(col(InboundMessage.id))).all()
            batch = {int(i): raw for i, raw in rows if not over_budget(raw, rt.settings)}
            ours = _ours_by_message(session, {i: _references_of(raw) for i, raw in batch.items()})
        ahead.fill(list(batch.values()), rt.context)
    except Exception:  # noqa: BLE001 - only a saving: each message is then read alone, and its own failure is handled there
        return {}
    return {i: Fetched(raw, ours[i]) for i, raw in batch.items()}


def process_pending(rt: Runtime, *, limit: int | None = None, worker: str | None = None, stop: threading.Event | None = None) -> list[ProcessResult]:
    """Process claimable messages until none is left (or `limit` is reached, or `stop` is set:
    SIGTERM lets the current message finish, then returns). Messages are read in batches (read_ahead)."""
    worker = worker or worker_name()
    results: list[ProcessResult] = []
    batch: dict[int, Fetched] = {}
    claimed: list[MessageClaim] = []  # the next message, claimed with the last one's outcome (record_outcome)
    with kept_alive(None, rt.settings.claim_lease_seconds) as keeper:  # one keeper thread for the run, following each claim
        try:
            while (limit is None or len(results) < limit) and not (stop is not None and stop.is_set()):
                claim = claimed.pop() if claimed else claim_next(rt, worker)
                if claim is None:
                    break
                if claim.inbound_id not in batch:
                    batch = read_ahead(rt, claim.inbound_id, READ_AHEAD if limit is None else min(READ_AHEAD, limit - len(results)))
                more = (limit is None or len(results) + 1 < limit) and not (stop is not None and stop.is_set())
                results.append(process_one(rt, claim, fetched=batch.pop(claim.inbound_id, None), keeper=keeper, claimed=claimed if more else None))
        finally:
            if claimed:  # stopped (or failed) after claiming a message it will not start: pending again, no attempt counted
                _release_quietly(rt, claimed)
    return results


def _release_quietly(rt: Runtime, claims: list[MessageClaim]) -> None:
    """release(), when it can: if the database is away too, the lease runs out as after a crash."""
    try:
        release(rt.engine, claims)
    except Exception:  # noqa: BLE001 - nothing is lost: an unreleased claim lapses with its lease
        pass
