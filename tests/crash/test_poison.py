"""Poison mail: messages that are merely big or odd (a promise followed by 3,000 blank lines, 1 MB
of nested HTML, a 40 MB base64 body, a 1 MB subject, 50,000 recipients) end quarantined with a
reason, or processed, within their budget, while the 100 ordinary messages behind them are
processed. Run the way `dunmail process` runs: each message in a supervised child process."""

from __future__ import annotations

import base64
import json
import time

from sqlmodel import Session, select

from adapters.db.tables import InboundMessage
from dunmail.supervisor import Supervisor
from tests.foundation.conftest import deliver
from tests.foundation.world import reply

SENDER = "Jo Baker <jo.baker@acme-tools.example>"
STAGE_BUDGET = 10.0
ATTEMPTS = 2


def _raw(message_id: str, body: str, *, subject: str = "Re: Payment reminder", headers: str = "", content_type: str = "text/plain; charset=utf-8",
         encoding: str = "8bit") -> bytes:
    """Raw bytes, written out by hand: the email package takes minutes to fold a 1 MB header."""
    return (f"From: {SENDER}\r\nTo: ar@northwind-supplies.example\r\nSubject: {subject}\r\nMessage-ID: {message_id}\r\n"
            f"Date: Tue, 10 Nov 2026 10:00:00 +0100\r\n{headers}MIME-Version: 1.0\r\nContent-Type: {content_type}\r\n"
            f"Content-Transfer-Encoding: {encoding}\r\n\r\n{body}").encode()


def _poison() -> dict[str, bytes]:
    depth = 90_000
    return {
        "3,000 blank lines": _raw("<p-blank@acme-tools.example>", "We will pay INV-2026-1001 on 2026-11-20.\r\n" + "\r\n" * 3000 + "Jo\r\n"),
        "1 MB nested HTML": _raw("<p-html@acme-tools.example>", "<html><body>" + "<div>" * depth + "we will pay on Friday" + "</div>" * depth + "</body></html>\r\n",
                                 content_type="text/html; charset=utf-8"),
        "40 MB base64 body": _raw("<p-base64@acme-tools.example>", base64.encodebytes(b"we will pay on Friday. " * (30 * 1024 * 1024 // 23)).decode(),
                                  encoding="base64"),
        "1 MB subject": _raw("<p-subject@acme-tools.example>", "we will pay on Friday\r\n", subject="Re: " + "Payment reminder " * 62_000),
        "50,000 recipients": _raw("<p-rcpt@acme-tools.example>", "we will pay on Friday\r\n",
                                  headers="Cc: " + ",\r\n ".join(f"user{n}@acme-tools.example" for n in range(50_000)) + "\r\n"),
    }


def test_poison_mail_is_quarantined_within_budget_while_100_ordinary_messages_flow(make_sqlite_runtime):
    rt = make_sqlite_runtime(stage_budget_seconds=STAGE_BUDGET, max_attempts=ATTEMPTS)
    poison = _poison()
    ordinary = [reply(SENDER, f"Re: Payment reminder {n}", f"We will pay INV-2026-1001 on 2026-11-{20 + n % 8}.", message_id=f"<ok-{n}@acme-tools.example>")
                for n in range(100)]
    deliver(rt, *poison.values())
    deliver(rt, *ordinary)  # behind the poison in the queue
    supervisor = Supervisor(rt.settings, worker="poison-suite")
    took: dict[int, float] = {}
    started = time.monotonic()
    try:
        for _ in range(ATTEMPTS + 1):  # a message given back after a timeout is claimed again on the next pass
            while True:
                t0 = time.monotonic()
                [result] = supervisor.process_pending(limit=1) or [None]
                if result is None:
                    break
                took[result.inbound_id] = took.get(result.inbound_id, 0.0) + time.monotonic() - t0
    finally:
        supervisor.close()
    elapsed = time.monotonic() - started
    with Session(rt.engine) as s:
        rows = {m.message_id: m for m in s.exec(select(InboundMessage)).all()}
    by_name = {name: rows[mid] for name, mid in zip(poison, ("<p-blank@acme-tools.example>", "<p-html@acme-tools.example>", "<p-base64@acme-tools.example>",
                                                               "<p-subject@acme-tools.example>", "<p-rcpt@acme-tools.example>"))}
    figures = {name: {"status": m.status, "seconds": round(took.get(m.id, 0.0), 1), "reason": (m.error or "")[:90]} for name, m in by_name.items()}
    ordinary_done = sum(rows[f"<ok-{n}@acme-tools.example>"].status in ("awaiting_approval", "handled") for n in range(100))
    print("\nPOISON", json.dumps({"seconds": round(elapsed), "ordinary_processed": ordinary_done, "poison": figures}))

    budget = ATTEMPTS * (STAGE_BUDGET * 2) + 60  # per message: every attempt can use a stage or two, plus a child's start
    for name, m in by_name.items():
        assert m.status in ("quarantined", "awaiting_approval", "handled"), (name, m.status, m.error)
        assert took.get(m.id, 0.0) < budget, (name, took.get(m.id))
    for name in ("40 MB base64 body", "1 MB subject", "50,000 recipients"):
        assert by_name[name].status == "quarantined" and "budget" in by_name[name].error, name  # refused before any parsing
    assert ordinary_done == 100
