"""The send claim on an outbound reply: queued → sending → sent | failed, held by one owner.

Sending is the one side effect that cannot be undone, so exactly one process may attempt it at a
time. A claim is a guarded UPDATE on the outbound row (atomic on SQLite and PostgreSQL): it moves
the row to `sending`, names the owner, raises the fencing token and sets a lease. Recovery after
a crash and a collector's retry both go through the same claim, so they only ever act on a claim
whose lease has run out; the owner renews its lease while the SMTP transaction runs, and checks
the token right before handing the message to the server (the outbox journal does).
"""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import and_, or_, update
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from adapters.db.db import session_scope
from adapters.db.tables import OutboundMessage, OutboundStatus


@dataclass(frozen=True)
class SendClaim:
    approval_id: int
    message_id: str
    owner: str
    token: int


# The claim under which the current thread sends: the outbox journal checks it before delivering.
current_claim: ContextVar[SendClaim | None] = ContextVar("current_send_claim", default=None)


def _now() -> datetime:
    return datetime.now(timezone.utc)


def claimable(now: datetime):  # noqa: ANN201 - a SQL expression
    """Queued and due, or `sending` under a lease that ran out (its owner died or hangs)."""
    return or_(
        and_(col(OutboundMessage.status) == OutboundStatus.queued,
             or_(col(OutboundMessage.next_attempt_at).is_(None), col(OutboundMessage.next_attempt_at) <= now)),
        and_(col(OutboundMessage.status) == OutboundStatus.sending, col(OutboundMessage.lease_until) < now),
    )


def claim_send(session: Session, approval_id: int, owner: str, lease_seconds: float) -> SendClaim | None:
    """Take the send claim inside the caller's transaction; None when someone else holds it or it is done."""
    now = _now()
    result = session.exec(  # type: ignore[call-overload]
        update(OutboundMessage)
        .where(col(OutboundMessage.approval_id) == approval_id, claimable(now))
        .values(status=OutboundStatus.sending, claimed_by=owner, claim_token=OutboundMessage.claim_token + 1,
                lease_until=now + timedelta(seconds=lease_seconds), attempts=OutboundMessage.attempts + 1)
    )
    if result.rowcount != 1:
        return None
    message_id, token = session.exec(
        select(OutboundMessage.message_id, OutboundMessage.claim_token).where(OutboundMessage.approval_id == approval_id)
    ).one()
    return SendClaim(approval_id, message_id, owner, token)


def _ours(claim: SendClaim):  # noqa: ANN202 - a SQL expression
    return and_(col(OutboundMessage.approval_id) == claim.approval_id, col(OutboundMessage.claim_token) == claim.token,
                col(OutboundMessage.status) == OutboundStatus.sending)


def renew(engine: Engine, claim: SendClaim, lease_seconds: float) -> bool:
    """Extend our lease; False when the claim is no longer ours (or the reply is no longer sending)."""
    with session_scope(engine) as session:
        result = session.exec(  # type: ignore[call-overload]
            update(OutboundMessage).where(_ours(claim)).values(lease_until=_now() + timedelta(seconds=lease_seconds))
        )
        return result.rowcount == 1


def still_ours(session: Session, claim: SendClaim) -> bool:
    """Whether we still hold a live claim: checked right before the message goes to the server."""
    row = session.exec(select(OutboundMessage.id).where(_ours(claim), col(OutboundMessage.lease_until) > _now())).first()
    return row is not None


def lock_if_ours(session: Session, claim: SendClaim) -> OutboundMessage | None:
    """The outbound row, locked for this transaction, if our claim still holds; else None (fencing)."""
    return session.exec(select(OutboundMessage).where(_ours(claim)).with_for_update()).first()


def holder(session: Session, approval_id: int) -> str:
    """Who holds the send claim now and until when, for a message a collector can act on."""
    row = session.exec(select(OutboundMessage).where(OutboundMessage.approval_id == approval_id)).first()
    if row is None or row.status != OutboundStatus.sending or row.lease_until is None:
        return "nobody"
    return f"{row.claimed_by} until {row.lease_until:%H:%M:%S} UTC"


def backoff_seconds(attempt: int, base: float, cap: float) -> float:
    """Exponential back-off after a temporary failure: base, 2·base, 4·base … up to cap."""
    return min(cap, base * 2 ** max(0, attempt - 1))


def sender_name(who: str) -> str:
    """A claim owner: who acts (a user, a worker) and which process, for the audit and the lock holder."""
    import os
    import socket

    return f"{who}@{socket.gethostname()}:{os.getpid()}"[:128]
