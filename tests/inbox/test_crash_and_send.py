"""Crash safety and sending: kill -9 during sync loses and repeats nothing; a reply goes out
in-thread, lands in Sent, and is not sent twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlmodel import Session, func, select

from adapters.db.tables import InboundMessage, MailCursor
from adapters.mail.imap import ImapSource, mailbox_name
from adapters.mail.smtp import SmtpOutbox
from core.outgoing import OutgoingMail, reply_subject
from tests.inbox.conftest import mail, settings_for

pytestmark = pytest.mark.dovecot
REPO = Path(__file__).resolve().parents[2]

SYNC_SCRIPT = textwrap.dedent(
    """
    import sys, time
    from adapters.db.db import make_engine
    from dunmail.settings import Settings
    from adapters.mail.imap import ImapSource
    import adapters.mail.imap
    adapters.mail.imap.FETCH_BATCH = 3
    settings = Settings(inbox_source="imap", imap_host="127.0.0.1", imap_port=int(sys.argv[2]), imap_security="plain",
                        imap_username=sys.argv[3], imap_password=sys.argv[4])
    def stored(row_id):
        print(row_id, flush=True)
        time.sleep(0.05)  # slow enough for the test to kill us mid-way
    ImapSource(settings).sync(make_engine(sys.argv[1]), on_stored=stored)
    print("done", flush=True)
    """
)


def test_sync_killed_mid_way_then_restarted_stores_every_message_exactly_once(dovecot, engine, db_url) -> None:
    from imapclient import IMAPClient

    client = IMAPClient(dovecot.host, port=dovecot.port, ssl=False)
    client.login(dovecot.username, dovecot.password)
    for n in range(30):
        client.append("INBOX", mail(n))
    client.logout()
    args = [sys.executable, "-c", SYNC_SCRIPT, db_url, str(dovecot.port), dovecot.username, dovecot.password]
    proc = subprocess.Popen(args, cwd=REPO, stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert proc.stdout is not None
    for _ in range(8):
        line = proc.stdout.readline()
        assert line and line.strip() != "done", "sync finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    with Session(engine) as session:
        partial = session.exec(select(func.count()).select_from(InboundMessage)).one()
    assert 8 <= partial < 30

    rerun = subprocess.run(args, cwd=REPO, capture_output=True, text=True, timeout=60, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert rerun.stdout.strip().endswith("done")
    settings = settings_for(dovecot)
    with Session(engine) as session:
        ids = session.exec(select(InboundMessage.message_id)).all()
        cursor = session.get(MailCursor, mailbox_name(settings, "INBOX"))
    assert sorted(ids) == sorted(f"<msg-{n}@customer.example>" for n in range(30))
    assert cursor is not None and cursor.last_uid == 30
    assert ImapSource(settings).sync(engine) == 0


def test_a_reply_arrives_threaded_lands_in_sent_and_is_sent_once(dovecot, smtp_server) -> None:
    settings = settings_for(dovecot, smtp_server)
    outbox = SmtpOutbox(settings)
    reply = OutgoingMail(
        message_id="<reply-1@northwind-supplies.example>",
        from_addr="ar@northwind-supplies.example",
        from_name="Northwind AR",
        to=["ap@customer.example"],
        subject=reply_subject("AW: Invoice 1042"),
        body="Thank you, we have noted your payment date of 14 March.",
        in_reply_to="<msg-2@customer.example>",
        references=["<reminder-1@northwind-supplies.example>", "<msg-2@customer.example>"],
    )
    assert not outbox.was_sent(reply.message_id)
    outbox.deliver(reply)

    assert len(smtp_server.messages) == 1
    received = smtp_server.messages[0]
    assert received.rcpt_tos == ["ap@customer.example"]
    msg = received.message
    assert msg["Subject"] == "Re: Invoice 1042"
    assert msg["Message-ID"] == "<reply-1@northwind-supplies.example>"
    assert msg["In-Reply-To"] == "<msg-2@customer.example>"
    assert msg["References"].split() == ["<reminder-1@northwind-supplies.example>", "<msg-2@customer.example>"]
    assert "14 March" in msg.get_content()

    assert outbox.was_sent(reply.message_id)
    outbox.deliver(reply)  # a retry after a crash: found in Sent, not sent again
    assert len(smtp_server.messages) == 1


def test_plain_smtp_is_refused_to_a_remote_host(dovecot) -> None:
    from core.ports import OutboxError

    settings = settings_for(dovecot, smtp_host="192.0.2.25", smtp_security="plain")
    with pytest.raises(OutboxError, match="loopback"):
        SmtpOutbox(settings)._smtp()


def test_acceptance_is_reported_before_the_copy_and_a_failed_copy_does_not_invite_a_resend(dovecot, smtp_server, caplog, monkeypatch) -> None:
    """The SMTP window: the server has the reply, the copy to Sent fails. deliver() has already
    told its caller (who records "sent"), and it does not raise: raising would make the item
    retryable, and a retry could not see the reply in Sent. The sent bytes go to `on_copy_failed`
    so the copy can be filed later."""
    from imapclient import IMAPClient

    settings = settings_for(dovecot, smtp_server, imap_sent_folder="Sent-vanishing")
    accepted: list[int] = []
    unfiled: list[bytes] = []

    def on_accepted() -> None:
        accepted.append(len(smtp_server.messages))

        def refuse(*_args, **_kwargs):  # noqa: ANN002, ANN003, ANN202
            raise IMAPClient.Error("APPEND failed: quota exceeded")

        monkeypatch.setattr(IMAPClient, "append", refuse)  # the copy that follows now fails

    reply = OutgoingMail(message_id="<reply-2@northwind-supplies.example>", from_addr="ar@northwind-supplies.example",
                         to=["ap@customer.example"], subject="Re: Invoice 1043", body="Noted, thank you.")
    with caplog.at_level("WARNING", logger="adapters.mail.smtp"):
        SmtpOutbox(settings).deliver(reply, on_accepted=on_accepted, on_copy_failed=unfiled.append)

    assert accepted == [1]  # called once, after the server had the message
    assert len(unfiled) == 1 and b"<reply-2@northwind-supplies.example>" in unfiled[0]
    assert len(smtp_server.messages) == 1
    assert "sent <reply-2@northwind-supplies.example>, but the copy to 'Sent-vanishing' failed" in caplog.text
    assert "Noted, thank you" not in caplog.text  # no customer-facing body in logs
