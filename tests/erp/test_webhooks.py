"""A payment webhook stops that invoice's reminders at once, audited, and only when its signature
verifies and the books show the invoice paid in full."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from datetime import datetime, timezone
from pathlib import Path

import httpx
import pytest
import respx
from fastapi.testclient import TestClient
from pydantic import SecretStr
from sqlmodel import Session, select

from adapters.db.tables import AuditEvent, DunningState
from adapters.erp_connectors import quickbooks, xero
from adapters.erp_connectors.csv_export import CsvConnector
from adapters.erp_connectors.quickbooks import QuickBooksConnector
from adapters.erp_connectors.xero import XeroConnector
from adapters.erp_mirror.mirror import MirrorErp
from adapters.erp_mirror.sync import run_sync
from dunmail.erp_webhooks import AUDIT_KIND, create_webhook_app
from dunmail.settings import Settings
from tests.erp import test_quickbooks as qb
from tests.erp import test_xero as xr
from tests.erp.books import write_books

STRIPE_SECRET = "whsec_test_secret"


def stripe_signed(event: dict, secret: str = STRIPE_SECRET, at: int | None = None) -> tuple[bytes, str]:
    body = json.dumps(event).encode()
    at = at or int(time.time())
    sig = hmac.new(secret.encode(), f"{at}.".encode() + body, hashlib.sha256).hexdigest()
    return body, f"t={at},v1={sig}"


def b64_signed(body: bytes, key: str) -> str:
    return base64.b64encode(hmac.new(key.encode(), body, hashlib.sha256).digest()).decode()


def paid_event(number: str, remaining: int = 0, event_id: str = "evt_1PaId") -> dict:
    return {"id": event_id, "object": "event", "type": "invoice.paid", "created": int(time.time()), "livemode": False,
            "data": {"object": {"id": "in_77", "object": "invoice", "number": number, "customer": "cus_1", "amount_remaining": remaining,
                                "amount_paid": 120000 - remaining, "total": 120000, "currency": "eur", "status": "paid" if remaining == 0 else "open"}}}


def stops(engine) -> list[AuditEvent]:  # noqa: ANN001
    with Session(engine) as s:
        return list(s.exec(select(AuditEvent).where(AuditEvent.kind == "dunning.stopped")).all())


def receipts(engine) -> list[AuditEvent]:  # noqa: ANN001
    with Session(engine) as s:
        return list(s.exec(select(AuditEvent).where(AuditEvent.kind == AUDIT_KIND)).all())


@pytest.fixture
def csv_books(tmp_path: Path, engine) -> Settings:  # noqa: ANN001
    """The csv mirror holds Acme's INV-2026-1001 (1200.00 open); Stripe collects card payments for it."""
    books = write_books(tmp_path / "books")
    run_sync(engine, CsvConnector(books))
    return Settings(data_dir=tmp_path, erp="csv", erp_csv_dir=books, stripe_webhook_secret=SecretStr(STRIPE_SECRET), _env_file=None)


def test_a_stripe_invoice_paid_event_stops_that_invoices_reminders_at_once(csv_books: Settings, engine) -> None:  # noqa: ANN001
    client = TestClient(create_webhook_app(csv_books, engine))
    body, signature = stripe_signed(paid_event("INV-2026-1001"))
    answer = client.post("/webhooks/stripe", content=body, headers={"Stripe-Signature": signature})
    assert answer.status_code == 200
    [stop] = stops(engine)
    assert (stop.actor, stop.customer_id, stop.detail["invoice"]) == ("webhook:stripe", "C-ACME", "INV-2026-1001")
    assert "paid in full per stripe" in stop.detail["note"] and "evt_1PaId" in stop.detail["note"]
    assert receipts(engine)[0].detail["stopped"] == ["INV-2026-1001"]


def test_a_retried_delivery_changes_nothing_the_second_time(csv_books: Settings, engine) -> None:  # noqa: ANN001
    client = TestClient(create_webhook_app(csv_books, engine))
    body, signature = stripe_signed(paid_event("INV-2026-1001"))
    for _ in range(3):
        assert client.post("/webhooks/stripe", content=body, headers={"Stripe-Signature": signature}).status_code == 200
    assert len(stops(engine)) == 1 and len(receipts(engine)) == 1


@pytest.mark.parametrize("tamper", ["wrong secret", "edited body", "old timestamp", "no header"])
def test_an_event_that_does_not_verify_is_refused_and_stops_nothing(csv_books: Settings, engine, tamper: str) -> None:  # noqa: ANN001
    client = TestClient(create_webhook_app(csv_books, engine))
    body, signature = stripe_signed(paid_event("INV-2026-1001"), secret="whsec_other" if tamper == "wrong secret" else STRIPE_SECRET,
                                    at=int(time.time()) - 3600 if tamper == "old timestamp" else None)
    if tamper == "edited body":
        body = body.replace(b'"amount_remaining": 0', b'"amount_remaining": 0 ')
    headers = {} if tamper == "no header" else {"Stripe-Signature": signature}
    assert client.post("/webhooks/stripe", content=body, headers=headers).status_code == 401
    assert stops(engine) == [] and receipts(engine) == []


def test_an_endpoint_without_its_secret_refuses_every_delivery(csv_books: Settings, engine) -> None:  # noqa: ANN001
    client = TestClient(create_webhook_app(csv_books.model_copy(update={"stripe_webhook_secret": SecretStr("")}), engine))
    body, signature = stripe_signed(paid_event("INV-2026-1001"), secret="")
    assert client.post("/webhooks/stripe", content=body, headers={"Stripe-Signature": signature}).status_code == 401
    assert client.post("/webhooks/xero", content=b'{"events": []}', headers={"x-xero-signature": b64_signed(b'{"events": []}', "")}).status_code == 401
    assert stops(engine) == []


def test_a_part_payment_keeps_the_reminders_and_is_audited(csv_books: Settings, engine) -> None:  # noqa: ANN001
    client = TestClient(create_webhook_app(csv_books, engine))
    body, signature = stripe_signed(paid_event("INV-2026-1001", remaining=70000, event_id="evt_part"))
    assert client.post("/webhooks/stripe", content=body, headers={"Stripe-Signature": signature}).status_code == 200
    assert stops(engine) == []
    assert receipts(engine)[0].detail["part_paid"] == ["INV-2026-1001"]


QBO_PAYMENT_EVENT = {"eventNotifications": [{"realmId": "4620816365", "dataChangeEvent": {"entities": [
    {"name": "Payment", "id": "161", "operation": "Create", "lastUpdated": "2026-11-29T10:00:00.000Z"}]}}]}


def _qbo_settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path, erp="quickbooks", quickbooks_webhook_verifier=SecretStr("verifier-token"), _env_file=None)


def test_a_quickbooks_payment_webhook_syncs_and_stops_the_invoice_it_paid_off(tmp_path: Path, engine) -> None:  # noqa: ANN001
    connector = QuickBooksConnector("4620816365", "id", "secret", "refresh", tmp_path / "t.json", sleep=lambda s: None,
                                    now=lambda: datetime(2026, 11, 29, 9, 0, tzinfo=timezone.utc))
    with respx.mock(assert_all_called=False) as mock:
        mock.post(quickbooks.TOKEN_URL).mock(return_value=qb.token())
        mock.get(f"{qb.API}/query").mock(side_effect=qb.query_answer(qb.BOOKS))
        run_sync(engine, connector)
        payment = {**qb.PAYMENT, "Id": "161", "TotalAmt": 700.00, "Line": [{"Amount": 700.00, "LinkedTxn": [{"TxnId": "130", "TxnType": "Invoice"}]}]}
        mock.get(f"{qb.API}/cdc").mock(return_value=httpx.Response(200, json={"CDCResponse": [{"QueryResponse": [
            {"Invoice": [{**qb.INV_1037, "Balance": 0}]}, {"Payment": [payment]}]}], "time": "2026-11-29T02:00:00.000-08:00"}))
        client = TestClient(create_webhook_app(_qbo_settings(tmp_path), engine, connector=connector))
        body = json.dumps(QBO_PAYMENT_EVENT).encode()
        assert client.post("/webhooks/quickbooks", content=body, headers={"intuit-signature": "bm90LXRoZS1zaWduYXR1cmU="}).status_code == 401
        assert client.post("/webhooks/quickbooks", content=body, headers={"intuit-signature": b64_signed(body, "verifier-token")}).status_code == 200
    [stop] = stops(engine)
    assert (stop.actor, stop.customer_id, stop.detail["invoice"]) == ("webhook:quickbooks", "58", "1037")
    [receipt] = receipts(engine)
    assert receipt.detail["sync"].startswith("quickbooks sync #2 ok") and receipt.detail["kinds"] == ["Payment.Create"]
    assert MirrorErp(engine, "quickbooks").invoice("1037").balance == 0


def _xero_settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path, erp="xero", xero_webhook_key=SecretStr("xero-key"), _env_file=None)


def test_xeros_intent_to_receive_check_passes_only_with_the_right_signature(tmp_path: Path, engine) -> None:  # noqa: ANN001
    client = TestClient(create_webhook_app(_xero_settings(tmp_path), engine, connector=object()))
    body = b'{"events":[],"firstEventSequence":0,"lastEventSequence":0,"entropy":"S0m3r4Nd0mt3xt"}'
    assert client.post("/webhooks/xero", content=body, headers={"x-xero-signature": b64_signed(body, "wrong-key")}).status_code == 401
    assert client.post("/webhooks/xero", content=body, headers={"x-xero-signature": b64_signed(body, "xero-key")}).status_code == 200
    assert stops(engine) == []


def test_a_xero_invoice_event_stops_it_when_paid_and_not_when_partly_paid(tmp_path: Path, engine) -> None:  # noqa: ANN001
    connector = XeroConnector("tenant-7", "id", "secret", "refresh", tmp_path / "x.json", sleep=lambda s: None, now=lambda: xr.NOW)
    with respx.mock(assert_all_called=False) as mock:
        mock.post(xero.TOKEN_URL).mock(return_value=xr.token())
        xr.mount(mock, xr.BOOKS)
        run_sync(engine, connector)
        paid = xr.invoice("INV-0042", "1200.00", "0.00", status="PAID")
        part = xr.invoice("INV-0043", "99.95", "49.95", currency="NZD", contact=xr.KIWI_ID)
        xr.mount(mock, {"Contacts": [], "Invoices": [paid, part], "Payments": [], "CreditNotes": []})
        events = {"events": [{"resourceUrl": f"https://api.xero.com/api.xro/2.0/Invoices/{inv['InvoiceID']}", "resourceId": inv["InvoiceID"],
                              "eventDateUtc": "2026-11-29T10:00:00.000", "eventType": "UPDATE", "eventCategory": "INVOICE",
                              "tenantId": "tenant-7", "tenantType": "ORGANISATION"} for inv in (paid, part)],
                  "firstEventSequence": 1, "lastEventSequence": 2, "entropy": "QWERTY"}
        body = json.dumps(events).encode()
        client = TestClient(create_webhook_app(_xero_settings(tmp_path), engine, connector=connector))
        assert client.post("/webhooks/xero", content=body, headers={"x-xero-signature": b64_signed(body, "xero-key")}).status_code == 200
    assert [s.detail["invoice"] for s in stops(engine)] == ["INV-0042"]
    assert receipts(engine)[0].detail["part_paid"] == ["INV-0043"]


def test_a_stripe_charge_succeeded_event_syncs_and_stops_the_invoice_the_charge_paid_off(tmp_path: Path, engine) -> None:  # noqa: ANN001
    from adapters.erp_connectors.stripe_billing import StripeConnector
    from tests.erp import test_stripe as st

    connector = StripeConnector("rk_test_readonly", sleep=lambda s: None, now=lambda: st.NOW)
    with respx.mock(assert_all_called=False) as mock:
        st.mount(mock, st.BOOKS)
        run_sync(engine, connector)
        charge = {**st.CHARGES[0], "id": "ch_5", "amount": 70000, "payment_intent": "pi_5", "created": st.ts("2026-11-28")}
        paid = st.invoice("in_1", "ACME-0001", st.ACME["id"], 120000, 0, status="paid")
        st.mount(mock, {"events": [{"id": "evt_c", "object": "event", "type": "charge.succeeded", "created": st.ts("2026-11-28") + 60, "data": {"object": charge}},
                                   {"id": "evt_i", "object": "event", "type": "invoice.paid", "created": st.ts("2026-11-28") + 30, "data": {"object": paid}}],
                        "invoice_payments": [{**st.INVOICE_PAYMENTS[0], "id": "inpay_5", "payment": {"type": "payment_intent", "payment_intent": "pi_5"}}]})
        settings = Settings(data_dir=tmp_path, erp="stripe", stripe_webhook_secret=SecretStr(STRIPE_SECRET), _env_file=None)
        client = TestClient(create_webhook_app(settings, engine, connector=connector))
        body, signature = stripe_signed({"id": "evt_c", "object": "event", "type": "charge.succeeded", "created": int(time.time()),
                                         "data": {"object": charge}})
        assert client.post("/webhooks/stripe", content=body, headers={"Stripe-Signature": signature}).status_code == 200
    [stop] = stops(engine)
    assert (stop.actor, stop.customer_id, stop.detail["invoice"]) == ("webhook:stripe", st.ACME["id"], "ACME-0001")
    assert receipts(engine)[0].detail["sync"].startswith("stripe sync #2 ok")


def _xero_events(*invoices: dict, sequence: int = 1) -> bytes:
    return json.dumps({"events": [{"resourceUrl": f"https://api.xero.com/api.xro/2.0/Invoices/{inv['InvoiceID']}", "resourceId": inv["InvoiceID"],
                                   "eventDateUtc": "2026-11-29T10:00:00.000", "eventType": "UPDATE", "eventCategory": "INVOICE",
                                   "tenantId": "tenant-7", "tenantType": "ORGANISATION"} for inv in invoices],
                       "firstEventSequence": sequence, "lastEventSequence": sequence + len(invoices) - 1, "entropy": f"E{sequence}"}).encode()


def test_a_payment_voided_in_the_books_undoes_the_webhooks_stop_but_never_a_persons(tmp_path: Path, engine) -> None:  # noqa: ANN001
    """Xero shows INV-0042 paid (the webhook stops it), then its payment is removed and the invoice is owed again:
    the webhook's own stop is undone, audited; a collector's stop of INV-0043 stays whatever the books say."""
    from dunmail.erp_webhooks import _StoreOnly
    from dunmail.tick import stop_invoice

    connector = XeroConnector("tenant-7", "id", "secret", "refresh", tmp_path / "x.json", sleep=lambda s: None, now=lambda: xr.NOW)
    with respx.mock(assert_all_called=False) as mock:
        mock.post(xero.TOKEN_URL).mock(return_value=xr.token())
        xr.mount(mock, xr.BOOKS)
        run_sync(engine, connector)
        part = xr.invoice("INV-0043", "99.95", "49.95", currency="NZD", contact=xr.KIWI_ID)
        stop_invoice(_StoreOnly(engine), xr.KIWI_ID, "INV-0043", "alice", "customer asked us to call instead")  # type: ignore[arg-type]
        client = TestClient(create_webhook_app(_xero_settings(tmp_path), engine, connector=connector))
        paid = xr.invoice("INV-0042", "1200.00", "0.00", status="PAID")
        xr.mount(mock, {"Contacts": [], "Invoices": [paid, part], "Payments": [], "CreditNotes": []})
        body = _xero_events(paid, part)
        assert client.post("/webhooks/xero", content=body, headers={"x-xero-signature": b64_signed(body, "xero-key")}).status_code == 200
        assert [s.detail["invoice"] for s in stops(engine) if s.actor == "webhook:xero"] == ["INV-0042"]

        owed_again = xr.invoice("INV-0042", "1200.00", "1200.00", status="AUTHORISED")
        xr.mount(mock, {"Contacts": [], "Invoices": [owed_again], "Payments": [], "CreditNotes": []})
        body = _xero_events(owed_again, sequence=3)
        assert client.post("/webhooks/xero", content=body, headers={"x-xero-signature": b64_signed(body, "xero-key")}).status_code == 200

    with Session(engine) as s:
        restarts = s.exec(select(AuditEvent).where(AuditEvent.kind == "dunning.restarted")).all()
        states = {row.invoice_number: row.stopped for row in s.exec(select(DunningState)).all()}
    assert [(r.actor, r.detail["invoice"]) for r in restarts] == [("webhook:xero", "INV-0042")]
    assert "owed again" in restarts[0].detail["note"]
    assert states == {"INV-0042": False, "INV-0043": True}
    assert receipts(engine)[-1].detail["reopened"] == ["INV-0042"]
