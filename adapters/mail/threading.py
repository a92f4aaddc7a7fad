"""Which conversation a message belongs to: Message-ID / In-Reply-To / References first, then
the normalised subject plus a shared participant (for clients that drop the headers).
"""

from __future__ import annotations

import re

from sqlalchemy import Select, bindparam, literal_column, union_all
from sqlmodel import Session, select

from adapters.db.tables import ApprovalRequest, InboundMessage, MailThread, OutboundMessage
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


def _by_headers_statement() -> Select:
    """Every thread any of the ids points at: (source, the matching id, thread). source 0: a thread rooted at
    the id; 1: an inbound message of ours with that Message-ID; 2: one of our own sent messages (outbound →
    approval → the inbound it answered). Built once; the ids are an expanding parameter."""
    ids = bindparam("ids", expanding=True)
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
    return select(found.c.source, found.c.mid, MailThread).join(MailThread, MailThread.id == found.c.thread_id)


_BY_HEADERS = _by_headers_statement()


def _header_matches(session: Session, ids: list[str]) -> list[tuple[int, int, MailThread]]:
    """The threads the ids point at in one round trip, as (source, position in ids, thread), sorted by source,
    then position (earlier ids are nearer ancestors), then thread id: the first row is the thread to join."""
    if not ids:
        return []
    position = {mid: i for i, mid in reversed(list(enumerate(ids)))}
    matches = [(source, position.get(mid, len(ids)), thread) for source, mid, thread in session.exec(_BY_HEADERS, params={"ids": ids}).all()]
    matches.sort(key=lambda m: (m[0], m[1], m[2].id))
    return matches


def _first_of(matches: list[tuple[int, int, MailThread]], wanted: set[int]) -> MailThread | None:
    return next((thread for _, i, thread in matches if i in wanted), None)


def _thread_by_subject(session: Session, key: str, parsed: ParsedEmail, exclude_id: int | None) -> MailThread | None:
    if not key:
        return None
    participants = {a for a in [parsed.from_addr, *parsed.to, *parsed.cc, *parsed.reply_to] if a}
    domains = {domain_of(parsed.from_addr)} - {""}
    threads = session.exec(select(MailThread).where(MailThread.subject_key == key).order_by(MailThread.id.desc()).limit(20)).all()
    for thread in threads:
        senders = session.exec(
            select(InboundMessage.from_addr).where(InboundMessage.thread_id == thread.id, InboundMessage.id != exclude_id)
        ).all()
        if any(s in participants for s in senders) or any(domain_of(s) in domains for s in senders):
            return thread
    return None


def link_thread(session: Session, inbound_row: InboundMessage, parsed: ParsedEmail) -> MailThread:
    """Find or create the thread of this message and set inbound_row.thread_id (same transaction).

    The thread's customer_id is left for the worker to set once it knows the customer.
    """
    if inbound_row.thread_id is not None:
        existing = session.get(MailThread, inbound_row.thread_id)
        if existing is not None:
            return existing
    ids = [i for i in [parsed.in_reply_to, *reversed(parsed.references)] if i]
    key = subject_key(parsed.subject)
    # One look-up for the headers and the message's own Message-ID together; precedence applied here:
    # In-Reply-To/References (roots, then our inbound, then our sent), the subject, then the own Message-ID.
    candidates = [*ids, parsed.message_id]
    matches = _header_matches(session, candidates)
    thread = _first_of(matches, set(range(len(ids))))
    if thread is None and not ids:
        thread = _thread_by_subject(session, key, parsed, inbound_row.id) if parsed.subject != key else None
    if thread is None:
        own = {i for i, mid in enumerate(candidates) if mid == parsed.message_id}
        thread = _first_of(matches, own)  # a reply that arrived before its parent
    if thread is None:
        root = parsed.references[0] if parsed.references else (parsed.in_reply_to or parsed.message_id)
        thread = MailThread(root_message_id=root[:998], subject_key=key, customer_id=inbound_row.customer_id)
        session.add(thread)
        session.flush()
    inbound_row.thread_id = thread.id
    if thread.customer_id is None and inbound_row.customer_id:
        thread.customer_id = inbound_row.customer_id
    session.add(inbound_row)
    return thread
