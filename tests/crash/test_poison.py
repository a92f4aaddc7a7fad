"""Poison mail: messages that are merely big or odd (a promise followed by 3,000 blank lines, 1 MB
of nested HTML, a 40 MB base64 body, a 1 MB subject, 50,000 recipients) end quarantined with a
reason, or processed, within their budget, while the 100 ordinary messages behind them are
processed. Run the way `dunmail process` runs: each message in a supervised child process."""

from __future__ import annotations

import base64
import json
import time
from email.message import EmailMessage

from sqlmodel import Session, select

from dunmail.supervisor import Supervisor
from dunmail.tables import InboundMessage
from tests.foundation.conftest import deliver
from tests.foundation.world import reply

SENDER = "Jo Baker <jo.baker@acme-tools.example>"
STAGE_BUDGET = 10.0
ATTEMPTS = 2


def _poison() -> dict[str, bytes]:
    blank_lines = reply(SENDER, "Re: Payment reminder", "We will pay INV-2026-1001 on 2026-11-20." + "\n" * 3000 + "Jo", message_id="<p-blank@acme-tools.example>")
    html = EmailMessage()
    html["From"], html["To"], html["Subject"], html["Message-ID"] = SENDER, "ar@northwind-supplies.example", "Re: Payment reminder", "<p-html@acme-tools.example>"
    depth = 90_000
    html.set_content("<html><body>" + "<div>" * depth + "we will pay on Friday" + "</div>" * depth + "</body></html>", subtype="html")
    body = base64.encodebytes(b"we will pay on Friday. " * (30 * 1024 * 1024 // 23)).decode()
    big = (f"From: {SENDER}\r\nTo: ar@northwind-supplies.example\r\nSubject: Re: Payment reminder\r\nMessage-ID: <p-base64@acme-tools.example>\r\n"
           "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n").encode() + body.encode()
    subject = reply(SENDER, "Re: " + "Payment reminder " * 62_000, "we will pay on Friday", message_id="<p-subject@acme-tools.example>")
    recipients = reply(SENDER, "Re: Payment reminder", "we will pay on Friday", message_id="<p-rcpt@acme-tools.example>",
                       headers={"Cc": ", ".join(f"user{n}@acme-tools.example" for n in range(50_000))})
    return {"3,000 blank lines": blank_lines, "1 MB nested HTML": bytes(html), "40 MB base64 body": big, "1 MB subject": subject, "50,000 recipients": recipients}


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
