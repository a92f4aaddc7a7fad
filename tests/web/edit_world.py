"""A world for the collector-edit suite: ten customers per language (EN, DE, FR, ES, NL, PT), each with one
open invoice and one request for an invoice copy, processed by the real flow up to the approval queue.

Every customer belongs to the collector `alice`, so one login sees every item (two more English
customers serve the override tests). The first customer of each
language takes the risky edits (a blocked edit leaves its item pending, so one item takes them all);
each harmless edit is sent, so it gets an item of its own (and no touch limit is reached).
"""

from __future__ import annotations

import json
import mailbox
from datetime import datetime, timezone
from decimal import Decimal
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from dunmail.demo import ensure_demo_users
from dunmail.migrate import upgrade
from dunmail.wiring import build_runtime
from dunmail.worker import process_pending
from tests.web.world import ingest, settings_for

LANGUAGES = ("en", "de", "fr", "es", "nl", "pt")
PER_LANGUAGE = 10
EXTRA_EN = 2  # two more English customers for the override tests
COLLECTOR = "alice"


def customers_of(lang: str) -> range:
    return range(PER_LANGUAGE + (EXTRA_EN if lang == "en" else 0))

_ASK_FOR_A_COPY = {
    "en": "Hello,\ncould you please send us a copy of invoice {inv}?\nThanks, {name}",
    "de": "Guten Tag,\nkönnten Sie uns bitte eine Kopie der Rechnung {inv} senden?\nDanke, {name}",
    "fr": "Bonjour,\npourriez-vous nous envoyer une copie de la facture {inv} ?\nMerci, {name}",
    "es": "Hola,\n¿podrían enviarnos una copia de la factura {inv}?\nGracias, {name}",
    "nl": "Hallo,\nkunt u ons een kopie van factuur {inv} sturen?\nBedankt, {name}",
    "pt": "Olá,\npodem enviar-nos uma cópia da fatura {inv}?\nObrigado, {name}",
}


def customer_id(lang: str, n: int) -> str:
    return f"{lang.upper()}{n:02d}"


def invoice_of(lang: str, n: int) -> dict[str, Any]:
    i = LANGUAGES.index(lang)
    amount = Decimal(1240) + Decimal(37 * n + 113 * i) + Decimal("0.50")  # every customer a different amount
    return {"number": f"INV-{7000 + 100 * i + n}", "customer_id": customer_id(lang, n), "issue_date": "2024-03-05", "due_date": "2024-04-04",
            "amount": str(amount), "balance": str(amount)}


def world_json() -> dict[str, Any]:
    customers, invoices = [], []
    for lang in LANGUAGES:
        for n in customers_of(lang):
            cid = customer_id(lang, n)
            customers.append({"id": cid, "name": f"Kunde {cid} Trading", "domain": f"{cid.lower()}.example", "language": lang, "owner": COLLECTOR,
                              "contacts": [{"email": f"ap@{cid.lower()}.example", "name": "Sam Ledger"}]})
            invoices.append(invoice_of(lang, n))
    return {"as_of": "2024-05-10", "timezone": "Europe/Berlin", "company": {"name": "Northwind Supplies GmbH", "ar_mailbox": "ar@northwind-supplies.example"},
            "customers": customers, "invoices": invoices, "payments": []}


def _mail(lang: str, n: int) -> bytes:
    cid = customer_id(lang, n).lower()
    inv = invoice_of(lang, n)["number"]
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = f"Sam Ledger <ap@{cid}.example>", "ar@northwind-supplies.example", f"{inv}"
    m["Date"] = format_datetime(datetime(2024, 5, 9, 10, 0, tzinfo=timezone.utc))
    m["Message-ID"] = f"<copy-{cid}@{cid}.example>"
    m.set_content(_ASK_FOR_A_COPY[lang].format(inv=inv, name="Sam"))
    return m.as_bytes()


def build_edit_world(directory: Path) -> None:
    """world.json → Maildir → sync → worker (up to the approval interrupt) → demo logins."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "world.json").write_text(json.dumps(world_json()), encoding="utf-8")
    box = mailbox.Maildir(str(directory / "mailbox"), create=True)
    for lang in LANGUAGES:
        for n in customers_of(lang):
            box.add(_mail(lang, n))
    settings = settings_for(directory)
    upgrade(settings.resolved_database_url)
    rt = build_runtime(settings)
    try:
        ingest(rt)
        process_pending(rt)
        ensure_demo_users(rt.engine, [COLLECTOR])
    finally:
        rt.close()
