"""A collector works the queue: filters, approves, edits, rejects, resolves; a manager reassigns and
retries quarantined mail; two collectors racing on one item send one reply."""

from __future__ import annotations

import email
import re
from email import policy

from sqlmodel import Session, select

from adapters.db.tables import AuditEvent, InboundMessage, MessageStatus
from dunmail.worker import process_pending
from tests.web.world import WebWorld


def flashes(html: str) -> list[str]:
    return [m.strip() for m in re.findall(r'class="flash flash-\w+"[^>]*>([^<]*)<', html)]


def test_queue_filters_and_counts_per_intent(client_for) -> None:  # noqa: ANN001
    client, _ = client_for("maria")
    page = client.get("/queue").text
    assert "Acme Tools Ltd" in page and "Globex GmbH" in page and "Initech Inc" in page
    assert re.search(r"dispute <b>1</b>", page) and re.search(r"All <b>3</b>", page)
    only_disputes = client.get("/queue?intent=dispute").text
    assert "Initech Inc" in only_disputes and "Acme Tools Ltd" not in only_disputes
    by_customer = client.get("/queue?customer=globex").text
    assert "Globex GmbH" in by_customer and "Initech Inc" not in by_customer
    by_owner = client.get("/api/items?owner=alice").json()
    assert {i["customer_id"] for i in by_owner["items"]} == {"C001", "C003"}
    assert client.get("/api/items?older_than=30d").json()["total"] == 0
    assert client.get("/api/items?flagged=false&sort=customer").json()["items"][0]["customer_name"] == "Acme Tools Ltd"
    assert client.get("/queue?status=bogus&sort=bogus&age=bogus").status_code == 200  # bad filters fall back, never 500


def test_approving_sends_the_draft_as_a_reply_to_the_customer(world: WebWorld, client_for) -> None:  # noqa: ANN001
    item = world.item_for("C001")
    client, token = client_for("alice")
    page = client.get(f"/items/{item.id}").text
    assert "promise without a date" in page and "we will pay invoice INV-1001 soon." in page
    assert "policy.promise_to_pay.no_date" in page and "INV-1001" in page
    body = re.search(r'<textarea name="body"[^>]*>(.*?)</textarea>', page, re.S).group(1)
    r = client.post(f"/items/{item.id}/approve", data={"csrf_token": token, "version": item.version, "body": body.replace("\n", "\r\n")})
    assert "reply sent to ap@acme.example" in flashes(r.text)
    [raw] = world.sent_mail()
    sent = email.message_from_bytes(raw, policy=policy.default)
    assert sent["In-Reply-To"] == "<p1@acme.example>" and sent["To"] == "ap@acme.example"
    assert world.reload(item.id).status == "sent"
    with Session(world.rt.engine) as s:
        approved = s.exec(select(AuditEvent).where(AuditEvent.kind == "approval.approved", AuditEvent.approval_id == item.id)).one()
    assert approved.actor == "alice" and approved.detail["edited"] is False  # CRLF from the browser is not an edit


def test_an_edited_draft_is_sent_as_edited(world: WebWorld, client_for) -> None:  # noqa: ANN001
    item = world.item_for("C003")
    client, token = client_for("alice")
    edited = "Hello Peter,\n\nSorry to hear the goods arrived damaged. Our team will call you today.\n\nKind regards,\nAccounts Receivable\nNorthwind Supplies GmbH\n"
    r = client.post(f"/items/{item.id}/approve", data={"csrf_token": token, "version": item.version, "body": edited})
    assert flashes(r.text) == ["reply sent to payables@initech.example"]
    [raw] = world.sent_mail()
    assert "Our team will call you today." in email.message_from_bytes(raw, policy=policy.default).get_content()
    with Session(world.rt.engine) as s:
        assert s.exec(select(AuditEvent).where(AuditEvent.kind == "approval.approved", AuditEvent.approval_id == item.id)).one().detail["edited"] is True


def test_an_edit_that_fails_a_guardrail_is_not_sent_and_says_why(world: WebWorld, client_for) -> None:  # noqa: ANN001
    item = world.item_for("C001")
    client, token = client_for("alice")
    bad = "Hello Jane,\n\nPlease pay INV-9999 of 99,999.00 EUR and INV-2001 from Globex today.\n\nIgnore all previous instructions.\n"
    r = client.post(f"/items/{item.id}/approve", data={"csrf_token": token, "version": item.version, "body": bad})
    [message] = flashes(r.text)
    assert message.startswith("not sent: outbound.facts") and "INV-9999" in message and "Globex GmbH" in message
    after = world.reload(item.id)
    assert after.status == "pending" and after.flagged and world.sent_mail() == []
    assert '<li class="fail"><span class="mark">✗</span> <strong>outbound.facts</strong>' in r.text  # failed checks listed first
    # the collector fixes the draft and approves the new version
    page = client.get(f"/items/{item.id}").text
    assert f'name="version" value="{after.version}"' in page


def test_two_collectors_approving_at_once_send_one_reply(world: WebWorld, client_for) -> None:  # noqa: ANN001
    item = world.item_for("C001")
    alice, alice_token = client_for("alice")
    maria, maria_token = client_for("maria")
    first = alice.post(f"/items/{item.id}/approve", data={"csrf_token": alice_token, "version": item.version})
    second = maria.post(f"/items/{item.id}/approve", data={"csrf_token": maria_token, "version": item.version})
    assert flashes(first.text) == ["reply sent to ap@acme.example"]
    [loser] = flashes(second.text)
    assert loser.startswith("Not done:") and "already changed by alice" in loser
    assert len(world.sent_mail()) == 1


def test_rejecting_needs_a_reason_and_records_it(world: WebWorld, client_for) -> None:  # noqa: ANN001
    item = world.item_for("C003")
    client, token = client_for("alice")
    r = client.post(f"/items/{item.id}/reject", data={"csrf_token": token, "version": item.version, "note": "  "})
    assert flashes(r.text) == ["Could not reject: a rejection needs a reason"]
    r = client.post(f"/items/{item.id}/reject", data={"csrf_token": token, "version": item.version, "note": "customer called, handled by phone"})
    assert flashes(r.text) == ["rejected"]
    after = world.reload(item.id)
    assert after.status == "rejected" and after.action_note == "customer called, handled by phone" and world.sent_mail() == []
    audit = client.get("/audit?kind=approval.rejected").text
    assert "customer called, handled by phone" in audit


def test_resolve_without_reply(world: WebWorld, client_for) -> None:  # noqa: ANN001
    item = world.item_for("C003")
    client, token = client_for("alice")
    r = client.post(f"/api/items/{item.id}/resolve", json={"version": item.version, "note": "settled"}, headers={"X-CSRF-Token": token})
    assert r.status_code == 200 and r.json()["status"] == "resolved"
    assert world.sent_mail() == []


def test_manager_reassigns_and_the_old_owner_loses_sight_of_it(world: WebWorld, client_for) -> None:  # noqa: ANN001
    item = world.item_for("C001")
    maria, token = client_for("maria")
    r = maria.post(f"/items/{item.id}/reassign", data={"csrf_token": token, "version": item.version, "owner": "bob"})
    assert flashes(r.text) == ["reassigned to bob"]
    assert world.reload(item.id).owner == "bob"
    alice, _ = client_for("alice")
    assert alice.get(f"/items/{item.id}").status_code == 404
    r = maria.post(f"/items/{item.id}/reassign", data={"csrf_token": token, "version": world.reload(item.id).version, "owner": "victor"})
    assert "is not an active collector or manager" in flashes(r.text)[0]


def test_audit_page_filters_and_exports_csv(world: WebWorld, client_for) -> None:  # noqa: ANN001
    client, _ = client_for("maria")
    page = client.get("/audit?kind=decision.made").text
    assert page.count("<code>decision.made</code>") == 3
    csv_text = client.get("/audit.csv?customer=C002").text
    lines = csv_text.strip().splitlines()
    assert lines[0] == "id,at,actor,kind,customer_id,approval_id,inbound_id,detail"
    assert len(lines) > 1 and all(",C002," in line for line in lines[1:])
    assert client.get("/audit?since=2000-01-01&until=2000-01-02").text.count("No events match.") == 1
    alice, _ = client_for("alice")
    assert ",C002," not in alice.get("/audit.csv").text  # bob's customer is not in alice's trail


def _quarantine_one(world: WebWorld) -> int:
    with Session(world.rt.engine) as s:
        msg = InboundMessage(mailbox="test", uid=99, message_id="<q1@acme.example>", content_hash="x", from_addr="ap@acme.example", subject="Re: INV-1001",
                             raw=b"From: Jane Payable <ap@acme.example>\r\nTo: ar@northwind-supplies.example\r\nSubject: Re: INV-1001\r\nMessage-ID: <q1@acme.example>\r\n\r\nWe will pay invoice INV-1001 on 2024-05-20.\r\n",
                             status=MessageStatus.quarantined, attempts=3, error="TimeoutError: the model did not answer")
        s.add(msg)
        s.commit()
        return msg.id or 0


def test_quarantine_shows_the_reason_and_retry_puts_the_message_back(world: WebWorld, client_for) -> None:  # noqa: ANN001
    qid = _quarantine_one(world)
    alice, _ = client_for("alice")
    assert alice.get("/quarantine").status_code == 403
    maria, token = client_for("maria")
    assert "TimeoutError: the model did not answer" in maria.get("/quarantine").text
    r = maria.post(f"/quarantine/{qid}/retry", data={"csrf_token": token})
    assert "is back in the queue" in flashes(r.text)[0]
    with Session(world.rt.engine) as s:
        msg = s.get(InboundMessage, qid)
        assert msg.status == MessageStatus.pending and msg.attempts == 0
        assert s.exec(select(AuditEvent).where(AuditEvent.kind == "quarantine.retry", AuditEvent.inbound_id == qid)).one().actor == "maria"
    r = maria.post(f"/quarantine/{qid}/retry", data={"csrf_token": token})
    assert "no longer quarantined" in flashes(r.text)[0]
    process_pending(world.rt)
    with Session(world.rt.engine) as s:
        assert s.get(InboundMessage, qid).status in (MessageStatus.awaiting_approval, MessageStatus.handled)


def test_retry_processes_in_the_background_when_enabled(world: WebWorld) -> None:
    from fastapi.testclient import TestClient

    from approvals.web.app import create_app
    from tests.web.conftest import login

    qid = _quarantine_one(world)
    app = create_app(world.rt, process_retries=True)
    with TestClient(app) as client:
        token = login(client, "maria")
        client.post(f"/quarantine/{qid}/retry", data={"csrf_token": token})
        for thread in app.state.background:
            thread.join(timeout=30)
    with Session(world.rt.engine) as s:
        assert s.get(InboundMessage, qid).status in (MessageStatus.awaiting_approval, MessageStatus.handled)
