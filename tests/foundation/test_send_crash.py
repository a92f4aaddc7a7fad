"""A worker killed with SIGKILL while sending an approved reply: after a restart the reply is sent
exactly once, whether the crash came before the message left, after the server accepted it but
before any copy was filed (the SMTP window), or after it was filed."""

from __future__ import annotations

import email
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from email import policy
from pathlib import Path

import pytest
from sqlmodel import Session, select

from adapters.db.tables import ApprovalRequest, OutboundMessage
from dunmail.review import recover_interrupted_sends
from dunmail.worker import process_pending
from tests.foundation.conftest import UnfiledOutbox, deliver
from tests.foundation.world import PROMISE

REPO = Path(__file__).resolve().parents[2]

APPROVER = """
import os, signal, sys
from dunmail.review import approve
from dunmail.settings import Settings
from dunmail.wiring import build_runtime
from adapters.mail.maildir_outbox import MaildirOutbox

when = sys.argv[3]

class DyingOutbox(MaildirOutbox):
    # Delivers into the sent Maildir and dies right after. In the "accepted" case it is an SMTP
    # server that took the message while no copy reached Sent: was_sent() cannot see it.

    def was_sent(self, message_id):
        return False if when == "accepted" else super().was_sent(message_id)

    def deliver(self, mail, on_accepted=None):
        if when == "before":
            os.kill(os.getpid(), signal.SIGKILL)
        super().deliver(mail, on_accepted)
        os.kill(os.getpid(), signal.SIGKILL)  # it left, but the graph never finished


settings = Settings(_env_file=None)
rt = build_runtime(settings, outbox=DyingOutbox(settings.resolved_sent_maildir))
approve(rt, int(sys.argv[1]), int(sys.argv[2]), "alice")
"""


@pytest.mark.parametrize("when", ["before", "accepted", "after"])
def test_reply_is_sent_exactly_once_after_a_crash_mid_send(make_runtime, when):
    rt = make_runtime()
    deliver(rt, PROMISE)
    process_pending(rt)
    with Session(rt.engine) as s:
        item = s.exec(select(ApprovalRequest)).one()
    env = {**os.environ, "DATABASE_URL": rt.settings.resolved_database_url, "DUNMAIL_DATA_DIR": str(rt.settings.data_dir), "DUNMAIL_ERP_WORLD": str(rt.settings.erp_world)}
    proc = subprocess.run([sys.executable, "-c", APPROVER, str(item.id), str(item.version), when], cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == -9, proc.stderr[-2000:]

    unfiled = UnfiledOutbox(rt.settings.resolved_sent_maildir) if when == "accepted" else None
    restarted = make_runtime(outbox=unfiled, send_lease_seconds=1)
    if when == "before":  # nothing left: only once the dead sender's lease ran out may another worker send
        assert recover_interrupted_sends(restarted) == [], "the dead sender's claim was taken while its lease ran"
        _wait_for_lease_to_lapse(restarted)
    outcomes = recover_interrupted_sends(restarted)
    assert [o.status for o in outcomes] == ["sent"]
    sent = list((restarted.settings.resolved_sent_maildir / "cur").iterdir())
    assert len(sent) == 1
    reply = email.message_from_bytes(sent[0].read_bytes(), policy=policy.default)
    with Session(restarted.engine) as s:
        outbound = s.exec(select(OutboundMessage)).one()
        assert s.get(ApprovalRequest, item.id).status == "sent"
    assert outbound.status == "sent" and reply["Message-ID"] == outbound.message_id
    assert recover_interrupted_sends(restarted) == []


def _wait_for_lease_to_lapse(rt) -> None:
    """The crashed approver held its claim for the default lease: age it as the clock would."""
    with Session(rt.engine) as s:
        outbound = s.exec(select(OutboundMessage)).one()
        outbound.lease_until = datetime.now(timezone.utc) - timedelta(seconds=1)
        s.add(outbound)
        s.commit()
