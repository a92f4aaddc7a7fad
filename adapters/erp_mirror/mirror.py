"""The `Erp` the agent reads in production: the local mirror of the books, filled by `dunmail erp sync`.

Every lookup is an indexed query on dunmail's own database, never a remote call per email. Each
record says which sync it came from (its `synced` label), so a decision's evidence shows how fresh
its ERP facts were. When the connector's last sync failed, or the mirror is older than allowed,
every customer carries the `erp_unreachable` flag (policy sends flagged accounts to a human, so no
reply goes out on facts dunmail could not refresh) and every record's sync label says why.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from adapters.db.tables import ErpContactRow, ErpCustomerRow, ErpInvoiceRow, ErpPaymentRow, ErpSyncRun
from core.records import Contact, Customer, Invoice, Payment
from core.text.references import reference_key

UNREACHABLE_FLAG = "erp_unreachable"


def sync_label(run: ErpSyncRun) -> str:
    at = run.finished_at or run.started_at
    return f"{run.source} sync #{run.id} {at.astimezone(timezone.utc):%Y-%m-%dT%H:%MZ}"


class MirrorHealth:
    """Whether the mirror may be trusted now: a successful last sync, recent enough."""

    def __init__(self, ok: bool, reason: str) -> None:
        self.ok, self.reason = ok, reason


def mirror_health(session: Session, source: str, max_age: timedelta, now: datetime | None = None) -> MirrorHealth:
    now = now or datetime.now(timezone.utc)
    last = session.exec(select(ErpSyncRun).where(ErpSyncRun.source == source, ErpSyncRun.status != "running")
                        .order_by(col(ErpSyncRun.id).desc())).first()
    if last is None:
        return MirrorHealth(False, f"{source} has never been synced: run `dunmail erp sync`")
    if last.status != "ok":
        return MirrorHealth(False, f"last {source} sync {last.status} at {last.started_at:%Y-%m-%d %H:%M} UTC: {last.error or ''}".strip())
    finished = last.finished_at or last.started_at
    if finished.tzinfo is None:
        finished = finished.replace(tzinfo=timezone.utc)
    if now - finished > max_age:
        return MirrorHealth(False, f"last {source} sync was {finished:%Y-%m-%d %H:%M} UTC, older than {max_age}")
    return MirrorHealth(True, "ok")


class MirrorErp:
    """Read-only ERP over the mirror tables of one connector (`source`)."""

    def __init__(self, engine: Engine, source: str, *, tz: str = "UTC", today: date | None = None,
                 max_age: timedelta = timedelta(hours=26)) -> None:
        self.engine, self.source, self._tz, self._today, self.max_age = engine, source, tz, today, max_age
        self._labels: dict[int, str] = {}
        self._ledger: tuple[Any, list[Customer]] | None = None  # (sync version, every customer): see customers()

    def today(self) -> date:
        """The clock's date where the company works (a fixed date only when one was given, in tests)."""
        return self._today or datetime.now(ZoneInfo(self._tz)).date()

    # -- records ---------------------------------------------------------------------------------
    def _label(self, session: Session, sync_id: int | None, health: MirrorHealth) -> str | None:
        if sync_id is None:
            return None
        if sync_id not in self._labels:
            run = session.get(ErpSyncRun, sync_id)
            if run is None or run.status == "running":
                return None  # a label is cached only once its sync has finished
            self._labels[sync_id] = sync_label(run)
        return self._labels[sync_id] if health.ok else f"{self._labels[sync_id]} (stale: {health.reason})"

    def _health(self, session: Session) -> MirrorHealth:
        return mirror_health(session, self.source, self.max_age)

    def _customers(self, session: Session, rows: list[ErpCustomerRow]) -> list[Customer]:
        if not rows:
            return []
        health = self._health(session)
        ids = [r.customer_id for r in rows]
        contacts: dict[str, list[Contact]] = {}
        for c in session.exec(select(ErpContactRow).where(ErpContactRow.source == self.source, col(ErpContactRow.customer_id).in_(ids))
                              .order_by(col(ErpContactRow.id))).all():
            contacts.setdefault(c.customer_id, []).append(Contact(email=c.email, name=c.name, role=c.role))
        out = []
        for r in rows:
            flags = list(r.flags)
            if not health.ok:
                flags.append(UNREACHABLE_FLAG)
            out.append(Customer(id=r.customer_id, name=r.name, domain=r.domain, contacts=contacts.get(r.customer_id, []), flags=flags,
                                owner=r.owner, language=r.language, synced=self._label(session, r.sync_id, health)))
        return out

    def _invoice(self, session: Session, r: ErpInvoiceRow, health: MirrorHealth) -> Invoice:
        return Invoice(number=r.number, customer_id=r.customer_id, issue_date=r.issue_date, due_date=r.due_date, amount=Decimal(r.amount),
                       currency=r.currency, balance=Decimal(r.balance), po_number=r.po_number, status=r.status, synced=self._label(session, r.sync_id, health))

    def _payment(self, session: Session, r: ErpPaymentRow, health: MirrorHealth) -> Payment:
        return Payment(id=r.payment_id, customer_id=r.customer_id, date=r.paid_on, amount=Decimal(r.amount), currency=r.currency,
                       reference=r.reference, method=r.method, applied_to=list(r.applied_to), synced=self._label(session, r.sync_id, health))

    # -- the Erp protocol --------------------------------------------------------------------------
    def customers(self) -> list[Customer]:
        """Every customer, read again only when a sync has finished since or the mirror's health changed.

        Every message asks for the whole ledger several times (sender checks, other customers in a draft): loading
        thousands of rows each time cost more than reading the message. Between two finished syncs the mirror's
        rows do not change, so the same records (the same objects: guardrails/customer_index.py keys on them) are
        handed out; callers must not change the list."""
        with Session(self.engine) as session:
            health = self._health(session)
            version = (session.exec(select(func.max(ErpSyncRun.id)).where(ErpSyncRun.source == self.source, ErpSyncRun.status != "running")).one(),
                       health.ok, health.reason)
            if self._ledger is not None and self._ledger[0] == version:
                return self._ledger[1]
            rows = session.exec(select(ErpCustomerRow).where(ErpCustomerRow.source == self.source).order_by(col(ErpCustomerRow.customer_id))).all()
            customers = self._customers(session, list(rows))
            self._ledger = (version, customers)
            return customers

    def customer(self, customer_id: str) -> Customer | None:
        with Session(self.engine) as session:
            row = session.exec(select(ErpCustomerRow).where(ErpCustomerRow.source == self.source, ErpCustomerRow.customer_id == customer_id)).first()
            return (self._customers(session, [row]) or [None])[0] if row else None

    def customer_by_email(self, email: str) -> Customer | None:
        wanted = email.lower().strip()
        with Session(self.engine) as session:
            contact = session.exec(select(ErpContactRow).where(ErpContactRow.source == self.source, ErpContactRow.email == wanted)
                                   .order_by(col(ErpContactRow.id))).first()
        return self.customer(contact.customer_id) if contact else None

    def customer_by_domain(self, domain: str) -> Customer | None:
        wanted = domain.lower().strip()
        if not wanted:
            return None
        with Session(self.engine) as session:
            row = session.exec(select(ErpCustomerRow).where(ErpCustomerRow.source == self.source, ErpCustomerRow.domain == wanted)
                               .order_by(col(ErpCustomerRow.customer_id))).first()
            return self._customers(session, [row])[0] if row else None

    def invoices(self, customer_id: str) -> list[Invoice]:
        with Session(self.engine) as session:
            rows = session.exec(select(ErpInvoiceRow).where(ErpInvoiceRow.source == self.source, ErpInvoiceRow.customer_id == customer_id)
                                .order_by(col(ErpInvoiceRow.due_date), col(ErpInvoiceRow.number))).all()
            health = self._health(session)
            return [self._invoice(session, r, health) for r in rows]

    def open_invoices(self, customer_id: str) -> list[Invoice]:
        return [i for i in self.invoices(customer_id) if i.is_open]

    def invoice(self, number: str) -> Invoice | None:
        with Session(self.engine) as session:
            row = session.exec(select(ErpInvoiceRow).where(ErpInvoiceRow.source == self.source, ErpInvoiceRow.number_key == number.upper().strip())).first()
            return self._invoice(session, row, self._health(session)) if row else None

    def _payments(self, customer_id: str | None, start: date | None, end: date | None) -> list[Payment]:
        query = select(ErpPaymentRow).where(ErpPaymentRow.source == self.source)
        query = query.where(col(ErpPaymentRow.customer_id).is_(None)) if customer_id is None else query.where(ErpPaymentRow.customer_id == customer_id)
        if start is not None:
            query = query.where(col(ErpPaymentRow.paid_on) >= start)
        if end is not None:
            query = query.where(col(ErpPaymentRow.paid_on) <= end)
        with Session(self.engine) as session:
            health = self._health(session)
            return [self._payment(session, r, health) for r in session.exec(query.order_by(col(ErpPaymentRow.paid_on), col(ErpPaymentRow.payment_id))).all()]

    def payments(self, customer_id: str, start: date | None = None, end: date | None = None) -> list[Payment]:
        return self._payments(customer_id, start, end)

    def unidentified_payments(self, start: date | None = None, end: date | None = None) -> list[Payment]:
        """Cash received with no customer yet (cash application has not placed it)."""
        return self._payments(None, start, end)

    def find_payment(self, customer_id: str, reference: str | None = None, amount: Decimal | None = None,
                     around: date | None = None, window_days: int = 14) -> list[Payment]:
        """Payments of this customer matching a reference, else an exact amount near a date (as WorldErp does)."""
        if reference and (wanted := reference_key(reference)):
            with Session(self.engine) as session:
                rows = session.exec(select(ErpPaymentRow).where(ErpPaymentRow.source == self.source, ErpPaymentRow.customer_id == customer_id,
                                                                ErpPaymentRow.reference_key == wanted).order_by(col(ErpPaymentRow.paid_on))).all()
                if rows:
                    health = self._health(session)
                    return [self._payment(session, r, health) for r in rows]
        if amount is not None:
            centre = around or self.today()
            window = self._payments(customer_id, centre - timedelta(days=window_days), centre + timedelta(days=window_days))
            return [p for p in window if p.amount == amount]
        return []
