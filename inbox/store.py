"""Storing inbound mail exactly once: the unique IMAP identity and Message-ID decide.

The caller's cursor update runs in the same transaction, so a crash leaves either both or neither.
"""

from __future__ import annotations

import email
from email import policy
from email.utils import parseaddr

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from dunmail.tables import AuditEvent, InboundMessage, MailCursor, utcnow
from inbox.parse import content_hash, synthetic_message_id


def _header_fields(raw: bytes) -> tuple[str, str, str]:
    """Message-ID, From and Subject, read leniently: storing must never fail on odd headers."""
    try:
        msg = email.message_from_bytes(raw, policy=policy.default)
        message_id = str(msg.get("Message-ID", "") or "").strip()
        from_addr = parseaddr(str(msg.get("From", "") or ""))[1].lower()
        subject = str(msg.get("Subject", "") or "")
    except Exception:  # noqa: BLE001 - garbage headers: store anyway, quarantine later
        message_id, from_addr, subject = "", "", ""
    return message_id[:998] or synthetic_message_id(raw), from_addr[:998], subject[:2000]


def already_stored(session: Session, raw: bytes, mailbox: str, uidvalidity: int, uid: int) -> bool:
    message_id, _, _ = _header_fields(raw)
    by_identity = session.exec(
        select(InboundMessage.id).where(
            InboundMessage.mailbox == mailbox, InboundMessage.uidvalidity == uidvalidity, InboundMessage.uid == uid
        )
    ).first()
    if by_identity is not None:
        return True
    by_mid = session.exec(select(InboundMessage.id).where(InboundMessage.message_id == message_id)).first()
    return by_mid is not None


def store_inbound(
    session: Session, raw: bytes, *, mailbox: str, uidvalidity: int = 0, uid: int = 0
) -> InboundMessage | None:
    """Store one message unless it is already there (same IMAP identity or Message-ID).

    Returns the new row, or None for a duplicate. Runs inside the caller's transaction.
    """
    if already_stored(session, raw, mailbox, uidvalidity, uid):
        return None
    message_id, from_addr, subject = _header_fields(raw)
    row = InboundMessage(
        mailbox=mailbox,
        uidvalidity=uidvalidity,
        uid=uid,
        message_id=message_id,
        content_hash=content_hash(raw),
        raw=raw,
        from_addr=from_addr,
        subject=subject,
    )
    try:
        with session.begin_nested():
            session.add(row)
            session.flush()
    except IntegrityError:
        return None  # another worker stored it first
    session.add(
        AuditEvent(actor="inbox", kind="message.stored", inbound_id=row.id, detail={"mailbox": mailbox, "uid": uid, "message_id": message_id})
    )
    return row


def move_cursor(session: Session, mailbox: str, uidvalidity: int, last_uid: int) -> None:
    cursor = session.get(MailCursor, mailbox)
    if cursor is None:
        cursor = MailCursor(mailbox=mailbox, uidvalidity=uidvalidity, last_uid=last_uid)
    else:
        if cursor.uidvalidity == uidvalidity:
            last_uid = max(last_uid, cursor.last_uid)
        cursor.uidvalidity, cursor.last_uid, cursor.updated_at = uidvalidity, last_uid, utcnow()
    session.add(cursor)


def get_cursor(session: Session, mailbox: str) -> MailCursor | None:
    return session.get(MailCursor, mailbox)
