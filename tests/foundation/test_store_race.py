"""Two watchers storing the same message at once: the one that loses the race gets None (a duplicate)
and its batch goes on; the database decides, by either unique constraint, without a savepoint per message."""

from __future__ import annotations

import pytest
from sqlmodel import Session, select

import adapters.mail.store as store
from adapters.db.db import make_engine
from adapters.db.tables import InboundMessage
from dunmail.migrate import upgrade
from tests.foundation.world import reply

FIRST = reply("Jo Baker <jo.baker@acme-tools.example>", "Re: Payment reminder", "We will pay on Friday.", message_id="<race-1@acme-tools.example>")
SECOND = reply("Jo Baker <jo.baker@acme-tools.example>", "Re: Payment reminder", "Paid today.", message_id="<race-2@acme-tools.example>")


@pytest.fixture
def engine(database_url):  # noqa: ANN001, ANN201 - SQLite and PostgreSQL
    upgrade(database_url)
    eng = make_engine(database_url)
    yield eng
    eng.dispose()


def test_a_lost_race_is_a_duplicate_and_the_batch_goes_on(engine, monkeypatch):
    with Session(engine) as session:
        assert store.store_new(session, FIRST, mailbox="imap:INBOX", uidvalidity=1, uid=1) is not None
        session.commit()
    # The other watcher's reads ran before this one's commit: they saw nothing.
    monkeypatch.setattr(store, "_seen_by_identity", lambda *_a, **_k: False)
    monkeypatch.setattr(store, "_same_message_id", lambda *_a, **_k: [])
    with Session(engine) as session:
        assert store.store_new(session, FIRST, mailbox="imap:INBOX", uidvalidity=1, uid=1) is None  # same IMAP identity
        assert store.store_new(session, FIRST, mailbox="imap:Archive", uidvalidity=1, uid=9) is None  # same Message-ID and content
        assert store.store_new(session, SECOND, mailbox="imap:INBOX", uidvalidity=1, uid=2) is not None  # the batch goes on
        session.commit()
    with Session(engine) as session:
        stored = sorted((m.mailbox, m.uid) for m in session.exec(select(InboundMessage)).all())
    assert stored == [("imap:INBOX", 1), ("imap:INBOX", 2)]
