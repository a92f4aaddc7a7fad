"""Queue page latency with 10,000 items: p50/p95 of GET /queue (the whole page: auth, three
queries, template) for common filter and sort combinations, as a collector and as a manager.

    .venv/bin/python bench/web_queue.py [--items 10000] [--runs 60]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import insert

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repo root, for tests.web's login helper

from adapters.db.db import session_scope
from adapters.db.tables import ApprovalRequest, DecisionRecord, InboundMessage, utcnow
from approvals.web.app import create_app
from dunmail.migrate import upgrade
from dunmail.settings import Settings
from dunmail.users import create_user
from dunmail.wiring import build_runtime
from tests.web.conftest import login

INTENTS = ["promise_to_pay", "already_paid", "dispute", "invoice_resend", "payment_plan_request", "po_change", "wrong_contact", "other"]
OWNERS = ["alice", "bob", "carla", "dmitri", "erin"]
STATUSES = ["pending"] * 6 + ["sent", "rejected", "resolved", "failed"]
WORLD = '{"as_of": "2024-05-10", "company": {"name": "N", "ar_mailbox": "ar@n.example"}}'


def seed(rt, n: int) -> None:  # noqa: ANN001
    rnd = random.Random(7)
    now = utcnow()
    inbound, decisions, items = [], [], []
    for i in range(1, n + 1):
        created = now - timedelta(minutes=rnd.randint(1, 60 * 24 * 40))
        cust = rnd.randint(1, 800)
        intent = rnd.choice(INTENTS)
        inbound.append({"id": i, "mailbox": "bench", "uidvalidity": 0, "uid": i, "message_id": f"<m{i}@bench>", "content_hash": f"{i:064d}", "raw": b"From: a@b\r\n\r\nx",
                        "from_addr": "a@b", "subject": "Re: invoice", "received_at": created, "status": "awaiting_approval", "attempts": 1})
        decisions.append({"id": i, "inbound_id": i, "customer_id": f"C{cust:04d}", "intent": intent, "secondary_intents": [], "confidence": 0.8, "decided_by": "bench",
                          "rule": "policy.bench", "action": "draft_reply", "needs_human": True, "reasons": ["bench"], "facts": {}, "evidence": [], "guardrails": [], "created_at": created})
        items.append({"id": i, "inbound_id": i, "decision_id": i, "graph_thread_id": f"inbound-{i}", "kind": "draft", "status": rnd.choice(STATUSES), "version": 1,
                      "owner": rnd.choice(OWNERS), "customer_id": f"C{cust:04d}", "customer_name": f"Customer {cust:04d} Ltd", "intent": intent,
                      "reason": "promise to pay by 2024-05-20: confirm and pause dunning", "flagged": rnd.random() < 0.1,
                      "draft": {"to": ["a@b"], "subject": "Re", "body": "Hello"}, "created_at": created, "updated_at": created})
    with session_scope(rt.engine) as s:
        for table, rows in ((InboundMessage, inbound), (DecisionRecord, decisions), (ApprovalRequest, items)):
            for start in range(0, len(rows), 2000):
                s.exec(insert(table).values(rows[start:start + 2000]))  # type: ignore[call-overload]
        create_user(s, "alice", "bench-password", "collector")
        create_user(s, "maria", "bench-password", "manager")


def measure(client: TestClient, url: str, runs: int) -> tuple[float, float]:
    client.get(url)  # warm-up
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        r = client.get(url)
        samples.append((time.perf_counter() - t0) * 1000)
        assert r.status_code == 200, r.status_code
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--items", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=60)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        (data / "world.json").write_text(WORLD)
        settings = Settings(data_dir=data, erp_world=data / "world.json", session_secret="bench")  # type: ignore[arg-type]
        upgrade(settings.resolved_database_url)
        rt = build_runtime(settings)
        t0 = time.perf_counter()
        seed(rt, args.items)
        print(f"seeded {args.items} items in {time.perf_counter() - t0:.1f}s (SQLite, {settings.resolved_database_url.split('/')[-1]})")
        app = create_app(rt, process_retries=False)
        cases = [
            ("maria", "/queue"),
            ("maria", "/queue?intent=dispute"),
            ("maria", "/queue?customer=Customer%200042"),
            ("maria", "/queue?owner=bob&flagged=yes&sort=newest"),
            ("maria", "/queue?age=7d&sort=customer"),
            ("maria", "/queue?status=all&page=100"),
            ("alice", "/queue"),
            ("alice", "/queue?sort=intent&page=20"),
        ]
        print(f"{'user':8} {'page':45} {'p50 ms':>8} {'p95 ms':>8}")
        all_p50, all_p95 = [], []
        for user, url in cases:
            with TestClient(app) as client:
                login(client, user, "bench-password")
                p50, p95 = measure(client, url, args.runs)
            all_p50.append(p50)
            all_p95.append(p95)
            print(f"{user:8} {url:45} {p50:8.1f} {p95:8.1f}")
        print(f"worst case: p50 {max(all_p50):.1f} ms, p95 {max(all_p95):.1f} ms")
        rt.close()


if __name__ == "__main__":
    main()
