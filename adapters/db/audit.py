"""Writing an audit event at once, as a Core INSERT.

Why: on the hot paths (storing a fetched message, recording a decision, proposing pauses) the ORM's unit of
work cost more CPU than the rows did, and an event written at once keeps its place (its id) before the
events the ORM flushes later. The columns AuditEvent fills by default are filled here the same way.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert
from sqlmodel import Session

from adapters.db.prepared import run
from adapters.db.tables import AuditEvent, utcnow

_INSERT_AUDIT = insert(AuditEvent.__table__)  # type: ignore[attr-defined]


def write_audit(session: Session, *, actor: str, kind: str, inbound_id: int | None = None, approval_id: int | None = None,
                customer_id: str | None = None, detail: dict[str, Any]) -> None:
    """One AuditEvent row, as AuditEvent(actor=…, kind=…, …) would be written, in the session's transaction."""
    run(session.connection(), _INSERT_AUDIT, {"at": utcnow(), "actor": actor, "kind": kind, "inbound_id": inbound_id,
                                                 "approval_id": approval_id, "customer_id": customer_id, "detail": detail})
