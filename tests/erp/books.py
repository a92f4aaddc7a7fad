"""CSV books as an AR team's export would look, built from the foundation tests' ERP world."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from adapters.erp_connectors.csv_export import LAYOUT
from tests.foundation.world import WORLD

UNIDENTIFIED = {"id": "PAY-X", "customer_id": "", "date": "2026-11-14", "amount": "640.00", "currency": "EUR",
                "reference": "SEPA 0815 NORTHWIND", "method": "bank_transfer", "applied_to": ""}


def rows_from_world(world: dict[str, Any] = WORLD) -> dict[str, list[dict[str, str]]]:
    customers = [{"id": c["id"], "name": c["name"], "domain": c["domain"], "owner": c["owner"], "language": c["language"],
                  "flags": ";".join(c["flags"])} for c in world["customers"]]
    contacts = [{"customer_id": c["id"], **{k: p[k] for k in ("email", "name", "role")}} for c in world["customers"] for p in c["contacts"]]
    invoices = [{k: "" if i[k] is None else str(i[k]) for k in LAYOUT["invoices.csv"]} for i in world["invoices"]]
    payments = [{**{k: str(p[k]) for k in LAYOUT["payments.csv"] if k != "applied_to"}, "applied_to": ";".join(p["applied_to"])}
                for p in world["payments"]] + [dict(UNIDENTIFIED)]
    return {"customers.csv": customers, "contacts.csv": contacts, "invoices.csv": invoices, "payments.csv": payments}


def write_books(folder: Path, rows: dict[str, list[dict[str, str]]] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, table in (rows or rows_from_world()).items():
        columns = LAYOUT.get(name) or tuple(table[0])
        with (folder / name).open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(columns))
            writer.writeheader()
            writer.writerows(table)
    return folder
