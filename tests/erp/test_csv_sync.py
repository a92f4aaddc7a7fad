"""An AR team points dunmail at a folder of CSV exports: every record arrives, bad rows are named
with file, line and reason, and a truncated export never wipes good data."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from adapters.erp_connectors.csv_export import CsvConnector
from adapters.erp_mirror.mirror import MirrorErp
from adapters.erp_mirror.sync import run_sync
from dunmail.cli import app
from tests.erp.books import UNIDENTIFIED, rows_from_world, write_books

runner = CliRunner()


@pytest.fixture
def csv_env(tmp_path: Path, database_url: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    books = write_books(tmp_path / "books")
    for key, value in {"DUNMAIL_DATA_DIR": str(tmp_path / "data"), "DATABASE_URL": database_url, "DUNMAIL_ERP": "csv",
                       "DUNMAIL_ERP_CSV_DIR": str(books)}.items():
        monkeypatch.setenv(key, value)
    monkeypatch.chdir(tmp_path)  # no stray .env is read
    return books


def status_json() -> dict:
    result = runner.invoke(app, ["erp", "status", "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_a_folder_of_exports_syncs_every_record_and_status_counts_them(csv_env: Path) -> None:
    result = runner.invoke(app, ["erp", "sync"])
    assert result.exit_code == 0, result.output
    assert "csv sync #1 ok" in result.output

    status = status_json()
    assert {k: status[k] for k in ("customers", "invoices", "payments", "unidentified_payments")} == \
        {"customers": 3, "invoices": 4, "payments": 2, "unidentified_payments": 1}
    assert status["healthy"] is True
    assert status["last_sync"]["status"] == "ok" and status["last_sync"]["label"].startswith("csv sync #1 ")
    assert status["connectors"]["csv"]["runs"] == 1


def test_status_says_when_the_export_cannot_be_read(csv_env: Path) -> None:
    runner.invoke(app, ["erp", "sync"])
    (csv_env / "invoices.csv").unlink()
    result = runner.invoke(app, ["erp", "sync"])
    assert result.exit_code == 1
    assert "csv sync #2 failed" in result.output and "invoices.csv" in result.output

    status = status_json()
    assert status["healthy"] is False
    assert "failed" in status["reason"] and "invoices.csv" in status["reason"]
    assert status["invoices"] == 4  # the mirror keeps what the last good sync brought
    assert status["last_success"]["id"] == 1


def test_status_today_comes_from_the_clock_unless_overridden(csv_env: Path) -> None:
    result = runner.invoke(app, ["erp", "status", "--json", "--today", "2026-12-01"])
    assert json.loads(result.stdout)["today"] == "2026-12-01"
    assert runner.invoke(app, ["erp", "status", "--today", "1.12.2026"]).exit_code == 1


def _sync(folder: Path, engine, force: bool = False):  # noqa: ANN001, ANN202
    return run_sync(engine, CsvConnector(folder), force=force)


def test_bad_rows_are_skipped_and_named_with_file_line_and_reason(tmp_path: Path, engine) -> None:  # noqa: ANN001
    rows = rows_from_world()
    good = rows["invoices.csv"][0]
    rows["invoices.csv"] += [
        {**good, "number": "INV-BAD-DATE", "due_date": "31.10.2026"},
        {**good, "number": "INV-BAD-AMOUNT", "amount": "1.200,00"},
        {**good, "number": "INV-NO-CUSTOMER", "customer_id": "C-NOBODY"},
        {**good, "number": "INV-BACKWARDS", "issue_date": "2026-12-01", "due_date": "2026-11-01"},
        {**good, "number": ""},
        {**good},  # the same number again
    ]
    rows["contacts.csv"].append({"customer_id": "C-ACME", "email": "not an address", "name": "", "role": ""})
    outcome = _sync(write_books(tmp_path / "books", rows), engine)

    assert outcome.status == "ok"
    assert outcome.counts["invoices"] == 4
    problems = "\n".join(outcome.problems)
    assert "invoices.csv line 6: due_date '31.10.2026' is not a date like 2026-11-30" in problems
    assert "invoices.csv line 7: amount '1.200,00' is not an amount like 1234.50" in problems
    assert "invoices.csv: INV-NO-CUSTOMER names customer 'C-NOBODY', which is not in customers.csv" in problems
    assert "invoices.csv line 9: due_date 2026-11-01 is before issue_date 2026-12-01" in problems
    assert "invoices.csv line 10: number is empty" in problems
    assert "invoices.csv line 11: INV-2026-1001 repeats line 2; the first one is kept" in problems
    assert "contacts.csv line 5: email 'not an address' is not an email address" in problems
    assert MirrorErp(engine, "csv").invoice("INV-BAD-DATE") is None


def test_a_quoted_multiline_field_keeps_line_numbers_true_to_the_file(tmp_path: Path, engine) -> None:  # noqa: ANN001
    books = write_books(tmp_path / "books")
    with (books / "customers.csv").open("a", encoding="utf-8") as handle:
        handle.write('C-NEW,"Two-line\nName Ltd",new.example,alice,en,\nC-BROKEN,Broken,broken.example,alice,en,,extra\n')
    outcome = _sync(books, engine)
    assert "customers.csv line 7: more values than columns" in outcome.problems
    assert MirrorErp(engine, "csv").customer("C-NEW").name == "Two-line\nName Ltd"


def test_an_export_that_lost_most_rows_does_not_replace_good_data(tmp_path: Path, engine) -> None:  # noqa: ANN001
    rows = rows_from_world()
    template = rows["invoices.csv"][0]
    rows["invoices.csv"] = [{**template, "number": f"INV-{n:04d}"} for n in range(40)]
    books = write_books(tmp_path / "books", rows)
    assert _sync(books, engine).status == "ok"

    rows["invoices.csv"] = rows["invoices.csv"][:5]  # an export cut off after five rows
    write_books(books, rows)
    refused = _sync(books, engine)
    assert refused.status == "refused"
    assert "invoices (5) would replace 40" in (refused.error or "")
    assert len(MirrorErp(engine, "csv").invoices("C-ACME")) == 40

    assert _sync(books, engine, force=True).status == "ok"  # the books really shrank: a person says so
    assert len(MirrorErp(engine, "csv").invoices("C-ACME")) == 5


def test_a_payment_gone_from_the_export_is_gone_from_the_mirror(tmp_path: Path, engine) -> None:  # noqa: ANN001
    books = write_books(tmp_path / "books")
    _sync(books, engine)
    erp = MirrorErp(engine, "csv")
    assert [p.id for p in erp.unidentified_payments()] == ["PAY-X"]
    rows = rows_from_world()
    rows["payments.csv"] = [p for p in rows["payments.csv"] if p["id"] != "PAY-X"]
    _sync(write_books(books, rows), engine)
    assert erp.unidentified_payments() == []


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("invoices.csv", "number;customer_id;issue_date\nINV-1;C-ACME;2026-01-01\n", "invoices.csv: missing column(s)"),
    ("payments.csv", b"id,customer_id,date,amount,currency,reference,method,applied_to\nP1,,2026-11-01,10.00,EUR,Stra\xdfe,,\n",
     "payments.csv is not UTF-8 text (save the export as CSV UTF-8)"),
])
def test_a_file_that_cannot_be_read_fails_the_sync_and_keeps_the_mirror(tmp_path: Path, engine, name: str, content: str | bytes,  # noqa: ANN001
                                                                        expected: str) -> None:
    books = write_books(tmp_path / "books")
    _sync(books, engine)
    (books / name).write_bytes(content if isinstance(content, bytes) else content.encode())
    outcome = _sync(books, engine)
    assert outcome.status == "failed" and expected in (outcome.error or "")
    assert MirrorErp(engine, "csv").invoice("INV-2026-1001") is not None


def test_an_excel_export_with_a_bom_and_trailing_blank_lines_reads_the_same(tmp_path: Path, engine) -> None:  # noqa: ANN001
    books = write_books(tmp_path / "books")
    for name in ("customers.csv", "invoices.csv"):
        path = books / name
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n") + b",,,,,\r\n\r\n")
    outcome = _sync(books, engine)
    assert outcome.status == "ok" and outcome.problems == []
    assert outcome.counts["customers"] == 3 and outcome.counts["invoices"] == 4


def test_flags_and_applied_invoices_are_semicolon_lists(tmp_path: Path, engine) -> None:  # noqa: ANN001
    rows = rows_from_world()
    rows["customers.csv"][0]["flags"] = "strategic; credit_hold"
    rows["payments.csv"].append({**UNIDENTIFIED, "id": "PAY-SPLIT", "customer_id": "C-ACME", "applied_to": "INV-2026-1001;INV-2026-1002"})
    _sync(write_books(tmp_path / "books", rows), engine)
    erp = MirrorErp(engine, "csv")
    assert erp.customer("C-ACME").flags == ["strategic", "credit_hold"]
    assert [p.applied_to for p in erp.payments("C-ACME")] == [["INV-2026-1001", "INV-2026-1002"]]


amounts = st.decimals(min_value=Decimal("-99999999.99"), max_value=Decimal("99999999.99"), places=2, allow_nan=False, allow_infinity=False)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(amount=amounts, balance=amounts)
def test_amounts_arrive_exactly_as_written(tmp_path: Path, engine, amount: Decimal, balance: Decimal) -> None:  # noqa: ANN001
    rows = rows_from_world()
    rows["invoices.csv"] = [{**rows["invoices.csv"][0], "amount": str(amount), "balance": str(balance)}]
    _sync(write_books(tmp_path / "books", rows), engine, force=True)
    invoice = MirrorErp(engine, "csv").invoice("INV-2026-1001")
    assert (invoice.amount, invoice.balance) == (amount, balance)


cell = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=12)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cells=st.lists(st.tuples(cell, cell, cell), min_size=1, max_size=6))
def test_any_cell_text_is_either_read_or_reported_never_a_crash(tmp_path: Path, engine, cells: list[tuple[str, str, str]]) -> None:  # noqa: ANN001
    rows = rows_from_world()
    template = rows["invoices.csv"][0]
    rows["invoices.csv"] = [{**template, "number": f"INV-{n}", "due_date": due, "amount": amount, "balance": balance}
                            for n, (due, amount, balance) in enumerate(cells)]
    outcome = _sync(write_books(tmp_path / "books", rows), engine, force=True)
    assert outcome.status == "ok"
    reported = [p for p in outcome.problems if p.startswith("invoices.csv line ")]
    assert outcome.counts["invoices"] + len(reported) == len(cells)


def test_the_ledger_is_read_again_only_after_a_sync(tmp_path: Path, engine) -> None:  # noqa: ANN001
    books = write_books(tmp_path / "books")
    _sync(books, engine)
    erp = MirrorErp(engine, "csv")
    first = erp.customers()
    assert erp.customers() is first  # no sync since: the same records, not the table read again
    with (books / "customers.csv").open("a", encoding="utf-8") as handle:
        handle.write("C-LATE,Late Arrival Ltd,late.example,alice,en,\n")
    assert "C-LATE" not in {c.id for c in erp.customers()}
    _sync(books, engine)
    assert "C-LATE" in {c.id for c in erp.customers()}
