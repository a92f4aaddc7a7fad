"""Storing inbound mail exactly once: the IMAP identity, then Message-ID plus content, decide.

A message seen again (same IMAP identity, or same Message-ID with the same authored content, e.g.
re-read after a UIDVALIDITY change or delivered to two folders) is a duplicate. A *different*
message that reuses a Message-ID (broken mailers, templates that hard-code one) is stored as a
message of its own, with an audit event saying so: nothing is dropped silently.

The caller's cursor update runs in the same transaction, so a crash leaves either both or neither.
"""

from __future__ import annotations

import hashlib
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import parseaddr

from sqlalchemy import bindparam, insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from adapters.db.audit import write_audit
from adapters.db.prepared import run
from adapters.db.tables import InboundMessage, MailCursor, MessageStatus, utcnow
from inbox.header_memo import POLICY, header_str, plain_address_pairs
from inbox.parse import content_hash, synthetic_message_id


def _header_fields(raw: bytes) -> tuple[str, str, str]:
    """Message-ID, From and Subject, read leniently: storing must never fail on odd headers."""
    try:
        # The header block alone: a parse stops at the first blank line, and the block cut at the first CRLF CRLF (or
        # LF LF) holds it, so the headers are those of the whole message without decoding the (maybe huge) body.
        # Read with the parser's policy and its plain-header reads (inbox.header_memo, issue 17): the same strings
        # as `str(msg.get(name) or "")` under the default policy, without building header objects.
        head, sep, _ = raw.partition(b"\r\n\r\n")
        if not sep:
            head = raw.partition(b"\n\n")[0]
        msg = BytesParser(policy=POLICY).parsebytes(head + b"\n\n", headersonly=True)
    except Exception:  # noqa: BLE001 - garbage headers: store anyway, quarantine later
        return synthetic_message_id(raw), "", ""
    return _fields_of(msg, raw)


def _fields_of(msg: EmailMessage, raw: bytes) -> tuple[str, str, str]:
    """_header_fields of a parsed header block."""
    try:
        message_id = header_str(msg, "Message-ID").strip()
        from_value = header_str(msg, "From")
        plain = plain_address_pairs(from_value)  # a plain "Name <a@b>" read without the stdlib's address parser
        from_addr = (plain[0] if plain else parseaddr(from_value))[1].lower()
        subject = header_str(msg, "Subject")
    except Exception:  # noqa: BLE001 - garbage headers: store anyway, quarantine later
        message_id, from_addr, subject = "", "", ""
    return message_id[:998] or synthetic_message_id(raw), from_addr[:998], subject[:2000]


AUTHORED_HEADERS = ("from", "to", "cc", "subject", "date", "message-id", "in-reply-to", "references")


def authored_hash(raw: bytes) -> str:
    """What the sender wrote (the body and the headers they set), not how it travelled: Received,
    Delivered-To and other trace headers differ between two deliveries of the same message."""
    head, sep, body = raw.partition(b"\r\n\r\n")
    if not sep:
        head, _, body = raw.partition(b"\n\n")
    digest = hashlib.sha256()
    try:
        msg = BytesParser(policy=policy.compat32).parsebytes(head + b"\n\n", headersonly=True)
        for name in AUTHORED_HEADERS:
            for value in msg.get_all(name) or []:
                digest.update(f"{name}:{' '.join(str(value).split())}\n".encode("utf-8", "surrogateescape"))
    except Exception:  # noqa: BLE001 - unreadable headers: the whole header block stands in for them
        digest.update(head)
    digest.update(b"\0" + body.replace(b"\r\n", b"\n").rstrip())
    return digest.hexdigest()


def read_stored_fields(raw: bytes) -> tuple[tuple[str, str, str], str]:
    """(_header_fields(raw), authored_hash(raw)) from one parse of the header block instead of two (issue 17).

    The two parses kept the same raw header values (the modern policy and compat32 split a header block alike:
    `header_source_parse` is one implementation), and compat32 hands a value back as it is unless it holds
    undecodable bytes. So the authored headers are read from this parse's raw values, and a message with such
    bytes in one of them, or whose headers this parse refuses, is hashed by authored_hash itself."""
    try:
        head, sep, body = raw.partition(b"\r\n\r\n")
        if not sep:
            head, _, body = raw.partition(b"\n\n")
        msg = BytesParser(policy=POLICY).parsebytes(head + b"\n\n", headersonly=True)
        items = msg.raw_items()
    except Exception:  # noqa: BLE001 - each read on its own, with its own leniency
        return _header_fields(raw), authored_hash(raw)
    by_name: dict[str, list[str]] = {}
    for name, value in items:
        by_name.setdefault(name.lower(), []).append(value)
    digest = hashlib.sha256()
    for name in AUTHORED_HEADERS:
        for value in by_name.get(name, ()):
            if not isinstance(value, str) or not value.isascii():  # possibly bytes compat32 reads as a Header
                return _fields_of(msg, raw), authored_hash(raw)
            digest.update(f"{name}:{' '.join(value.split())}\n".encode("utf-8", "surrogateescape"))
    digest.update(b"\0" + body.replace(b"\r\n", b"\n").rstrip())
    return _fields_of(msg, raw), digest.hexdigest()


# The two reads every arriving message makes, built once (SQLAlchemy Core, values as parameters).
_C = InboundMessage.__table__.c  # type: ignore[attr-defined]
_BY_IDENTITY = select(_C.id).where(_C.mailbox == bindparam("mailbox"), _C.uidvalidity == bindparam("uidvalidity"), _C.uid == bindparam("uid")).limit(1)
_BY_MESSAGE_ID = select(_C.id, _C.content_hash).where(_C.message_id == bindparam("message_id"))


def _seen_by_identity(session: Session, mailbox: str, uidvalidity: int, uid: int) -> bool:
    # Core on the session's connection: its pending rows are flushed first, as the ORM query did.
    session.flush()
    row = session.connection().execute(_BY_IDENTITY, {"mailbox": mailbox, "uidvalidity": uidvalidity, "uid": uid}).first()
    return row is not None


def _same_message_id(session: Session, message_id: str) -> list[tuple[int, str]]:
    """(id, content hash) of every stored message with this Message-ID."""
    rows = session.connection().execute(_BY_MESSAGE_ID, {"message_id": message_id}).all()
    return [(int(i), h) for i, h in rows]


def _same_content(raw: bytes, authored: str) -> tuple[str, str]:
    return authored, content_hash(raw)  # rows stored before 0006 hold the raw bytes' hash


def already_stored(session: Session, raw: bytes, mailbox: str, uidvalidity: int, uid: int,
                   message_id: str | None = None, authored: str | None = None) -> bool:
    """Seen before: the same IMAP identity, or the same Message-ID with the same content.

    `message_id` and `authored` (its authored_hash) when the caller has read them already."""
    message_id = message_id if message_id is not None else _header_fields(raw)[0]
    if _seen_by_identity(session, mailbox, uidvalidity, uid):
        return True
    same = _same_content(raw, authored or authored_hash(raw))
    return any(h in same for _, h in _same_message_id(session, message_id))


def store_inbound(
    session: Session, raw: bytes, *, mailbox: str, uidvalidity: int = 0, uid: int = 0
) -> InboundMessage | None:
    """Store one message unless it is already there (same IMAP identity, or Message-ID and content).

    Returns the new row, or None for a duplicate. Runs inside the caller's transaction.
    """
    new_id = store_new(session, raw, mailbox=mailbox, uidvalidity=uidvalidity, uid=uid)
    return None if new_id is None else session.get(InboundMessage, new_id)


# A stored message's row (and, by write_audit, its audit events) written as Core INSERTs: syncing a fetched batch spent more
# CPU in the ORM's unit of work (object state, one flush per row) than in the database. The columns the
# model fills by default are filled here the same way.
_MESSAGES = InboundMessage.__table__  # type: ignore[attr-defined]
_INSERT_MESSAGE = insert(_MESSAGES).returning(_MESSAGES.c.id)
# Where the database can say "already there" itself, a lost race is an INSERT that returns no row: no savepoint
# around each message (two more round trips per stored message). Either unique constraint (the IMAP identity,
# or Message-ID and content) means a duplicate, as the IntegrityError did.
_INSERT_UNLESS_STORED = {
    "postgresql": postgresql.insert(_MESSAGES).on_conflict_do_nothing().returning(_MESSAGES.c.id),
    "sqlite": sqlite.insert(_MESSAGES).on_conflict_do_nothing().returning(_MESSAGES.c.id),
}


def store_new(session: Session, raw: bytes, *, mailbox: str, uidvalidity: int = 0, uid: int = 0) -> int | None:
    """store_inbound without loading the row back: the new message's id, or None for a duplicate.

    A sync stores a fetched batch with store_batch (two reads for the batch instead of two per message)."""
    (message_id, from_addr, subject), authored = read_stored_fields(raw)  # read once: the duplicate check and the row both need them
    if _seen_by_identity(session, mailbox, uidvalidity, uid):
        return None
    # One read for the duplicate check by content and for the earlier messages reusing the Message-ID.
    same_id = _same_message_id(session, message_id)
    if any(h in _same_content(raw, authored) for _, h in same_id):
        return None
    return _insert_new(session, raw, (message_id, from_addr, subject), authored, [i for i, _ in same_id], mailbox, uidvalidity, uid)


_IDENTITIES = select(_C.uid).where(_C.mailbox == bindparam("mailbox"), _C.uidvalidity == bindparam("uidvalidity"),
                                   _C.uid.in_(bindparam("uids", expanding=True)))
_BY_MESSAGE_IDS = select(_C.message_id, _C.id, _C.content_hash).where(_C.message_id.in_(bindparam("message_ids", expanding=True))).order_by(_C.id)


def store_batch(session: Session, fetched: list[tuple[int, bytes]], *, mailbox: str, uidvalidity: int = 0) -> list[int]:
    """store_new for each (uid, bytes) of a fetched batch, in order, inside the caller's transaction; the new ids.

    The same decisions as store_new one message after another, with the two duplicate reads made once for the
    batch (the IMAP identities, and the stored messages sharing a Message-ID with any of the batch): in a burst the
    watcher spent most of its time on those round trips, two per message, while the workers waited for rows.
    What the batch itself stores counts for the messages after it, as it did when each read the table."""
    if len(fetched) < 2:
        return [i for uid, raw in fetched if (i := store_new(session, raw, mailbox=mailbox, uidvalidity=uidvalidity, uid=uid)) is not None]
    read = [(uid, raw, *read_stored_fields(raw)) for uid, raw in fetched]
    session.flush()  # the session's pending rows count, as they did for store_new's reads
    connection = session.connection()
    seen = {int(u) for u in connection.execute(_IDENTITIES, {"mailbox": mailbox, "uidvalidity": uidvalidity, "uids": [uid for uid, *_ in read]}).scalars()}
    by_message_id: dict[str, list[tuple[int, str]]] = {}
    for message_id, stored_id, content in connection.execute(_BY_MESSAGE_IDS, {"message_ids": sorted({fields[0] for _, _, fields, _ in read})}):
        by_message_id.setdefault(message_id, []).append((int(stored_id), content))
    new_ids: list[int] = []
    for uid, raw, fields, authored in read:
        if uid in seen:
            continue
        same_id = by_message_id.get(fields[0], [])
        if any(h in _same_content(raw, authored) for _, h in same_id):
            continue
        new_id = _insert_new(session, raw, fields, authored, [i for i, _ in same_id], mailbox, uidvalidity, uid)
        if new_id is not None:
            new_ids.append(new_id)
            seen.add(uid)
            by_message_id.setdefault(fields[0], []).append((new_id, authored))
    return new_ids


def _insert_new(session: Session, raw: bytes, fields: tuple[str, str, str], authored: str, earlier: list[int], mailbox: str,
                uidvalidity: int, uid: int) -> int | None:
    """The row of a message found new, and its audit events; None when another writer stored it first."""
    message_id, from_addr, subject = fields
    row = {"mailbox": mailbox, "uidvalidity": uidvalidity, "uid": uid, "message_id": message_id, "content_hash": authored, "raw": raw,
           "from_addr": from_addr, "subject": subject, "received_at": utcnow(), "status": MessageStatus.pending, "claimed_by": None,
           "claimed_at": None, "claim_token": 0, "attempts": 0, "error": None, "thread_id": None, "customer_id": None, "processed_at": None}
    connection = session.connection()
    unless_stored = _INSERT_UNLESS_STORED.get(connection.dialect.name)
    if unless_stored is not None:
        inserted = run(connection, unless_stored, row).scalar()  # compiled once (adapters/db/prepared.py)
        if inserted is None:
            return None  # another worker stored it first
        new_id = int(inserted)
    else:
        try:
            with session.begin_nested():  # a lost race rolls back this row only, not the batch
                new_id = int(session.connection().execute(_INSERT_MESSAGE, row).scalar_one())
        except IntegrityError:
            return None  # another worker stored it first
    write_audit(session, actor="inbox", kind="message.stored", inbound_id=new_id, detail={"mailbox": mailbox, "uid": uid, "message_id": message_id})
    if earlier:
        write_audit(session, actor="inbox", kind="message.reused_message_id", inbound_id=new_id,
                    detail={"message_id": message_id, "earlier_inbound_ids": list(earlier),
                            "why": "a different message carries a Message-ID already stored: kept as a message of its own"})
    return new_id


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
