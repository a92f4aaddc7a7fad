"""A small ERP world and customer replies written for the foundation tests."""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path

WORLD = {
    "as_of": "2026-11-16",
    "timezone": "Europe/Berlin",
    "company": {"name": "Northwind Supplies GmbH", "ar_mailbox": "ar@northwind-supplies.example"},
    "customers": [
        {"id": "C-ACME", "name": "Acme Tools Ltd", "domain": "acme-tools.example",
         "contacts": [{"email": "jo.baker@acme-tools.example", "name": "Jo Baker", "role": "Accounts payable"}],
         "flags": [], "owner": "alice", "language": "en"},
        {"id": "C-BRAU", "name": "Brauhaus Kessler GmbH", "domain": "brauhaus-kessler.example",
         "contacts": [{"email": "buchhaltung@brauhaus-kessler.example", "name": "Petra Kessler", "role": "Buchhaltung"}],
         "flags": [], "owner": "bob", "language": "de"},
        {"id": "C-LEGAL", "name": "Litigious Ltd", "domain": "litigious.example",
         "contacts": [{"email": "ap@litigious.example", "name": "Sam Hart", "role": "AP"}],
         "flags": ["legal"], "owner": "alice", "language": "en"},
    ],
    "invoices": [
        {"number": "INV-2026-1001", "customer_id": "C-ACME", "issue_date": "2026-09-01", "due_date": "2026-10-01", "amount": "1200.00", "currency": "EUR", "balance": "1200.00", "po_number": "PO-77", "status": "open"},
        {"number": "INV-2026-1002", "customer_id": "C-ACME", "issue_date": "2026-09-15", "due_date": "2026-10-15", "amount": "800.00", "currency": "EUR", "balance": "800.00", "po_number": "PO-78", "status": "open"},
        {"number": "INV-2026-2001", "customer_id": "C-BRAU", "issue_date": "2026-09-10", "due_date": "2026-10-10", "amount": "4500.00", "currency": "EUR", "balance": "4500.00", "po_number": None, "status": "open"},
        {"number": "INV-2026-3001", "customer_id": "C-LEGAL", "issue_date": "2026-08-01", "due_date": "2026-09-01", "amount": "9900.00", "currency": "EUR", "balance": "9900.00", "po_number": None, "status": "open"},
    ],
    "payments": [
        {"id": "PAY-1", "customer_id": "C-BRAU", "date": "2026-11-09", "amount": "4500.00", "currency": "EUR", "reference": "TRF-88123", "method": "bank_transfer", "applied_to": []},
    ],
}


def write_world(path: Path) -> Path:
    path.write_text(json.dumps(WORLD), encoding="utf-8")
    return path


def reply(sender: str, subject: str, body: str, *, message_id: str, date: str = "Tue, 10 Nov 2026 10:00:00 +0100", in_reply_to: str | None = "<reminder-1@northwind-supplies.example>", headers: dict[str, str] | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "ar@northwind-supplies.example"
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = message_id
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for k, v in (headers or {}).items():
        msg[k] = v
    msg.set_content(body)
    return bytes(msg)


PROMISE = reply("Jo Baker <jo.baker@acme-tools.example>", "Re: Payment reminder", "Hi,\n\nwe will pay INV-2026-1001 on 2026-11-20.\n\nThanks, Jo", message_id="<promise-1@acme-tools.example>")
ALREADY_PAID = reply("Petra Kessler <buchhaltung@brauhaus-kessler.example>", "AW: Zahlungserinnerung", "Guten Tag,\n\nwir haben die Rechnung INV-2026-2001 bereits am 9.11. bezahlt, Referenz TRF-88123.\n\nMfG", message_id="<paid-1@brauhaus-kessler.example>")
OUT_OF_OFFICE = reply("Jo Baker <jo.baker@acme-tools.example>", "Automatic reply: Payment reminder", "I am out of the office until 2026-11-24 with limited access to email.", message_id="<ooo-1@acme-tools.example>", headers={"Auto-Submitted": "auto-replied"})
LEGAL = reply("Sam Hart <ap@litigious.example>", "Re: Payment reminder", "We will pay next week.", message_id="<legal-1@litigious.example>")
GARBAGE = b"\x00\x01 not an email at all \xff\xfe"
