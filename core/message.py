"""The parsed form of one email: what every later stage (agent, guardrails, approvals) reads.

Raw bytes stay in the store; this model is derived from them and can always be rebuilt.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field


class Attachment(BaseModel):
    filename: str = ""
    content_type: str = "application/octet-stream"
    size: int = 0
    text: str | None = None  # extracted text (PDF remittance advice, text parts); None when not parsed
    skipped_reason: str | None = None  # e.g. "larger than 10 MB: kept, not parsed"


class BounceInfo(BaseModel):
    failed_recipients: list[str] = Field(default_factory=list)
    status: str | None = None  # DSN status code, e.g. "5.1.1"
    diagnostic: str | None = None
    permanent: bool = True


class ParsedEmail(BaseModel):
    message_id: str
    in_reply_to: str | None = None
    references: list[str] = Field(default_factory=list)
    from_addr: str = ""
    from_name: str = ""
    reply_to: list[str] = Field(default_factory=list)
    to: list[str] = Field(default_factory=list)
    cc: list[str] = Field(default_factory=list)
    subject: str = ""
    date: datetime | None = None  # timezone-aware when the header had an offset
    text: str = ""  # the full text body (HTML converted to text when there was no text part)
    visible_text: str = ""  # the new reply only: quoted history and signature stripped
    html: str | None = None  # the raw HTML part, never rendered unsanitised
    attachments: list[Attachment] = Field(default_factory=list)
    headers: dict[str, str] = Field(default_factory=dict)  # selected headers (auth results, auto-reply markers)
    is_auto_reply: bool = False
    auto_reply_reason: str | None = None  # which marker said so (e.g. "Auto-Submitted: auto-replied")
    is_bounce: bool = False
    bounce: BounceInfo | None = None
    defects: list[str] = Field(default_factory=list)  # parser defects worth showing a collector
