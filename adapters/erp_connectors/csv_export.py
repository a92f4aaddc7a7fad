"""The csv connector: the export any ERP can produce (NetSuite, SAP, Sage, Excel), read from a folder.

    customers.csv     id,name,domain,owner,language,flags            flags: `;`-separated
    contacts.csv      customer_id,email,name,role
    invoices.csv      number,customer_id,issue_date,due_date,amount,currency,balance,po_number,status
    payments.csv      id,customer_id,date,amount,currency,reference,method,applied_to
                      customer_id empty = unidentified cash; applied_to: `;`-separated invoice numbers
    credit_notes.csv  id,number,customer_id,date,amount,currency,remaining,applied_to   (optional)

UTF-8 (an Excel BOM is fine), comma-separated, a header row, dates as YYYY-MM-DD, amounts with a
dot for decimals. A bad row is skipped and reported with its file, line and reason; a missing file
or column fails the whole sync, so a half export never replaces the mirror. Every sync is a whole
snapshot: what is no longer in the files is no longer in the books.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, TypeVar

from pydantic import ValidationError

from adapters.erp_connectors.base import Changes, ConnectorError
from core.records import Contact, CreditNote, Customer, Invoice, Payment

LAYOUT: dict[str, tuple[str, ...]] = {
    "customers.csv": ("id", "name", "domain", "owner", "language", "flags"),
    "contacts.csv": ("customer_id", "email", "name", "role"),
    "invoices.csv": ("number", "customer_id", "issue_date", "due_date", "amount", "currency", "balance", "po_number", "status"),
    "payments.csv": ("id", "customer_id", "date", "amount", "currency", "reference", "method", "applied_to"),
}
OPTIONAL_LAYOUT: dict[str, tuple[str, ...]] = {
    "credit_notes.csv": ("id", "number", "customer_id", "date", "amount", "currency", "remaining", "applied_to"),
}
# Columns a row must fill; the others may stay empty.
REQUIRED: dict[str, tuple[str, ...]] = {
    "customers.csv": ("id",),
    "contacts.csv": ("customer_id", "email"),
    "invoices.csv": ("number", "customer_id", "issue_date", "due_date", "amount", "balance"),
    "payments.csv": ("id", "date", "amount"),
    "credit_notes.csv": ("id", "date", "amount"),
}

T = TypeVar("T")


class BadRow(ValueError):
    """One row that cannot be read; its message says why, in words a person fixing the export understands."""


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(";") if part.strip()]


def _date(value: str, column: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise BadRow(f"{column} {value!r} is not a date like 2026-11-30") from None


def _amount(value: str, column: str) -> Decimal:
    try:
        amount = Decimal(value.strip())
    except InvalidOperation:
        raise BadRow(f"{column} {value!r} is not an amount like 1234.50") from None
    if not amount.is_finite():
        raise BadRow(f"{column} {value!r} is not an amount like 1234.50")
    return amount


def _rows(folder: Path, name: str, columns: tuple[str, ...], problems: list[str]) -> Iterator[tuple[int, dict[str, str]]]:
    """(line, row) for each data row, with every column present; rows with holes are reported and skipped."""
    path = folder / name
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise ConnectorError(f"cannot read {path}: {exc.strerror or exc}") from exc
    with handle:
        try:
            reader = csv.DictReader(handle)
            header = [h.strip() for h in (reader.fieldnames or [])]
            missing = [c for c in columns if c not in header]
            if missing:
                raise ConnectorError(f"{name}: missing column(s) {', '.join(missing)} (expected {','.join(columns)})")
            reader.fieldnames = header
            for raw in reader:
                line = reader.line_num
                if None in raw:
                    problems.append(f"{name} line {line}: more values than columns")
                    continue
                row = {k: (v or "").strip() for k, v in raw.items() if k in columns}
                if not any(row.values()):
                    continue  # a blank line at the end of an Excel export
                empty = [c for c in REQUIRED[name] if not row.get(c)]
                if empty:
                    problems.append(f"{name} line {line}: {', '.join(empty)} is empty")
                    continue
                yield line, row
        except UnicodeDecodeError as exc:
            raise ConnectorError(f"{name} is not UTF-8 text (save the export as CSV UTF-8): {exc.reason} at byte {exc.start}") from exc
        except csv.Error as exc:
            raise ConnectorError(f"{name}: not a readable CSV file: {exc}") from exc


def _read(folder: Path, name: str, columns: tuple[str, ...], build: Callable[[dict[str, str]], T], problems: list[str],
          key: Callable[[T], str]) -> list[T]:
    out: list[T] = []
    seen: dict[str, int] = {}
    for line, row in _rows(folder, name, columns, problems):
        try:
            record = build(row)
        except BadRow as exc:
            problems.append(f"{name} line {line}: {exc}")
            continue
        except ValidationError as exc:
            first = exc.errors()[0]
            problems.append(f"{name} line {line}: {'.'.join(str(p) for p in first['loc'])}: {first['msg']}")
            continue
        k = key(record)
        if k in seen:
            problems.append(f"{name} line {line}: {k} repeats line {seen[k]}; the first one is kept")
            continue
        seen[k] = line
        out.append(record)
    return out


def _customer(row: dict[str, str]) -> Customer:
    return Customer(id=row["id"], name=row["name"] or row["id"], domain=row["domain"].lower(), owner=row["owner"],
                    language=row["language"] or "en", flags=_split(row["flags"]))


def _contact(row: dict[str, str]) -> tuple[str, Contact]:
    email = row["email"]
    if "@" not in email or " " in email:
        raise BadRow(f"email {email!r} is not an email address")
    return row["customer_id"], Contact(email=email.lower(), name=row["name"], role=row["role"])


def _invoice(row: dict[str, str]) -> Invoice:
    issue, due = _date(row["issue_date"], "issue_date"), _date(row["due_date"], "due_date")
    if due < issue:
        raise BadRow(f"due_date {due} is before issue_date {issue}")
    return Invoice(number=row["number"], customer_id=row["customer_id"], issue_date=issue, due_date=due, amount=_amount(row["amount"], "amount"),
                   currency=(row["currency"] or "EUR").upper(), balance=_amount(row["balance"], "balance"), po_number=row["po_number"] or None,
                   status=row["status"] or "open")


def _payment(row: dict[str, str]) -> Payment:
    return Payment(id=row["id"], customer_id=row["customer_id"] or None, date=_date(row["date"], "date"), amount=_amount(row["amount"], "amount"),
                   currency=(row["currency"] or "EUR").upper(), reference=row["reference"], method=row["method"], applied_to=_split(row["applied_to"]))


def _credit_note(row: dict[str, str]) -> CreditNote:
    return CreditNote(id=row["id"], number=row["number"] or row["id"], customer_id=row["customer_id"] or None, date=_date(row["date"], "date"),
                      amount=_amount(row["amount"], "amount"), currency=(row["currency"] or "EUR").upper(),
                      remaining=_amount(row["remaining"], "remaining") if row["remaining"] else Decimal("0"), applied_to=_split(row["applied_to"]))


def _unknown_customer(records: list[Any], customers: set[str], name: str, problems: list[str], *, optional: bool = False) -> list[Any]:
    kept = []
    for r in records:
        cid = r.customer_id
        if (cid is None and optional) or cid in customers:
            kept.append(r)
        else:
            problems.append(f"{name}: {getattr(r, 'number', None) or getattr(r, 'id', '')} names customer {cid!r}, which is not in customers.csv")
    return kept


class CsvConnector:
    """Reads the csv export folder (`DUNMAIL_ERP_CSV_DIR`). Never writes to it."""

    name = "csv"

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def fetch(self, cursor: dict[str, str], known_invoice_ids: dict[str, str]) -> Changes:
        if not self.folder.is_dir():
            raise ConnectorError(f"no csv export folder at {self.folder}: set DUNMAIL_ERP_CSV_DIR")
        problems: list[str] = []
        customers = _read(self.folder, "customers.csv", LAYOUT["customers.csv"], _customer, problems, key=lambda c: c.id)
        known = {c.id for c in customers}
        contacts = _read(self.folder, "contacts.csv", LAYOUT["contacts.csv"], _contact, problems, key=lambda pair: f"{pair[0]}/{pair[1].email}")
        by_id = {c.id: c for c in customers}
        for customer_id, contact in contacts:
            if customer_id in by_id:
                by_id[customer_id].contacts.append(contact)
            else:
                problems.append(f"contacts.csv: {contact.email} names customer {customer_id!r}, which is not in customers.csv")
        invoices = _unknown_customer(_read(self.folder, "invoices.csv", LAYOUT["invoices.csv"], _invoice, problems, key=lambda i: i.number.upper()),
                                     known, "invoices.csv", problems)
        payments = _unknown_customer(_read(self.folder, "payments.csv", LAYOUT["payments.csv"], _payment, problems, key=lambda p: p.id),
                                     known, "payments.csv", problems, optional=True)
        numbers = {i.number.upper() for i in invoices}
        for p in payments:
            unknown = [n for n in p.applied_to if n.upper() not in numbers]
            if unknown:
                problems.append(f"payments.csv: {p.id} is applied to {', '.join(unknown)}, not in invoices.csv (kept as it is)")
        notes: list[CreditNote] = []
        if (self.folder / "credit_notes.csv").exists():
            notes = _unknown_customer(_read(self.folder, "credit_notes.csv", OPTIONAL_LAYOUT["credit_notes.csv"], _credit_note, problems,
                                            key=lambda n: n.id), known, "credit_notes.csv", problems, optional=True)
        digest = hashlib.sha256()
        for name in [*LAYOUT, *OPTIONAL_LAYOUT]:
            if (self.folder / name).exists():
                digest.update((self.folder / name).read_bytes())
        return Changes(customers=customers, invoices=invoices, payments=payments, credit_notes=notes, full=True, problems=problems,
                       cursor={"files_sha256": digest.hexdigest()})
