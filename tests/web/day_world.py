"""A collector's day: ten customers whose invoices are a few days overdue, reminded by the real
`tick`, so the queue holds ten routine reminders to clear (two of them in USD)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from dunmail.demo import ensure_demo_users
from dunmail.migrate import upgrade
from dunmail.tick import tick
from dunmail.wiring import Runtime, build_runtime
from tests.web.world import settings_for

AS_OF = date(2024, 5, 10)
CUSTOMERS = 10
NAMES = ["Alder", "Birch", "Cedar", "Dogwood", "Elm", "Fir", "Ginkgo", "Hazel", "Ivy", "Juniper"]
PEOPLE = ["Ada", "Ben", "Cleo", "Dan", "Eve", "Finn", "Gus", "Hana", "Ian", "Jo"]


def _customer(n: int) -> dict:
    name = NAMES[n - 1]
    domain = f"{name.lower()}.example"
    return {"id": f"D{n:02d}", "name": f"{name} Trading Ltd", "domain": domain, "owner": "alice",
            "contacts": [{"email": f"ap@{domain}", "name": f"{PEOPLE[n - 1]} Payable", "role": "Accounts payable"}]}


def _invoice(n: int) -> dict:
    due = AS_OF - timedelta(days=4 + n % 3)  # past the "3 days overdue" stage, before the "7 days" one
    return {"number": f"INV-9{n:03d}", "customer_id": f"D{n:02d}", "issue_date": (due - timedelta(days=30)).isoformat(), "due_date": due.isoformat(),
            "amount": f"{1000 + 250 * n}.00", "balance": f"{1000 + 250 * n}.00", "currency": "USD" if n in (3, 7) else "EUR"}


WORLD = {
    "as_of": AS_OF.isoformat(),
    "timezone": "Europe/Berlin",
    "company": {"name": "Northwind Supplies GmbH", "ar_mailbox": "ar@northwind-supplies.example"},
    "customers": [_customer(n) for n in range(1, CUSTOMERS + 1)],
    "invoices": [_invoice(n) for n in range(1, CUSTOMERS + 1)],
    "payments": [],
}


def build_day(directory: Path) -> Runtime:
    """The world above, migrated, with today's reminders queued and the demo logins; the caller closes it."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "world.json").write_text(json.dumps(WORLD), encoding="utf-8")
    settings = settings_for(directory)
    upgrade(settings.resolved_database_url)
    rt = build_runtime(settings)
    ensure_demo_users(rt.engine, ["alice"])
    report = tick(rt, AS_OF)
    assert len(report.queued) == CUSTOMERS, report
    return rt


def build_day_template(directory: Path) -> None:
    """Built once per test session; each test works on a copy (tests.web.world.copy_world)."""
    build_day(directory).close()
