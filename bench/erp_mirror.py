"""The ERP mirror at a mid-size AR book: how long a csv sync takes, and what one lookup costs on the
mirror (indexed SQL) against the world.json snapshot (a linear scan), on SQLite.

    .venv/bin/python bench/erp_mirror.py [--customers 2000] [--invoices 20000] [--payments 8000] [--runs 300]
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from adapters.db.db import make_engine
from adapters.erp_connectors.csv_export import LAYOUT, CsvConnector
from adapters.erp_mirror.mirror import MirrorErp
from adapters.erp_mirror.sync import run_sync
from core.records import Company, Contact, Customer, Invoice, Payment, World
from dunmail.migrate import upgrade
from tools.erp import WorldErp


def book(customers: int, invoices: int, payments: int) -> World:
    rnd = random.Random(15)
    cs = [Customer(id=f"C-{n:05d}", name=f"Customer {n}", domain=f"c{n}.example", owner=f"owner{n % 7}",
                   contacts=[Contact(email=f"ap@c{n}.example"), Contact(email=f"jo{n}@c{n}.example")]) for n in range(customers)]
    start = date(2026, 1, 1)
    inv = []
    for n in range(invoices):
        issued = start + timedelta(days=rnd.randrange(320))
        amount = Decimal(rnd.randrange(1000, 500000)) / 100
        inv.append(Invoice(number=f"INV-{n:06d}", customer_id=cs[rnd.randrange(customers)].id, issue_date=issued, due_date=issued + timedelta(days=30),
                           amount=amount, balance=amount if rnd.random() < 0.4 else Decimal("0")))
    pay = [Payment(id=f"P-{n:06d}", customer_id=None if n % 50 == 0 else cs[rnd.randrange(customers)].id, date=start + timedelta(days=rnd.randrange(330)),
                   amount=Decimal(rnd.randrange(1000, 500000)) / 100, reference=f"TRF-{n:06d}") for n in range(payments)]
    return World(as_of=date(2026, 11, 29), company=Company(name="N", ar_mailbox="ar@n.example"), customers=cs, invoices=inv, payments=pay)


def write_csv(world: World, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    rows = {
        "customers.csv": [[c.id, c.name, c.domain, c.owner, c.language, ""] for c in world.customers],
        "contacts.csv": [[c.id, p.email, p.name, p.role] for c in world.customers for p in c.contacts],
        "invoices.csv": [[i.number, i.customer_id, i.issue_date, i.due_date, i.amount, i.currency, i.balance, "", i.status] for i in world.invoices],
        "payments.csv": [[p.id, p.customer_id or "", p.date, p.amount, p.currency, p.reference, p.method, ""] for p in world.payments],
    }
    for name, table in rows.items():
        with (folder / name).open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(LAYOUT[name])
            writer.writerows(table)


def timed(fn: Callable[[int], object], runs: int) -> tuple[float, float]:
    samples = []
    for n in range(runs):
        t0 = time.perf_counter()
        fn(n)
        samples.append((time.perf_counter() - t0) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=2000)
    parser.add_argument("--invoices", type=int, default=20000)
    parser.add_argument("--payments", type=int, default=8000)
    parser.add_argument("--runs", type=int, default=300)
    args = parser.parse_args()
    world = book(args.customers, args.invoices, args.payments)
    with tempfile.TemporaryDirectory() as tmp:
        folder, url = Path(tmp) / "books", f"sqlite:///{tmp}/dunmail.db"
        write_csv(world, folder)
        upgrade(url)
        engine = make_engine(url)
        for label in ("first sync", "second sync (same files)"):
            t0 = time.perf_counter()
            outcome = run_sync(engine, CsvConnector(folder))
            print(f"csv {label}: {time.perf_counter() - t0:.2f} s, {outcome.status}, {outcome.counts}")
        mirror, snapshot = MirrorErp(engine, "csv", today=date(2026, 11, 29)), WorldErp(world)
        rnd = random.Random(3)
        picks = [world.customers[rnd.randrange(args.customers)] for _ in range(args.runs)]
        pays = [world.payments[rnd.randrange(args.payments)] for _ in range(args.runs)]
        print(f"lookups, {args.runs} each, ms p50 / p95 (mirror vs world.json snapshot):")
        for name, call in [
            ("customer_by_email", lambda erp, n: erp.customer_by_email(picks[n].contacts[1].email)),
            ("open_invoices", lambda erp, n: erp.open_invoices(picks[n].id)),
            ("invoice", lambda erp, n: erp.invoice(f"inv-{n * 37 % args.invoices:06d}")),
            ("find_payment by reference", lambda erp, n: erp.find_payment(pays[n].customer_id or "C-00000", reference=pays[n].reference.lower())),
            ("find_payment by amount", lambda erp, n: erp.find_payment(pays[n].customer_id or "C-00000", amount=pays[n].amount, around=pays[n].date)),
        ]:
            m50, m95 = timed(lambda n, c=call: c(mirror, n), args.runs)
            w50, w95 = timed(lambda n, c=call: c(snapshot, n), args.runs)
            print(f"  {name:28s} mirror {m50:6.2f} / {m95:6.2f}   snapshot {w50:6.2f} / {w95:6.2f}")
        engine.dispose()


if __name__ == "__main__":
    main()
