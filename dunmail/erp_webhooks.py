"""The webhook receiver (`dunmail erp webhooks`): a verified payment event stops that invoice's
reminders at once, audited.

The answer goes back as soon as the signature verifies (vendors retry slow endpoints); the work
runs right after: sync the connector the event came from (QuickBooks and Xero events carry only
ids), find the invoices it names, and stop reminders of each one the books show paid in full, with
`dunmail.tick.stop_invoice`, as a collector's stop would be recorded. A part payment stops nothing
(the balance still owed is still collected); it is audited so a collector can see it. A delivery
seen before (vendors retry) changes nothing.

A stop a webhook made is undone when freshly synced books show the invoice owed again (a refund, a
voided or deleted payment, a chargeback): the webhook only ever acted on what the books said, so it
follows them back. Reminders then wait for a collector's approval as before. A person's stop is never
undone here.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any, Callable

from fastapi import BackgroundTasks, FastAPI, HTTPException, Request
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from adapters.db.db import session_scope
from adapters.db.tables import AuditEvent, DunningState, ErpInvoiceRow, ErpPaymentRow
from adapters.erp_connectors.webhooks import Notice, WebhookRejected, quickbooks_notice, stripe_notice, xero_notice
from core.ports import Erp
from dunmail.settings import Settings

log = logging.getLogger("dunmail.erp_webhooks")
AUDIT_KIND = "erp.payment_webhook"


@dataclass
class _StoreOnly:
    """What `stop_invoice` reads from the runtime: the database. The receiver needs no agent or mailbox."""

    engine: Engine


@dataclass
class WebhookOutcome:
    stopped: list[str]
    part_paid: list[str]
    unknown: list[str]
    duplicate: bool = False
    sync: str | None = None
    reopened: list[str] = field(default_factory=list)  # webhook stops undone: the books show the invoice owed again


def _seen(engine: Engine, notice: Notice) -> bool:
    with Session(engine) as session:
        events = session.exec(select(AuditEvent).where(AuditEvent.kind == AUDIT_KIND).order_by(col(AuditEvent.id).desc()).limit(500)).all()
    return any(e.detail.get("event_id") == notice.event_id and e.detail.get("source") == notice.source for e in events)


def _invoice_numbers(engine: Engine, source: str, notice: Notice) -> list[str]:
    """The invoice numbers an event names, its ids resolved through the mirror just synced."""
    numbers = list(notice.invoice_numbers)
    with Session(engine) as session:
        if notice.invoice_ids:
            numbers += session.exec(select(ErpInvoiceRow.number).where(ErpInvoiceRow.source == source,
                                                                      col(ErpInvoiceRow.external_id).in_(notice.invoice_ids))).all()
        if notice.payment_ids:
            for applied in session.exec(select(ErpPaymentRow.applied_to).where(ErpPaymentRow.source == source,
                                                                              col(ErpPaymentRow.payment_id).in_(notice.payment_ids))).all():
                numbers += list(applied)
    return sorted(set(numbers))


def _stopped_by_a_webhook(engine: Engine) -> list[tuple[str, str]]:
    """(customer, invoice) whose reminders stand stopped and whose last stop or restart was a payment webhook's stop."""
    with Session(engine) as session:
        stopped = session.exec(select(DunningState).where(DunningState.stopped == True)).all()  # noqa: E712 - SQL, not Python truth
        customers = {s.customer_id for s in stopped}
        latest: dict[tuple[str | None, str | None], AuditEvent] = {}
        if customers:
            for event in session.exec(select(AuditEvent).where(col(AuditEvent.kind).in_(("dunning.stopped", "dunning.restarted")),
                                                               col(AuditEvent.customer_id).in_(customers)).order_by(col(AuditEvent.id))).all():
                latest[(event.customer_id, event.detail.get("invoice"))] = event
    return [(s.customer_id, s.invoice_number) for s in stopped
            if (last := latest.get((s.customer_id, s.invoice_number))) is not None and last.kind == "dunning.stopped" and last.actor.startswith("webhook:")]


def _restart_what_the_books_reopened(engine: Engine, erp: Erp, notice: Notice) -> list[str]:
    """Undo the webhook stops of invoices the synced books show owed again (see the module docstring)."""
    from dunmail.tick import stop_invoice

    reopened = []
    for customer_id, number in _stopped_by_a_webhook(engine):
        invoice = erp.invoice(number)
        if invoice is None or invoice.balance <= 0:
            continue
        stop_invoice(_StoreOnly(engine), customer_id, number, f"webhook:{notice.source}",  # type: ignore[arg-type]
                     f"the books show {invoice.balance} {invoice.currency} owed again after {', '.join(notice.kinds)} ({notice.event_id}): "
                     "the webhook's own stop is undone", stopped=False)
        reopened.append(number)
    return reopened


def handle_notice(settings: Settings, engine: Engine, erp: Erp, notice: Notice, sync: Callable[[], Any] | None) -> WebhookOutcome:
    """Act on one verified event (see the module docstring). `sync` refreshes the mirror first."""
    from agent.dunning.policy import DunningError
    from dunmail.tick import stop_invoice

    if _seen(engine, notice):
        return WebhookOutcome([], [], [], duplicate=True)
    ran = sync() if sync is not None and notice.mentions_anything else None
    outcome = WebhookOutcome([], [], [], sync=f"{ran.source} sync #{ran.run_id} {ran.status}" if ran is not None else None)
    for number in _invoice_numbers(engine, notice.source, notice):
        invoice = erp.invoice(number)
        customer_id = invoice.customer_id if invoice is not None else notice.paid_in_full.get(number)
        paid = number in notice.paid_in_full or (invoice is not None and invoice.balance <= 0)
        if not customer_id:
            outcome.unknown.append(number)
        elif not paid:
            outcome.part_paid.append(number)
        else:
            try:
                stop_invoice(_StoreOnly(engine), customer_id, number, f"webhook:{notice.source}",  # type: ignore[arg-type]
                             f"paid in full per {notice.source} ({', '.join(notice.kinds)}, {notice.event_id})")
                outcome.stopped.append(number)
            except DunningError as exc:
                outcome.unknown.append(f"{number}: {exc}")
    if ran is not None:  # only books just synced can say an invoice is owed again
        outcome.reopened = _restart_what_the_books_reopened(engine, erp, notice)
    with session_scope(engine) as session:
        session.add(AuditEvent(actor=f"webhook:{notice.source}", kind=AUDIT_KIND,
                               detail={"source": notice.source, "event_id": notice.event_id, "kinds": notice.kinds, "sync": outcome.sync,
                                       "stopped": outcome.stopped, "part_paid": outcome.part_paid, "unknown": outcome.unknown,
                                       "reopened": outcome.reopened}))
    return outcome


def create_webhook_app(settings: Settings, engine: Engine, *, erp: Erp | None = None, connector: Any = None) -> FastAPI:
    """POST /webhooks/stripe, /webhooks/quickbooks, /webhooks/xero. An endpoint whose secret is not set
    refuses every delivery (fail closed)."""
    from adapters.erp_mirror.sync import run_sync
    from dunmail.wiring import ConfigError, build_connector, build_erp

    app = FastAPI(title="dunmail payment webhooks", docs_url=None, redoc_url=None, openapi_url=None)
    the_erp = erp or build_erp(settings, engine)

    def syncer(source: str) -> Callable[[], Any] | None:
        if settings.erp != source:
            return None  # events of a system that is not the configured ERP name invoices only
        def run() -> Any:
            try:
                return run_sync(engine, connector or build_connector(settings))
            except ConfigError as exc:
                log.warning("webhook sync skipped: %s", exc)
                return None
        return run

    def accept(notice_of: Callable[[], Notice], tasks: BackgroundTasks) -> dict[str, str]:
        try:
            notice = notice_of()
        except WebhookRejected as exc:
            log.warning("webhook refused: %s", exc)
            raise HTTPException(status_code=401, detail="signature does not verify") from exc
        tasks.add_task(handle_notice, settings, engine, the_erp, notice, syncer(notice.source))
        return {"status": "accepted"}

    @app.post("/webhooks/stripe")
    async def stripe_hook(request: Request, tasks: BackgroundTasks) -> dict[str, str]:
        body = await request.body()
        return accept(lambda: stripe_notice(body, request.headers.get("stripe-signature"), settings.stripe_webhook_secret.get_secret_value()), tasks)

    @app.post("/webhooks/quickbooks")
    async def quickbooks_hook(request: Request, tasks: BackgroundTasks) -> dict[str, str]:
        body = await request.body()
        return accept(lambda: quickbooks_notice(body, request.headers.get("intuit-signature"),
                                                settings.quickbooks_webhook_verifier.get_secret_value()), tasks)

    @app.post("/webhooks/xero")
    async def xero_hook(request: Request, tasks: BackgroundTasks) -> dict[str, str]:
        body = await request.body()
        return accept(lambda: xero_notice(body, request.headers.get("x-xero-signature"), settings.xero_webhook_key.get_secret_value()), tasks)

    return app
