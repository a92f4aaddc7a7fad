"""Which conversation a message belongs to: Message-ID / In-Reply-To / References first, then
the normalised subject plus a shared participant (for clients that drop the headers).
"""

from __future__ import annotations

import re

from sqlmodel import Session, select

from adapters.db.tables import ApprovalRequest, InboundMessage, MailThread, OutboundMessage
from core.message import ParsedEmail

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


def _domain(addr: str) -> str:
    return addr.rsplit("@", 1)[-1].lower() if "@" in addr else ""


def _thread_by_headers(session: Session, ids: list[str]) -> MailThread | None:
    if not ids:
        return None
    thread = session.exec(select(MailThread).where(MailThread.root_message_id.in_(ids))).first()
    if thread is not None:
        return thread
    thread_id = session.exec(
        select(InboundMessage.thread_id).where(InboundMessage.message_id.in_(ids), InboundMessage.thread_id.is_not(None))
    ).first()
    if thread_id is None:
        # a reply to one of our own sent messages: outbound → approval → the inbound it answered
        thread_id = session.exec(
            select(InboundMessage.thread_id)
            .join(ApprovalRequest, ApprovalRequest.inbound_id == InboundMessage.id)
            .join(OutboundMessage, OutboundMessage.approval_id == ApprovalRequest.id)
            .where(OutboundMessage.message_id.in_(ids), InboundMessage.thread_id.is_not(None))
        ).first()
    return session.get(MailThread, thread_id) if thread_id is not None else None


def _thread_by_subject(session: Session, key: str, parsed: ParsedEmail, exclude_id: int | None) -> MailThread | None:
    if not key:
        return None
    participants = {a for a in [parsed.from_addr, *parsed.to, *parsed.cc, *parsed.reply_to] if a}
    domains = {_domain(parsed.from_addr)} - {""}
    threads = session.exec(select(MailThread).where(MailThread.subject_key == key).order_by(MailThread.id.desc()).limit(20)).all()
    for thread in threads:
        senders = session.exec(
            select(InboundMessage.from_addr).where(InboundMessage.thread_id == thread.id, InboundMessage.id != exclude_id)
        ).all()
        if any(s in participants for s in senders) or any(_domain(s) in domains for s in senders):
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
    thread = _thread_by_headers(session, ids)
    if thread is None and not ids:
        thread = _thread_by_subject(session, key, parsed, inbound_row.id) if parsed.subject != key else None
    if thread is None:
        thread = _thread_by_headers(session, [parsed.message_id])  # a reply that arrived before its parent
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
