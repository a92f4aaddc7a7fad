"""The Stripe connector, on Stripe's official SDK: Customers, Invoices, Charges (with their
PaymentIntent and the invoices they paid) and Credit Notes.

A first sync lists everything with the SDK's auto-pagination; later ones read the Events API since
the cursor (Stripe keeps 30 days of events; an older cursor means a whole sync again). A charge
with no customer is unidentified cash. Amounts arrive in minor units and are turned into Decimal
per currency (JPY has none, KWD has three). Read-only: the client only lists and retrieves.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import stripe

from adapters.erp_connectors.base import AuthError, Changes, ConnectorError
from adapters.erp_connectors.http import MAX_ATTEMPTS, MAX_WAIT_SECONDS, retry_after_seconds
from core.records import Contact, CreditNote, Customer, Invoice, Payment
from core.text.addresses import domain_of

ZERO_DECIMAL = frozenset("bif clp djf gnf jpy kmf krw mga pyg rwf ugx vnd vuv xaf xof xpf".split())
THREE_DECIMAL = frozenset("bhd jod kwd omr tnd".split())
EVENT_TYPES = ["customer.created", "customer.updated", "customer.deleted", "invoice.finalized", "invoice.updated", "invoice.paid",
               "invoice.voided", "invoice.marked_uncollectible", "invoice.deleted", "invoice.payment_succeeded", "charge.succeeded",
               "charge.refunded", "charge.updated", "credit_note.created", "credit_note.updated", "credit_note.voided"]
EVENT_LOOKBACK = timedelta(days=30)


def money(minor: int | None, currency: str) -> Decimal:
    """Stripe's integer minor units as a Decimal amount in the currency's own precision."""
    cur = currency.lower()
    places = 0 if cur in ZERO_DECIMAL else 3 if cur in THREE_DECIMAL else 2
    return Decimal(int(minor or 0)).scaleb(-places)


def _day(ts: int | None) -> date | None:
    return datetime.fromtimestamp(int(ts), tz=timezone.utc).date() if ts else None


def _id(value: Any) -> str | None:
    """Stripe fields hold an id, or the expanded object."""
    if isinstance(value, dict):
        return value.get("id")
    return str(value) if value else None


def customer_from(c: dict[str, Any]) -> Customer:
    email = (c.get("email") or "").lower()
    meta = c.get("metadata") or {}
    locales = c.get("preferred_locales") or []
    return Customer(id=c["id"], name=c.get("name") or c.get("description") or email or c["id"], domain=domain_of(email),
                    contacts=[Contact(email=email, name=c.get("name") or "")] if email else [], owner=str(meta.get("owner", "")),
                    language=(locales[0].split("-")[0] if locales else str(meta.get("language", "en"))) or "en")


def invoice_from(i: dict[str, Any]) -> Invoice:
    currency = i.get("currency") or "usd"
    issued = _day((i.get("status_transitions") or {}).get("finalized_at")) or _day(i.get("created")) or date.today()
    po = next((f.get("value") for f in i.get("custom_fields") or [] if "PO" in str(f.get("name", "")).upper().replace(".", "")), None)
    return Invoice(number=i["number"], customer_id=_id(i.get("customer")) or "", issue_date=issued, due_date=_day(i.get("due_date")) or issued,
                   amount=money(i.get("total"), currency), currency=currency.upper(), balance=money(i.get("amount_remaining"), currency),
                   po_number=po, status=str(i.get("status") or "open"))


def payment_from(ch: dict[str, Any], applied_to: list[str]) -> Payment:
    currency = ch.get("currency") or "usd"
    details = ch.get("payment_method_details") or {}
    return Payment(id=ch["id"], customer_id=_id(ch.get("customer")), date=_day(ch.get("created")) or date.today(),
                   amount=money(int(ch.get("amount") or 0) - int(ch.get("amount_refunded") or 0), currency), currency=currency.upper(),
                   reference=_id(ch.get("payment_intent")) or ch["id"], method=str(details.get("type", "")), applied_to=applied_to)


def credit_note_from(n: dict[str, Any], invoice_number: str | None) -> CreditNote:
    currency = n.get("currency") or "usd"
    return CreditNote(id=n["id"], number=n.get("number") or n["id"], customer_id=_id(n.get("customer")), date=_day(n.get("created")) or date.today(),
                      amount=money(n.get("total"), currency), currency=currency.upper(), remaining=Decimal("0"),
                      applied_to=[invoice_number] if invoice_number else [])


class StripeConnector:
    """Reads one Stripe account with a (restricted, read-only) secret key."""

    name = "stripe"

    def __init__(self, api_key: str, *, sleep: Callable[[float], None] = time.sleep, now: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
                 base_url: str | None = None) -> None:
        if not api_key:
            raise ConnectorError("Stripe needs DUNMAIL_STRIPE_API_KEY (a restricted key with read access is enough)")
        extra: dict[str, Any] = {"base_addresses": {"api": base_url}} if base_url else {}
        self.client = stripe.StripeClient(api_key, http_client=stripe.HTTPXClient(allow_sync_methods=True), max_network_retries=0, **extra)
        self.sleep, self.now = sleep, now

    # -- reading, with rate limits waited out --------------------------------------------------
    def _each(self, service: Any, params: dict[str, Any]) -> Iterator[dict[str, Any]]:
        """Every object of a list, auto-paginated; after a 429 the listing resumes after the last object read."""
        last: str | None = None
        attempt = 0
        while True:
            query = {**params, "limit": 100, **({"starting_after": last} if last else {})}
            try:
                for obj in service.list(params=query).auto_paging_iter():
                    data = obj.to_dict()
                    last = data.get("id") or last
                    yield data
                return
            except stripe.RateLimitError as exc:
                attempt += 1
                wait = retry_after_seconds((exc.headers or {}).get("Retry-After"), min(2.0 ** attempt, MAX_WAIT_SECONDS))
                if attempt >= MAX_ATTEMPTS or wait > MAX_WAIT_SECONDS:
                    raise ConnectorError(f"api.stripe.com answered 429 (rate limit) after {attempt} tries; the next sync continues from the cursor") from exc
                self.sleep(wait)
            except (stripe.AuthenticationError, stripe.PermissionError) as exc:
                raise AuthError(f"Stripe refused the API key ({exc.http_status}): set DUNMAIL_STRIPE_API_KEY to a key with read access") from exc
            except stripe.APIConnectionError as exc:
                raise ConnectorError("cannot reach api.stripe.com") from exc
            except stripe.StripeError as exc:
                raise ConnectorError(f"Stripe answered {exc.http_status}: {exc.user_message or 'error'}") from exc

    def _all(self, service: Any, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        return list(self._each(service, params or {}))

    # -- the sync --------------------------------------------------------------------------------
    def fetch(self, cursor: dict[str, str], known_invoice_ids: dict[str, str]) -> Changes:
        v1 = self.client.v1
        newest = next(iter(self._each(v1.events, {})), None)  # the cursor the next sync starts from
        next_cursor = str(newest["created"]) if newest else str(int(self.now().timestamp()))
        after = cursor.get("events_after")
        if after and self.now() - datetime.fromtimestamp(int(after), tz=timezone.utc) < EVENT_LOOKBACK - timedelta(hours=1):
            changes = self._from_events(int(after), known_invoice_ids)
        else:
            changes = self._everything(known_invoice_ids)
        changes.cursor = {"events_after": next_cursor}
        return changes

    def _everything(self, known_invoice_ids: dict[str, str]) -> Changes:
        v1 = self.client.v1
        changes = Changes(full=True)
        changes.customers = [customer_from(c) for c in self._all(v1.customers) if not c.get("deleted")]
        numbers = dict(known_invoice_ids)
        for inv in self._all(v1.invoices):
            self._take_invoice(changes, inv, numbers)
        paid_by = self._invoice_payments({}, numbers)
        for ch in self._all(v1.charges):
            self._take_charge(changes, ch, paid_by.get(_id(ch.get("payment_intent")) or "", []) + paid_by.get(ch["id"], []), numbers)
        for note in self._all(v1.credit_notes):
            self._take_credit_note(changes, note, numbers)
        return changes

    def _invoice_payments(self, params: dict[str, Any], numbers: dict[str, str]) -> dict[str, list[str]]:
        """payment intent or charge id -> the invoice numbers it paid (Stripe's InvoicePayment records)."""
        paid_by: dict[str, list[str]] = {}
        for ip in self._all(self.client.v1.invoice_payments, params):
            if ip.get("status") != "paid":
                continue
            payment = ip.get("payment") or {}
            key = _id(payment.get("payment_intent")) or _id(payment.get("charge"))
            number = numbers.get(_id(ip.get("invoice")) or "")
            if key and number and number not in paid_by.setdefault(key, []):
                paid_by[key].append(number)
        return paid_by

    def _take_invoice(self, changes: Changes, inv: dict[str, Any], numbers: dict[str, str]) -> None:
        number = inv.get("number") or numbers.get(inv["id"])
        if not number:
            return  # a draft: no number, never sent, nothing to collect
        numbers[inv["id"]] = number
        if inv.get("status") in ("void", "draft") or inv.get("deleted"):
            changes.deleted.setdefault("invoices", []).append(number)
            return
        changes.invoice_ids[number] = inv["id"]
        changes.invoices.append(invoice_from(inv))

    def _take_charge(self, changes: Changes, ch: dict[str, Any], applied: list[str], numbers: dict[str, str]) -> None:
        legacy = numbers.get(_id(ch.get("invoice")) or "")  # API versions before 2025-03 name the invoice on the charge
        applied = sorted({*applied, legacy}) if legacy else sorted(set(applied))
        if ch.get("status") != "succeeded" or not ch.get("paid", True) or int(ch.get("amount") or 0) <= int(ch.get("amount_refunded") or 0):
            changes.deleted.setdefault("payments", []).append(ch["id"])  # failed, or refunded in full: no cash
            return
        changes.payments.append(payment_from(ch, applied))

    def _take_credit_note(self, changes: Changes, note: dict[str, Any], numbers: dict[str, str]) -> None:
        if note.get("status") == "void":
            changes.deleted.setdefault("credit_notes", []).append(note["id"])
        else:
            changes.credit_notes.append(credit_note_from(note, numbers.get(_id(note.get("invoice")) or "")))

    def _from_events(self, after: int, known_invoice_ids: dict[str, str]) -> Changes:
        changes = Changes()
        numbers = dict(known_invoice_ids)
        events = self._all(self.client.v1.events, {"created": {"gte": after}, "types": EVENT_TYPES})
        latest: dict[str, dict[str, Any]] = {}
        for event in sorted(events, key=lambda e: (e.get("created", 0), e.get("id", ""))):  # oldest first: the newest state wins
            obj = (event.get("data") or {}).get("object") or {}
            if obj.get("id"):
                latest[obj["id"]] = {"type": event.get("type", ""), "object": obj}
        for item in latest.values():
            kind, obj = item["type"], item["object"]
            if kind.startswith("customer."):
                if kind == "customer.deleted" or obj.get("deleted"):
                    changes.deleted.setdefault("customers", []).append(obj["id"])
                else:
                    changes.customers.append(customer_from(obj))
            elif kind.startswith("invoice."):
                self._take_invoice(changes, {**obj, "deleted": kind == "invoice.deleted"}, numbers)
        for item in latest.values():
            kind, obj = item["type"], item["object"]
            if kind.startswith("charge."):
                key = _id(obj.get("payment_intent"))
                paid_by = self._invoice_payments({"payment": {"type": "payment_intent", "payment_intent": key}}, numbers) if key else {}
                self._take_charge(changes, obj, paid_by.get(key or "", []), numbers)
            elif kind.startswith("credit_note."):
                self._take_credit_note(changes, obj, numbers)
        return changes

    def invoice_number(self, invoice_id: str) -> str | None:
        """The number of one invoice (a webhook names invoices by id)."""
        try:
            return self.client.v1.invoices.retrieve(invoice_id).to_dict().get("number")
        except stripe.StripeError as exc:
            raise ConnectorError(f"Stripe answered {exc.http_status} for invoice {invoice_id}") from exc
