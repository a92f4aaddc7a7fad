"""The approval queue's state transitions. Compare-and-set on `version` makes two collectors acting
on one item at once produce exactly one outcome; the loser gets StaleItem with a clear message.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from pydantic import BaseModel
from sqlalchemy import or_, update
from sqlmodel import Session, col, func, select

from adapters.db.tables import ApprovalRequest, ApprovalStatus, AuditEvent, utcnow


class QueueError(Exception):
    """An action on the queue could not be done; the message says why, for the collector."""


class StaleItem(QueueError):
    pass


def transition(
    session: Session,
    approval_id: int,
    expected_version: int,
    *,
    from_status: str | tuple[str, ...],
    to_status: str,
    actor: str,
    note: str | None = None,
    audit_kind: str,
    detail: dict[str, Any] | None = None,
    **values: Any,
) -> ApprovalRequest:
    """Move an item from one status to another if nobody changed it since `expected_version`."""
    statuses = (from_status,) if isinstance(from_status, str) else from_status
    result = session.exec(
        update(ApprovalRequest)
        .where(
            col(ApprovalRequest.id) == approval_id,
            col(ApprovalRequest.version) == expected_version,
            col(ApprovalRequest.status).in_(statuses),
        )
        .values(status=to_status, version=ApprovalRequest.version + 1, acted_by=actor, action_note=note, updated_at=utcnow(), **values)
    )
    if result.rowcount != 1:
        current = session.get(ApprovalRequest, approval_id)
        if current is None:
            raise QueueError(f"item {approval_id} does not exist")
        session.refresh(current)
        who = f" by {current.acted_by}" if current.acted_by else ""
        raise StaleItem(f"item {approval_id} was already changed{who} (now {current.status}); reload to see its current state")
    item = session.get(ApprovalRequest, approval_id)
    assert item is not None
    session.refresh(item)
    session.add(AuditEvent(actor=actor, kind=audit_kind, inbound_id=item.inbound_id, approval_id=item.id, customer_id=item.customer_id, detail={"note": note, **(detail or {})}))
    return item




# --- Read side: the queue page and the JSON API list items through these queries. ---------------

SORTS: dict[str, Any] = {
    "oldest": (col(ApprovalRequest.created_at).asc(), col(ApprovalRequest.id).asc()),
    "newest": (col(ApprovalRequest.created_at).desc(), col(ApprovalRequest.id).desc()),
    "customer": (col(ApprovalRequest.customer_name).asc(), col(ApprovalRequest.id).asc()),
    "intent": (col(ApprovalRequest.intent).asc(), col(ApprovalRequest.created_at).asc(), col(ApprovalRequest.id).asc()),
    "flagged": (col(ApprovalRequest.flagged).desc(), col(ApprovalRequest.created_at).asc(), col(ApprovalRequest.id).asc()),
}
AGES: dict[str, int] = {"1h": 3600, "1d": 86400, "3d": 3 * 86400, "7d": 7 * 86400, "30d": 30 * 86400}


class QueueFilter(BaseModel):
    """What a collector asked the queue for. Unknown values are rejected at the web boundary."""

    status: str | None = ApprovalStatus.pending  # None = every status
    intent: str | None = None
    customer: str | None = None  # a customer id, or part of the customer's name
    owner: str | None = None
    older_than: str | None = None  # one of AGES: only items waiting at least this long
    flagged: bool | None = None
    sort: str = "oldest"
    page: int = 1
    per_page: int = 50


@dataclass
class QueuePage:
    items: list[ApprovalRequest]
    total: int
    page: int
    per_page: int
    counts: dict[str, int]  # per intent, over the same filters except the intent itself

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


def _scope(q: Any, *, visible_to: str | None) -> Any:
    """A collector (visible_to=username) sees only the items they own; None = everything."""
    if visible_to is not None:
        q = q.where(col(ApprovalRequest.owner) == visible_to)
    return q


def _filtered(q: Any, f: QueueFilter, *, with_intent: bool = True, now: datetime | None = None) -> Any:
    if f.status:
        q = q.where(col(ApprovalRequest.status) == f.status)
    if with_intent and f.intent:
        q = q.where(col(ApprovalRequest.intent) == f.intent)
    if f.owner:
        q = q.where(col(ApprovalRequest.owner) == f.owner)
    if f.customer:
        needle = f.customer.strip()
        escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        q = q.where(or_(col(ApprovalRequest.customer_id) == needle, col(ApprovalRequest.customer_name).ilike(f"%{escaped}%", escape="\\")))
    if f.flagged is not None:
        q = q.where(col(ApprovalRequest.flagged) == f.flagged)
    if f.older_than in AGES:
        cutoff = (now or utcnow()) - timedelta(seconds=AGES[f.older_than])
        q = q.where(col(ApprovalRequest.created_at) <= cutoff)
    return q


def query_queue(session: Session, f: QueueFilter, *, visible_to: str | None = None, now: datetime | None = None) -> QueuePage:
    """One page of the queue plus its total and per-intent counts (three indexed queries)."""
    page = max(1, f.page)
    per_page = min(max(1, f.per_page), 200)
    base = _filtered(_scope(select(ApprovalRequest), visible_to=visible_to), f, now=now)
    order = SORTS.get(f.sort, SORTS["oldest"])
    items = list(session.exec(base.order_by(*order).offset((page - 1) * per_page).limit(per_page)).all())
    total = session.exec(_filtered(_scope(select(func.count()).select_from(ApprovalRequest), visible_to=visible_to), f, now=now)).one()
    by_intent = _filtered(_scope(select(ApprovalRequest.intent, func.count()), visible_to=visible_to), f, with_intent=False, now=now).group_by(ApprovalRequest.intent)
    counts = {intent: n for intent, n in session.exec(by_intent).all()}
    return QueuePage(items=items, total=int(total), page=page, per_page=per_page, counts=dict(sorted(counts.items())))


def get_visible_item(session: Session, approval_id: int, *, visible_to: str | None) -> ApprovalRequest | None:
    """The item if this user may see it; None (shown as 404) for a missing item or another owner's."""
    item = session.get(ApprovalRequest, approval_id)
    if item is None or (visible_to is not None and item.owner != visible_to):
        return None
    return item


def distinct_values(session: Session, column: Any, *, visible_to: str | None = None) -> list[str]:
    """The values a filter drop-down offers (intents, owners)."""
    q = _scope(select(column).distinct(), visible_to=visible_to).where(column.is_not(None))
    return sorted(v for v in session.exec(q).all() if v)


def pending_neighbours(session: Session, f: QueueFilter, current_id: int, *, visible_to: str | None = None, limit: int = 20_000) -> tuple[int | None, int | None]:
    """(previous, next) pending item around `current_id` in the order of one queue view, so a
    collector can work through a view item by item. The current item counts as part of the view
    even after it left "pending"; past the last item, "next" wraps to the first one still pending."""
    view = f.model_copy(update={"status": None})  # pending is added below, with the current item
    q = _filtered(_scope(select(ApprovalRequest.id), visible_to=visible_to), view)
    q = q.where(or_(col(ApprovalRequest.status) == ApprovalStatus.pending, col(ApprovalRequest.id) == current_id))
    ids = list(session.exec(q.order_by(*SORTS.get(f.sort, SORTS["oldest"])).limit(limit)).all())
    if current_id not in ids:
        others = [i for i in ids if i != current_id]
        return None, (others[0] if others else None)
    at = ids.index(current_id)
    previous = ids[at - 1] if at > 0 else None
    following = ids[at + 1] if at + 1 < len(ids) else next((i for i in ids[:at]), None)
    return previous, following
