"""The shared AR mailbox over a real Dovecot: every message read once, nothing marked read."""

from __future__ import annotations

import threading

import pytest
from imapclient import IMAPClient
from sqlmodel import Session, func, select

from adapters.db.tables import InboundMessage, MailCursor
from adapters.mail.connect import MailConnectionError, open_imap
from adapters.mail.imap import ImapSource, mailbox_name, mark_handled
from tests.inbox.conftest import mail, settings_for

pytestmark = pytest.mark.dovecot


def _client(dovecot) -> IMAPClient:  # noqa: ANN001
    client = IMAPClient(dovecot.host, port=dovecot.port, ssl=False)
    client.login(dovecot.username, dovecot.password)
    return client


def _count(engine) -> int:  # noqa: ANN001
    with Session(engine) as session:
        return session.exec(select(func.count()).select_from(InboundMessage)).one()


def test_new_mail_is_stored_once_and_the_second_pass_finds_nothing(dovecot, engine) -> None:
    client = _client(dovecot)
    for n in range(3):
        client.append("INBOX", mail(n))
    settings = settings_for(dovecot)
    seen: list[int] = []
    assert ImapSource(settings).sync(engine, on_stored=seen.append) == 3
    assert len(seen) == 3
    assert ImapSource(settings).sync(engine) == 0
    with Session(engine) as session:
        rows = session.exec(select(InboundMessage).order_by(InboundMessage.uid)).all()
        cursor = session.get(MailCursor, mailbox_name(settings, "INBOX"))
    assert [r.subject for r in rows] == ["Invoice 0", "Invoice 1", "Invoice 2"]
    assert cursor is not None and cursor.last_uid == 3
    client.logout()


def test_cursor_survives_a_restart(dovecot, db_url) -> None:
    from adapters.db.db import make_engine

    client = _client(dovecot)
    client.append("INBOX", mail(1))
    settings = settings_for(dovecot)
    first = make_engine(db_url)
    assert ImapSource(settings).sync(first) == 1
    first.dispose()
    client.append("INBOX", mail(2))
    second = make_engine(db_url)  # a new process: only the database remembers
    assert ImapSource(settings).sync(second) == 1
    assert _count(second) == 2
    second.dispose()


def test_fetching_does_not_mark_mail_as_read(dovecot, engine) -> None:
    client = _client(dovecot)
    client.append("INBOX", mail(1))
    ImapSource(settings_for(dovecot)).sync(engine)
    client.select_folder("INBOX", readonly=True)
    flags = client.get_flags(client.search(["ALL"]))
    assert all(b"\\Seen" not in f for f in flags.values())


def test_the_uid_star_quirk_does_not_refetch_the_last_message(dovecot, engine) -> None:
    client = _client(dovecot)
    client.append("INBOX", mail(1))
    settings = settings_for(dovecot)
    assert ImapSource(settings).sync(engine) == 1
    client.select_folder("INBOX", readonly=True)
    assert client.search(["UID", "2:*"]) == [1]  # the server does return the old message
    with Session(engine) as session:  # a collector purged it: identity dedupe cannot save us
        session.delete(session.exec(select(InboundMessage)).one())
        session.commit()
    assert ImapSource(settings).sync(engine) == 0
    assert _count(engine) == 0


def test_uidvalidity_change_resyncs_without_duplicates(dovecot, engine) -> None:
    client = _client(dovecot)
    client.create_folder("AR")
    for n in range(3):
        client.append("AR", mail(n))
    settings = settings_for(dovecot, imap_folders=["AR"])
    assert ImapSource(settings).sync(engine) == 3
    old = client.select_folder("AR")[b"UIDVALIDITY"]
    client.close_folder()
    client.delete_folder("AR")  # the server rebuilt the folder: same mail, new UIDVALIDITY
    client.create_folder("AR")
    for n in range(4):
        client.append("AR", mail(n))
    assert client.select_folder("AR", readonly=True)[b"UIDVALIDITY"] != old
    assert ImapSource(settings).sync(engine) == 1  # only message 3 is new
    assert _count(engine) == 4
    with Session(engine) as session:
        cursor = session.get(MailCursor, mailbox_name(settings, "AR"))
    assert cursor is not None and cursor.uidvalidity != old and cursor.last_uid == 4


def test_watch_picks_up_new_mail_through_idle(dovecot, engine) -> None:
    settings = settings_for(dovecot, imap_idle_seconds=600, imap_poll_seconds=600)
    stop = threading.Event()
    batches: list[int] = []
    arrived = threading.Event()

    def on_batch() -> None:
        batches.append(_count(engine))
        if _count(engine):
            arrived.set()

    watcher = threading.Thread(target=ImapSource(settings).watch, args=(engine, on_batch, stop), daemon=True)
    watcher.start()
    try:
        assert batches == [] or batches[0] == 0
        client = _client(dovecot)
        client.append("INBOX", mail(7))
        assert arrived.wait(10), "new mail not picked up within 10 s although IDLE was running"
    finally:
        stop.set()
        watcher.join(10)
    assert not watcher.is_alive()
    assert _count(engine) == 1


def test_handled_mail_gets_the_keyword(dovecot, engine) -> None:
    client = _client(dovecot)
    client.append("INBOX", mail(1))
    settings = settings_for(dovecot, imap_handled_keyword="$DunmailHandled")
    ImapSource(settings).sync(engine)
    with Session(engine) as session:
        row = session.exec(select(InboundMessage)).one()
    assert mark_handled(settings, row)
    client.select_folder("INBOX", readonly=True)
    flags = client.get_flags([row.uid])[row.uid]
    assert b"$DunmailHandled" in flags and b"\\Seen" not in flags


def test_plain_imap_is_refused_to_a_remote_host() -> None:
    from dunmail.settings import Settings

    with pytest.raises(MailConnectionError, match="loopback"):
        open_imap(Settings(imap_host="192.0.2.10", imap_security="plain"))


def test_the_first_sync_reads_recent_mail_only_and_never_the_old_history(dovecot, engine) -> None:
    """Going live on a mailbox with years of mail: only the last DUNMAIL_IMAP_FIRST_SYNC_DAYS are new."""
    from datetime import datetime, timedelta, timezone

    client = _client(dovecot)
    old = datetime.now(timezone.utc) - timedelta(days=400)
    client.append("INBOX", mail(1), msg_time=old)
    client.append("INBOX", mail(2), msg_time=old + timedelta(days=300))
    client.append("INBOX", mail(3))  # arrived now
    settings = settings_for(dovecot).model_copy(update={"imap_first_sync_days": 14})
    assert ImapSource(settings).sync(engine) == 1
    with Session(engine) as session:
        assert [r.subject for r in session.exec(select(InboundMessage)).all()] == ["Invoice 3"]
    client.append("INBOX", mail(4))
    assert ImapSource(settings).sync(engine) == 1  # later syncs read what arrives, never the history
    assert _count(engine) == 2
    client.logout()


def test_a_first_sync_of_a_mailbox_with_only_old_mail_reads_nothing_then_new_mail(dovecot, engine) -> None:
    from datetime import datetime, timedelta, timezone

    client = _client(dovecot)
    client.append("INBOX", mail(1), msg_time=datetime.now(timezone.utc) - timedelta(days=90))
    settings = settings_for(dovecot).model_copy(update={"imap_first_sync_days": 14})
    assert ImapSource(settings).sync(engine) == 0
    client.append("INBOX", mail(2))
    assert ImapSource(settings).sync(engine) == 1
    with Session(engine) as session:
        assert [r.subject for r in session.exec(select(InboundMessage)).all()] == ["Invoice 2"]
    client.logout()
