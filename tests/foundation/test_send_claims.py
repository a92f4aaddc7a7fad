"""Sending under a claim, against a real SMTP server that misbehaves and a real Dovecot Sent folder:
a reply in flight cannot be retried into a second send, a 4xx is retried by itself with back-off,
a 5xx fails visibly, a missing Sent folder is created, and a copy Sent did not take is filed later."""

from __future__ import annotations

import threading
import time
from datetime import datetime, timedelta, timezone

import pytest
from sqlmodel import Session, select

from adapters.db.tables import ApprovalRequest, AuditEvent, OutboundMessage
from adapters.mail.smtp import SmtpOutbox
from dunmail.queue import QueueError
from dunmail.review import approve, recover_interrupted_sends, retry_send
from dunmail.settings import Settings
from dunmail.worker import process_pending
from tests.crash.faulty_smtp import DROP, PERMANENT, SLOW, TEMPORARY, faulty_smtp
from tests.foundation.conftest import deliver
from tests.foundation.world import PROMISE

pytestmark = pytest.mark.dovecot


def _smtp_runtime(make_runtime, dovecot, server, **extra):  # noqa: ANN001, ANN202
    values = dict(imap_host=dovecot.host, imap_port=dovecot.port, imap_security="plain", imap_username=dovecot.username,
                  imap_password=dovecot.password, imap_sent_folder="Sent", smtp_host=server.host, smtp_port=server.port,
                  smtp_security="plain", **extra)
    rt = make_runtime(outbox=SmtpOutbox(Settings(_env_file=None, outbox="smtp", **values)), **values)
    deliver(rt, PROMISE)
    process_pending(rt)
    return rt


def _item(rt) -> ApprovalRequest:  # noqa: ANN001
    with Session(rt.engine) as s:
        return s.exec(select(ApprovalRequest)).one()


def _outbound(rt) -> OutboundMessage:  # noqa: ANN001
    with Session(rt.engine) as s:
        return s.exec(select(OutboundMessage)).one()


def _make_due(rt) -> None:  # noqa: ANN001
    """Age the back-off the way the clock would, instead of sleeping through it."""
    with Session(rt.engine) as s:
        row = s.exec(select(OutboundMessage)).one()
        row.next_attempt_at = datetime.now(timezone.utc) - timedelta(seconds=1)
        s.add(row)
        s.commit()


def test_a_retry_while_the_reply_is_in_flight_is_refused_and_it_arrives_once(make_runtime, dovecot):
    with faulty_smtp(plan=[SLOW], slow_seconds=2.0) as server:
        rt = _smtp_runtime(make_runtime, dovecot, server)
        item = _item(rt)
        outcome: list = []
        sender = threading.Thread(target=lambda: outcome.append(approve(rt, item.id, item.version, "alice")))
        sender.start()
        while not server.answered and sender.is_alive():  # until the server is in the middle of taking it
            sender.join(0.01)
        with pytest.raises(QueueError, match="being sent right now"):
            retry_send(rt, item.id, item.version + 1, "bob")  # the page showed 'approved': a second click
        assert recover_interrupted_sends(rt) == []  # a worker starting now leaves it alone too
        sender.join(30)
    assert outcome[0].status == "sent", outcome[0].message
    assert list(server.accepted.values()) == [1]
    assert _item(rt).status == "sent"


@pytest.mark.parametrize("fault", [TEMPORARY, DROP])
def test_a_temporary_failure_is_retried_by_itself_with_back_off(make_runtime, dovecot, fault):
    with faulty_smtp(plan=[fault]) as server:
        rt = _smtp_runtime(make_runtime, dovecot, server, send_retry_base_seconds=600)
        item = _item(rt)
        first = approve(rt, item.id, item.version, "alice")
        assert first.status == "approved" and "retrying in 600 s" in first.message
        waiting = _outbound(rt)
        assert waiting.status == "queued" and waiting.next_attempt_at > datetime.now(timezone.utc) + timedelta(seconds=500)
        assert recover_interrupted_sends(rt) == []  # not yet due
        _make_due(rt)
        [second] = recover_interrupted_sends(rt)
    assert second.status == "sent", second.message
    assert list(server.accepted.values()) == [1]
    with Session(rt.engine) as s:
        assert [e.kind for e in s.exec(select(AuditEvent).where(AuditEvent.kind.like("reply.%"))).all()] == ["reply.deferred", "reply.sent"]


def test_a_permanent_refusal_fails_visibly_and_is_not_retried_by_itself(make_runtime, dovecot):
    with faulty_smtp(plan=[PERMANENT]) as server:
        rt = _smtp_runtime(make_runtime, dovecot, server)
        item = _item(rt)
        outcome = approve(rt, item.id, item.version, "alice")
        assert outcome.status == "failed" and "550" in outcome.message
        assert _item(rt).status == "failed" and _outbound(rt).status == "failed"
        assert recover_interrupted_sends(rt) == []
        failed = _item(rt)
        assert retry_send(rt, failed.id, failed.version, "alice").status == "sent"  # a person may try again
    assert list(server.accepted.values()) == [1]


def test_temporary_failures_give_up_visibly_after_the_last_attempt(make_runtime, dovecot):
    with faulty_smtp(plan=[TEMPORARY, TEMPORARY]) as server:
        rt = _smtp_runtime(make_runtime, dovecot, server, send_max_attempts=2)
        item = _item(rt)
        assert approve(rt, item.id, item.version, "alice").status == "approved"
        _make_due(rt)
        [last] = recover_interrupted_sends(rt)
    assert last.status == "failed" and "451" in last.message
    assert not server.accepted


def test_a_missing_sent_folder_is_created_and_a_copy_it_missed_is_filed_later(make_runtime, dovecot):
    from adapters.mail.connect import open_imap

    with faulty_smtp() as server:
        rt = _smtp_runtime(make_runtime, dovecot, server)
        rt.outbox.inner.settings.imap_sent_folder = "Sent Items"  # this mailbox has none yet
        item = _item(rt)
        admin = open_imap(rt.outbox.inner.settings)
        real_append = type(admin).append
        fail_once = {"left": 1}

        def flaky_append(self, folder, msg, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
            if fail_once["left"]:
                fail_once["left"] -= 1
                raise type(admin).Error("APPEND failed: over quota")
            return real_append(self, folder, msg, *args, **kwargs)

        type(admin).append = flaky_append
        try:
            assert approve(rt, item.id, item.version, "alice").status == "sent"
            assert _outbound(rt).unfiled_copy is not None  # the reply left; its copy did not reach Sent
            recover_interrupted_sends(rt)
        finally:
            type(admin).append = real_append
        admin.select_folder("Sent Items", readonly=True)
        filed = admin.search(["HEADER", "Message-ID", _outbound(rt).message_id.strip("<>")])
        admin.logout()
    assert len(filed) == 1 and _outbound(rt).unfiled_copy is None
    assert list(server.accepted.values()) == [1]


KILLED_MID_DATA = """
import os, sys
from dunmail.review import approve
from dunmail.settings import Settings
from dunmail.wiring import build_runtime
rt = build_runtime(Settings(_env_file=None))
approve(rt, int(sys.argv[1]), int(sys.argv[2]), "alice")
"""


def test_a_sender_killed_while_the_server_takes_the_reply_leaves_it_for_a_person_not_a_resend(make_runtime, dovecot, tmp_path):
    import os
    import signal
    import subprocess
    import sys
    from pathlib import Path

    with faulty_smtp(plan=[SLOW], slow_seconds=3.0) as server:
        rt = _smtp_runtime(make_runtime, dovecot, server)
        item = _item(rt)
        s = rt.settings
        env = {**os.environ, "DATABASE_URL": s.resolved_database_url, "DUNMAIL_DATA_DIR": str(s.data_dir), "DUNMAIL_ERP_WORLD": str(s.erp_world),
               "DUNMAIL_OUTBOX": "smtp", "DUNMAIL_SMTP_HOST": server.host, "DUNMAIL_SMTP_PORT": str(server.port), "DUNMAIL_SMTP_SECURITY": "plain",
               "DUNMAIL_IMAP_HOST": dovecot.host, "DUNMAIL_IMAP_PORT": str(dovecot.port), "DUNMAIL_IMAP_SECURITY": "plain",
               "DUNMAIL_IMAP_USERNAME": dovecot.username, "DUNMAIL_IMAP_PASSWORD": dovecot.password}
        proc = subprocess.Popen([sys.executable, "-c", KILLED_MID_DATA, str(item.id), str(item.version)], cwd=Path(__file__).resolve().parents[2], env=env)
        while not server.answered and proc.poll() is None:  # until the server is taking it (it takes 3 s)
            time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
        time.sleep(3.5)  # the server finishes and keeps the reply: the customer has it
        with Session(rt.engine) as session:
            row = session.exec(select(OutboundMessage)).one()
            row.lease_until = datetime.now(timezone.utc) - timedelta(seconds=1)  # the dead sender's lease runs out
            session.add(row)
            session.commit()
        [outcome] = recover_interrupted_sends(rt)
        assert recover_interrupted_sends(rt) == []
    assert list(server.accepted.values()) == [1]  # never sent a second time
    assert outcome.status == "failed" and "may or may not have reached the customer" in outcome.message
    assert _item(rt).status == "failed"  # visible in the queue, with Retry for a person who checked
