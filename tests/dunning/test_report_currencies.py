"""`dunmail report` as a manager reads it: money per currency (never one mixed number), "not yet due"
apart from overdue, a one-day-late invoice counted as overdue, one collector's book on its own, and
response times from when the customer wrote."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from dunmail.cli import app
from dunmail.metrics import BEFORE_FIRST_STAGE, written_at

TODAY = date(2026, 11, 16)


def _invoice(number: str, customer: str, due: date, amount: str, currency: str, balance: str | None = None) -> dict:
    return {"number": number, "customer_id": customer, "issue_date": (due - timedelta(days=30)).isoformat(), "due_date": due.isoformat(),
            "amount": amount, "balance": balance if balance is not None else amount, "currency": currency}


WORLD = {
    "as_of": TODAY.isoformat(),
    "timezone": "Europe/Berlin",
    "company": {"name": "Northwind Supplies GmbH", "ar_mailbox": "ar@northwind-supplies.example"},
    "customers": [
        {"id": "C-EU", "name": "Euro Parts GmbH", "domain": "euro-parts.example", "owner": "alice", "contacts": [{"email": "ap@euro-parts.example", "name": "Eva"}]},
        {"id": "C-US", "name": "Dollar Tools Inc", "domain": "dollar-tools.example", "owner": "bob", "contacts": [{"email": "ap@dollar-tools.example", "name": "Dan"}]},
    ],
    "invoices": [
        _invoice("EU-1", "C-EU", TODAY + timedelta(days=5), "12000.00", "EUR"),  # not yet due
        _invoice("EU-2", "C-EU", TODAY - timedelta(days=1), "1500.50", "EUR"),  # one day overdue
        _invoice("EU-3", "C-EU", TODAY - timedelta(days=25), "800.00", "EUR"),
        _invoice("US-1", "C-US", TODAY - timedelta(days=10), "250000.00", "USD"),
    ],
    "payments": [],
}


def _report(tmp_path: Path, monkeypatch, *args: str) -> dict:
    monkeypatch.setenv("DUNMAIL_DATA_DIR", str(tmp_path / "data"))
    world = tmp_path / "world.json"
    world.write_text(json.dumps(WORLD), encoding="utf-8")
    monkeypatch.setenv("DUNMAIL_ERP_WORLD", str(world))
    result = CliRunner().invoke(app, ["report", "--json", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_report_json_groups_money_by_currency(tmp_path, monkeypatch) -> None:
    metrics = _report(tmp_path, monkeypatch)
    assert set(metrics["currencies"]) == {"EUR", "USD"}
    assert "open_receivables" not in metrics and "overdue" not in metrics  # no figure adds EUR and USD
    eur, usd = metrics["currencies"]["EUR"], metrics["currencies"]["USD"]
    assert eur["open_receivables"] == "14300.50" and usd["open_receivables"] == "250000.00"
    assert eur["not_yet_due"] == "12000.00" and eur["not_yet_due_invoices"] == 1
    assert eur["overdue"] == "2300.50"  # not-yet-due money is not overdue
    stages = eur["overdue_by_stage"]
    assert "before_due" not in stages and "not yet due" not in stages
    assert stages[BEFORE_FIRST_STAGE] == {"invoices": 1, "amount": "1500.50"}  # one day late is overdue, not "before_due"
    assert stages["due_plus_21"] == {"invoices": 1, "amount": "800.00"}
    assert usd["overdue_by_stage"]["due_plus_10"] == {"invoices": 1, "amount": "250000.00"}  # the large-balance cadence


def test_report_for_one_collector_and_in_words(tmp_path, monkeypatch) -> None:
    alice = _report(tmp_path, monkeypatch, "--owner", "alice")
    assert alice["owner"] == "alice" and set(alice["currencies"]) == {"EUR"}
    table = CliRunner().invoke(app, ["report", "--csv", str(tmp_path / "m.csv")])
    text = (tmp_path / "m.csv").read_text(encoding="utf-8")
    assert "USD open receivables,\"250,000.00 USD\"" in text and "EUR not yet due,\"1 invoice, 12,000.00 EUR\"" in text
    assert "1 invoices" not in text and "21 days overdue" in text
    assert table.exit_code == 0
    nobody = CliRunner().invoke(app, ["report", "--owner", "nobody"])
    assert nobody.exit_code == 1 and "owns no customer" in nobody.output


def _raw(date_header: str | None) -> bytes:
    m = EmailMessage()
    m["From"], m["Subject"] = "ap@euro-parts.example", "Re: EU-2"
    if date_header is not None:
        m["Date"] = date_header
    m.set_content("we pay friday")
    return m.as_bytes()


FETCHED = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


@given(st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2090, 1, 1), timezones=st.sampled_from(
    [UTC, timezone(timedelta(hours=2)), timezone(timedelta(hours=-7, minutes=-30))])))
def test_response_time_starts_when_the_customer_wrote(written: datetime) -> None:
    assert written_at(_raw(format_datetime(written)), FETCHED) == written.replace(microsecond=0)


@given(st.one_of(st.none(), st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=40)))
def test_a_missing_or_unreadable_date_falls_back_to_when_we_fetched_it(header: str | None) -> None:
    got = written_at(_raw(header), FETCHED)
    assert got.tzinfo is not None  # whatever the header says, a comparable, zoned time
    if header is None or not any(c.isdigit() for c in header):
        assert got == FETCHED
