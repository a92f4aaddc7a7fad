"""The Xero connector: Contacts, Invoices (sales only, ACCREC), Payments and CreditNotes.

Each stream pages (`page=1,2,…` until a short page) and, after the first sync, sends
If-Modified-Since with the time the previous sync started, so only changed records come back.
Deleted and voided documents leave the mirror. Read-only: only GETs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

from adapters.erp_connectors.base import Changes, ConnectorError
from adapters.erp_connectors.http import OAuth2Refresh, ReadOnlyApi, TokenStore
from core.records import Contact, CreditNote, Customer, Invoice, Payment
from core.text.addresses import domain_of

TOKEN_URL = "https://identity.xero.com/connect/token"
API = "https://api.xero.com/api.xro/2.0"
PAGE_SIZE = 100
STREAMS = ("Contacts", "Invoices", "Payments", "CreditNotes")
GONE = frozenset({"DELETED", "VOIDED"})
NOT_ISSUED = frozenset({"DRAFT", "SUBMITTED"})  # not sent to the customer yet: nothing to collect
_MS_DATE = re.compile(r"/Date\((-?\d+)([+-]\d{4})?\)/")


def xero_date(obj: dict[str, Any], key: str) -> date | None:
    """Xero sends `DateString` ("2026-11-01T00:00:00") beside the .NET form "/Date(1761955200000+0000)/"."""
    text = obj.get(f"{key}String")
    if text:
        return date.fromisoformat(str(text)[:10])
    raw = obj.get(key)
    if not raw:
        return None
    match = _MS_DATE.fullmatch(str(raw))
    if match:
        return datetime.fromtimestamp(int(match.group(1)) / 1000, tz=timezone.utc).date()
    return date.fromisoformat(str(raw)[:10])


def _money(value: Any) -> Decimal:
    return Decimal(str(value if value is not None else "0"))


def customer_from(contact: dict[str, Any]) -> Customer:
    people = []
    if contact.get("EmailAddress"):
        people.append(Contact(email=str(contact["EmailAddress"]).lower(), name=" ".join(p for p in (contact.get("FirstName"), contact.get("LastName")) if p),
                              role="accounts"))
    for person in contact.get("ContactPersons", []) or []:
        if person.get("EmailAddress"):
            people.append(Contact(email=str(person["EmailAddress"]).lower(),
                                  name=" ".join(p for p in (person.get("FirstName"), person.get("LastName")) if p)))
    domain = domain_of(people[0].email) if people else ""
    flags = ["archived"] if contact.get("ContactStatus") == "ARCHIVED" else []
    return Customer(id=str(contact["ContactID"]), name=str(contact.get("Name") or contact["ContactID"]), domain=domain, contacts=people, flags=flags)


def invoice_from(inv: dict[str, Any]) -> Invoice:
    issued = xero_date(inv, "Date") or date.today()
    total, due = _money(inv.get("Total")), _money(inv.get("AmountDue"))
    return Invoice(number=str(inv.get("InvoiceNumber") or inv["InvoiceID"]), customer_id=str((inv.get("Contact") or {}).get("ContactID", "")),
                   issue_date=issued, due_date=xero_date(inv, "DueDate") or issued, amount=total, currency=str(inv.get("CurrencyCode") or "USD"),
                   balance=due, po_number=inv.get("Reference") or None, status=str(inv.get("Status", "AUTHORISED")).lower())


def payment_from(pay: dict[str, Any]) -> Payment:
    invoice = pay.get("Invoice") or {}
    contact = (invoice.get("Contact") or {}).get("ContactID")
    number = invoice.get("InvoiceNumber")
    return Payment(id=str(pay["PaymentID"]), customer_id=str(contact) if contact else None, date=xero_date(pay, "Date") or date.today(),
                   amount=_money(pay.get("Amount")), currency=str(invoice.get("CurrencyCode") or pay.get("CurrencyCode") or "USD"),
                   reference=str(pay.get("Reference") or ""), method=str(pay.get("PaymentType", "")).lower(), applied_to=[str(number)] if number else [])


def credit_note_from(note: dict[str, Any]) -> CreditNote:
    applied = [str(a["Invoice"]["InvoiceNumber"]) for a in note.get("Allocations", []) or [] if (a.get("Invoice") or {}).get("InvoiceNumber")]
    return CreditNote(id=str(note["CreditNoteID"]), number=str(note.get("CreditNoteNumber") or note["CreditNoteID"]),
                      customer_id=str((note.get("Contact") or {}).get("ContactID")) if note.get("Contact") else None,
                      date=xero_date(note, "Date") or date.today(), amount=_money(note.get("Total")), currency=str(note.get("CurrencyCode") or "USD"),
                      remaining=_money(note.get("RemainingCredit")), applied_to=applied)


class XeroConnector:
    """Reads one Xero organisation (tenant)."""

    name = "xero"

    def __init__(self, tenant_id: str, client_id: str, client_secret: str, refresh_token: str, token_file: Path, *,
                 sleep: Callable[[float], None] | None = None, now: Callable[[], datetime] = lambda: datetime.now(timezone.utc)) -> None:
        if not (tenant_id and client_id and client_secret):
            raise ConnectorError("Xero needs DUNMAIL_XERO_TENANT_ID, _CLIENT_ID and _CLIENT_SECRET (and _REFRESH_TOKEN unless it is a custom connection)")
        if refresh_token:
            auth = OAuth2Refresh(TOKEN_URL, client_id, client_secret, store=TokenStore(token_file, refresh_token))
        else:  # a custom connection: one organisation, client credentials, no refresh token to rotate
            auth = OAuth2Refresh(TOKEN_URL, client_id, client_secret, grant="client_credentials",
                                 scope="accounting.transactions.read accounting.contacts.read")
        kwargs: dict[str, Any] = {"sleep": sleep} if sleep else {}
        self.api = ReadOnlyApi(API, auth=auth, headers={"Xero-tenant-id": tenant_id}, **kwargs)
        self.now = now

    def _stream(self, name: str, since: str | None, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        headers = {"If-Modified-Since": since} if since else {}
        rows: list[dict[str, Any]] = []
        page = 1
        while True:
            body = self.api.get(f"/{name}", params={**(params or {}), "page": page, "pageSize": PAGE_SIZE}, headers=headers)
            batch = body.get(name, []) or []
            rows += batch
            page_count = (body.get("pagination") or {}).get("pageCount")
            if len(batch) < PAGE_SIZE or (page_count is not None and page >= int(page_count)):
                return rows
            page += 1

    def fetch(self, cursor: dict[str, str], known_invoice_ids: dict[str, str]) -> Changes:
        started = self.now().strftime("%Y-%m-%dT%H:%M:%S")
        changes = Changes(full=not cursor)
        contacts = self._stream("Contacts", cursor.get("Contacts"), {"includeArchived": "true"})
        invoices = self._stream("Invoices", cursor.get("Invoices"), {"where": 'Type=="ACCREC"'})
        payments = self._stream("Payments", cursor.get("Payments"), {"where": 'PaymentType=="ACCRECPAYMENT"'})
        notes = self._stream("CreditNotes", cursor.get("CreditNotes"), {"where": 'Type=="ACCRECCREDIT"'})
        for c in contacts:
            if c.get("ContactStatus") == "GDPRREQUEST":
                changes.deleted.setdefault("customers", []).append(str(c["ContactID"]))
            else:
                changes.customers.append(customer_from(c))
        for inv in invoices:
            number = str(inv.get("InvoiceNumber") or known_invoice_ids.get(str(inv["InvoiceID"])) or inv["InvoiceID"])
            if inv.get("Status") in GONE or inv.get("Status") in NOT_ISSUED:
                changes.deleted.setdefault("invoices", []).append(number)
                continue
            invoice = invoice_from(inv)
            changes.invoice_ids[invoice.number] = str(inv["InvoiceID"])
            changes.invoices.append(invoice)
        for pay in payments:
            if pay.get("Status") == "DELETED":
                changes.deleted.setdefault("payments", []).append(str(pay["PaymentID"]))
            else:
                changes.payments.append(payment_from(pay))
        for note in notes:
            if note.get("Status") in GONE:
                changes.deleted.setdefault("credit_notes", []).append(str(note["CreditNoteID"]))
            elif note.get("Status") not in NOT_ISSUED:
                changes.credit_notes.append(credit_note_from(note))
        changes.cursor = {stream: started for stream in STREAMS}
        return changes
