"""`dunmail erp sync`: pull what changed from a connector into the local mirror, in one transaction.

A sync is recorded whatever happens (ok, failed with the reason, or refused), its cursors move only
when its changes are stored, and a whole-book snapshot (a csv export) that lost most of the records
the mirror holds is refused rather than allowed to wipe good data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, func, insert
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel, col, select

from adapters.db.db import session_scope
from adapters.db.tables import ErpContactRow, ErpCreditNoteRow, ErpCursor, ErpCustomerRow, ErpInvoiceRow, ErpPaymentRow, ErpSyncRun, utcnow
from adapters.erp_connectors.base import Changes, Connector
from adapters.erp_mirror.mirror import mirror_health, sync_label
from core.records import CreditNote, Customer, Invoice, Payment
from core.text.references import reference_key

# A snapshot may shrink (invoices get archived), but not lose more than this share of what the
# mirror holds in one go: that is a truncated export, not the books.
MAX_SNAPSHOT_LOSS = 0.5
MIN_ROWS_FOR_LOSS_CHECK = 10
RUNNING_FOR_AT_MOST = timedelta(minutes=15)  # a "running" sync older than this crashed; it no longer blocks the next

_TABLES: dict[str, tuple[type[SQLModel], str]] = {
    "customers": (ErpCustomerRow, "customer_id"),
    "invoices": (ErpInvoiceRow, "number_key"),
    "payments": (ErpPaymentRow, "payment_id"),
    "credit_notes": (ErpCreditNoteRow, "credit_note_id"),
}


@dataclass
class SyncOutcome:
    run_id: int
    source: str
    status: str  # ok | failed | refused | busy (another sync of this system is running; nothing recorded)
    counts: dict[str, int]
    problems: list[str]
    error: str | None = None


def _count(session: Session, table: type[SQLModel], source: str) -> int:
    return session.exec(select(func.count()).select_from(table).where(table.source == source)).one()  # type: ignore[attr-defined]


def _snapshot_refusal(session: Session, source: str, changes: Changes) -> str | None:
    """Why this full snapshot must not replace the mirror, or None when it may."""
    for kind, (table, _) in _TABLES.items():
        held = _count(session, table, source)
        new = len(getattr(changes, kind))
        if held >= MIN_ROWS_FOR_LOSS_CHECK and new < held * (1 - MAX_SNAPSHOT_LOSS):
            return (f"refused: the new {kind} ({new}) would replace {held} in the mirror, a loss of more than "
                    f"{int(MAX_SNAPSHOT_LOSS * 100)}%; check the export (or sync with --force if the books really shrank)")
    return None


Batch = dict[type[SQLModel], list[dict[str, Any]]]


def _upsert(session: Session, table: type[SQLModel], source: str, key: str, value: str, fields: dict[str, Any], batch: Batch | None) -> None:
    """Insert or update one mirror row. With a `batch` (a whole snapshot into emptied tables) the row
    is collected for one bulk insert instead: tens of thousands of rows in seconds, not minutes."""
    if batch is not None:
        batch.setdefault(table, []).append({"source": source, key: value, **fields})
        return
    row = session.exec(select(table).where(table.source == source, getattr(table, key) == value)).first()  # type: ignore[attr-defined]
    row = row or table(source=source, **{key: value})
    for name, v in fields.items():
        setattr(row, name, v)
    session.add(row)


def _store_customer(session: Session, source: str, c: Customer, sync_id: int, batch: Batch | None) -> None:
    _upsert(session, ErpCustomerRow, source, "customer_id", c.id, {"name": c.name, "domain": c.domain.lower().strip(), "owner": c.owner,
                                                                   "language": c.language or "en", "flags": list(c.flags), "sync_id": sync_id}, batch)
    contacts = [{"source": source, "customer_id": c.id, "email": p.email.lower().strip(), "name": p.name, "role": p.role} for p in c.contacts]
    if batch is not None:
        batch.setdefault(ErpContactRow, []).extend(contacts)
        return
    session.exec(delete(ErpContactRow).where(col(ErpContactRow.source) == source, col(ErpContactRow.customer_id) == c.id))  # type: ignore[call-overload]
    for contact in contacts:
        session.add(ErpContactRow(**contact))


def _store_invoice(session: Session, source: str, i: Invoice, external_id: str, sync_id: int, batch: Batch | None) -> None:
    _upsert(session, ErpInvoiceRow, source, "number_key", i.number.upper().strip(),
            {"number": i.number, "external_id": external_id, "customer_id": i.customer_id, "issue_date": i.issue_date, "due_date": i.due_date,
             "amount": str(i.amount), "currency": i.currency.upper(), "balance": str(i.balance), "po_number": i.po_number, "status": i.status,
             "sync_id": sync_id}, batch)


def _store_payment(session: Session, source: str, p: Payment, sync_id: int, batch: Batch | None) -> None:
    _upsert(session, ErpPaymentRow, source, "payment_id", p.id,
            {"customer_id": p.customer_id, "paid_on": p.date, "amount": str(p.amount), "currency": p.currency.upper(), "reference": p.reference,
             "reference_key": reference_key(p.reference), "method": p.method, "applied_to": list(p.applied_to), "sync_id": sync_id}, batch)


def _store_credit_note(session: Session, source: str, n: CreditNote, sync_id: int, batch: Batch | None) -> None:
    _upsert(session, ErpCreditNoteRow, source, "credit_note_id", n.id,
            {"number": n.number, "customer_id": n.customer_id, "issued_on": n.date, "amount": str(n.amount), "currency": n.currency.upper(),
             "remaining": str(n.remaining), "applied_to": list(n.applied_to), "sync_id": sync_id}, batch)


def _delete(session: Session, source: str, kind: str, ids: list[str]) -> None:
    table, key = _TABLES[kind]
    if not ids:
        return
    keys = [i.upper().strip() for i in ids] if kind == "invoices" else ids
    session.exec(delete(table).where(table.source == source, getattr(table, key).in_(keys)))  # type: ignore[attr-defined,call-overload]
    if kind == "customers":
        session.exec(delete(ErpContactRow).where(col(ErpContactRow.source) == source, col(ErpContactRow.customer_id).in_(ids)))  # type: ignore[call-overload]


def apply_changes(session: Session, source: str, changes: Changes, sync_id: int) -> None:
    """Store one connector answer in the mirror (the caller's transaction)."""
    if changes.full:
        for table in (ErpContactRow, ErpCustomerRow, ErpInvoiceRow, ErpPaymentRow, ErpCreditNoteRow):
            session.exec(delete(table).where(table.source == source))  # type: ignore[attr-defined,call-overload]
        session.flush()
    batch: Batch | None = {} if changes.full else None
    for c in changes.customers:
        _store_customer(session, source, c, sync_id, batch)
    for i in changes.invoices:
        _store_invoice(session, source, i, changes.invoice_ids.get(i.number, ""), sync_id, batch)
    for p in changes.payments:
        _store_payment(session, source, p, sync_id, batch)
    for n in changes.credit_notes:
        _store_credit_note(session, source, n, sync_id, batch)
    for table, rows in (batch or {}).items():
        if rows:
            session.execute(insert(table), rows)
    session.flush()
    for kind, ids in changes.deleted.items():
        _delete(session, source, kind, ids)


def drop_repeats(changes: Changes, source: str) -> None:
    """One record per key, the last one winning (QuickBooks allows two invoices with one DocNumber);
    each repeat is reported, since a collector may need to know which one dunmail keeps."""
    keys = {"customers": lambda r: r.id, "invoices": lambda r: r.number.upper().strip(), "payments": lambda r: r.id, "credit_notes": lambda r: r.id}
    for kind, key in keys.items():
        records = getattr(changes, kind)
        last = {key(r): n for n, r in enumerate(records)}
        if len(last) != len(records):
            repeated = sorted({key(r) for n, r in enumerate(records) if last[key(r)] != n})
            changes.problems.append(f"{source}: {kind.replace('_', ' ')} {', '.join(repeated[:10])} appear more than once; the last one is kept")
            setattr(changes, kind, [r for n, r in enumerate(records) if last[key(r)] == n])


def _cursors(session: Session, source: str) -> dict[str, str]:
    return {c.stream: c.value for c in session.exec(select(ErpCursor).where(ErpCursor.source == source)).all()}


def _known_invoice_ids(session: Session, source: str) -> dict[str, str]:
    rows = session.exec(select(ErpInvoiceRow.external_id, ErpInvoiceRow.number).where(ErpInvoiceRow.source == source, ErpInvoiceRow.external_id != "")).all()
    return {external: number for external, number in rows}


def _finish(engine: Engine, run_id: int, status: str, counts: dict[str, int], problems: list[str], error: str | None) -> None:
    with session_scope(engine) as session:
        run = session.get(ErpSyncRun, run_id)
        assert run is not None
        run.status, run.counts, run.problems, run.error, run.finished_at = status, counts, problems[:200], error, utcnow()
        session.add(run)


def run_sync(engine: Engine, connector: Connector, *, force: bool = False) -> SyncOutcome:
    """One sync of `connector` into the mirror. Never raises for a connector failure: the failed run
    is recorded (and `erp status` and the agent both see it)."""
    source = connector.name
    with session_scope(engine) as session:
        busy = session.exec(select(ErpSyncRun).where(ErpSyncRun.source == source, ErpSyncRun.status == "running",
                                                     col(ErpSyncRun.started_at) >= utcnow() - RUNNING_FOR_AT_MOST)).first()
        if busy is not None:
            # Two syncs of one system at once would race on its cursors and on a rotating refresh token.
            return SyncOutcome(busy.id or 0, source, "busy", {}, [], f"{source} sync #{busy.id} is still running (started {busy.started_at:%H:%M:%S} UTC)")
        run = ErpSyncRun(source=source)
        session.add(run)
        session.flush()
        run_id = run.id
        cursor, known = _cursors(session, source), _known_invoice_ids(session, source)
    assert run_id is not None
    try:
        changes = connector.fetch(cursor, known)
    except Exception as exc:  # noqa: BLE001 - any failure of the far side is recorded, never half-applied
        error = f"{type(exc).__name__}: {exc}"[:2000]
        _finish(engine, run_id, "failed", {}, [], error)
        return SyncOutcome(run_id, source, "failed", {}, [], error)
    drop_repeats(changes, source)
    counts, problems = changes.counts(), list(changes.problems)
    try:
        with session_scope(engine) as session:
            refusal = None if force or not changes.full else _snapshot_refusal(session, source, changes)
            if refusal is None:
                apply_changes(session, source, changes, run_id)
                for stream, value in changes.cursor.items():
                    row = session.get(ErpCursor, (source, stream)) or ErpCursor(source=source, stream=stream)
                    row.value, row.updated_at = value, utcnow()
                    session.add(row)
                run = session.get(ErpSyncRun, run_id)
                assert run is not None
                run.status, run.full, run.counts, run.problems, run.finished_at = "ok", changes.full, counts, problems[:200], utcnow()
                session.add(run)
    except Exception as exc:  # noqa: BLE001 - the mirror is rolled back whole; the run says why
        error = f"storing the changes failed: {type(exc).__name__}: {exc}"[:2000]
        _finish(engine, run_id, "failed", counts, problems, error)
        return SyncOutcome(run_id, source, "failed", counts, problems, error)
    if refusal is not None:
        _finish(engine, run_id, "refused", counts, problems, refusal)
        return SyncOutcome(run_id, source, "refused", counts, problems, refusal)
    return SyncOutcome(run_id, source, "ok", counts, problems)


def _run_view(run: ErpSyncRun | None) -> dict[str, Any] | None:
    if run is None:
        return None
    return {"id": run.id, "label": sync_label(run), "status": run.status, "started_at": run.started_at.isoformat(),
            "finished_at": run.finished_at.isoformat() if run.finished_at else None, "full": run.full, "counts": run.counts,
            "problems": run.problems[:20], "problem_count": len(run.problems), "error": run.error}


def mirror_status(engine: Engine, source: str, max_age: timedelta) -> dict[str, Any]:
    """What `dunmail erp status` prints: the mirror's counts and each connector's last syncs."""
    with Session(engine) as session:
        health = mirror_health(session, source, max_age)
        unidentified = session.exec(select(func.count()).select_from(ErpPaymentRow)
                                    .where(ErpPaymentRow.source == source, col(ErpPaymentRow.customer_id).is_(None))).one()
        open_invoices = sum(1 for b in session.exec(select(ErpInvoiceRow.balance).where(ErpInvoiceRow.source == source)).all() if Decimal(b) > 0)
        runs = session.exec(select(ErpSyncRun).order_by(col(ErpSyncRun.id).desc())).all()
        connectors: dict[str, dict[str, Any]] = {}
        for run in runs:
            entry = connectors.setdefault(run.source, {"last_sync": _run_view(run), "last_success": None, "runs": 0,
                                                       "cursors": _cursors(session, run.source)})
            entry["runs"] += 1
            if entry["last_success"] is None and run.status == "ok":
                entry["last_success"] = _run_view(run)
        current = connectors.get(source, {})
        return {
            "connector": source,
            "healthy": health.ok,
            "reason": None if health.ok else health.reason,
            "customers": _count(session, ErpCustomerRow, source),
            "invoices": _count(session, ErpInvoiceRow, source),
            "open_invoices": open_invoices,
            "payments": _count(session, ErpPaymentRow, source),
            "unidentified_payments": unidentified,
            "credit_notes": _count(session, ErpCreditNoteRow, source),
            "last_sync": current.get("last_sync"),
            "last_success": current.get("last_success"),
            "connectors": connectors,
        }
