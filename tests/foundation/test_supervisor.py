"""The time budget is enforced from outside: a message whose parser never returns (a regex holding
the interpreter) gets its worker process killed and, after its attempts, quarantined with the
reason, while the messages behind it are processed."""

from __future__ import annotations

import time
from pathlib import Path

from sqlmodel import Session, select

from adapters.db.tables import InboundMessage
from dunmail.supervisor import Supervisor
from tests.foundation.conftest import deliver
from tests.foundation.world import ALREADY_PAID, PROMISE, reply

HANG = Path(__file__).resolve().parents[1] / "crash" / "hang"


def test_a_message_that_hangs_its_parser_is_quarantined_and_the_mailbox_keeps_flowing(make_runtime, monkeypatch):
    monkeypatch.setenv("PYTHONPATH", str(HANG))
    rt = make_runtime(stage_budget_seconds=2, max_attempts=2)
    poison = reply("Jo Baker <jo.baker@acme-tools.example>", "Re: Payment reminder", "we will pay on Friday",
                   message_id="<hang@acme-tools.example>", headers={"X-Test-Hang": "regex"})
    deliver(rt, poison, PROMISE, ALREADY_PAID)
    supervisor = Supervisor(rt.settings, worker="supervised")
    started = time.monotonic()
    try:
        results = supervisor.process_pending()
        results += supervisor.process_pending()  # the second attempt, once the first gave it back
    finally:
        supervisor.close()
    elapsed = time.monotonic() - started
    with Session(rt.engine) as s:
        rows = {m.message_id: m for m in s.exec(select(InboundMessage)).all()}
    hung = rows["<hang@acme-tools.example>"]
    assert hung.status == "quarantined" and "stage 'parse' ran over its time budget of 2 s" in hung.error, hung.error
    assert hung.attempts == 2
    promise = rows["<promise-1@acme-tools.example>"]
    assert promise.status == "awaiting_approval", promise.error
    assert rows["<paid-1@brauhaus-kessler.example>"].status in ("awaiting_approval", "handled")
    assert elapsed < 60, f"took {elapsed:.0f} s"
