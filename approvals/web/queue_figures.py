"""The money columns of the queue: how much is open, in which currency, and how late, per item.

A collector sorting a day's work wants to see the 40,000 EUR ninety days late before the 80 EUR one.
The figures come from the invoices the item is about (the decision's ERP evidence, or the invoices a
reminder lists), read from the ERP now, so a payment that arrived since shows at once. An item that
names no invoice (an unmatched reply) shows the customer's open invoices. Currencies are never
added together.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlmodel import Session, col, select

from adapters.db.tables import ApprovalRequest, AuditEvent, DecisionRecord
from core.ports import Erp
from core.records import Invoice

REMINDER_EVENTS = ("reminder.queued", "reminder.routed")


@dataclass(frozen=True)
class ItemFigures:
    """What the queue shows in its Amount and Overdue columns for one item."""

    amounts: tuple[tuple[str, Decimal], ...]  # (currency, open balance), one entry per currency
    days_overdue: int | None  # of the oldest open invoice; negative = due in that many days; None = no open invoice

    @property
    def overdue_text(self) -> str:
        if self.days_overdue is None:
            return ""
        if self.days_overdue > 0:
            return f"{self.days_overdue} {'day' if self.days_overdue == 1 else 'days'}"
        if self.days_overdue == 0:
            return "due today"
        return f"due in {-self.days_overdue} {'day' if self.days_overdue == -1 else 'days'}"


NO_FIGURES = ItemFigures((), None)


def invoice_numbers(session: Session, items: Iterable[ApprovalRequest]) -> dict[int, list[str]]:
    """The invoice numbers each item is about: its decision's ERP evidence, or its reminder's list."""
    items = [i for i in items if i.id is not None]
    numbers: dict[int, list[str]] = {}
    decision_ids = {i.decision_id for i in items if i.decision_id is not None}
    decisions = {d.id: d for d in session.exec(select(DecisionRecord).where(col(DecisionRecord.id).in_(decision_ids))).all()} if decision_ids else {}
    reminder_ids = [i.id for i in items if i.inbound_id is None]
    planned: dict[int, list[str]] = {}
    if reminder_ids:
        events = session.exec(select(AuditEvent).where(col(AuditEvent.approval_id).in_(reminder_ids), col(AuditEvent.kind).in_(REMINDER_EVENTS))).all()
        planned = {e.approval_id: [str(n) for n in e.detail.get("invoices") or []] for e in events if e.approval_id is not None}
    for item in items:
        assert item.id is not None
        decision = decisions.get(item.decision_id) if item.decision_id is not None else None
        found = [str(ev.get("ref")) for ev in (decision.evidence if decision else []) if ev.get("kind") == "erp.invoice" and ev.get("ref")]
        numbers[item.id] = list(dict.fromkeys(found or planned.get(item.id, [])))
    return numbers


def figures_of(invoices: Iterable[Invoice], today: date) -> ItemFigures:
    """Open balance per currency and the oldest open invoice's days past due."""
    open_ = [i for i in invoices if i.is_open]
    if not open_:
        return NO_FIGURES
    by_currency: dict[str, Decimal] = defaultdict(lambda: Decimal(0))
    for inv in open_:
        by_currency[inv.currency] += inv.balance
    oldest = min(inv.due_date for inv in open_)
    return ItemFigures(tuple(sorted(by_currency.items())), (today - oldest).days)


def queue_figures(session: Session, erp: Erp, items: list[ApprovalRequest]) -> dict[int, ItemFigures]:
    """Figures for each item on a queue page; an unreachable ERP leaves the columns empty, not the page broken."""
    try:
        today = erp.today()
        numbers = invoice_numbers(session, items)
        out: dict[int, ItemFigures] = {}
        customers: dict[str, list[Invoice]] = {}
        for item in items:
            assert item.id is not None
            named = [inv for inv in (erp.invoice(n) for n in numbers.get(item.id, [])) if inv is not None]
            if not named and item.customer_id:
                if item.customer_id not in customers:
                    customers[item.customer_id] = erp.open_invoices(item.customer_id)
                named = customers[item.customer_id]
            out[item.id] = figures_of(named, today)
        return out
    except Exception:  # noqa: BLE001 - the ERP being down must not hide the queue
        return {}
