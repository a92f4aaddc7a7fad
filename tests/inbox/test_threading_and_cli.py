"""Conversations hold together, and a collector can inspect and retry quarantined mail."""

from __future__ import annotations

import typer
from sqlmodel import Session, select
from typer.testing import CliRunner

from adapters.db.db import session_scope
from adapters.db.tables import AuditEvent, InboundMessage, MessageStatus
from adapters.mail.store import store_inbound
from adapters.mail.threading import link_thread, subject_key
from inbox.parse import parse_message


def _store_and_link(engine, raw: bytes) -> int:  # noqa: ANN001
    with session_scope(engine) as session:
        row = store_inbound(session, raw, mailbox="test", uid=abs(hash(raw)) % 10**9)
        assert row is not None
        return link_thread(session, row, parse_message(raw)).id


def _raw(mid: str, subject: str, sender: str = "ap@customer.example", **headers: str) -> bytes:
    extra = "".join(f"{k.replace('_', '-')}: {v}\r\n" for k, v in headers.items())
    return f"From: {sender}\r\nTo: ar@x.example\r\nSubject: {subject}\r\nMessage-ID: {mid}\r\n{extra}\r\nText\r\n".encode()


def test_subject_prefixes_in_many_languages_normalise_to_one_key() -> None:
    assert subject_key("AW: WG: Re: Fwd: TR: RV: RES: Invoice 1042") == "invoice 1042"
    assert subject_key("[EXTERNAL] Re: Invoice 1042 ") == "invoice 1042"


def test_replies_join_the_thread_by_headers_or_by_subject_and_sender(engine) -> None:
    first = _store_and_link(engine, _raw("<a@c>", "Invoice 1042"))
    by_header = _store_and_link(engine, _raw("<b@c>", "Something else", In_Reply_To="<a@c>", References="<a@c>"))
    by_subject = _store_and_link(engine, _raw("<c@c>", "AW: Invoice 1042", sender="boss@customer.example"))
    stranger = _store_and_link(engine, _raw("<d@o>", "Re: Invoice 1042", sender="someone@other.example"))
    assert by_header == first and by_subject == first
    assert stranger != first


def _app() -> typer.Typer:
    from dunmail.cli_inbox import register

    app = typer.Typer()

    @app.callback()
    def main() -> None:
        """test root"""

    register(app)
    return app


def test_quarantine_list_show_and_retry(engine, db_url, monkeypatch) -> None:
    monkeypatch.setenv("DATABASE_URL", db_url)
    with session_scope(engine) as session:
        row = store_inbound(session, b"garbage without headers", mailbox="test", uid=1)
        row.status, row.error, row.attempts = MessageStatus.quarantined, "unparseable: no headers", 3
        session.add(row)
        row_id = row.id
    runner = CliRunner()
    listed = runner.invoke(_app(), ["quarantine", "list"])
    assert listed.exit_code == 0 and "no headers" in listed.output
    shown = runner.invoke(_app(), ["quarantine", "show", str(row_id)])
    assert shown.exit_code == 0 and "unparseable: no headers" in shown.output
    retried = runner.invoke(_app(), ["quarantine", "retry", str(row_id)])
    assert retried.exit_code == 0, retried.output
    with Session(engine) as session:
        again = session.get(InboundMessage, row_id)
        audit = session.exec(select(AuditEvent).where(AuditEvent.kind == "quarantine.retry")).one()
    assert again.status == MessageStatus.pending and again.attempts == 0
    assert audit.inbound_id == row_id and audit.detail["previous_error"] == "unparseable: no headers"
    assert runner.invoke(_app(), ["quarantine", "retry", str(row_id)]).exit_code == 1  # not quarantined any more
