"""A fetched batch is stored with two duplicate reads for the batch (adapters.mail.store.store_batch) and decides
exactly as storing its messages one by one did (store_new): the same rows, ids and audit events, with what the
batch stores itself counting for the messages after it."""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from sqlmodel import Session, select

from adapters.db.db import make_engine
from adapters.db.tables import AuditEvent, InboundMessage
from adapters.mail.store import store_batch, store_new
from dunmail.migrate import upgrade


def _mail(body: str, message_id: str, trace: str = "") -> bytes:
    msg = EmailMessage()
    if trace:
        msg["Received"] = f"from {trace} by mx.northwind-supplies.example"
    msg["From"] = "Jo Baker <jo.baker@acme-tools.example>"
    msg["To"] = "ar@northwind-supplies.example"
    msg["Subject"] = "INV-2026-0042"
    msg["Message-ID"] = message_id
    msg.set_content(body)
    return bytes(msg)


BEFORE = [(1, _mail("We pay on Friday.", "<a@acme.example>")), (2, _mail("Remittance attached.", "<b@acme.example>"))]
BATCH = [
    (1, _mail("We pay on Friday.", "<a@acme.example>")),  # the same IMAP identity: a duplicate
    (3, _mail("Remittance attached.", "<b@acme.example>", trace="backup")),  # the same message by another route
    (4, _mail("A different message.", "<b@acme.example>")),  # reuses a stored Message-ID: kept, audited
    (5, _mail("New here.", "<c@acme.example>")),
    (6, _mail("New here.", "<c@acme.example>", trace="alias")),  # the same as one earlier in this batch
    (7, _mail("Not the same.", "<c@acme.example>")),  # reuses a Message-ID this batch stored
]


def _stored(tmp_path, name: str, batch: list[tuple[int, bytes]], one_by_one: bool) -> tuple[list[int], list[tuple], list[tuple]]:  # noqa: ANN001
    url = f"sqlite:///{tmp_path / name}"
    upgrade(url)
    engine = make_engine(url)
    try:
        with Session(engine) as session:
            for uid, raw in BEFORE:
                store_new(session, raw, mailbox="INBOX", uidvalidity=1, uid=uid)
            session.commit()
        with Session(engine) as session:
            if one_by_one:
                new = [i for uid, raw in batch if (i := store_new(session, raw, mailbox="INBOX", uidvalidity=1, uid=uid)) is not None]
            else:
                new = store_batch(session, batch, mailbox="INBOX", uidvalidity=1)
            session.commit()
        with Session(engine) as session:
            rows = [(m.id, m.uid, m.message_id, m.content_hash) for m in session.exec(select(InboundMessage).order_by(InboundMessage.id))]
            events = [(e.inbound_id, e.kind, sorted(e.detail.get("earlier_inbound_ids", []))) for e in session.exec(select(AuditEvent).order_by(AuditEvent.id))]
        return new, rows, events
    finally:
        engine.dispose()


@pytest.mark.parametrize("size", [len(BATCH), 2, 1])
def test_a_batch_is_stored_as_its_messages_were_one_by_one(tmp_path, size: int) -> None:  # noqa: ANN001
    assert _stored(tmp_path, "batch.db", BATCH[:size], one_by_one=False) == _stored(tmp_path, "single.db", BATCH[:size], one_by_one=True)


def test_a_batch_keeps_what_is_new_and_says_which_message_ids_were_reused(tmp_path) -> None:  # noqa: ANN001
    new, rows, events = _stored(tmp_path, "batch.db", BATCH, one_by_one=False)
    assert [uid for _, uid, _, _ in rows] == [1, 2, 4, 5, 7]
    assert [e for e in events if e[1] == "message.reused_message_id"] == [(new[0], "message.reused_message_id", [2]),
                                                                          (new[2], "message.reused_message_id", [new[1]])]
