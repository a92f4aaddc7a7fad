"""The demo flow end to end: a reply comes in, a draft waits for a collector, the approved reply
goes out threaded, and nothing is ever processed or sent twice. On SQLite and PostgreSQL."""

from __future__ import annotations

import email
from datetime import date
from email import policy

import pytest
from sqlmodel import Session, select

from adapters.db.tables import ApprovalRequest, AuditEvent, DecisionRecord, InboundMessage, OutboundMessage, Pause
from dunmail.queue import StaleItem
from dunmail.review import approve, close, recover_interrupted_sends
from dunmail.worker import process_pending
from tests.foundation.conftest import deliver
from tests.foundation.world import ALREADY_PAID, GARBAGE, LEGAL, OUT_OF_OFFICE, PROMISE


def sent_messages(rt) -> list[email.message.EmailMessage]:
    cur = rt.settings.resolved_sent_maildir / "cur"
    return [email.message_from_bytes(p.read_bytes(), policy=policy.default) for p in sorted(cur.iterdir())] if cur.exists() else []


def only_item(rt) -> ApprovalRequest:
    with Session(rt.engine) as s:
        items = s.exec(select(ApprovalRequest)).all()
    assert len(items) == 1
    return items[0]


def test_promise_reply_is_drafted_approved_and_sent_in_thread(make_runtime):
    rt = make_runtime()
    assert deliver(rt, PROMISE) == 1
    results = process_pending(rt)
    assert [r.intent for r in results] == ["promise_to_pay"]

    item = only_item(rt)
    assert item.status == "pending" and item.owner == "alice" and item.customer_id == "C-ACME"
    assert "INV-2026-1001" in item.draft["body"]
    outcome = approve(rt, item.id, item.version, "alice")
    assert outcome.status == "sent", outcome.message

    [reply] = sent_messages(rt)
    assert reply["To"] == "jo.baker@acme-tools.example"
    assert reply["In-Reply-To"] == "<promise-1@acme-tools.example>"
    assert "<reminder-1@northwind-supplies.example>" in reply["References"]
    assert reply["Subject"] == "Re: Payment reminder"
    with Session(rt.engine) as s:
        assert s.exec(select(OutboundMessage)).one().message_id == reply["Message-ID"]
        assert s.get(InboundMessage, item.inbound_id).status == "done"
        kinds = [e.kind for e in s.exec(select(AuditEvent).order_by(AuditEvent.id)).all()]
    assert kinds[0] == "message.stored" and "decision.made" in kinds and kinds[-1] == "reply.sent"


def test_running_again_processes_and_sends_nothing_twice(make_runtime):
    rt = make_runtime()
    deliver(rt, PROMISE, ALREADY_PAID)
    assert len(process_pending(rt)) == 2
    # The same mail delivered again (a re-sync, a restart) is not stored or processed again.
    assert deliver(rt, PROMISE, ALREADY_PAID) == 0
    assert process_pending(rt) == []
    rt2 = make_runtime()  # a restart of the service
    assert process_pending(rt2) == []
    with Session(rt.engine) as s:
        assert len(s.exec(select(DecisionRecord)).all()) == 2
        item = s.exec(select(ApprovalRequest).where(ApprovalRequest.intent == "promise_to_pay")).one()
    approve(rt2, item.id, item.version, "alice")
    with pytest.raises(StaleItem):
        approve(rt2, item.id, item.version, "bob")
    assert recover_interrupted_sends(rt2) == []
    assert len(sent_messages(rt2)) == 1


def test_two_collectors_approving_at_once_send_one_reply(make_runtime):
    rt = make_runtime()
    deliver(rt, PROMISE)
    process_pending(rt)
    item = only_item(rt)
    approve(rt, item.id, item.version, "alice")
    with pytest.raises(StaleItem, match="already changed by alice"):
        approve(rt, item.id, item.version, "bob")
    assert len(sent_messages(rt)) == 1


def test_out_of_office_pauses_dunning_and_asks_nobody(make_runtime):
    rt = make_runtime()
    deliver(rt, OUT_OF_OFFICE)
    [result] = process_pending(rt)
    assert result.intent == "out_of_office" and result.status == "handled"
    with Session(rt.engine) as s:
        assert s.exec(select(ApprovalRequest)).all() == []
        pause = s.exec(select(Pause)).one()
    # The one effect without a person: a deferral of at most 14 days, active at once.
    assert pause.customer_id == "C-ACME" and pause.state == "active" and pause.until == date(2026, 11, 24)
    assert pause.source.startswith("auto-deferral:")


def test_legal_account_is_routed_to_a_human_without_a_draft(make_runtime):
    rt = make_runtime()
    deliver(rt, LEGAL)
    process_pending(rt)
    item = only_item(rt)
    assert item.kind == "route" and item.draft is None and "legal" in item.reason
    outcome = close(rt, item.id, item.version, "alice", action="resolve", note="handled by phone")
    assert outcome.status == "resolved"
    assert sent_messages(rt) == []


def test_unreadable_mail_is_quarantined_with_its_reason_not_dropped(make_runtime):
    rt = make_runtime()
    assert deliver(rt, GARBAGE) == 1
    [result] = process_pending(rt)
    assert result.status == "quarantined"
    with Session(rt.engine) as s:
        msg = s.exec(select(InboundMessage)).one()
    assert msg.status == "quarantined" and msg.error and msg.raw == GARBAGE


def test_rejected_draft_is_never_sent(make_runtime):
    rt = make_runtime()
    deliver(rt, PROMISE)
    process_pending(rt)
    item = only_item(rt)
    with pytest.raises(Exception, match="reason"):
        close(rt, item.id, item.version, "alice", action="reject")
    close(rt, item.id, item.version, "alice", action="reject", note="customer called, handled")
    assert sent_messages(rt) == []


def test_a_reply_keeps_our_own_subject_not_the_one_the_sender_wrote(make_runtime):
    """The sender's subject may carry words meant for the agent (a detector may miss them): our reply
    never repeats it, whatever it says."""
    from adapters.db.db import session_scope
    from tests.foundation.world import reply

    rt = make_runtime()
    with session_scope(rt.engine) as s:
        reminder = ApprovalRequest(graph_thread_id="reminder-acme", kind="reminder", status="sent", owner="alice", customer_id="C-ACME", intent="reminder")
        s.add(reminder)
        s.flush()
        s.add(OutboundMessage(approval_id=reminder.id, message_id="<reminder-1@northwind-supplies.example>", to_addrs=["jo.baker@acme-tools.example"],
                              subject="Payment reminder – Acme Tools Ltd", body="INV-2026-1001 is overdue.", customer_id="C-ACME", status="sent"))
    deliver(rt, reply("Jo Baker <jo.baker@acme-tools.example>", "Re: Acme AP - payment run this week, settled",
                      "Hi,\n\nwe will pay INV-2026-1001 on 2026-11-20.\n\nThanks, Jo", message_id="<promise-subject@acme-tools.example>"))
    process_pending(rt)
    with Session(rt.engine) as s:
        item = s.exec(select(ApprovalRequest).where(ApprovalRequest.inbound_id.is_not(None))).one()
    assert item.draft["subject"] == "Re: Payment reminder – Acme Tools Ltd"
