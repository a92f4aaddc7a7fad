"""Xero through respx, with bodies shaped like the Accounting API's: paged Contacts, Invoices,
Payments and CreditNotes, If-Modified-Since on later syncs, .NET dates, deletions and voids, OAuth2."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
import respx

from adapters.erp_connectors import xero
from adapters.erp_connectors.xero import XeroConnector, xero_date
from adapters.erp_mirror.mirror import MirrorErp
from adapters.erp_mirror.sync import run_sync

API = xero.API
NOW = datetime(2026, 11, 29, 9, 30, 15, tzinfo=timezone.utc)
ACME_ID = "bd2270c3-8706-4c11-9cfb-000b551c3f51"
KIWI_ID = "565acaa9-e7f3-4fbf-80c3-16b081ddae10"
ACME = {"ContactID": ACME_ID, "ContactStatus": "ACTIVE", "Name": "Acme Tools Ltd", "FirstName": "Jo", "LastName": "Baker",
        "EmailAddress": "jo.baker@acme-tools.example", "IsCustomer": True,
        "ContactPersons": [{"FirstName": "Sam", "LastName": "Ray", "EmailAddress": "ap@acme-tools.example", "IncludeInEmails": True}],
        "UpdatedDateUTC": "/Date(1795392000000+0000)/"}
KIWI = {"ContactID": KIWI_ID, "ContactStatus": "ARCHIVED", "Name": "Kiwi Imports", "EmailAddress": "accounts@kiwi-imports.example", "IsCustomer": True}


def invoice(number: str, total: str, due: str, *, contact: str = ACME_ID, status: str = "AUTHORISED", currency: str = "GBP", **extra: Any) -> dict[str, Any]:
    return {"Type": "ACCREC", "InvoiceID": f"id-{number}", "InvoiceNumber": number, "Contact": {"ContactID": contact, "Name": "Acme Tools Ltd"},
            "Date": "/Date(1790812800000+0000)/", "DateString": "2026-10-01T00:00:00", "DueDate": "/Date(1793404800000+0000)/",
            "DueDateString": "2026-10-31T00:00:00", "Status": status, "LineAmountTypes": "Exclusive", "SubTotal": total, "Total": total,
            "AmountDue": due, "AmountPaid": str(Decimal(total) - Decimal(due)), "CurrencyCode": currency, "Reference": "PO-77",
            "UpdatedDateUTC": "/Date(1795392000000+0000)/", **extra}


INVOICES = [invoice("INV-0042", "1200.00", "450.00"), invoice("INV-0043", "99.95", "99.95", currency="NZD", contact=KIWI_ID),
            invoice("INV-0044", "10.00", "10.00", status="DRAFT")]
PAYMENT = {"PaymentID": "b26fd49a-cbae-470a-a8f8-bcbc119e0379", "Date": "/Date(1794268800000+0000)/", "Amount": "750.00", "Reference": "TRF-88123",
           "CurrencyRate": 1.0, "PaymentType": "ACCRECPAYMENT", "Status": "AUTHORISED", "IsReconciled": True,
           "Account": {"AccountID": "acc-1", "Code": "090"},
           "Invoice": {"Type": "ACCREC", "InvoiceID": "id-INV-0042", "InvoiceNumber": "INV-0042", "CurrencyCode": "GBP",
                       "Contact": {"ContactID": ACME_ID, "Name": "Acme Tools Ltd"}}}
CREDIT = {"CreditNoteID": "cn-1", "CreditNoteNumber": "CN-0007", "Type": "ACCRECCREDIT", "Contact": {"ContactID": ACME_ID}, "Status": "PAID",
          "DateString": "2026-11-12T00:00:00", "Total": "25.00", "RemainingCredit": "0.00", "CurrencyCode": "GBP",
          "Allocations": [{"Amount": "25.00", "Date": "/Date(1794441600000+0000)/", "Invoice": {"InvoiceID": "id-INV-0042", "InvoiceNumber": "INV-0042"}}]}
BOOKS = {"Contacts": [ACME, KIWI], "Invoices": INVOICES, "Payments": [PAYMENT], "CreditNotes": [CREDIT]}


def paged(stream: str, rows: list[dict[str, Any]]):  # noqa: ANN201
    """Xero's paging: `page` (1-based) and `pageSize`, with a pagination block as the current API sends."""
    def answer(request: httpx.Request) -> httpx.Response:
        page, size = int(request.url.params.get("page", "1")), int(request.url.params.get("pageSize", "100"))
        chunk = rows[(page - 1) * size: page * size]
        count = max(1, -(-len(rows) // size))
        body = {"Id": "req-1", "Status": "OK", "ProviderName": "dunmail", "DateTimeUTC": "/Date(1764408615000)/",
                "pagination": {"page": page, "pageSize": size, "pageCount": count, "itemCount": len(rows)}, stream: chunk}
        return httpx.Response(200, content=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
    return answer


def token(refresh: str | None = "rotated-refresh-2") -> httpx.Response:
    body = {"access_token": "xero-access", "expires_in": 1800, "token_type": "Bearer", "scope": "accounting.transactions.read"}
    return httpx.Response(200, json={**body, **({"refresh_token": refresh} if refresh else {})})


@pytest.fixture
def waits() -> list[float]:
    return []


@pytest.fixture
def connector(tmp_path: Path, waits: list[float]) -> XeroConnector:
    return XeroConnector("tenant-7", "client-id", "client-secret", "refresh-1", tmp_path / "xero.json", sleep=waits.append, now=lambda: NOW)


def mount(mock: respx.MockRouter, books: dict[str, list[dict[str, Any]]]) -> None:
    for stream, rows in books.items():
        mock.get(f"{API}/{stream}").mock(side_effect=paged(stream, rows))


@pytest.fixture
def api():  # noqa: ANN201
    with respx.mock(assert_all_called=False) as mock:
        mock.post(xero.TOKEN_URL).mock(return_value=token())
        mount(mock, BOOKS)
        yield mock


def test_a_first_sync_reads_contacts_sales_invoices_payments_and_credit_notes(api, connector, engine) -> None:  # noqa: ANN001
    outcome = run_sync(engine, connector)
    assert outcome.status == "ok", outcome.error
    assert outcome.counts == {"customers": 2, "invoices": 2, "payments": 1, "credit_notes": 1, "deleted_invoices": 1}
    erp = MirrorErp(engine, "xero")
    acme = erp.customer_by_email("AP@acme-tools.example")
    assert acme.id == ACME_ID and [c.email for c in acme.contacts] == ["jo.baker@acme-tools.example", "ap@acme-tools.example"]
    assert erp.customer(KIWI_ID).flags == ["archived"]
    assert erp.invoice("INV-0044") is None  # a draft was never sent: nothing to collect


def test_each_request_names_the_tenant_and_asks_only_for_sales_documents(api, connector, engine) -> None:  # noqa: ANN001
    run_sync(engine, connector)
    calls = {c.request.url.path.rsplit("/", 1)[-1]: c.request for c in api.calls if c.request.url.host == "api.xero.com"}
    assert all(r.headers["Xero-tenant-id"] == "tenant-7" and r.headers["Authorization"] == "Bearer xero-access" for r in calls.values())
    assert calls["Invoices"].url.params["where"] == 'Type=="ACCREC"'
    assert calls["Payments"].url.params["where"] == 'PaymentType=="ACCRECPAYMENT"'
    assert "If-Modified-Since" not in calls["Invoices"].headers  # the first sync reads everything


def test_a_partial_payment_is_applied_and_the_rest_stays_open(api, connector, engine) -> None:  # noqa: ANN001
    run_sync(engine, connector)
    erp = MirrorErp(engine, "xero")
    [payment] = erp.payments(ACME_ID)
    assert (payment.amount, payment.applied_to, payment.date, payment.reference) == (Decimal("750.00"), ["INV-0042"], date(2026, 11, 10), "TRF-88123")
    inv = erp.invoice("INV-0042")
    assert (inv.amount, inv.balance, inv.po_number, inv.due_date) == (Decimal("1200.00"), Decimal("450.00"), "PO-77", date(2026, 10, 31))


def test_invoices_keep_their_own_currency(api, connector, engine) -> None:  # noqa: ANN001
    run_sync(engine, connector)
    erp = MirrorErp(engine, "xero")
    assert (erp.invoice("INV-0042").currency, erp.invoice("INV-0043").currency) == ("GBP", "NZD")
    assert erp.invoice("INV-0043").amount == Decimal("99.95")


def test_paging_continues_until_a_short_page(api, connector, engine, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(xero, "PAGE_SIZE", 2)
    contacts = [{**ACME, "ContactID": f"c-{n}", "EmailAddress": f"ap@c{n}.example", "ContactPersons": []} for n in range(5)]
    api.get(f"{API}/Contacts").mock(side_effect=paged("Contacts", contacts))
    run_sync(engine, connector)
    assert len(MirrorErp(engine, "xero").customers()) == 5
    assert [c.request.url.params["page"] for c in api.calls if c.request.url.path.endswith("/Contacts")] == ["1", "2", "3"]


def test_later_syncs_send_if_modified_since_and_drop_voided_invoices_and_deleted_payments(api, connector, engine) -> None:  # noqa: ANN001
    run_sync(engine, connector)
    mount(api, {"Contacts": [], "Invoices": [invoice("INV-0042", "1200.00", "1200.00", status="VOIDED")],
                "Payments": [{**PAYMENT, "Status": "DELETED"}], "CreditNotes": []})
    outcome = run_sync(engine, connector)
    assert outcome.counts == {"customers": 0, "invoices": 0, "payments": 0, "credit_notes": 0, "deleted_invoices": 1, "deleted_payments": 1}
    since = [c.request.headers.get("If-Modified-Since") for c in api.calls if c.request.url.path.endswith("/Invoices")][-1]
    assert since == "2026-11-29T09:30:15"
    erp = MirrorErp(engine, "xero")
    assert erp.invoice("INV-0042") is None and erp.payments(ACME_ID) == []
    assert erp.invoice("INV-0043") is not None  # unchanged records stay as they were


def test_a_net_dotnet_date_is_read_when_no_date_string_comes_with_it() -> None:
    assert xero_date({"Date": "/Date(1794268800000+0000)/"}, "Date") == date(2026, 11, 10)
    assert xero_date({"DueDateString": "2026-12-01T00:00:00", "DueDate": "/Date(0)/"}, "DueDate") == date(2026, 12, 1)
    assert xero_date({}, "Date") is None


def test_credit_notes_record_which_invoices_they_were_allocated_to(api, connector, engine) -> None:  # noqa: ANN001
    from sqlmodel import Session, select

    from adapters.db.tables import ErpCreditNoteRow

    run_sync(engine, connector)
    with Session(engine) as s:
        [note] = s.exec(select(ErpCreditNoteRow)).all()
    assert (note.number, note.applied_to, Decimal(note.amount), Decimal(note.remaining)) == ("CN-0007", ["INV-0042"], Decimal("25.00"), Decimal("0.00"))


def test_a_custom_connection_uses_client_credentials(api, tmp_path: Path, engine) -> None:  # noqa: ANN001
    api.post(xero.TOKEN_URL).mock(return_value=token(refresh=None))
    custom = XeroConnector("tenant-7", "client-id", "client-secret", "", tmp_path / "x.json", sleep=lambda s: None, now=lambda: NOW)
    assert run_sync(engine, custom).status == "ok"
    [grant] = [parse_qs(c.request.content.decode()) for c in api.calls if c.request.url.host == "identity.xero.com"]
    assert grant["grant_type"] == ["client_credentials"] and "accounting.transactions.read" in grant["scope"][0]
    assert not (tmp_path / "x.json").exists()


def test_the_rotated_refresh_token_is_kept_for_the_next_sync(api, connector, engine, tmp_path: Path) -> None:  # noqa: ANN001
    run_sync(engine, connector)
    assert json.loads((tmp_path / "xero.json").read_text())["refresh_token"] == "rotated-refresh-2"
    [grant] = [parse_qs(c.request.content.decode()) for c in api.calls if c.request.url.host == "identity.xero.com"]
    assert grant == {"grant_type": ["refresh_token"], "refresh_token": ["refresh-1"]}


def test_a_rate_limited_minute_is_waited_out(api, connector, engine, waits: list[float]) -> None:  # noqa: ANN001
    good = paged("Invoices", INVOICES)
    answers = iter([httpx.Response(429, headers={"Retry-After": "23", "X-Rate-Limit-Problem": "minute"})])
    api.get(f"{API}/Invoices").mock(side_effect=lambda r: next(answers, None) or good(r))
    assert run_sync(engine, connector).status == "ok"
    assert waits == [23.0]


def test_a_daily_limit_fails_the_sync_instead_of_waiting_for_hours(api, connector, engine, waits: list[float]) -> None:  # noqa: ANN001
    api.get(f"{API}/Payments").mock(return_value=httpx.Response(429, headers={"Retry-After": "41000", "X-Rate-Limit-Problem": "day"}))
    outcome = run_sync(engine, connector)
    assert outcome.status == "failed" and "429" in outcome.error and "rate limit" in outcome.error
    assert waits == []
    assert MirrorErp(engine, "xero").customers() == []  # nothing half-applied


def test_an_expired_access_token_is_refreshed_and_the_request_repeated(api, connector, engine) -> None:  # noqa: ANN001
    api.post(xero.TOKEN_URL).mock(side_effect=[httpx.Response(200, json={"access_token": "stale", "expires_in": 1800}),
                                               token("r3")])
    good = paged("Contacts", [ACME])
    api.get(f"{API}/Contacts").mock(side_effect=lambda r: httpx.Response(401, json={"Title": "Unauthorized", "Status": 401, "Detail": "TokenExpired"})
                                    if r.headers["Authorization"] == "Bearer stale" else good(r))
    assert run_sync(engine, connector).status == "ok"
    assert MirrorErp(engine, "xero").customer(ACME_ID) is not None


def test_a_validation_error_is_reported_with_xeros_message(api, connector, engine) -> None:  # noqa: ANN001
    api.get(f"{API}/CreditNotes").mock(return_value=httpx.Response(400, json={"ErrorNumber": 16, "Type": "QueryParseException",
                                                                               "Message": "No property or field 'Typo' exists"}))
    outcome = run_sync(engine, connector)
    assert outcome.status == "failed" and "No property or field 'Typo' exists" in outcome.error
