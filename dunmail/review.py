"""What happens when a collector acts on an item: the queue's compare-and-set, then the graph resumes.

Approve = CAS pending→approved and a queued outbound row with its Message-ID, both in one
transaction; then the graph resumes, re-checks edits through the outbound guardrails and sends.
The outbox skips a Message-ID it already sent, so a retry after a crash never sends twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from langgraph.types import Command
from sqlmodel import select

from approvals.queue import QueueError, transition
from dunmail.db import session_scope
from dunmail.tables import (
    ApprovalRequest,
    ApprovalStatus,
    AuditEvent,
    InboundMessage,
    MessageStatus,
    OutboundMessage,
    OutboundStatus,
    utcnow,
)
from dunmail.wiring import Runtime
from inbox.outbox import new_message_id


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
        outbound.status = OutboundStatus.queued
        session.add(outbound)
        message_id = outbound.message_id
    # The approver's role (from the web session) decides whether failures of an edit may be overridden.
    payload = {"action": "approve", "user": user, "role": role, "body": body, "overrides": overrides or [], "message_id": message_id}
    return _resume_and_send(rt, approval_id, Command(resume=payload))


def _resume_and_send(rt: Runtime, approval_id: int, command: Command | None) -> ReviewOutcome:
    with session_scope(rt.engine) as session:
        item = session.get(ApprovalRequest, approval_id)
        assert item is not None
        outbound = session.exec(select(OutboundMessage).where(OutboundMessage.approval_id == approval_id)).one()
        if outbound.status != OutboundStatus.sent:  # the server already accepted it: the outbox will skip it
            outbound.status = OutboundStatus.sending
        outbound.attempts += 1
        session.add(outbound)
        config, graph = _config(item), _graph(rt, item)
    try:
        result = graph.invoke(command, config, context=rt.context)
    except Exception as exc:  # noqa: BLE001 - delivery failed: keep it visible and retryable
        reason = f"{type(exc).__name__}: {exc}"[:2000]
        with session_scope(rt.engine) as session:
            outbound = session.exec(select(OutboundMessage).where(OutboundMessage.approval_id == approval_id)).one()
            if outbound.status != OutboundStatus.sent:  # accepted by the server before the failure: it stays sent
                outbound.status = OutboundStatus.failed
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
        outbound.status, outbound.sent_at, outbound.error = OutboundStatus.sent, utcnow(), None
        outbound.body = final_draft.get("body", outbound.body)
        item.status, item.version, item.updated_at, item.draft = ApprovalStatus.sent, item.version + 1, utcnow(), final_draft or item.draft
        msg = session.get(InboundMessage, item.inbound_id) if item.inbound_id is not None else None
        if msg is not None:
            msg.status = MessageStatus.done
        session.add(AuditEvent(actor=item.acted_by or "agent", kind="reply.sent", approval_id=approval_id, inbound_id=item.inbound_id, customer_id=item.customer_id,
                               detail={"message_id": outbound.message_id, "to": outbound.to_addrs, "subject": outbound.subject}))
        return ReviewOutcome(approval_id, ApprovalStatus.sent, f"reply sent to {', '.join(outbound.to_addrs)}", outbound.message_id)


def close(rt: Runtime, approval_id: int, version: int, user: str, *, action: str, note: str = "") -> ReviewOutcome:
    """Reject (with a reason) or resolve without reply; the graph ends without sending."""
    if action not in ("reject", "resolve"):
        raise QueueError(f"unknown action {action}")
    if action == "reject" and not note.strip():
        raise QueueError("a rejection needs a reason")
    status = ApprovalStatus.rejected if action == "reject" else ApprovalStatus.resolved
    with session_scope(rt.engine) as session:
        item = transition(session, approval_id, version, from_status=(ApprovalStatus.pending, ApprovalStatus.failed), to_status=status, actor=user, note=note, audit_kind=f"approval.{status}")
        msg = session.get(InboundMessage, item.inbound_id) if item.inbound_id is not None else None
        if msg is not None:
            msg.status = MessageStatus.done
        config, graph = _config(item), _graph(rt, item)
    if graph.get_state(config).interrupts:
        graph.invoke(Command(resume={"action": action, "user": user, "note": note}), config, context=rt.context)
    return ReviewOutcome(approval_id, status, "rejected" if action == "reject" else "resolved without reply")


def reassign(rt: Runtime, approval_id: int, version: int, user: str, new_owner: str) -> ReviewOutcome:
    with session_scope(rt.engine) as session:
        transition(session, approval_id, version, from_status=ApprovalStatus.pending, to_status=ApprovalStatus.pending, actor=user,
                   audit_kind="approval.reassigned", detail={"owner": new_owner}, owner=new_owner)
    return ReviewOutcome(approval_id, ApprovalStatus.pending, f"reassigned to {new_owner}")


def retry_send(rt: Runtime, approval_id: int, version: int, user: str) -> ReviewOutcome:
    """Send again after a failure (or a crash mid-send); a Message-ID already sent is not re-sent."""
    with session_scope(rt.engine) as session:
        transition(session, approval_id, version, from_status=(ApprovalStatus.failed, ApprovalStatus.approved), to_status=ApprovalStatus.approved, actor=user, audit_kind="approval.retry")
    return recover_one(rt, approval_id)


def recover_one(rt: Runtime, approval_id: int) -> ReviewOutcome:
    with session_scope(rt.engine) as session:
        item = session.get(ApprovalRequest, approval_id)
        assert item is not None
        outbound = session.exec(select(OutboundMessage).where(OutboundMessage.approval_id == approval_id)).one()
        config, graph = _config(item), _graph(rt, item)
        payload = {"action": "approve", "user": item.acted_by, "body": outbound.body, "overrides": [], "message_id": outbound.message_id}
    snapshot = graph.get_state(config)
    command = Command(resume=payload) if snapshot.interrupts else None
    return _resume_and_send(rt, approval_id, command)


def recover_interrupted_sends(rt: Runtime) -> list[ReviewOutcome]:
    """After a crash: approvals stuck in 'approved' are resumed; the outbox never re-sends a Message-ID."""
    with session_scope(rt.engine) as session:
        ids = session.exec(select(ApprovalRequest.id).where(ApprovalRequest.status == ApprovalStatus.approved)).all()
    return [recover_one(rt, i) for i in ids if i is not None]
