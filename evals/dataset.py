"""The eval dataset contract (world.json + threads.jsonl) and its rendering into real RFC 5322 mail.

Each labelled message becomes real bytes fed through the same parser as live mail.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from pydantic import BaseModel, Field

from core.records import World


class DatasetAttachment(BaseModel):
    filename: str
    content_type: str = "application/octet-stream"
    text: str = ""


class ThreadMessage(BaseModel):
    direction: str  # inbound | outbound
    from_: str = Field(alias="from")
    to: list[str] = Field(default_factory=list)
    cc: list[str] = Field(default_factory=list)
    date: datetime
    subject: str = ""
    message_id: str
    in_reply_to: str | None = None
    references: list[str] = Field(default_factory=list)
    body: str = ""
    html: str | None = None
    headers: dict[str, str] = Field(default_factory=dict)
    attachments: list[DatasetAttachment] = Field(default_factory=list)

    model_config = {"populate_by_name": True}


class Expected(BaseModel):
    intent: str
    secondary_intents: list[str] = Field(default_factory=list)
    promise_date: date | None = None
    promise_amount: str | None = None
    invoice_numbers: list[str] = Field(default_factory=list)
    payment_reference: str | None = None
    needs_human: bool = False
    pause_dunning: bool = False
    language: str | None = None
    why: str = ""
    # the field split tags each thread with its error families and voices (report tables), and the
    # sender's locale (which decides how a numeric date reads)
    families: list[str] = Field(default_factory=list)
    locale: str | None = None


class Thread(BaseModel):
    id: str
    messages: list[ThreadMessage]
    expected: Expected | None = None

    @property
    def judged(self) -> ThreadMessage:
        return self.messages[-1]


class Dataset(BaseModel):
    world: World
    threads: list[Thread]


class DatasetError(Exception):
    """The dataset directory does not follow the contract; the message says where."""


def load_dataset(directory: Path) -> Dataset:
    directory = Path(directory)
    try:
        world = World.model_validate(json.loads((directory / "world.json").read_text(encoding="utf-8")))
    except (OSError, ValueError) as exc:
        raise DatasetError(f"{directory / 'world.json'}: {exc}") from exc
    threads = []
    path = directory / "threads.jsonl"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DatasetError(f"{path}: {exc}") from exc
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            threads.append(Thread.model_validate(json.loads(line)))
        except ValueError as exc:
            raise DatasetError(f"{path}:{number}: {exc}") from exc
    return Dataset(world=world, threads=threads)


_STRUCTURAL = {"from", "to", "cc", "subject", "date", "message-id", "in-reply-to", "references", "content-type", "mime-version", "content-transfer-encoding"}


def _envelope_headers(message: ThreadMessage) -> list[tuple[str, str]]:
    headers = [("From", message.from_)]
    if message.to:
        headers.append(("To", ", ".join(message.to)))
    if message.cc:
        headers.append(("Cc", ", ".join(message.cc)))
    headers += [("Subject", message.subject), ("Date", format_datetime(message.date)), ("Message-ID", message.message_id)]
    if message.in_reply_to:
        headers.append(("In-Reply-To", message.in_reply_to))
    if message.references:
        headers.append(("References", " ".join(message.references)))
    headers += [(k, v) for k, v in message.headers.items() if k.lower() not in _STRUCTURAL]
    return headers


def _delivery_report(message: ThreadMessage) -> bytes:
    """A multipart/report DSN as MTAs send it (the email package cannot build one from text parts)."""
    boundary = "=_dsn_" + message.message_id.strip("<>").replace("@", "_")[:40]
    head = "".join(policy.SMTP.fold(k, v) for k, v in _envelope_headers(message))
    parts = [f"--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{message.body}\r\n"]
    for att in message.attachments:
        parts.append(f"--{boundary}\r\nContent-Type: {att.content_type}\r\n\r\n{att.text.strip()}\r\n")
    body = "".join(parts) + f"--{boundary}--\r\n"
    ctype = f'MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary="{boundary}"\r\n\r\n'
    return (head + ctype + body).encode("utf-8")


def to_rfc5322(message: ThreadMessage) -> bytes:
    """Render one dataset message as the bytes a mail server would hand us."""
    if message.headers.get("Content-Type", "").lower().startswith("multipart/report"):
        return _delivery_report(message)
    msg = EmailMessage()
    for name, value in _envelope_headers(message):
        msg[name] = value
    if message.body or not message.html:
        msg.set_content(message.body or "")
        if message.html:
            msg.add_alternative(message.html, subtype="html")
    else:
        msg.set_content(message.html, subtype="html")
    for att in message.attachments:
        maintype, _, subtype = att.content_type.partition("/")
        if att.content_type == "application/pdf":
            from tools.pdf_text import text_pdf  # renders the stated text into a real PDF

            msg.add_attachment(text_pdf(att.text), maintype="application", subtype="pdf", filename=att.filename)
        elif maintype == "text":
            msg.add_attachment(att.text, subtype=subtype or "plain", filename=att.filename)
        else:
            msg.add_attachment(att.text.encode(), maintype=maintype or "application", subtype=subtype or "octet-stream", filename=att.filename)
    return bytes(msg)
