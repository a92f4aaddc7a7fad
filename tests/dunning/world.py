"""A small ERP for a month of dunning (November 2026), whose snapshot a test can move and pay into."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from core.records import Payment
from tests.foundation.world import reply as foundation_reply
from tools.erp import WorldErp


def _customer(cid: str, name: str, domain: str, language: str, contact: tuple[str, str, str], *, flags: list[str] | None = None, owner: str = "alice") -> dict:
    local, person, role = contact
    return {"id": cid, "name": name, "domain": domain, "language": language, "flags": flags or [], "owner": owner,
            "contacts": [{"email": f"purchasing@{domain}", "name": "Pat Buyer", "role": "Purchasing"},
                         {"email": f"{local}@{domain}", "name": person, "role": role}]}


def _invoice(number: str, cid: str, due: str, amount: str) -> dict:
    issue = (date.fromisoformat(due) - timedelta(days=30)).isoformat()
    return {"number": number, "customer_id": cid, "issue_date": issue, "due_date": due, "amount": amount, "currency": "EUR",
            "balance": amount, "po_number": None, "status": "open"}


WORLD = {
    "as_of": "2026-11-01",
    "timezone": "Europe/Berlin",
    "company": {"name": "Northwind Supplies GmbH", "ar_mailbox": "ar@northwind-supplies.example"},
    "customers": [
        _customer("C-ACME", "Acme Tools Ltd", "acme-tools.example", "en", ("jo.baker", "Jo Baker", "Accounts payable")),
        _customer("C-BRAU", "Brauhaus Kessler GmbH", "brauhaus-kessler.example", "de", ("buchhaltung", "Petra Kessler", "Buchhaltung")),
        _customer("C-DUPONT", "Dupont Matériaux SARL", "dupont-materiaux.example", "fr", ("compta", "Claire Dupont", "Comptabilité fournisseurs")),
        _customer("C-GARCIA", "García Suministros S.L.", "garcia-suministros.example", "es", ("pagos", "Lucía García", "Cuentas a pagar")),
        _customer("C-VISSER", "Visser Horeca B.V.", "visser-horeca.example", "nl", ("crediteuren", "Pieter Visser", "Crediteurenadministratie")),
        _customer("C-QUIET", "Quiet Traders Ltd", "quiet-traders.example", "en", ("ap", "Kim Quiet", "Accounts payable"), flags=["do_not_contact"]),
        _customer("C-LEGAL", "Litigious Ltd", "litigious.example", "en", ("ap", "Sam Hart", "Accounts payable"), flags=["legal"]),
        _customer("C-BIG", "Bigcorp Holdings plc", "bigcorp.example", "en", ("payables", "Ann Large", "Accounts payable"), flags=["strategic"], owner="carla"),
    ],
    "invoices": [
        _invoice("INV-2026-1001", "C-ACME", "2026-11-04", "1200.00"),
        _invoice("INV-2026-1002", "C-ACME", "2026-11-04", "800.00"),
        _invoice("INV-2026-2001", "C-BRAU", "2026-11-02", "4500.00"),
        _invoice("INV-2026-4001", "C-DUPONT", "2026-11-01", "3000.00"),
        _invoice("INV-2026-5001", "C-GARCIA", "2026-11-01", "2500.00"),
        _invoice("INV-2026-6001", "C-VISSER", "2026-11-02", "1800.00"),
        _invoice("INV-2026-7001", "C-QUIET", "2026-10-20", "950.00"),
        _invoice("INV-2026-8001", "C-LEGAL", "2026-10-15", "9900.00"),
        _invoice("INV-2026-9001", "C-BIG", "2026-11-03", "30000.00"),
    ],
    "payments": [],
}


def write_world(path: Path) -> Path:
    path.write_text(json.dumps(WORLD), encoding="utf-8")
    return path


class SimErp(WorldErp):
    """The ERP snapshot as it stands on a simulated day; payments arrive when the test says so."""

    def set_day(self, day: date) -> None:
        self.world.as_of = day

    def pay(self, number: str, on: date) -> None:
        inv = self.invoice(number)
        assert inv is not None
        self.world.payments.append(Payment(id=f"PAY-{number}", customer_id=inv.customer_id, date=on, amount=inv.balance,
                                           reference=f"TRF {number}", method="bank_transfer", applied_to=[number]))
        inv.balance, inv.status = Decimal("0.00"), "paid"


def reply(sender: str, subject: str, body: str, *, day: date, message_id: str, in_reply_to: str | None, headers: dict[str, str] | None = None) -> bytes:
    """A customer reply sent at 10:00 UTC on `day` (the foundation world's builder, dated by the calendar)."""
    return foundation_reply(sender, subject, body, message_id=message_id, date=f"{day:%a, %d %b %Y} 10:00:00 +0000", in_reply_to=in_reply_to, headers=headers)
