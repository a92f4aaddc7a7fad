"""Reading the append-only audit trail: filtered pages for the audit screen and CSV export."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from pydantic import BaseModel
from sqlalchemy import or_
from sqlmodel import Session, col, func, select

from adapters.db.tables import ApprovalRequest, AuditEvent

CSV_COLUMNS = ("id", "at", "actor", "kind", "customer_id", "approval_id", "inbound_id", "detail")


class AuditFilter(BaseModel):
    kind: str | None = None  # exact kind, or a prefix ending in "." (e.g. "approval.")
    actor: str | None = None
    customer: str | None = None
    since: date | None = None
    until: date | None = None  # inclusive
    page: int = 1
    per_page: int = 100


def _query(q: Any, f: AuditFilter, *, visible_to: str | None) -> Any:
    if f.kind:
        q = q.where(col(AuditEvent.kind).startswith(f.kind) if f.kind.endswith(".") else col(AuditEvent.kind) == f.kind)
    if f.actor:
        q = q.where(col(AuditEvent.actor) == f.actor)
    if f.customer:
        q = q.where(col(AuditEvent.customer_id) == f.customer)
    if f.since:
        q = q.where(col(AuditEvent.at) >= datetime.combine(f.since, time.min, tzinfo=timezone.utc))
    if f.until:
        q = q.where(col(AuditEvent.at) < datetime.combine(f.until + timedelta(days=1), time.min, tzinfo=timezone.utc))
    if visible_to is not None:
        # A collector sees the trail of their own items and of the customers those items are for.
        own_items = select(ApprovalRequest.id).where(ApprovalRequest.owner == visible_to)
        own_customers = select(ApprovalRequest.customer_id).where(ApprovalRequest.owner == visible_to, col(ApprovalRequest.customer_id).is_not(None))
        q = q.where(or_(col(AuditEvent.approval_id).in_(own_items), col(AuditEvent.customer_id).in_(own_customers), col(AuditEvent.actor) == visible_to))
    return q


def query_audit(session: Session, f: AuditFilter, *, visible_to: str | None = None) -> tuple[list[AuditEvent], int]:
    """One page of events, newest first, and how many match."""
    per_page = min(max(1, f.per_page), 500)
    page = max(1, f.page)
    rows = session.exec(_query(select(AuditEvent), f, visible_to=visible_to).order_by(col(AuditEvent.at).desc(), col(AuditEvent.id).desc()).offset((page - 1) * per_page).limit(per_page)).all()
    total = session.exec(_query(select(func.count()).select_from(AuditEvent), f, visible_to=visible_to)).one()
    return list(rows), int(total)


def audit_kinds(session: Session) -> list[str]:
    return sorted(session.exec(select(AuditEvent.kind).distinct()).all())


def csv_rows(session: Session, f: AuditFilter, *, visible_to: str | None = None, batch: int = 1000) -> Iterator[str]:
    """The whole filtered trail as CSV text, streamed in batches (oldest first)."""
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(CSV_COLUMNS)
    yield buf.getvalue()
    last_id = 0
    while True:
        q = _query(select(AuditEvent), f, visible_to=visible_to).where(col(AuditEvent.id) > last_id).order_by(col(AuditEvent.id)).limit(batch)
        rows = session.exec(q).all()
        if not rows:
            return
        buf.seek(0)
        buf.truncate()
        for e in rows:
            writer.writerow([e.id, e.at.isoformat() if e.at else "", _cell(e.actor), e.kind, _cell(e.customer_id or ""), e.approval_id or "", e.inbound_id or "",
                             _cell(json.dumps(e.detail, ensure_ascii=False, default=str))])
        last_id = rows[-1].id or last_id
        yield buf.getvalue()


def _cell(value: str) -> str:
    """Neutralise spreadsheet formulas (CSV injection) in free text."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value
