"""Which thread a new message joins when its headers point at several: the precedence link_thread keeps.

In-Reply-To/References come first (a thread rooted at one of them, then one of our stored messages, then one
of our own sent replies), nearer ancestors before older ones; the subject and a shared sender only when the
message carries no such headers; last, the message's own Message-ID (a reply that arrived before its parent).
Within one kind, In-Reply-To before the latest Reference before older ones (until link_thread made one query
of its look-ups, that tie went to whichever row the database returned first).
"""

from __future__ import annotations

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from adapters.db.db import make_engine, session_scope
from adapters.db.tables import ApprovalRequest, InboundMessage, MailThread, OutboundMessage
from adapters.mail.store import store_inbound
from adapters.mail.threading import link_thread
from dunmail.migrate import upgrade
from inbox.parse import parse_message


def _raw(mid: str, subject: str, sender: str, headers: dict[str, str]) -> bytes:
    extra = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    return f"From: {sender}\r\nTo: ar@x.example\r\nSubject: {subject}\r\nMessage-ID: {mid}\r\n{extra}\r\nText\r\n".encode()


def _world(session: Session) -> dict[str, int]:
    """Threads A, B, C, S and O with a known root, stored messages and one sent reply (in thread O)."""
    threads = {}
    for name, root, key in [("A", "<a@c>", "invoice 1"), ("B", "<b@c>", "invoice 2"), ("C", "<c@c>", "invoice 3"),
                            ("S", "<s-root@c>", "statement"), ("O", "<o@c>", "invoice 4")]:
        thread = MailThread(root_message_id=root, subject_key=key)
        session.add(thread)
        session.flush()
        threads[name] = thread.id
    for uid, (mid, name, sender) in enumerate([("<b2@c>", "B", "ap@b.example"), ("<c2@c>", "C", "ap@c.example"),
                                               ("<s1@c>", "S", "ap@s.example"), ("<o1@c>", "O", "ap@o.example")], 1):
        row = store_inbound(session, _raw(mid, "x", sender, {}), mailbox="seed", uid=uid)
        row.thread_id = threads[name]
        session.add(row)
    session.flush()
    o1 = session.exec(select(InboundMessage).where(InboundMessage.message_id == "<o1@c>")).one()
    approval = ApprovalRequest(inbound_id=o1.id, graph_thread_id="g-o1")
    session.add(approval)
    session.flush()
    session.add(OutboundMessage(approval_id=approval.id, message_id="<our-reply@dunmail>"))
    session.flush()
    return threads


@pytest.fixture
def any_engine(database_url: str) -> Engine:
    """SQLite and PostgreSQL both: the precedence must not depend on which rows a database returns first."""
    upgrade(database_url)
    eng = make_engine(database_url)
    yield eng
    eng.dispose()


CASES = [
    # (what, Message-ID, subject, sender, headers, expected thread or "new")
    ("reply to the root", "<n1@c>", "Re: x", "p@q.example", {"In-Reply-To": "<a@c>"}, "A"),
    ("reply to a reply (stored message)", "<n2@c>", "Re: x", "p@q.example",
     {"In-Reply-To": "<b2@c>", "References": "<b@c> <b2@c>"}, "B"),
    ("a root in References beats a stored message in In-Reply-To", "<n3@c>", "Re: x", "p@q.example",
     {"In-Reply-To": "<c2@c>", "References": "<a@c> <c2@c>"}, "A"),
    ("a stored message beats our own sent reply", "<n4@c>", "Re: x", "p@q.example",
     {"In-Reply-To": "<our-reply@dunmail>", "References": "<o-unknown@c> <b2@c> <our-reply@dunmail>"}, "B"),
    ("our own sent reply alone", "<n5@c>", "Re: x", "p@q.example", {"In-Reply-To": "<our-reply@dunmail>"}, "O"),
    ("References only: the nearest ancestor of two roots", "<n6@c>", "Re: x", "p@q.example",
     {"References": "<a@c> <b@c>"}, "B"),
    ("References only, one known", "<n7@c>", "Re: x", "p@q.example", {"References": "<zz@c> <c@c> <yy@c>"}, "C"),
    ("In-Reply-To before References among stored messages", "<n8@c>", "Re: x", "p@q.example",
     {"In-Reply-To": "<c2@c>", "References": "<b2@c>"}, "C"),
    ("subject and a sender of the same domain, no headers", "<n9@c>", "AW: Statement", "other@s.example", {}, "S"),
    ("subject but a stranger: a new thread", "<n10@c>", "Re: Statement", "x@elsewhere.example", {}, "new"),
    ("unknown headers never fall back to the subject", "<n11@c>", "Re: Statement", "ap@s.example",
     {"In-Reply-To": "<unknown@c>"}, "new"),
    ("the parent arrived later: its own Message-ID is a thread's root", "<s-root@c>", "Hello", "p@q.example", {}, "S"),
    ("own Message-ID already stored in a thread", "<c2@c>", "Hello", "p@q.example", {"In-Reply-To": "<unknown@c>"}, "C"),
    ("headers win over the own Message-ID", "<s-root@c>", "Hello", "p@q.example", {"In-Reply-To": "<b2@c>"}, "B"),
]


@pytest.mark.parametrize(("what", "mid", "subject", "sender", "headers", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_new_message_joins_the_thread_its_strongest_header_points_at(any_engine, what, mid, subject, sender, headers, expected) -> None:  # noqa: ANN001, ARG001
    with session_scope(any_engine) as session:
        threads = _world(session)
        raw = _raw(mid, subject, sender, headers)
        row = store_inbound(session, raw, mailbox="test", uid=999)
        assert row is not None
        joined = link_thread(session, row, parse_message(raw)).id
        assert row.thread_id == joined
    if expected == "new":
        assert joined not in threads.values()
    else:
        assert joined == threads[expected], {v: k for k, v in threads.items()}.get(joined, "new")
