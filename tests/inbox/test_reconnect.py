"""`dunmail watch` rides out a mail server restart: it reconnects on its own, and mail that
arrived while the server was down or after it came back is stored exactly once."""

from __future__ import annotations

import logging
import threading
from collections import Counter

import pytest
from imapclient import IMAPClient
from sqlmodel import Session, select

from adapters.db.tables import InboundMessage
from adapters.mail.connect import open_imap
from adapters.mail.imap import ImapSource
from dunmail.settings import Settings
from tests.fixtures.dovecot import restart_dovecot
from tests.inbox.conftest import mail, settings_for
from tests.inbox.waiting import eventually

pytestmark = pytest.mark.dovecot


def _message_ids(engine) -> Counter[str]:  # noqa: ANN001
    with Session(engine) as session:
        return Counter(row.message_id for row in session.exec(select(InboundMessage)).all())


def _append(dovecot, raw: bytes) -> None:  # noqa: ANN001
    client = IMAPClient(dovecot.host, port=dovecot.port, ssl=False)
    client.login(dovecot.username, dovecot.password)
    client.append("INBOX", raw)
    client.logout()


@pytest.mark.parametrize("crash", [False, True], ids=["restart", "crash"])
def test_watch_reconnects_after_a_server_restart_and_stores_each_message_once(crash, dovecot, engine, caplog) -> None:
    """A restart says BYE to IDLE clients; a crash (SIGKILL) just closes the connection."""
    caplog.set_level(logging.WARNING, logger="adapters.mail.imap")
    # Long IDLE and poll intervals: only a reconnect (not a timer) can explain mail found after the restart.
    settings = settings_for(dovecot, imap_idle_seconds=600, imap_poll_seconds=600)
    connections: list[IMAPClient] = []

    def connect(s: Settings) -> IMAPClient:
        client = open_imap(s)
        connections.append(client)
        return client

    stop = threading.Event()
    watcher = threading.Thread(target=ImapSource(settings, connect=connect).watch, args=(engine, lambda: None, stop), daemon=True)
    watcher.start()
    try:
        _append(dovecot, mail(1))
        assert eventually(lambda: set(_message_ids(engine)) == {"<msg-1@customer.example>"}, 10), "first mail not stored"

        restart_dovecot(dovecot, while_down=lambda: dovecot.deliver_to_maildir(mail(2), "1700000000.dunmail-2.localhost"), crash=crash)

        assert eventually(lambda: len(connections) >= 2, 20), "the watcher did not reconnect within 20 s"
        assert eventually(lambda: "<msg-2@customer.example>" in _message_ids(engine), 10), "mail delivered while the server was down was not picked up"
        _append(dovecot, mail(3))
        assert eventually(lambda: "<msg-3@customer.example>" in _message_ids(engine), 10), "mail after the restart not picked up by IDLE"
    finally:
        stop.set()
        watcher.join(10)
    assert not watcher.is_alive()
    ids = _message_ids(engine)
    assert ids == Counter({f"<msg-{n}@customer.example>": 1 for n in (1, 2, 3)})
    lost = [r.getMessage() for r in caplog.records if "IMAP connection lost" in r.getMessage()]
    assert lost, "the operator was not told that the connection was lost"
    assert any(("closed the connection" if crash else "shutting down") in m for m in lost), lost
