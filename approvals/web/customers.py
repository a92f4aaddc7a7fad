"""Who may see a customer, lifting one of its pauses, stopping reminders for one of its invoices:
shared by the pages and the JSON API."""

from __future__ import annotations

from fastapi import HTTPException
from sqlmodel import Session, select

from adapters.db.db import session_scope
from adapters.db.tables import DunningState, Pause
from approvals.web.deps import CurrentUser, require_actor
from core.records import Customer
from dunmail import pauses as pause_store
from dunmail.wiring import Runtime


def visible_customer(rt: Runtime, customer_id: str, user: CurrentUser) -> Customer:
    """Collectors see only their own customers (as they see only their own items); 404 otherwise."""
    try:
        customer = rt.erp.customer(customer_id)
    except Exception:  # noqa: BLE001 - an unreachable ERP reads as "not found here", never as a crash
        customer = None
    if customer is None or (user.visible_to is not None and customer.owner != user.visible_to):
        raise HTTPException(status_code=404, detail=f"there is no customer {customer_id} among yours")
    return customer


def lift_pause(rt: Runtime, pause_id: int, user: CurrentUser, note: str) -> Pause:
    """A collector (of that customer) or a manager lifts one active pause, with a reason, audited.
    Raises PauseError for a pause that is not active or a missing note."""
    require_actor(user)
    with session_scope(rt.engine) as session:
        row = session.get(Pause, pause_id)
        if row is None:
            raise HTTPException(status_code=404, detail=f"there is no pause {pause_id}")
        visible_customer(rt, row.customer_id, user)
        pause_store.lift(session, pause_id, user.username, note)
        session.flush()
        session.expunge(row)
        return row


def stopped_invoices(rt: Runtime, customer_id: str) -> set[str]:
    """The customer's invoices a person stopped reminders for (`dunmail stop-invoice` or this page)."""
    with Session(rt.engine) as session:
        rows = session.exec(select(DunningState).where(DunningState.customer_id == customer_id, DunningState.stopped == True)).all()  # noqa: E712 - SQL
    return {r.invoice_number for r in rows}


def set_invoice_stop(rt: Runtime, customer: Customer, number: str, user: CurrentUser, note: str, *, stopped: bool) -> str:
    """A collector (of that customer) or a manager stops or restarts reminders for one invoice,
    with a reason, audited, exactly as `dunmail stop-invoice` / `restart-invoice` do. Raises
    DunningError for a missing note."""
    from dunmail.tick import stop_invoice

    require_actor(user)
    try:
        invoice = rt.erp.invoice(number)
    except Exception:  # noqa: BLE001 - an unreachable ERP: the invoice cannot be checked, so nothing changes
        invoice = None
    if invoice is None or invoice.customer_id != customer.id:
        raise HTTPException(status_code=404, detail=f"{customer.name} has no invoice {number}")
    return stop_invoice(rt, customer.id, invoice.number, user.username, note, stopped=stopped)
