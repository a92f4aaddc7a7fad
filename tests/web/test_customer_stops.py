"""A collector stops (and restarts) reminders for one invoice from the customer page, as the CLI
does, and sees why a customer gets no reminder while one of its items waits in the queue."""

from __future__ import annotations

import re
from datetime import date

from dunmail.planning import plan_day
from tests.web.world import WebWorld


def _flashes(html: str) -> list[str]:
    return re.findall(r'class="flash flash-(?:ok|error)"[^>]*>([^<]*)<', html)


def test_a_collector_stops_and_restarts_reminders_for_one_invoice(world: WebWorld, client_for) -> None:  # noqa: ANN001
    client, token = client_for("alice")
    page = client.get("/customers/C001").text
    assert "Reminders wait:" in page and "gets no reminder" in page  # its reply waits in the queue
    done = client.post("/customers/C001/invoices/INV-1001/stop", data={"csrf_token": token, "note": "credit note agreed with sales"})
    assert _flashes(done.text) == ["dunning of INV-1001 stopped"]
    assert "Restart reminders" in done.text and "stopped</span>" in done.text
    day = plan_day(world.rt.engine, world.rt.erp, date(2024, 5, 10))
    assert any(s.customer_id == "C001" and "INV-1001 stopped" in s.reason for s in day.skipped)
    audit = client.get("/audit?kind=dunning.stopped").text
    assert "credit note agreed with sales" in audit
    again = client.post("/customers/C001/invoices/INV-1001/stop", data={"csrf_token": token, "note": "sales withdrew the credit note", "restart": "1"})
    assert _flashes(again.text) == ["dunning of INV-1001 restarted"] and "Stop reminders" in again.text


def test_a_stop_needs_a_reason_and_the_right_person(world: WebWorld, client_for) -> None:  # noqa: ANN001
    alice, token = client_for("alice")
    empty = alice.post("/customers/C001/invoices/INV-1001/stop", data={"csrf_token": token, "note": "  "})
    assert _flashes(empty.text) == ["Not changed: say why (the note goes into the audit log)"]
    assert "Restart reminders" not in empty.text
    assert alice.post("/customers/C001/invoices/INV-2001/stop", data={"csrf_token": token, "note": "x"}).status_code == 404  # bob's customer's invoice
    bob, bob_token = client_for("bob")
    assert bob.post("/customers/C001/invoices/INV-1001/stop", data={"csrf_token": bob_token, "note": "x"}).status_code == 404
    victor, victor_token = client_for("victor")
    assert victor.post("/customers/C001/invoices/INV-1001/stop", data={"csrf_token": victor_token, "note": "x"}).status_code == 403
    assert "Stop reminders" not in victor.get("/customers/C001").text  # a viewer sees, does not act
