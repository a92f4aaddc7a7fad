"""The crash suite: three worker processes on one database (SQLite and PostgreSQL), killed with
SIGKILL at random moments of ingest, processing, approval and sending, against an SMTP server
that answers 4xx and 5xx, hangs up after DATA and accepts slowly.

Afterwards: every message is processed once or quarantined, no message has two decisions,
nothing is stuck, and every approved reply reached the server at most once: exactly once when it
was sent, never when it failed with a 5xx, and at most once when a sender died while the server
was taking it (that item waits for a person with the reason). Figures go to the test's output.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func
from sqlmodel import Session, select

from adapters.db.db import make_engine
from adapters.db.tables import ApprovalRequest, DecisionRecord, InboundMessage, OutboundMessage
from adapters.mail.maildir import ensure_maildir
from dunmail.migrate import migrate_all
from dunmail.settings import Settings
from tests.crash.faulty_smtp import DROP, OK, PERMANENT, SLOW, TEMPORARY, faulty_smtp
from tests.foundation.world import reply

pytestmark = pytest.mark.dovecot
REPO = Path(__file__).resolve().parents[2]
CUSTOMERS = 24
KILLS = 10
SETTLE_SECONDS = 150


def _world(path: Path) -> Path:
    customers, invoices = [], []
    for n in range(CUSTOMERS):
        customers.append({"id": f"C-{n:02d}", "name": f"Customer {n:02d} Ltd", "domain": f"c{n:02d}.example",
                          "contacts": [{"email": f"ap@c{n:02d}.example", "name": f"AP {n:02d}", "role": "Accounts payable"}],
                          "flags": [], "owner": "alice", "language": "en"})
        invoices.append({"number": f"INV-2026-{1100 + n}", "customer_id": f"C-{n:02d}", "issue_date": "2026-09-01", "due_date": "2026-10-01",
                         "amount": "1200.00", "currency": "EUR", "balance": "1200.00", "po_number": None, "status": "open"})
    world = {"as_of": "2026-11-16", "timezone": "Europe/Berlin", "company": {"name": "Northwind Supplies GmbH", "ar_mailbox": "ar@northwind-supplies.example"},
             "customers": customers, "invoices": invoices, "payments": []}
    path.write_text(json.dumps(world), encoding="utf-8")
    return path


def _promises() -> list[bytes]:
    return [reply(f"AP {n:02d} <ap@c{n:02d}.example>", "Re: Payment reminder", f"Hello,\n\nwe will pay INV-2026-{1100 + n} on 2026-11-{20 + n % 8}.\n\nRegards",
                  message_id=f"<promise-{n}@c{n:02d}.example>") for n in range(CUSTOMERS)]


def _env(tmp_path: Path, database_url: str, world: Path, server, dovecot) -> dict[str, str]:  # noqa: ANN001
    return {**os.environ, "PYTHONPATH": str(REPO), "DATABASE_URL": database_url, "DUNMAIL_DATA_DIR": str(tmp_path / "data"),
            "DUNMAIL_ERP_WORLD": str(world), "DUNMAIL_OUTBOX": "smtp", "DUNMAIL_SMTP_HOST": server.host, "DUNMAIL_SMTP_PORT": str(server.port),
            "DUNMAIL_SMTP_SECURITY": "plain", "DUNMAIL_IMAP_HOST": dovecot.host, "DUNMAIL_IMAP_PORT": str(dovecot.port),
            "DUNMAIL_IMAP_SECURITY": "plain", "DUNMAIL_IMAP_USERNAME": dovecot.username, "DUNMAIL_IMAP_PASSWORD": dovecot.password,
            "DUNMAIL_IMAP_SENT_FOLDER": f"Sent-{tmp_path.name}"[:60],
            "DUNMAIL_CLAIM_LEASE_SECONDS": "3", "DUNMAIL_SEND_LEASE_SECONDS": "3", "DUNMAIL_MAX_ATTEMPTS": "6",
            "DUNMAIL_SEND_RETRY_BASE_SECONDS": "0.3", "DUNMAIL_SEND_RETRY_MAX_SECONDS": "2", "DUNMAIL_SEND_MAX_ATTEMPTS": "10"}


class Workers:
    def __init__(self, tmp_path: Path, env: dict[str, str]):
        self.tmp_path, self.env = tmp_path, env
        self.stop = tmp_path / "stop"
        self.procs: dict[str, subprocess.Popen] = {}

    def start(self, name: str) -> None:
        (self.tmp_path / f"{name}.phase").unlink(missing_ok=True)
        self.procs[name] = subprocess.Popen([sys.executable, "-m", "tests.crash.worker_loop", str(self.stop), name, str(self.tmp_path / f"{name}.phase")],
                                            cwd=REPO, env=self.env, stdout=subprocess.DEVNULL, stderr=open(self.tmp_path / f"{name}.err", "ab"))  # noqa: SIM115

    def kill(self, name: str, rng: random.Random) -> str:
        """Kill `name` at a random moment of its loop (never while it is still starting up)."""
        phase_file = self.tmp_path / f"{name}.phase"
        deadline = time.monotonic() + 60
        while not phase_file.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(rng.uniform(0.0, 1.5))
        phase = phase_file.read_text() if phase_file.exists() else "starting"
        self.procs[name].send_signal(signal.SIGKILL)
        self.procs[name].wait(10)
        return phase

    def finish(self) -> None:
        self.stop.touch()
        for proc in self.procs.values():
            try:
                proc.wait(60)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def _settled(engine) -> bool:  # noqa: ANN001
    with Session(engine) as s:
        busy = s.exec(select(func.count()).select_from(InboundMessage).where(InboundMessage.status.in_(("pending", "processing")))).one()
        sending = s.exec(select(func.count()).select_from(OutboundMessage).where(OutboundMessage.status.in_(("queued", "sending")),
                                                                                  ApprovalRequest.id == OutboundMessage.approval_id,
                                                                                  ApprovalRequest.status == "approved")).one()
        waiting = s.exec(select(func.count()).select_from(ApprovalRequest).where(ApprovalRequest.status.in_(("approved",)))).one()
        unapproved = s.exec(select(func.count()).select_from(ApprovalRequest).where(ApprovalRequest.status == "pending", ApprovalRequest.kind == "draft",
                                                                                   ApprovalRequest.flagged == False)).one()  # noqa: E712
        stored = s.exec(select(func.count()).select_from(InboundMessage)).one()
    return stored == CUSTOMERS and busy == 0 and sending == 0 and waiting == 0 and unapproved == 0


@pytest.mark.timeout(600)
def test_three_workers_killed_at_random_deliver_every_approved_reply_at_most_once(tmp_path, database_url, dovecot):
    rng = random.Random(1818)
    weights = {OK: 0.55, TEMPORARY: 0.15, DROP: 0.1, SLOW: 0.15, PERMANENT: 0.05}
    with faulty_smtp(weights=weights, slow_seconds=0.8, seed=18) as server:
        world = _world(tmp_path / "world.json")
        env = _env(tmp_path, database_url, world, server, dovecot)
        migrate_all(Settings(_env_file=None, database_url=database_url, data_dir=tmp_path / "data", erp_world=world))
        box = ensure_maildir(tmp_path / "data" / "mailbox")
        workers = Workers(tmp_path, env)
        for name in ("w1", "w2", "w3"):
            workers.start(name)
        kills: Counter = Counter()
        messages = _promises()
        started = time.monotonic()
        try:
            for round_ in range(KILLS):
                for raw in messages[round_ * 3 : round_ * 3 + 3]:  # mail keeps arriving while workers die
                    box.add(raw)
                victim = rng.choice(sorted(workers.procs))
                kills[workers.kill(victim, rng)] += 1
                workers.start(victim)
            for raw in messages[KILLS * 3 :]:
                box.add(raw)
            engine = make_engine(database_url)
            deadline = time.monotonic() + SETTLE_SECONDS
            while time.monotonic() < deadline and not _settled(engine):
                time.sleep(1)
            settled = _settled(engine)
        finally:
            workers.finish()
        elapsed = time.monotonic() - started
        accepted = dict(server.accepted)
        faults = dict(server.answered)

    with Session(engine) as s:
        inbound = s.exec(select(InboundMessage)).all()
        decisions = Counter(s.exec(select(DecisionRecord.inbound_id)).all())
        outbound = {o.message_id: o for o in s.exec(select(OutboundMessage)).all()}
        items = {i.id: i for i in s.exec(select(ApprovalRequest)).all()}
    engine.dispose()
    errors = {name: (tmp_path / f"{name}.err").read_text(errors="replace")[-1500:] for name in ("w1", "w2", "w3")}

    sent = [m for m, o in outbound.items() if o.status == "sent"]
    unknown = [m for m, o in outbound.items() if o.status == "failed" and o.handed_over_at is not None]
    refused = [m for m, o in outbound.items() if o.status == "failed" and o.handed_over_at is None]
    figures = {"database": database_url.split(":")[0], "seconds": round(elapsed), "kills": sum(kills.values()), "kills_by_phase": dict(kills),
               "messages": len(inbound), "decisions": sum(decisions.values()), "quarantined": sum(m.status == "quarantined" for m in inbound),
               "approved_replies": len(outbound), "sent": len(sent), "deliveries": sum(accepted.values()),
               "duplicates": sum(n - 1 for n in accepted.values() if n > 1), "failed_5xx": len(refused), "unknown_for_a_person": len(unknown),
               "smtp_answers": faults}
    print("\nCRASH SUITE", json.dumps(figures))

    assert settled, (figures, errors)
    assert len(inbound) == CUSTOMERS
    assert all(m.status in ("awaiting_approval", "done", "handled", "quarantined") for m in inbound), [(m.id, m.status, m.error) for m in inbound]
    assert all(n == 1 for n in decisions.values())  # no duplicate decision
    assert all(decisions.get(m.id) == 1 for m in inbound if m.status != "quarantined")  # processed once
    assert figures["duplicates"] == 0, {m: n for m, n in accepted.items() if n > 1}
    assert all(accepted.get(m) == 1 for m in sent), [(m, accepted.get(m)) for m in sent if accepted.get(m) != 1]
    assert all(accepted.get(m, 0) == 0 for m in refused)
    assert all(accepted.get(m, 0) <= 1 for m in unknown)
    assert all(items[o.approval_id].status == ("sent" if o.status == "sent" else "failed") for o in outbound.values() if o.status in ("sent", "failed"))
    assert sum(kills.values()) == KILLS
