"""Outgoing mail as a plain type, with its Message-ID, reply subject and MIME form.

Sending it exactly once is the Outbox port's contract (core/ports.py): the Message-ID is assigned
before sending, and a delivery is skipped when a message with that Message-ID is already in the
sent folder. deliver() calls `on_accepted` the moment the message has left (the SMTP server
accepted it, or the Maildir file is in place), before any bookkeeping such as the copy to Sent, so
the caller can record it durably and a crash after that point never leads to a second send.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timezone
from email.message import EmailMessage
from email.utils import format_datetime

from pydantic import BaseModel, Field


class OutgoingMail(BaseModel):
    message_id: str
    from_addr: str
    from_name: str = ""
    to: list[str]
    cc: list[str] = Field(default_factory=list)
    subject: str
    body: str
    in_reply_to: str | None = None
    references: list[str] = Field(default_factory=list)
    attachments: list[tuple[str, str, bytes]] = Field(default_factory=list)  # (filename, content type, data)


def new_message_id(domain: str) -> str:
    """Short enough that the header never folds (some clients mangle folded Message-IDs)."""
    return f"<{uuid.uuid4().hex[:24]}@{domain.rsplit('@', 1)[-1]}>"


def reply_subject(subject: str) -> str:
    stripped = subject.strip()
    lowered = stripped.lower()
    for prefix in ("re:", "aw:", "sv:", "antw:", "r:", "rif:", "réf:", "ref:"):
        if lowered.startswith(prefix):
            return "Re: " + stripped[len(prefix):].strip()
    return f"Re: {stripped}" if stripped else "Re: your message"


def to_mime(mail: OutgoingMail, *, date: datetime | None = None) -> EmailMessage:
    msg = EmailMessage()
    msg["Message-ID"] = mail.message_id
    msg["Date"] = format_datetime(date or datetime.now(timezone.utc))
    msg["From"] = f"{mail.from_name} <{mail.from_addr}>" if mail.from_name else mail.from_addr
    msg["To"] = ", ".join(mail.to)
    if mail.cc:
        msg["Cc"] = ", ".join(mail.cc)
    msg["Subject"] = mail.subject
    if mail.in_reply_to:
        msg["In-Reply-To"] = mail.in_reply_to
    if mail.references:
        msg["References"] = " ".join(mail.references)
    msg["Auto-Submitted"] = "no"  # a human approved it; RFC 3834 responders may answer
    msg.set_content(mail.body)
    for filename, ctype, data in mail.attachments:
        maintype, _, subtype = ctype.partition("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype or "octet-stream", filename=filename)
    return msg
