"""Content-aware dedupe: the same message seen again is stored once, however it travelled; a
different message that reuses a Message-ID is stored as its own message, and the audit says so."""

from __future__ import annotations

import itertools
from email.message import EmailMessage

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import Session, select

from adapters.db.db import make_engine
from adapters.db.tables import AuditEvent, InboundMessage
from adapters.mail.store import store_inbound
from dunmail.migrate import upgrade

_uids = itertools.count(1)


def _mail(body: str, subject: str, *, trace: str = "", message_id: str = "<same@acme-tools.example>") -> bytes:
    msg = EmailMessage()
    if trace:
        msg["Received"] = f"from {trace} by mx.northwind-supplies.example"
        msg["Delivered-To"] = f"{trace}@northwind-supplies.example"
    msg["From"] = "Jo Baker <jo.baker@acme-tools.example>"
    msg["To"] = "ar@northwind-supplies.example"
    msg["Subject"] = subject
    msg["Message-ID"] = message_id
    msg.set_content(body)
    return bytes(msg)


def _store(engine, raw: bytes, mailbox: str = "INBOX") -> int | None:  # noqa: ANN001
    """The new row's id, or None when it was a duplicate."""
    with Session(engine) as session:
        row = store_inbound(session, raw, mailbox=mailbox, uidvalidity=1, uid=next(_uids))
        session.commit()
        return row.id if row is not None else None


@pytest.fixture(scope="module")
def engine(tmp_path_factory):  # noqa: ANN001, ANN201
    url = f"sqlite:///{tmp_path_factory.mktemp('dedupe') / 'dunmail.db'}"
    upgrade(url)
    eng = make_engine(url)
    yield eng
    eng.dispose()


text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=200).filter(lambda t: t.strip())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=text, subject=text, first_hop=st.sampled_from(["mx1", "mx2"]), second_hop=st.sampled_from(["backup", "alias"]))
def test_the_same_message_delivered_twice_is_stored_once_and_a_changed_one_is_kept(engine, body, subject, first_hop, second_hop):
    message_id = f"<same-{next(_uids)}@acme-tools.example>"
    first = _store(engine, _mail(body, subject, trace=first_hop, message_id=message_id))
    assert first is not None
    again = _mail(body, subject, trace=second_hop, message_id=message_id)
    assert _store(engine, again, mailbox="Archive") is None  # another folder, other trace headers: the same message
    reused = _store(engine, _mail(body + "\nP.S. the amount is different", subject, trace=first_hop, message_id=message_id))
    assert reused is not None
    with Session(engine) as session:
        rows = session.exec(select(InboundMessage.id).where(InboundMessage.message_id == message_id)).all()
        events = session.exec(select(AuditEvent).where(AuditEvent.kind == "message.reused_message_id", AuditEvent.inbound_id == reused)).all()
    assert sorted(rows) == [first, reused]
    assert len(events) == 1 and events[0].detail["earlier_inbound_ids"] == [first]
