"""Stripe through respx under the official SDK, with bodies shaped like Stripe's list objects:
auto-pagination, zero- and three-decimal currencies, unidentified charges, invoice payments,
refunds, deletions and voids, the Events API for later syncs, 429 and a bad key."""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal
from typing import Any

import httpx
import pytest
import respx

from adapters.erp_connectors.stripe_billing import StripeConnector, money
from adapters.erp_mirror.mirror import MirrorErp
from adapters.erp_mirror.sync import run_sync

API = "https://api.stripe.com/v1"
NOW = datetime(2026, 11, 29, 9, 0, tzinfo=timezone.utc)


def ts(day: str) -> int:
    return int(datetime.fromisoformat(day).replace(tzinfo=timezone.utc).timestamp())


ACME = {"id": "cus_NffrFeUfNV2Hib", "object": "customer", "email": "Jo.Baker@acme-tools.example", "name": "Acme Tools Ltd",
        "preferred_locales": ["de-DE"], "metadata": {"owner": "alice"}, "created": ts("2026-01-05"), "livemode": False}
TOKYO = {"id": "cus_Tokyo", "object": "customer", "email": "keiri@tokyo-parts.example", "name": "Tokyo Parts KK", "preferred_locales": [],
         "metadata": {}, "created": ts("2026-02-01")}
GONE = {"id": "cus_Gone", "object": "customer", "deleted": True}


def invoice(iid: str, number: str | None, customer: str, total: int, remaining: int, currency: str = "eur", status: str = "open",
            **extra: Any) -> dict[str, Any]:
    return {"id": iid, "object": "invoice", "number": number, "customer": customer, "currency": currency, "total": total,
            "amount_due": total, "amount_paid": total - remaining, "amount_remaining": remaining, "status": status,
            "created": ts("2026-10-01"), "due_date": ts("2026-10-31"),
            "status_transitions": {"finalized_at": ts("2026-10-02"), "paid_at": None}, "custom_fields": [{"name": "PO", "value": "PO-77"}], **extra}


INVOICES = [invoice("in_1", "ACME-0001", ACME["id"], 120000, 70000), invoice("in_2", "TOKY-0001", TOKYO["id"], 150000, 150000, currency="jpy"),
            invoice("in_3", None, ACME["id"], 999, 999, status="draft"), invoice("in_4", "ACME-0002", ACME["id"], 5000, 0, status="void")]
CHARGES = [
    {"id": "ch_1", "object": "charge", "amount": 50000, "amount_captured": 50000, "amount_refunded": 0, "currency": "eur", "customer": ACME["id"],
     "payment_intent": "pi_1", "status": "succeeded", "paid": True, "created": ts("2026-11-10"), "payment_method_details": {"type": "sepa_debit"}},
    {"id": "ch_2", "object": "charge", "amount": 64000, "amount_captured": 64000, "amount_refunded": 0, "currency": "eur", "customer": None,
     "payment_intent": "pi_2", "status": "succeeded", "paid": True, "created": ts("2026-11-14"), "payment_method_details": {"type": "customer_balance"}},
    {"id": "ch_3", "object": "charge", "amount": 20000, "amount_captured": 20000, "amount_refunded": 20000, "refunded": True, "currency": "eur",
     "customer": ACME["id"], "payment_intent": "pi_3", "status": "succeeded", "paid": True, "created": ts("2026-11-11"),
     "payment_method_details": {"type": "card"}},
    {"id": "ch_4", "object": "charge", "amount": 10000, "amount_captured": 0, "amount_refunded": 0, "currency": "eur", "customer": ACME["id"],
     "payment_intent": "pi_4", "status": "failed", "paid": False, "created": ts("2026-11-12"), "payment_method_details": {"type": "card"}},
]
INVOICE_PAYMENTS = [{"id": "inpay_1", "object": "invoice_payment", "amount_paid": 50000, "currency": "eur", "invoice": "in_1", "is_default": True,
                     "payment": {"type": "payment_intent", "payment_intent": "pi_1"}, "status": "paid", "status_transitions": {"paid_at": ts("2026-11-10")}}]
CREDIT_NOTES = [{"id": "cn_1", "object": "credit_note", "number": "ACME-0001-CN-01", "customer": ACME["id"], "invoice": "in_1", "total": 5000,
                 "currency": "eur", "status": "issued", "created": ts("2026-11-12")}]
EVENTS = [{"id": "evt_0", "object": "event", "type": "customer.updated", "created": ts("2026-11-28"), "data": {"object": ACME}}]


def listing(path: str, rows: list[dict[str, Any]], page: int = 2):  # noqa: ANN201
    """A Stripe list endpoint: `limit` is honoured up to `page`, `starting_after` continues, `has_more` tells."""
    def answer(request: httpx.Request) -> httpx.Response:
        after = request.url.params.get("starting_after")
        start = next((n + 1 for n, r in enumerate(rows) if r["id"] == after), 0) if after else 0
        size = min(int(request.url.params.get("limit", "10")), page)
        chunk = rows[start:start + size]
        return httpx.Response(200, json={"object": "list", "url": f"/v1/{path}", "has_more": start + size < len(rows), "data": chunk})
    return answer


BOOKS = {"customers": [ACME, TOKYO, GONE], "invoices": INVOICES, "charges": CHARGES, "invoice_payments": INVOICE_PAYMENTS,
         "credit_notes": CREDIT_NOTES, "events": EVENTS}


def mount(mock: respx.MockRouter, books: dict[str, list[dict[str, Any]]]) -> None:
    for path, rows in books.items():
        mock.get(f"{API}/{path}").mock(side_effect=listing(path, rows))


@pytest.fixture
def api():  # noqa: ANN201
    with respx.mock(assert_all_called=False) as mock:
        mount(mock, BOOKS)
        yield mock


@pytest.fixture
def waits() -> list[float]:
    return []


@pytest.fixture
def connector(waits: list[float]) -> StripeConnector:
    return StripeConnector("rk_test_readonly", sleep=waits.append, now=lambda: NOW)


def test_a_first_sync_reads_every_page_of_every_list(api, connector, engine) -> None:  # noqa: ANN001
    outcome = run_sync(engine, connector)
    assert outcome.status == "ok", outcome.error
    assert outcome.counts == {"customers": 2, "invoices": 2, "payments": 2, "credit_notes": 1, "deleted_invoices": 1, "deleted_payments": 2}
    customer_pages = [c.request.url.params.get("starting_after") for c in api.calls if c.request.url.path == "/v1/customers"]
    assert customer_pages == [None, TOKYO["id"]]  # auto-pagination asked for the second page after the last id


def test_customers_become_records_with_their_contact_owner_and_language(api, connector, engine) -> None:  # noqa: ANN001
    run_sync(engine, connector)
    acme = MirrorErp(engine, "stripe").customer_by_email("jo.baker@acme-tools.example")
    assert (acme.id, acme.name, acme.domain, acme.owner, acme.language) == (ACME["id"], "Acme Tools Ltd", "acme-tools.example", "alice", "de")
    assert MirrorErp(engine, "stripe").customer("cus_Gone") is None


def test_a_partly_paid_invoice_shows_what_remains_and_which_charge_paid_it(api, connector, engine) -> None:  # noqa: ANN001
    run_sync(engine, connector)
    erp = MirrorErp(engine, "stripe")
    inv = erp.invoice("ACME-0001")
    assert (inv.amount, inv.balance, inv.currency, inv.po_number) == (Decimal("1200.00"), Decimal("700.00"), "EUR", "PO-77")
    assert (inv.issue_date, inv.due_date) == (date(2026, 10, 2), date(2026, 10, 31))
    [paid] = erp.payments(ACME["id"])
    assert (paid.id, paid.amount, paid.applied_to, paid.reference, paid.method) == ("ch_1", Decimal("500.00"), ["ACME-0001"], "pi_1", "sepa_debit")


def test_yen_has_no_minor_unit_and_dinar_has_three() -> None:
    assert money(150000, "jpy") == Decimal("150000")
    assert money(150000, "JPY") == Decimal("150000")
    assert money(12345, "kwd") == Decimal("12.345")
    assert money(12345, "eur") == Decimal("123.45")


def test_a_yen_invoice_arrives_in_whole_yen(api, connector, engine) -> None:  # noqa: ANN001
    run_sync(engine, connector)
    yen = MirrorErp(engine, "stripe").invoice("TOKY-0001")
    assert (yen.amount, yen.currency) == (Decimal("150000"), "JPY")


def test_a_charge_with_no_customer_is_unidentified_cash(api, connector, engine) -> None:  # noqa: ANN001
    run_sync(engine, connector)
    [cash] = MirrorErp(engine, "stripe").unidentified_payments()
    assert (cash.id, cash.amount, cash.customer_id, cash.applied_to) == ("ch_2", Decimal("640.00"), None, [])


def test_refunded_and_failed_charges_are_not_counted_as_cash(api, connector, engine) -> None:  # noqa: ANN001
    run_sync(engine, connector)
    assert [p.id for p in MirrorErp(engine, "stripe").payments(ACME["id"])] == ["ch_1"]


def test_drafts_and_voided_invoices_are_not_dunned(api, connector, engine) -> None:  # noqa: ANN001
    run_sync(engine, connector)
    erp = MirrorErp(engine, "stripe")
    assert erp.invoice("ACME-0002") is None
    assert [i.number for i in erp.invoices(ACME["id"])] == ["ACME-0001"]


def test_a_credit_note_names_the_invoice_it_reduced(api, connector, engine) -> None:  # noqa: ANN001
    from sqlmodel import Session, select

    from adapters.db.tables import ErpCreditNoteRow

    run_sync(engine, connector)
    with Session(engine) as s:
        [note] = s.exec(select(ErpCreditNoteRow)).all()
    assert (note.number, note.applied_to, Decimal(note.amount)) == ("ACME-0001-CN-01", ["ACME-0001"], Decimal("50.00"))


def test_later_syncs_read_events_since_the_cursor(api, connector, engine) -> None:  # noqa: ANN001
    run_sync(engine, connector)
    paid = invoice("in_1", "ACME-0001", ACME["id"], 120000, 0, status="paid")
    ch = {**CHARGES[0], "id": "ch_5", "amount": 70000, "payment_intent": "pi_5", "created": ts("2026-11-28")}
    new_events = [{"id": "evt_2", "object": "event", "type": "charge.succeeded", "created": ts("2026-11-28") + 60, "data": {"object": ch}},
                  {"id": "evt_1", "object": "event", "type": "invoice.paid", "created": ts("2026-11-28") + 30, "data": {"object": paid}},
                  *EVENTS]
    mount(api, {"events": new_events, "invoice_payments": [{**INVOICE_PAYMENTS[0], "id": "inpay_5", "payment": {"type": "payment_intent",
                                                                                                              "payment_intent": "pi_5"}}]})
    outcome = run_sync(engine, connector)
    assert outcome.status == "ok" and outcome.counts["invoices"] == 1 and outcome.counts["payments"] == 1
    event_calls = [c.request.url for c in api.calls if c.request.url.path == "/v1/events"]
    assert event_calls[-1].params["created[gte]"] == str(ts("2026-11-28"))
    asked = [v for k, v in event_calls[-1].params.multi_items() if k.startswith("types[")]
    assert {"invoice.paid", "charge.succeeded", "customer.deleted", "credit_note.created"} <= set(asked)
    erp = MirrorErp(engine, "stripe")
    assert erp.invoice("ACME-0001").balance == 0
    assert [p.applied_to for p in erp.payments(ACME["id"]) if p.id == "ch_5"] == [["ACME-0001"]]
    assert erp.customer("cus_Tokyo") is not None  # what did not change stays


def test_a_rate_limit_waits_and_resumes_after_the_last_object_read(api, connector, engine, waits: list[float]) -> None:  # noqa: ANN001
    good = listing("customers", [ACME, TOKYO, GONE])
    limited = {"error": {"message": "Request rate limit exceeded.", "type": "invalid_request_error", "code": "rate_limit"}}
    answers = iter([None, httpx.Response(429, json=limited, headers={"Retry-After": "2"})])
    api.get(f"{API}/customers").mock(side_effect=lambda r: next(answers, None) or good(r))
    assert run_sync(engine, connector).status == "ok"
    assert waits == [2.0]
    pages = [c.request.url.params.get("starting_after") for c in api.calls if c.request.url.path == "/v1/customers"]
    assert pages == [None, TOKYO["id"], TOKYO["id"]]
    assert len(MirrorErp(engine, "stripe").customers()) == 2


def test_a_bad_key_fails_the_sync_with_what_to_set(api, connector, engine) -> None:  # noqa: ANN001
    api.get(f"{API}/events").mock(return_value=httpx.Response(401, json={"error": {"message": "Invalid API Key provided: rk_test_****only",
                                                                                  "type": "invalid_request_error"}}))
    outcome = run_sync(engine, connector)
    assert outcome.status == "failed" and "DUNMAIL_STRIPE_API_KEY" in outcome.error
    assert "rk_test_readonly" not in outcome.error


def test_stripe_only_ever_gets_read_requests(api, connector, engine) -> None:  # noqa: ANN001
    run_sync(engine, connector)
    methods = {c.request.method for c in api.calls}
    assert methods == {"GET"}
    assert all(c.request.headers["Authorization"] == "Bearer rk_test_readonly" for c in api.calls)


def test_an_unreachable_stripe_is_a_failed_sync_not_a_crash(api, connector, engine) -> None:  # noqa: ANN001
    api.get(f"{API}/events").mock(side_effect=httpx.ConnectError("connection refused"))
    outcome = run_sync(engine, connector)
    assert outcome.status == "failed" and "cannot reach api.stripe.com" in outcome.error
