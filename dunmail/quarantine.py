"""The quarantine (Mailman's "shunt" queue): messages the inbox or the agent could not handle."""

from __future__ import annotations

from sqlalchemy import update
from sqlmodel import Session, col, func, select

from adapters.db.tables import AuditEvent, InboundMessage, MessageStatus
from dunmail.queue import QueueError


def list_quarantined(session: Session, *, page: int = 1, per_page: int = 50) -> tuple[list[InboundMessage], int]:
    """Quarantined messages, most recent first (without loading every raw body's history)."""
    q = select(InboundMessage).where(InboundMessage.status == MessageStatus.quarantined)
    rows = session.exec(q.order_by(col(InboundMessage.received_at).desc(), col(InboundMessage.id).desc()).offset((max(1, page) - 1) * per_page).limit(per_page)).all()
    total = session.exec(select(func.count()).select_from(InboundMessage).where(InboundMessage.status == MessageStatus.quarantined)).one()
    return list(rows), int(total)


def retry_quarantined(session: Session, inbound_id: int, actor: str) -> InboundMessage:
    """Put a quarantined message back in the queue (pending, attempts 0); a worker takes it from there."""
    result = session.exec(
        update(InboundMessage)
        .where(col(InboundMessage.id) == inbound_id, col(InboundMessage.status) == MessageStatus.quarantined)
        .values(status=MessageStatus.pending, attempts=0, claimed_by=None, claimed_at=None)
    )
    if result.rowcount != 1:
        msg = session.get(InboundMessage, inbound_id)
        if msg is None:
            raise QueueError(f"message {inbound_id} does not exist")
        raise QueueError(f"message {inbound_id} is no longer quarantined (now {msg.status})")
    msg = session.get(InboundMessage, inbound_id)
    assert msg is not None
    session.refresh(msg)
    session.add(AuditEvent(actor=actor, kind="quarantine.retry", inbound_id=inbound_id, customer_id=msg.customer_id, detail={"previous_error": (msg.error or "")[:500]}))
    return msg
