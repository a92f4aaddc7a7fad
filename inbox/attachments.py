"""Attachments: kept with their size; text pulled from the ones a collector needs to read
(PDF remittance advice, text files, winmail.dat contents). Oversized ones are kept, not parsed.
"""

from __future__ import annotations

import io
import logging
import re

from core.message import Attachment
from inbox.charsets import decode_bytes

log = logging.getLogger(__name__)

# The default; the service passes settings.attachment_parse_limit_bytes (DUNMAIL_ATTACHMENT_PARSE_LIMIT_BYTES).
PARSE_LIMIT_BYTES = 10 * 1024 * 1024
PDF_MAX_PAGES = 20
TEXT_MAX_CHARS = 100_000


def warm_up() -> None:
    """Import the PDF reader now: a worker's first PDF paid for the import (a fifth of a second, more
    on a loaded machine), and in a burst the replies behind it waited."""
    import pypdf  # noqa: F401, PLC0415 - the heavy import _pdf_text makes, made early


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader  # noqa: PLC0415 - heavy import, only for PDFs

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        try:
            reader.decrypt("")
        except Exception as exc:  # noqa: BLE001
            raise ValueError("encrypted PDF") from exc
    pages = []
    for page in reader.pages[:PDF_MAX_PAGES]:
        pages.append(page.extract_text() or "")
    return "\n".join(pages).strip()[:TEXT_MAX_CHARS]


def _tnef(data: bytes, limit_bytes: int | None) -> tuple[list[Attachment], str]:
    """The files and body text inside a winmail.dat (application/ms-tnef)."""
    from tnefparse import TNEF  # noqa: PLC0415

    tnef = TNEF(data)
    inner = [describe(a.long_filename() or a.name or "", "", a.data or b"", limit_bytes=limit_bytes) for a in tnef.attachments]
    body = ""
    if tnef.body:
        body = tnef.body.decode("cp1252", errors="replace") if isinstance(tnef.body, bytes) else str(tnef.body)
    elif tnef.htmlbody:
        from inbox.html_text import html_to_text  # noqa: PLC0415

        html = tnef.htmlbody.decode("utf-8", errors="replace") if isinstance(tnef.htmlbody, bytes) else str(tnef.htmlbody)
        body = html_to_text(html)
    return [a for group in inner for a in group], body.strip()


def _guess_type(filename: str, content_type: str) -> str:
    lower = filename.lower()
    if content_type in ("", "application/octet-stream"):
        if lower.endswith(".pdf"):
            return "application/pdf"
        if lower.endswith((".txt", ".csv")):
            return "text/plain"
        if lower == "winmail.dat" or lower.endswith(".tnef"):
            return "application/ms-tnef"
    return content_type or "application/octet-stream"


def describe(filename: str, content_type: str, data: bytes, charset: str | None = None, *, limit_bytes: int | None = None) -> list[Attachment]:
    """One attachment (or, for winmail.dat, the files inside it), text extracted when useful.
    One larger than `limit_bytes` (default PARSE_LIMIT_BYTES) is kept but not parsed."""
    limit = PARSE_LIMIT_BYTES if limit_bytes is None else limit_bytes
    ctype = _guess_type(filename, content_type.lower())
    att = Attachment(filename=filename, content_type=ctype, size=len(data))
    if len(data) > limit:
        att.skipped_reason = f"larger than {limit // (1024 * 1024)} MB: kept, not parsed"
        return [att]
    try:
        if ctype == "application/pdf" or data[:5] == b"%PDF-":
            att.text = _pdf_text(data)
        elif ctype.startswith("text/") and ctype != "text/html":
            att.text = decode_bytes(data, charset)[0][:TEXT_MAX_CHARS]
        elif ctype == "application/ms-tnef":
            inner, body = _tnef(data, limit_bytes)
            att.text = body or None
            return [att, *inner]
    except Exception as exc:  # noqa: BLE001 - a broken attachment must not lose the message
        detail = re.sub(r"\s+", " ", str(exc))[:200]
        att.skipped_reason = f"could not read: {type(exc).__name__}: {detail}"
    return [att]
