"""What happens when a collector acts on an item: the queue's compare-and-set, then the graph resumes.

Approve = CAS pending→approved and an outbound row with its Message-ID, claimed for sending by
the approver, all in one transaction; then the graph resumes, re-checks edits through the outbound
guardrails and sends. Only the holder of a live send claim sends (dunmail.send_claims): recovery
after a crash and a collector's retry take the claim only once its lease ran out, so they never
race a send in flight. The outbox skips a Message-ID it already sent. A temporary SMTP failure
puts the reply back in the queue with back-off; a permanent one (5xx) fails visibly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from langgraph.types import Command
from sqlalchemy import update
from sqlmodel import Session, col, select

from adapters.db.db import session_scope
from adapters.db.tables import (
    ApprovalRequest,
    ApprovalStatus,
    AuditEvent,
    InboundMessage,
    MessageStatus,
    OutboundMessage,
    OutboundStatus,
    utcnow,
)
from core.outgoing import new_message_id
from core.ports import OutboxError
from dunmail import pauses, review_threads
from dunmail.leases import LeaseLost, kept_alive
from dunmail.queue import QueueError, transition
from dunmail.send_claims import SendClaim, backoff_seconds, claim_send, claimable, current_claim, holder, lock_if_ours, renew, sender_name
from dunmail.wiring import Runtime


@dataclass
class ReviewOutcome:
    approval_id: int
    status: str
    message: str
    message_id: str | None = None


def _config(item: ApprovalRequest) -> dict[str, Any]:
    return {"configurable": {"thread_id": item.graph_thread_id}}


def _graph(rt: Runtime, item: ApprovalRequest) -> Any:
    """Reminders run on the reminder graph; replies on the agent graph."""
    return rt.reminder_graph if item.kind == "reminder" else rt.graph


def _started(rt: Runtime, approval_id: int, kind: str, config: dict[str, Any]) -> None:
    """A reply's thread starts when a person first acts on it (dunmail/review_threads.py); a reminder's
    was started when it was planned."""
    if kind != "reminder":
        review_threads.start(rt, approval_id, config)


def approve(rt: Runtime, approval_id: int, version: int, user: str, *, body: str | None = None, overrides: list[str] | None = None,
            role: str | None = None) -> ReviewOutcome:
    with session_scope(rt.engine) as session:
        item = session.get(ApprovalRequest, approval_id)
        if item is None:
            raise QueueError(f"item {approval_id} does not exist")
        if not item.draft:
            raise QueueError("this item has no draft to send: resolve it or reject it instead")
        item = transition(session, approval_id, version, from_status=ApprovalStatus.pending, to_status=ApprovalStatus.approved, actor=user,
                          audit_kind="approval.approved", detail={"edited": body is not None and body != item.draft.get("body"), "overrides": overrides or []})
        outbound = session.exec(select(OutboundMessage).where(OutboundMessage.approval_id == approval_id)).first()
        if outbound is None:
            outbound = OutboundMessage(approval_id=approval_id, message_id=new_message_id(rt.settings.ar_mailbox), customer_id=item.customer_id)
        draft = item.draft
        outbound.to_addrs, outbound.subject = list(draft.get("to", [])), draft.get("subject", "")
        outbound.body = body if body is not None else draft.get("body", "")
        outbound.status, outbound.next_attempt_at, outbound.handed_over_at = OutboundStatus.queued, None, None
        session.add(outbound)
        session.flush()
        claim = claim_send(session, approval_id, sender_name(user), rt.settings.send_lease_seconds)  # the approver sends
        if claim is None:
            raise QueueError(f"this reply is being sent right now ({holder(session, approval_id)})")
        message_id = outbound.message_id
        pauses.activate_item(session, approval_id, user)  # the person's approval makes the item's proposals real
    # The approver's role (from the web session) decides whether failures of an edit may be overridden.
    payload = {"action": "approve", "user": user, "role": role, "body": body, "overrides": overrides or [], "message_id": message_id}
    return _resume_and_send(rt, approval_id, Command(resume=payload), claim)


def _resume_and_send(rt: Runtime, approval_id: int, command: Command | None, claim: SendClaim | None) -> ReviewOutcome:
    """Resume the graph under our send claim (None: the reply already left, only the graph is finished)."""
    with session_scope(rt.engine) as session:
        item = session.get(ApprovalRequest, approval_id)
        assert item is not None
        config, graph, kind = _config(item), _graph(rt, item), item.kind
    try:
        _started(rt, approval_id, kind, config)
        result = _invoke_under_claim(rt, graph, command, config, claim)
    except Exception as exc:  # noqa: BLE001 - delivery failed: keep it visible and retryable
        reason = f"{type(exc).__name__}: {exc}"[:2000]
        if isinstance(exc, LeaseLost):
            return ReviewOutcome(approval_id, ApprovalStatus.approved, f"not sent by us: {exc}")
        with session_scope(rt.engine) as session:
            outbound = session.exec(select(OutboundMessage).where(OutboundMessage.approval_id == approval_id)).one()
            if claim is not None and lock_if_ours(session, claim) is None:
                return ReviewOutcome(approval_id, ApprovalStatus.approved, "another worker took over this send; its outcome counts")
            session.refresh(outbound)
            if outbound.status != OutboundStatus.sent and _temporary(exc) and outbound.attempts < rt.settings.send_max_attempts:
                return _defer(rt, session, outbound, reason)
            if outbound.status != OutboundStatus.sent:  # accepted by the server before the failure: it stays sent
                outbound.status = OutboundStatus.failed
            if isinstance(exc, OutboxError):
                outbound.handed_over_at = None  # the server answered with a refusal: it does not have the reply
            outbound.error = reason
            item = session.get(ApprovalRequest, approval_id)
            assert item is not None
            item.status, item.action_note, item.version, item.updated_at = ApprovalStatus.failed, reason, item.version + 1, utcnow()
            session.add(AuditEvent(actor="outbox", kind="reply.failed", approval_id=approval_id, inbound_id=item.inbound_id, customer_id=item.customer_id, detail={"reason": reason}))
        return ReviewOutcome(approval_id, ApprovalStatus.failed, f"sending failed: {reason}")
    if "__interrupt__" in result:
        # The (edited) draft failed a guardrail: back to the queue with the reason. The item keeps the
        # draft it had; the rejected edit is kept in the audit event, never as the draft.
        error = result.get("review_error") or "the draft failed a guardrail"
        asked = command.resume if command is not None and isinstance(command.resume, dict) else {}
        with session_scope(rt.engine) as session:
            item = session.get(ApprovalRequest, approval_id)
            assert item is not None
            outbound = session.exec(select(OutboundMessage).where(OutboundMessage.approval_id == approval_id)).one()
            outbound.status = OutboundStatus.queued
            outbound.body = (item.draft or {}).get("body", outbound.body)
            rejected = asked.get("body") if asked.get("body") is not None and asked.get("body") != (item.draft or {}).get("body") else None
            item.status, item.action_note = ApprovalStatus.pending, (f"edit not sent: {error}" if rejected is not None else error)[:2000]
            item.flagged, item.version, item.updated_at = True, item.version + 1, utcnow()
            session.add(AuditEvent(actor="guardrails", kind="approval.blocked", approval_id=approval_id, inbound_id=item.inbound_id, customer_id=item.customer_id,
                                   detail={"reason": error, "by": asked.get("user"), "role": asked.get("role"), "overrides": asked.get("overrides") or [], "rejected_edit": rejected}))
            version = item.version
        return ReviewOutcome(approval_id, ApprovalStatus.pending, f"not sent: {error} (item version {version})")
    with session_scope(rt.engine) as session:
        item = session.get(ApprovalRequest, approval_id)
        assert item is not None
        outbound = session.exec(select(OutboundMessage).where(OutboundMessage.approval_id == approval_id)).one()
        final_draft = result.get("draft") or {}
        # The send time follows the runtime's clock, so `tick --today` and `approve-reminders --today`
        # replay a month with touch limits counted on the simulated days.
        outbound.status, outbound.sent_at, outbound.error = OutboundStatus.sent, rt.context.now(), None
        outbound.body = final_draft.get("body", outbound.body)
        item.status, item.version, item.updated_at, item.draft = ApprovalStatus.sent, item.version + 1, utcnow(), final_draft or item.draft
        msg = session.get(InboundMessage, item.inbound_id) if item.inbound_id is not None else None
        if msg is not None:
            msg.status = MessageStatus.done
        session.add(AuditEvent(actor=item.acted_by or "agent", kind="reply.sent", approval_id=approval_id, inbound_id=item.inbound_id, customer_id=item.customer_id,
                               detail={"message_id": outbound.message_id, "to": outbound.to_addrs, "subject": outbound.subject}))
        return ReviewOutcome(approval_id, ApprovalStatus.sent, f"reply sent to {', '.join(outbound.to_addrs)}", outbound.message_id)


def _invoke_under_claim(rt: Runtime, graph: Any, command: Command | None, config: dict[str, Any], claim: SendClaim | None) -> dict[str, Any]:
    """Run the graph with our claim visible to the outbox journal, its lease renewed meanwhile."""
    lease = rt.settings.send_lease_seconds
    context = current_claim.set(claim)
    try:
        if claim is None:
            return graph.invoke(command, config, context=rt.context)
        with kept_alive(lambda: renew(rt.engine, claim, lease), lease):  # a slow server never lets the lease lapse
            return graph.invoke(command, config, context=rt.context)
    finally:
        current_claim.reset(context)


def _temporary(exc: BaseException) -> bool:
    """A failure worth retrying by itself: an SMTP 4xx or a lost connection (see adapters.mail.smtp)."""
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, OutboxError):
            return cause.temporary
        cause = cause.__cause__ or cause.__context__
    return False


def _defer(rt: Runtime, session: Session, outbound: OutboundMessage, reason: str) -> ReviewOutcome:
    """Back to the queue after a temporary failure; a worker takes the claim again when it is due."""
    wait = backoff_seconds(outbound.attempts, rt.settings.send_retry_base_seconds, rt.settings.send_retry_max_seconds)
    outbound.status, outbound.error, outbound.claimed_by, outbound.lease_until = OutboundStatus.queued, reason, None, None
    outbound.handed_over_at = None  # the server answered (4xx or hung up): it does not have the reply
    outbound.next_attempt_at = utcnow() + timedelta(seconds=wait)
    session.add(outbound)
    item = session.get(ApprovalRequest, outbound.approval_id)
    assert item is not None
    session.add(AuditEvent(actor="outbox", kind="reply.deferred", approval_id=item.id, inbound_id=item.inbound_id, customer_id=item.customer_id,
                           detail={"reason": reason, "attempt": outbound.attempts, "retry_in_seconds": round(wait)}))
    return ReviewOutcome(outbound.approval_id, ApprovalStatus.approved, f"temporary failure, retrying in {wait:.0f} s: {reason}")


def close(rt: Runtime, approval_id: int, version: int, user: str, *, action: str, note: str = "", apply_proposals: bool = False) -> ReviewOutcome:
    """Reject (with a reason) or resolve without reply; the graph ends without sending.

    Rejecting drops the item's proposed pauses and promise; resolving applies them only when the
    person says so (`apply_proposals`), e.g. accepting a dispute's pause while answering by phone."""
    if action not in ("reject", "resolve"):
        raise QueueError(f"unknown action {action}")
    if action == "reject" and not note.strip():
        raise QueueError("a rejection needs a reason")
    status = ApprovalStatus.rejected if action == "reject" else ApprovalStatus.resolved
    with session_scope(rt.engine) as session:
        item = transition(session, approval_id, version, from_status=(ApprovalStatus.pending, ApprovalStatus.failed), to_status=status, actor=user, note=note,
                          audit_kind=f"approval.{status}", detail={"proposals_applied": apply_proposals and action == "resolve"})
        if apply_proposals and action == "resolve":
            pauses.activate_item(session, approval_id, user)
        else:
            pauses.drop_item(session, approval_id, user)
        msg = session.get(InboundMessage, item.inbound_id) if item.inbound_id is not None else None
        if msg is not None:
            msg.status = MessageStatus.done
        config, graph, kind = _config(item), _graph(rt, item), item.kind
    _started(rt, approval_id, kind, config)
    if graph.get_state(config).interrupts:
        graph.invoke(Command(resume={"action": action, "user": user, "note": note}), config, context=rt.context)
    return ReviewOutcome(approval_id, status, "rejected" if action == "reject" else "resolved without reply")


def reassign(rt: Runtime, approval_id: int, version: int, user: str, new_owner: str) -> ReviewOutcome:
    with session_scope(rt.engine) as session:
        transition(session, approval_id, version, from_status=ApprovalStatus.pending, to_status=ApprovalStatus.pending, actor=user,
                   audit_kind="approval.reassigned", detail={"owner": new_owner}, owner=new_owner)
    return ReviewOutcome(approval_id, ApprovalStatus.pending, f"reassigned to {new_owner}")


def retry_send(rt: Runtime, approval_id: int, version: int, user: str) -> ReviewOutcome:
    """Send again after a failure, a temporary failure waiting for its retry, or a crash mid-send.

    Refused while the send is in flight (someone holds a live claim); a Message-ID already sent is
    not re-sent."""
    with session_scope(rt.engine) as session:
        transition(session, approval_id, version, from_status=(ApprovalStatus.failed, ApprovalStatus.approved), to_status=ApprovalStatus.approved, actor=user, audit_kind="approval.retry")
        session.exec(update(OutboundMessage)  # type: ignore[call-overload]
                     .where(col(OutboundMessage.approval_id) == approval_id, col(OutboundMessage.status).in_((OutboundStatus.failed, OutboundStatus.queued)))
                     .values(status=OutboundStatus.queued, next_attempt_at=None, handed_over_at=None))  # the person decided to send again
        claim = claim_send(session, approval_id, sender_name(user), rt.settings.send_lease_seconds)
        if claim is None and not _already_sent(session, approval_id):
            raise QueueError(f"this reply is being sent right now ({holder(session, approval_id)}); reload in a moment")
    return recover_one(rt, approval_id, claim)


def _already_sent(session: Session, approval_id: int) -> bool:
    status = session.exec(select(OutboundMessage.status).where(OutboundMessage.approval_id == approval_id)).first()
    return status == OutboundStatus.sent


def recover_one(rt: Runtime, approval_id: int, claim: SendClaim | None) -> ReviewOutcome:
    """Finish an approved reply under `claim` (None only when the reply already left)."""
    with session_scope(rt.engine) as session:
        item = session.get(ApprovalRequest, approval_id)
        assert item is not None
        outbound = session.exec(select(OutboundMessage).where(OutboundMessage.approval_id == approval_id)).one()
        config, graph, kind = _config(item), _graph(rt, item), item.kind
        payload = {"action": "approve", "user": item.acted_by, "body": outbound.body, "overrides": [], "message_id": outbound.message_id}
    _started(rt, approval_id, kind, config)
    snapshot = graph.get_state(config)
    command = Command(resume=payload) if snapshot.interrupts else None
    return _resume_and_send(rt, approval_id, command, claim)


UNKNOWN = ("the sender stopped while the mail server was taking this reply, and no copy is in Sent: it may or may not "
           "have reached the customer. Check the customer's thread before pressing Retry (Retry sends it again).")


def _settle_unknown(rt: Runtime, claim: SendClaim) -> ReviewOutcome:
    """A sender died mid-DATA: only the Sent folder can tell; otherwise a person decides, never a resend."""
    try:
        found = rt.outbox.was_sent(claim.message_id)
    except OutboxError:
        found = False
    with session_scope(rt.engine) as session:
        outbound = lock_if_ours(session, claim)
        if outbound is None:
            return ReviewOutcome(claim.approval_id, ApprovalStatus.approved, "another worker took over this send")
        if found:
            outbound.status, outbound.sent_at, outbound.error = OutboundStatus.sent, rt.context.now(), None
            session.add(outbound)
        else:
            outbound.status, outbound.error = OutboundStatus.failed, UNKNOWN
            item = session.get(ApprovalRequest, claim.approval_id)
            assert item is not None
            item.status, item.action_note, item.version, item.updated_at = ApprovalStatus.failed, UNKNOWN, item.version + 1, utcnow()
            session.add(AuditEvent(actor="outbox", kind="reply.unknown", approval_id=item.id, inbound_id=item.inbound_id, customer_id=item.customer_id,
                                   detail={"message_id": claim.message_id, "reason": UNKNOWN}))
            return ReviewOutcome(claim.approval_id, ApprovalStatus.failed, UNKNOWN, claim.message_id)
    return recover_one(rt, claim.approval_id, None)  # it did leave: finish the graph (the outbox skips the send)


def recover_interrupted_sends(rt: Runtime, owner: str | None = None) -> list[ReviewOutcome]:
    """Approved replies that nobody is sending: a crashed sender's (lease run out), one left by a
    web-app crash, one whose temporary failure is due for another try. Each is finished by
    whichever worker takes its claim, so several workers running this at once send each reply once.
    Sent copies that did not reach the Sent folder are filed too."""
    owner = owner or sender_name("recovery")
    now = utcnow()
    with session_scope(rt.engine) as session:
        due = session.exec(
            select(ApprovalRequest.id).join(OutboundMessage, col(OutboundMessage.approval_id) == col(ApprovalRequest.id))
            .where(ApprovalRequest.status == ApprovalStatus.approved,
                   claimable(now) | (col(OutboundMessage.status) == OutboundStatus.sent))
            .order_by(col(ApprovalRequest.id))
        ).all()
    outcomes = []
    for approval_id in due:
        with session_scope(rt.engine) as session:
            claim = claim_send(session, approval_id, owner, rt.settings.send_lease_seconds)
            if claim is None and not _already_sent(session, approval_id):
                continue  # another worker took it first
            handed_over = claim is not None and session.exec(
                select(OutboundMessage.handed_over_at).where(OutboundMessage.approval_id == approval_id)).one() is not None
        if handed_over and claim is not None:
            outcomes.append(_settle_unknown(rt, claim))
            continue
        outcomes.append(recover_one(rt, approval_id, claim))
    file_missed = getattr(rt.outbox, "file_missed_copies", None)
    if file_missed is not None:
        file_missed()
    return outcomes
