"""The QuickBooks Online connector: Customers, Invoices, Payments (with their LinkedTxn) and CreditMemos.

A first sync pages through the query API; later ones ask Change Data Capture (`/cdc`) for what
changed since the cursor, deletions included. CDC looks back 30 days at most and caps an answer at
1,000 objects, so an older cursor or a full answer falls back to a whole sync. Read-only: only GETs.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

from adapters.erp_connectors.base import Changes, ConnectorError
from adapters.erp_connectors.http import OAuth2Refresh, ReadOnlyApi, TokenStore
from core.records import Contact, CreditNote, Customer, Invoice, Payment
from core.text.addresses import domain_of

TOKEN_URL = "https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer"
HOSTS = {"production": "https://quickbooks.api.intuit.com", "sandbox": "https://sandbox-quickbooks.api.intuit.com"}
ENTITIES = ("Customer", "Invoice", "Payment", "CreditMemo")
PAGE = 1000  # the query API's largest page
CDC_LOOKBACK = timedelta(days=30)
CDC_CAP = 1000
MINOR_VERSION = "75"


def _ref(obj: dict[str, Any], key: str) -> str | None:
    ref = obj.get(key)
    return str(ref["value"]) if isinstance(ref, dict) and ref.get("value") is not None else None


def _money(value: Any) -> Decimal:
    return Decimal(str(value if value is not None else "0"))


def _emails(customer: dict[str, Any]) -> list[str]:
    # QuickBooks keeps several addresses in one field, comma-separated.
    raw = (customer.get("PrimaryEmailAddr") or {}).get("Address", "")
    return [e.strip().lower() for e in raw.replace(";", ",").split(",") if "@" in e]


def customer_from(qb: dict[str, Any]) -> Customer:
    emails = _emails(qb)
    name = qb.get("DisplayName") or qb.get("CompanyName") or str(qb["Id"])
    contact_name = " ".join(p for p in (qb.get("GivenName"), qb.get("FamilyName")) if p)
    return Customer(id=str(qb["Id"]), name=name, domain=domain_of(emails[0]) if emails else "",
                    contacts=[Contact(email=e, name=contact_name) for e in emails], flags=[] if qb.get("Active", True) else ["inactive"])


def _po_number(qb: dict[str, Any]) -> str | None:
    for field in qb.get("CustomField", []) or []:
        if "P.O." in str(field.get("Name", "")).upper() or "PO" in str(field.get("Name", "")).upper().split():
            return field.get("StringValue") or None
    return None


def invoice_from(qb: dict[str, Any]) -> Invoice:
    balance, total = _money(qb.get("Balance")), _money(qb.get("TotalAmt"))
    issued = date.fromisoformat(qb["TxnDate"])
    return Invoice(number=str(qb.get("DocNumber") or qb["Id"]), customer_id=_ref(qb, "CustomerRef") or "", issue_date=issued,
                   due_date=date.fromisoformat(qb["DueDate"]) if qb.get("DueDate") else issued, amount=total,
                   currency=_ref(qb, "CurrencyRef") or "USD", balance=balance, po_number=_po_number(qb),
                   status="paid" if balance == 0 else "partially_paid" if balance < total else "open")


def payment_from(qb: dict[str, Any], invoice_numbers: dict[str, str]) -> tuple[Payment, list[str]]:
    """The payment, and the ids of invoices it is linked to that the mirror does not know (yet)."""
    applied, unknown = [], []
    for line in qb.get("Line", []) or []:
        for linked in line.get("LinkedTxn", []) or []:
            if linked.get("TxnType") == "Invoice":
                number = invoice_numbers.get(str(linked["TxnId"]))
                (applied.append(number) if number else unknown.append(str(linked["TxnId"])))
    method = (qb.get("PaymentMethodRef") or {}).get("name", "")
    return Payment(id=str(qb["Id"]), customer_id=_ref(qb, "CustomerRef"), date=date.fromisoformat(qb["TxnDate"]), amount=_money(qb.get("TotalAmt")),
                   currency=_ref(qb, "CurrencyRef") or "USD", reference=str(qb.get("PaymentRefNum") or ""), method=str(method),
                   applied_to=sorted(set(applied))), unknown


def credit_note_from(qb: dict[str, Any]) -> CreditNote:
    return CreditNote(id=str(qb["Id"]), number=str(qb.get("DocNumber") or qb["Id"]), customer_id=_ref(qb, "CustomerRef"),
                      date=date.fromisoformat(qb["TxnDate"]), amount=_money(qb.get("TotalAmt")), currency=_ref(qb, "CurrencyRef") or "USD",
                      remaining=_money(qb.get("RemainingCredit")))


def _is_deleted(obj: dict[str, Any]) -> bool:
    return str(obj.get("status", "")).lower() == "deleted"


def _is_void(invoice: dict[str, Any]) -> bool:
    # A voided invoice keeps its number with a zero total and a "Voided" private note.
    return _money(invoice.get("TotalAmt")) == 0 and "voided" in str(invoice.get("PrivateNote", "")).lower()


class QuickBooksConnector:
    """Reads one QuickBooks Online company (realm) through its accounting API."""

    name = "quickbooks"

    def __init__(self, realm_id: str, client_id: str, client_secret: str, refresh_token: str, token_file: Path, *,
                 environment: str = "production", sleep: Callable[[float], None] | None = None,
                 now: Callable[[], datetime] = lambda: datetime.now(timezone.utc)) -> None:
        if not (realm_id and client_id and client_secret and refresh_token):
            raise ConnectorError("QuickBooks needs DUNMAIL_QUICKBOOKS_REALM_ID, _CLIENT_ID, _CLIENT_SECRET and _REFRESH_TOKEN")
        auth = OAuth2Refresh(TOKEN_URL, client_id, client_secret, store=TokenStore(token_file, refresh_token))
        kwargs: dict[str, Any] = {"sleep": sleep} if sleep else {}
        self.api = ReadOnlyApi(HOSTS[environment], auth=auth, **kwargs)
        self.realm, self.now = realm_id, now

    def _query(self, entity: str) -> tuple[list[dict[str, Any]], str | None]:
        rows: list[dict[str, Any]] = []
        server_time = None
        start = 1
        while True:
            body = self.api.get(f"/v3/company/{self.realm}/query",
                                params={"query": f"select * from {entity} STARTPOSITION {start} MAXRESULTS {PAGE}", "minorversion": MINOR_VERSION})
            server_time = server_time or body.get("time")
            page = (body.get("QueryResponse") or {}).get(entity, [])
            rows += page
            if len(page) < PAGE:
                return rows, server_time
            start += PAGE

    def _cdc(self, since: str) -> tuple[dict[str, list[dict[str, Any]]], str | None]:
        body = self.api.get(f"/v3/company/{self.realm}/cdc", params={"entities": ",".join(ENTITIES), "changedSince": since, "minorversion": MINOR_VERSION})
        out: dict[str, list[dict[str, Any]]] = {e: [] for e in ENTITIES}
        for block in body.get("CDCResponse", []) or []:
            for response in block.get("QueryResponse", []) or []:
                for entity in ENTITIES:
                    out[entity] += response.get(entity, []) or []
        return out, body.get("time")

    def _cursor_usable(self, since: str | None) -> bool:
        if not since:
            return False
        try:
            when = datetime.fromisoformat(since.replace("Z", "+00:00"))
        except ValueError:
            return False
        return self.now() - when < CDC_LOOKBACK - timedelta(hours=1)

    def fetch(self, cursor: dict[str, str], known_invoice_ids: dict[str, str]) -> Changes:
        started = self.now().isoformat(timespec="seconds")
        since = cursor.get("changed_since")
        changes = Changes()
        if self._cursor_usable(since):
            assert since is not None
            rows, server_time = self._cdc(since)
            if any(len(v) >= CDC_CAP for v in rows.values()):
                changes.problems.append("quickbooks: more than 1,000 changes since the last sync, so this sync read everything")
                rows, server_time, full = self._everything()
            else:
                full = False
        else:
            rows, server_time, full = self._everything()
        changes.full = full
        invoice_ids = dict(known_invoice_ids)
        for qb in rows["Customer"]:
            (changes.deleted.setdefault("customers", []).append(str(qb["Id"])) if _is_deleted(qb) else changes.customers.append(customer_from(qb)))
        for qb in rows["Invoice"]:
            if _is_deleted(qb) or _is_void(qb):
                number = invoice_ids.get(str(qb["Id"])) or qb.get("DocNumber")
                if number:
                    changes.deleted.setdefault("invoices", []).append(str(number))
                continue
            invoice = invoice_from(qb)
            invoice_ids[str(qb["Id"])] = invoice.number
            changes.invoice_ids[invoice.number] = str(qb["Id"])
            changes.invoices.append(invoice)
        for qb in rows["Payment"]:
            if _is_deleted(qb):
                changes.deleted.setdefault("payments", []).append(str(qb["Id"]))
                continue
            payment, unknown = payment_from(qb, invoice_ids)
            if unknown:
                changes.problems.append(f"quickbooks: payment {payment.id} is linked to invoice id(s) {', '.join(unknown)} not in the mirror")
            changes.payments.append(payment)
        for qb in rows["CreditMemo"]:
            (changes.deleted.setdefault("credit_notes", []).append(str(qb["Id"])) if _is_deleted(qb) else changes.credit_notes.append(credit_note_from(qb)))
        # The next CDC asks from the server's own clock at the start of this sync (ours if it gave none).
        changes.cursor = {"changed_since": server_time or started}
        return changes

    def _everything(self) -> tuple[dict[str, list[dict[str, Any]]], str | None, bool]:
        rows: dict[str, list[dict[str, Any]]] = {}
        first_time = None
        for entity in ENTITIES:
            rows[entity], server_time = self._query(entity)
            first_time = first_time or server_time
        return rows, first_time, True
