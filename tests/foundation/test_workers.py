"""Several workers on one PostgreSQL database never take the same message; a worker killed
mid-run leaves its message to be finished by another, processed exactly once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func
from sqlmodel import Session, select

from adapters.db.tables import AuditEvent, DecisionRecord, InboundMessage
from tests.foundation.conftest import deliver
from tests.foundation.world import reply

WORKER = """
import sys
from dunmail.settings import Settings
from dunmail.wiring import build_runtime
from dunmail.worker import process_pending
rt = build_runtime(Settings(_env_file=None))
done = process_pending(rt, worker=sys.argv[1])
for r in done:
    if r.status != "awaiting_approval":
        print("not processed:", r.inbound_id, r.status, r.reason[:300], file=sys.stderr)
print(len(done))
rt.close()
"""

REPO = Path(__file__).resolve().parents[2]


def _messages(n: int) -> list[bytes]:
    return [
        reply("Jo Baker <jo.baker@acme-tools.example>", f"Re: Payment reminder {i}", f"We will pay INV-2026-1001 on 2026-11-{20 + i % 5}.", message_id=f"<w{i}@acme-tools.example>")
        for i in range(n)
    ]


def _worker(rt, name: str) -> subprocess.Popen:
    env = {**os.environ, "DATABASE_URL": rt.settings.resolved_database_url, "DUNMAIL_DATA_DIR": str(rt.settings.data_dir), "DUNMAIL_ERP_WORLD": str(rt.settings.erp_world), "DUNMAIL_CLAIM_LEASE_SECONDS": str(rt.settings.claim_lease_seconds)}
    return subprocess.Popen([sys.executable, "-c", WORKER, name], cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_four_worker_processes_share_the_queue_without_overlap(make_pg_runtime):
    rt = make_pg_runtime()
    deliver(rt, *_messages(40))
    procs = [_worker(rt, f"w{i}") for i in range(4)]
    outputs = [p.communicate(timeout=240) for p in procs]
    assert all(p.returncode == 0 for p in procs), [err[-2000:] for _, err in outputs]
    counts = [int(out.strip().splitlines()[-1]) for out, _ in outputs]
    assert sum(counts) == 40, [err[-2000:] for _, err in outputs]
    with Session(rt.engine) as s:
        assert s.exec(select(func.count()).select_from(DecisionRecord)).one() == 40
        assert s.exec(select(func.count()).select_from(AuditEvent).where(AuditEvent.kind == "decision.made")).one() == 40
        workers = set(s.exec(select(InboundMessage.claimed_by)).all())
        assert all(m.status == "awaiting_approval" for m in s.exec(select(InboundMessage)).all())
    assert len(workers) > 1, "the queue was not shared"


def test_worker_killed_mid_run_loses_nothing_and_repeats_nothing(make_runtime):
    rt = make_runtime(claim_lease_seconds=1)
    deliver(rt, *_messages(30))
    proc = _worker(rt, "doomed")
    deadline = time.monotonic() + 60
    with Session(rt.engine) as s:
        while time.monotonic() < deadline:
            done = s.exec(select(func.count()).select_from(DecisionRecord)).one()
            if done >= 3:
                break
            time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    time.sleep(1.2)  # the dead worker's lease runs out
    survivor = _worker(rt, "survivor")
    out, err = survivor.communicate(timeout=240)
    assert survivor.returncode == 0, err[-2000:]
    with Session(rt.engine) as s:
        decisions = s.exec(select(DecisionRecord.inbound_id)).all()
        messages = s.exec(select(InboundMessage)).all()
        statuses = {m.status for m in messages}
    assert statuses == {"awaiting_approval"}, [(m.id, m.status, m.error) for m in messages if m.status != "awaiting_approval"]
    assert sorted(decisions) == sorted(set(decisions)) and len(decisions) == 30
    assert statuses == {"awaiting_approval"}
