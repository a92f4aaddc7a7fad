"""Which conversation a message belongs to: Message-ID / In-Reply-To / References first, then
the normalised subject plus a shared participant (for clients that drop the headers).
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Connection, Select, bindparam, insert, literal_column, union_all, update
from sqlmodel import Session, select

from adapters.db.prepared import run
from adapters.db.tables import ApprovalRequest, InboundMessage, MailThread, OutboundMessage, utcnow
from core.message import ParsedEmail
from core.text.addresses import domain_of

_PREFIX = re.compile(
    r"^\s*(?:(?:re|aw|fwd?|wg|tr|rv|res|sv|vs|antw|odp|r|rif|ref|réf|enc|doorst|fw)\s*(?:\[\d+\])?\s*[:：]\s*|\[[^\]]{1,40}\]\s*)+",
    re.IGNORECASE,
)


def subject_key(subject: str) -> str:
    """'Re: AW: Fwd: Invoice 123 ' → 'invoice 123' (prefixes in several languages, list tags)."""
    previous = None
    key = subject or ""
    while previous != key:
        previous = key
        key = _PREFIX.sub("", key)
    return re.sub(r"\s+", " ", key).strip().lower()[:998]


def _by_headers_statement(count: int | None = None) -> Select:
    """Every thread any of the ids points at: (source, the matching id, thread). source 0: a thread rooted at
    the id; 1: an inbound message of ours with that Message-ID; 2: one of our own sent messages (outbound →
    approval → the inbound it answered). The ids are an expanding parameter, or with `count` that many
    parameters id0, id1, … (a statement SQLAlchemy need not render again for each message; see _by_headers)."""
    ids: Any = bindparam("ids", expanding=True) if count is None else [bindparam(f"id{i}") for i in range(count)]
    roots = select(literal_column("0").label("source"), MailThread.id.label("thread_id"), MailThread.root_message_id.label("mid")).where(
        MailThread.root_message_id.in_(ids)
    )
    inbound = select(literal_column("1"), InboundMessage.thread_id, InboundMessage.message_id).where(
        InboundMessage.message_id.in_(ids), InboundMessage.thread_id.is_not(None)
    )
    sent = (
        select(literal_column("2"), InboundMessage.thread_id, OutboundMessage.message_id)
        .join(ApprovalRequest, ApprovalRequest.inbound_id == InboundMessage.id)
        .join(OutboundMessage, OutboundMessage.approval_id == ApprovalRequest.id)
        .where(OutboundMessage.message_id.in_(ids), InboundMessage.thread_id.is_not(None))
    )
    found = union_all(roots, inbound, sent).subquery()
    return select(found.c.source, found.c.mid, MailThread.id, MailThread.customer_id).join(MailThread, MailThread.id == found.c.thread_id)


_BY_HEADERS = _by_headers_statement()
# The same look-up for a message with a few ids (its Message-ID, In-Reply-To and References: 1-5 as a rule),
# one statement per count, run through adapters.db.prepared: an expanding parameter is rendered into the SQL
# again on every call, which made this the dearest statement of recording a reply (issue 17).
_FEW_IDS = 16
_BY_HEADERS_FOR: dict[int, Select] = {}


def _by_headers(connection: Connection, ids: list[str]) -> list[Any]:
    """The rows of _BY_HEADERS for these ids."""
    if len(ids) > _FEW_IDS:
        return list(connection.execute(_BY_HEADERS, {"ids": ids}).all())
    statement = _BY_HEADERS_FOR.get(len(ids))
    if statement is None:
        statement = _BY_HEADERS_FOR[len(ids)] = _by_headers_statement(len(ids))
    return list(run(connection, statement, {f"id{i}": mid for i, mid in enumerate(ids)}).all())


_THREADS = MailThread.__table__  # type: ignore[attr-defined]
_INBOUND = InboundMessage.__table__  # type: ignore[attr-defined]
_THREAD_CUSTOMER = select(_THREADS.c.customer_id).where(_THREADS.c.id == bindparam("tid"))
_BY_SUBJECT = select(_THREADS.c.id, _THREADS.c.customer_id).where(_THREADS.c.subject_key == bindparam("key")).order_by(_THREADS.c.id.desc()).limit(20)
_SENDERS = select(_INBOUND.c.from_addr).where(_INBOUND.c.thread_id == bindparam("tid"), _INBOUND.c.id != bindparam("exclude"))
_NEW_THREAD = insert(_THREADS).returning(_THREADS.c.id)
_SET_CUSTOMER = update(_THREADS).where(_THREADS.c.id == bindparam("tid")).values(customer_id=bindparam("customer"))

# A thread as the look-ups return it, (id, customer_id): the worker links a message per processed reply, and
# loading MailThread objects through the ORM cost more CPU than the queries did.
Found = tuple[int, str | None]


def _header_matches(session: Session, ids: list[str]) -> list[tuple[int, int, Found]]:
    """The threads the ids point at in one round trip, as (source, position in ids, thread), sorted by source,
    then position (earlier ids are nearer ancestors), then thread id: the first row is the thread to join."""
    if not ids:
        return []
    position = {mid: i for i, mid in reversed(list(enumerate(ids)))}
    rows = _by_headers(session.connection(), ids)
    matches = [(source, position.get(mid, len(ids)), (int(tid), customer)) for source, mid, tid, customer in rows]
    matches.sort(key=lambda m: (m[0], m[1], m[2][0]))
    return matches


def _first_of(matches: list[tuple[int, int, Found]], wanted: set[int]) -> Found | None:
    return next((thread for _, i, thread in matches if i in wanted), None)


def _thread_by_subject(session: Session, key: str, parsed: ParsedEmail, exclude_id: int | None) -> Found | None:
    if not key:
        return None
    participants = {a for a in [parsed.from_addr, *parsed.to, *parsed.cc, *parsed.reply_to] if a}
    domains = {domain_of(parsed.from_addr)} - {""}
    connection = session.connection()
    for tid, customer in run(connection, _BY_SUBJECT, {"key": key}).all():
        senders = run(connection, _SENDERS, {"tid": tid, "exclude": exclude_id}).scalars().all()
        if any(s in participants for s in senders) or any(domain_of(s) in domains for s in senders):
            return int(tid), customer
    return None


def link_thread(session: Session, inbound_row: InboundMessage, parsed: ParsedEmail) -> MailThread:
    """Find or create the thread of this message and set inbound_row.thread_id (same transaction).

    The thread's customer_id is left for the worker to set once it knows the customer.
    """
    session.flush()  # join_thread reads through the connection: the row and any new ones must be there
    thread_id = join_thread(session, inbound_row.id, inbound_row.thread_id, inbound_row.customer_id, parsed)
    inbound_row.thread_id = thread_id
    session.add(inbound_row)
    thread = session.get(MailThread, thread_id, populate_existing=True)
    assert thread is not None
    return thread


def join_thread(session: Session, inbound_id: int | None, thread_id: int | None, customer_id: str | None, parsed: ParsedEmail) -> int:
    """link_thread for a message known by its columns: the id of the thread it belongs to, found or created.

    Writes the new thread (or the joined thread's customer_id) only; the caller stores the id on the message."""
    if thread_id is not None:
        if run(session.connection(), _THREAD_CUSTOMER, {"tid": thread_id}).first() is not None:
            return thread_id
    ids = [i for i in [parsed.in_reply_to, *reversed(parsed.references)] if i]
    key = subject_key(parsed.subject)
    # One look-up for the headers and the message's own Message-ID together; precedence applied here:
    # In-Reply-To/References (roots, then our inbound, then our sent), the subject, then the own Message-ID.
    candidates = [*ids, parsed.message_id]
    matches = _header_matches(session, candidates)
    thread = _first_of(matches, set(range(len(ids))))
    if thread is None and not ids:
        thread = _thread_by_subject(session, key, parsed, inbound_id) if parsed.subject != key else None
    if thread is None:
        own = {i for i, mid in enumerate(candidates) if mid == parsed.message_id}
        thread = _first_of(matches, own)  # a reply that arrived before its parent
    if thread is None:
        root = parsed.references[0] if parsed.references else (parsed.in_reply_to or parsed.message_id)
        row = {"root_message_id": root[:998], "subject_key": key, "customer_id": customer_id, "created_at": utcnow()}
        return int(run(session.connection(), _NEW_THREAD, row).scalar_one())
    if thread[1] is None and customer_id:
        run(session.connection(), _SET_CUSTOMER, {"tid": thread[0], "customer": customer_id})
    return thread[0]
