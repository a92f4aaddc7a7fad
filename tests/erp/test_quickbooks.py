"""QuickBooks Online through respx, with bodies shaped like Intuit's documented answers: the query API
(paged), Change Data Capture (deletions), OAuth2 with rotating refresh tokens, Faults and 429s."""

from __future__ import annotations

import json
import stat
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
import respx

from adapters.erp_connectors import quickbooks
from adapters.erp_connectors.quickbooks import QuickBooksConnector
from adapters.erp_mirror.mirror import MirrorErp
from adapters.erp_mirror.sync import run_sync

API = "https://quickbooks.api.intuit.com/v3/company/4620816365"
NOW = datetime(2026, 11, 29, 9, 0, tzinfo=timezone.utc)
SERVER_TIME = "2026-11-29T01:00:00.000-08:00"

ACME = {"Id": "58", "SyncToken": "0", "DisplayName": "Acme Tools Ltd", "CompanyName": "Acme Tools Ltd", "GivenName": "Jo", "FamilyName": "Baker",
        "PrimaryEmailAddr": {"Address": "Jo.Baker@acme-tools.example, ap@acme-tools.example"}, "Active": True, "Balance": 1900.00,
        "CurrencyRef": {"value": "USD", "name": "United States Dollar"}, "MetaData": {"CreateTime": "2026-01-05T10:00:00-08:00"}}
MAPLE = {"Id": "59", "DisplayName": "Maple Leaf Supply", "PrimaryEmailAddr": {"Address": "payables@mapleleaf.example"}, "Active": True,
         "CurrencyRef": {"value": "CAD", "name": "Canadian Dollar"}}
INV_1037 = {"Id": "130", "DocNumber": "1037", "TxnDate": "2026-10-01", "DueDate": "2026-10-31", "CustomerRef": {"value": "58", "name": "Acme Tools Ltd"},
            "CurrencyRef": {"value": "USD"}, "TotalAmt": 1200.00, "Balance": 700.00,
            "CustomField": [{"DefinitionId": "1", "Name": "P.O. Number", "Type": "StringType", "StringValue": "PO-77"}],
            "Line": [{"Amount": 1200.00, "DetailType": "SalesItemLineDetail"}]}
INV_1038 = {"Id": "131", "DocNumber": "1038", "TxnDate": "2026-10-15", "DueDate": "2026-11-14", "CustomerRef": {"value": "58"},
            "CurrencyRef": {"value": "USD"}, "TotalAmt": 200.00, "Balance": 0}
INV_CAD = {"Id": "140", "DocNumber": "1041", "TxnDate": "2026-11-02", "DueDate": "2026-12-02", "CustomerRef": {"value": "59"},
           "CurrencyRef": {"value": "CAD", "name": "Canadian Dollar"}, "ExchangeRate": 0.7312, "TotalAmt": 3456.78, "Balance": 3456.78}
PAYMENT = {"Id": "160", "TxnDate": "2026-11-10", "CustomerRef": {"value": "58"}, "CurrencyRef": {"value": "USD"}, "TotalAmt": 700.00,
           "UnappliedAmt": 0, "PaymentRefNum": "TRF-88123", "PaymentMethodRef": {"value": "2", "name": "Bank transfer"},
           "Line": [{"Amount": 500.00, "LinkedTxn": [{"TxnId": "130", "TxnType": "Invoice"}]},
                    {"Amount": 200.00, "LinkedTxn": [{"TxnId": "131", "TxnType": "Invoice"}]}]}
CREDIT = {"Id": "170", "DocNumber": "CM-12", "TxnDate": "2026-11-12", "CustomerRef": {"value": "58"}, "CurrencyRef": {"value": "USD"},
          "TotalAmt": 50.00, "RemainingCredit": 50.00}
BOOKS = {"Customer": [ACME, MAPLE], "Invoice": [INV_1037, INV_1038, INV_CAD], "Payment": [PAYMENT], "CreditMemo": [CREDIT]}


def token(access: str = "eyJ-access-1", refresh: str = "AB11-rotated-2") -> httpx.Response:
    return httpx.Response(200, json={"token_type": "bearer", "expires_in": 3600, "refresh_token": refresh,
                                     "x_refresh_token_expires_in": 8726400, "access_token": access})


def query_answer(books: dict[str, list[dict[str, Any]]]):  # noqa: ANN201
    """The query endpoint, paging with STARTPOSITION/MAXRESULTS as QuickBooks does."""
    def answer(request: httpx.Request) -> httpx.Response:
        q = request.url.params["query"]
        entity = q.split()[3]
        start, size = int(q.split("STARTPOSITION ")[1].split()[0]), int(q.split("MAXRESULTS ")[1].split()[0])
        rows = books.get(entity, [])[start - 1:start - 1 + size]
        body = {"QueryResponse": {entity: rows, "startPosition": start, "maxResults": len(rows)} if rows else {}, "time": SERVER_TIME}
        return httpx.Response(200, content=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
    return answer


@pytest.fixture
def waits() -> list[float]:
    return []


@pytest.fixture
def connector(tmp_path: Path, waits: list[float]) -> QuickBooksConnector:
    return QuickBooksConnector("4620816365", "client-id", "client-secret", "AB11-initial-1", tmp_path / "tokens" / "quickbooks.json",
                               sleep=waits.append, now=lambda: NOW)


@pytest.fixture
def qbo():  # noqa: ANN201
    with respx.mock(assert_all_called=False) as mock:
        mock.post(quickbooks.TOKEN_URL).mock(return_value=token())
        mock.get(f"{API}/query").mock(side_effect=query_answer(BOOKS))
        yield mock


def test_a_first_sync_reads_customers_invoices_payments_and_credit_memos(qbo, connector, engine) -> None:  # noqa: ANN001
    outcome = run_sync(engine, connector)
    assert outcome.status == "ok", outcome.error
    assert outcome.counts == {"customers": 2, "invoices": 3, "payments": 1, "credit_notes": 1}
    erp = MirrorErp(engine, "quickbooks")
    acme = erp.customer_by_email("ap@acme-tools.example")
    assert acme is not None and acme.name == "Acme Tools Ltd" and acme.domain == "acme-tools.example"
    assert [c.email for c in acme.contacts] == ["jo.baker@acme-tools.example", "ap@acme-tools.example"]
    assert erp.invoice("1037").po_number == "PO-77"


def test_a_payment_names_every_invoice_its_linked_transactions_paid(qbo, connector, engine) -> None:  # noqa: ANN001
    run_sync(engine, connector)
    erp = MirrorErp(engine, "quickbooks")
    [payment] = erp.payments("58")
    assert payment.applied_to == ["1037", "1038"]
    assert (payment.amount, payment.reference, payment.method) == (Decimal("700.00"), "TRF-88123", "Bank transfer")
    assert erp.find_payment("58", reference="trf 88123") == [payment]


def test_a_partial_payment_leaves_the_rest_open(qbo, connector, engine) -> None:  # noqa: ANN001
    run_sync(engine, connector)
    erp = MirrorErp(engine, "quickbooks")
    partly = erp.invoice("1037")
    assert (partly.amount, partly.balance, partly.status) == (Decimal("1200.00"), Decimal("700.00"), "partially_paid")
    assert [i.number for i in erp.open_invoices("58")] == ["1037"]


def test_a_foreign_currency_invoice_keeps_its_currency_and_exact_amount(qbo, connector, engine) -> None:  # noqa: ANN001
    run_sync(engine, connector)
    cad = MirrorErp(engine, "quickbooks").invoice("1041")
    assert (cad.currency, cad.amount, cad.balance) == ("CAD", Decimal("3456.78"), Decimal("3456.78"))


def test_paging_reads_past_the_first_page(qbo, connector, engine, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(quickbooks, "PAGE", 2)
    customers = [{**ACME, "Id": str(100 + n), "DisplayName": f"Customer {n}", "PrimaryEmailAddr": {"Address": f"ap@c{n}.example"}} for n in range(5)]
    qbo.get(f"{API}/query").mock(side_effect=query_answer({**BOOKS, "Customer": customers}))
    run_sync(engine, connector)
    assert len(MirrorErp(engine, "quickbooks").customers()) == 5
    starts = [r.request.url.params["query"].split("STARTPOSITION ")[1].split()[0] for r in qbo.calls if "from Customer" in str(r.request.url.params.get("query"))]
    assert starts == ["1", "3", "5"]


def test_the_refresh_token_rotates_into_a_private_file_and_is_used_next_time(qbo, connector, engine, tmp_path: Path) -> None:  # noqa: ANN001
    run_sync(engine, connector)
    [first] = [c.request for c in qbo.calls if c.request.url.host == "oauth.platform.intuit.com"]
    assert parse_qs(first.content.decode()) == {"grant_type": ["refresh_token"], "refresh_token": ["AB11-initial-1"]}
    assert first.headers["Authorization"].startswith("Basic ")
    stored = tmp_path / "tokens" / "quickbooks.json"
    assert json.loads(stored.read_text())["refresh_token"] == "AB11-rotated-2"
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600

    again = QuickBooksConnector("4620816365", "client-id", "client-secret", "AB11-initial-1", stored, sleep=lambda s: None, now=lambda: NOW)
    qbo.get(f"{API}/cdc").mock(return_value=httpx.Response(200, json={"CDCResponse": [{"QueryResponse": []}], "time": SERVER_TIME}))
    run_sync(engine, again)
    last = [c.request for c in qbo.calls if c.request.url.host == "oauth.platform.intuit.com"][-1]
    assert parse_qs(last.content.decode())["refresh_token"] == ["AB11-rotated-2"]


def test_an_access_token_rejected_mid_sync_is_refreshed_once(qbo, connector, engine) -> None:  # noqa: ANN001
    qbo.post(quickbooks.TOKEN_URL).mock(side_effect=[token("eyJ-old"), token("eyJ-new", "AB11-rotated-3")])
    good = query_answer(BOOKS)
    qbo.get(f"{API}/query").mock(side_effect=lambda r: httpx.Response(401, json={"fault": {"error": [{"message": "AuthenticationFailed"}]}})
                                 if r.headers["Authorization"] == "Bearer eyJ-old" else good(r))
    assert run_sync(engine, connector).status == "ok"
    assert len(MirrorErp(engine, "quickbooks").customers()) == 2


def test_a_revoked_connection_fails_the_sync_and_says_to_reconnect(qbo, connector, engine) -> None:  # noqa: ANN001
    qbo.post(quickbooks.TOKEN_URL).mock(return_value=httpx.Response(400, json={"error": "invalid_grant"}))
    outcome = run_sync(engine, connector)
    assert outcome.status == "failed"
    assert "invalid_grant" in outcome.error and "reconnect" in outcome.error
    assert "AB11-initial-1" not in outcome.error and "client-secret" not in outcome.error


def test_a_rate_limit_waits_as_long_as_retry_after_says(qbo, connector, engine, waits: list[float]) -> None:  # noqa: ANN001
    good = query_answer(BOOKS)
    answers = iter([httpx.Response(429, headers={"Retry-After": "7"}, text="ThrottleExceeded")])
    qbo.get(f"{API}/query").mock(side_effect=lambda r: next(answers, None) or good(r))
    assert run_sync(engine, connector).status == "ok"
    assert waits == [7.0]


def test_a_server_that_keeps_failing_fails_the_sync_and_keeps_the_mirror(qbo, connector, engine, waits: list[float]) -> None:  # noqa: ANN001
    run_sync(engine, connector)
    qbo.get(f"{API}/cdc").mock(return_value=httpx.Response(503, text="Service Unavailable"))
    outcome = run_sync(engine, connector)
    assert outcome.status == "failed" and "answered 503 after 5 tries" in outcome.error
    assert len(waits) == 4
    assert MirrorErp(engine, "quickbooks").invoice("1037") is not None


def test_a_quickbooks_fault_is_reported_in_its_own_words(qbo, connector, engine) -> None:  # noqa: ANN001
    fault = {"Fault": {"Error": [{"Message": "An application error has occurred while processing your request",
                                  "Detail": "System Failure Error: Could not find realm", "code": "10000"}], "type": "SystemFault"}}
    qbo.get(f"{API}/query").mock(return_value=httpx.Response(400, json=fault))
    outcome = run_sync(engine, connector)
    assert outcome.status == "failed" and "Could not find realm" in outcome.error


def test_later_syncs_ask_change_data_capture_and_apply_deletions(qbo, connector, engine) -> None:  # noqa: ANN001
    run_sync(engine, connector)
    changed = {"CDCResponse": [{"QueryResponse": [
        {"Invoice": [{**INV_1037, "Balance": 0, "SyncToken": "3"}, {"Id": "140", "status": "Deleted", "MetaData": {"LastUpdatedTime": "2026-11-29T00:30:00-08:00"}}],
         "startPosition": 1, "maxResults": 2},
        {"Payment": [{**PAYMENT, "Id": "161", "TotalAmt": 700.00, "PaymentRefNum": "TRF-90001",
                      "Line": [{"Amount": 700.00, "LinkedTxn": [{"TxnId": "130", "TxnType": "Invoice"}]}]}], "startPosition": 1, "maxResults": 1},
    ]}], "time": "2026-11-29T02:00:00.000-08:00"}
    cdc = qbo.get(f"{API}/cdc").mock(return_value=httpx.Response(200, json=changed))
    outcome = run_sync(engine, connector)
    assert outcome.status == "ok" and outcome.counts == {"customers": 0, "invoices": 1, "payments": 1, "credit_notes": 0, "deleted_invoices": 1}
    assert cdc.calls.last.request.url.params["changedSince"] == SERVER_TIME
    assert cdc.calls.last.request.url.params["entities"] == "Customer,Invoice,Payment,CreditMemo"
    erp = MirrorErp(engine, "quickbooks")
    assert erp.invoice("1037").balance == 0 and erp.invoice("1041") is None
    assert [p.applied_to for p in erp.payments("58")] == [["1037", "1038"], ["1037"]]  # the new payment found its invoice by id


def test_a_cursor_older_than_thirty_days_reads_everything_again(qbo, tmp_path: Path, engine) -> None:  # noqa: ANN001
    old = QuickBooksConnector("4620816365", "client-id", "client-secret", "AB11-initial-1", tmp_path / "t.json", sleep=lambda s: None,
                              now=lambda: datetime(2027, 2, 1, tzinfo=timezone.utc))
    run_sync(engine, old)
    cdc = qbo.get(f"{API}/cdc").mock(return_value=httpx.Response(200, json={"CDCResponse": []}))
    assert run_sync(engine, old).status == "ok"
    assert not cdc.called  # SERVER_TIME is two months before "now": CDC could not cover the gap


def test_the_books_are_only_ever_read(qbo, connector, engine) -> None:  # noqa: ANN001
    run_sync(engine, connector)
    api_calls = [c.request for c in qbo.calls if c.request.url.host == "quickbooks.api.intuit.com"]
    assert api_calls and {r.method for r in api_calls} == {"GET"}


def test_credit_memos_keep_their_remaining_credit(qbo, connector, engine) -> None:  # noqa: ANN001
    from sqlmodel import Session, select

    from adapters.db.tables import ErpCreditNoteRow

    run_sync(engine, connector)
    with Session(engine) as s:
        [note] = s.exec(select(ErpCreditNoteRow)).all()
    assert (note.number, note.customer_id, Decimal(note.remaining), note.issued_on) == ("CM-12", "58", Decimal("50.00"), date(2026, 11, 12))


def test_two_invoices_sharing_a_doc_number_are_reported_and_the_sync_still_succeeds(qbo, connector, engine) -> None:  # noqa: ANN001
    twin = {**INV_1038, "Id": "132", "DocNumber": "1037", "TotalAmt": 80.00, "Balance": 80.00}
    qbo.get(f"{API}/query").mock(side_effect=query_answer({**BOOKS, "Invoice": [INV_1037, INV_1038, twin]}))
    outcome = run_sync(engine, connector)
    assert outcome.status == "ok"
    assert "quickbooks: invoices 1037 appear more than once; the last one is kept" in outcome.problems
    assert MirrorErp(engine, "quickbooks").invoice("1037").amount == Decimal("80.00")
