"""RFC 5322 bytes → ParsedEmail, with the standard library's email package (modern policy).

Never raises anything but UnparseableMessage: any input either parses or gets a reason.
The jobs are split: charsets.py (decoding), html_text.py (HTML → text), attachments.py (PDF,
winmail.dat, size limit), core/text/quotes.py (visible reply text), autoreply.py, bounces.py.
"""

from __future__ import annotations

import email
import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime
from email.header import decode_header, make_header
from email.message import Message
from email.utils import getaddresses, parseaddr, parsedate_to_datetime

from core.message import Attachment, ParsedEmail
from core.text.quotes import visible_text
from inbox.attachments import describe
from inbox.autoreply import detect_auto_reply
from inbox.bounces import from_dsn, from_text, looks_like_bounce
from inbox.charsets import clean_str, decode_bytes
from inbox.header_memo import PLAIN_FORMS, POLICY, MemoMessage, plain_address_pairs, unfolded
from inbox.html_text import html_before_quote, html_to_text


class UnparseableMessage(Exception):
    """The bytes are not an email we can read; the message is quarantined with this reason."""


KEPT_HEADERS = (
    "Auto-Submitted",
    "X-Autoreply",
    "X-Autorespond",
    "Precedence",
    "List-Id",
    "Return-Path",
    "Authentication-Results",
    "Received-SPF",
    "X-Auto-Response-Suppress",
    "Content-Language",
    # Free-text headers a sender controls: kept so the inbound guardrails can scan them too.
    "Comments",
    "Keywords",
    "Organization",
    "Thread-Topic",
    "X-Mailer",
    "User-Agent",
)
MAX_DEPTH = 30  # deeper MIME nesting is treated as hostile; the rest is kept as a defect
MAX_PARTS = 500


def content_hash(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def synthetic_message_id(raw: bytes) -> str:
    """A stable Message-ID for mail that has none, so dedupe still works."""
    return f"<{content_hash(raw)[:32]}@no-message-id.dunmail>"


# Headers whose value the registry restructures (addresses, dates, message ids, MIME parameters): always read through it.
_STRUCTURED = frozenset({"from", "to", "cc", "bcc", "reply-to", "sender", "date", "message-id", "content-type", "content-disposition",
                         "content-transfer-encoding", "mime-version", "resent-from", "resent-to", "resent-cc", "resent-bcc",
                         "resent-sender", "resent-date"})
_UNFOLD = re.compile(r"\r?\n(?=[ \t])")
_PLAIN_FORMS = PLAIN_FORMS  # address lists and message ids the registry would read as they are (header_memo.py)


def raw_header(msg: Message, name: str) -> str | None:
    """The first raw (undecoded, still folded) value of a header, or None; no header object is built."""
    if isinstance(msg, MemoMessage):
        return msg.first_raw(name)  # from its index of first values, built once (header_memo.py)
    wanted = name.lower()
    for key, value in msg.raw_items():
        if key.lower() == wanted:
            return value
    return None


def header_text(msg: Message, name: str) -> str:
    """A header's decoded value; malformed RFC 2047 or 8-bit bytes never raise.

    A plain ASCII value without encoded words, of a header the registry does not restructure (Subject,
    In-Reply-To, References, Auto-Submitted, List-Id…), reads as itself unfolded: exactly what the registry
    returns for it (tests/inbox/test_header_text.py), without building the header object that made reading
    headers most of the parser's cost (issue 17)."""
    lowered = name.lower()
    if lowered not in _STRUCTURED:
        raw = raw_header(msg, name)
        if raw is None:
            return ""
        if raw.isascii() and "=?" not in raw:
            return clean_str(_UNFOLD.sub("", raw)).strip()
    elif lowered in _PLAIN_FORMS:
        raw = raw_header(msg, name)
        if raw is None:
            return ""
        if isinstance(raw, str) and _PLAIN_FORMS[lowered].fullmatch(value := unfolded(raw)):
            return clean_str(value).strip()
    return _registry_text(msg, name)


def _registry_text(msg: Message, name: str) -> str:
    """`header_text` read through the header registry (and its fallbacks for values the registry refuses)."""
    try:
        value = msg.get(name)
        if value is None:
            return ""
        return clean_str(str(value)).strip()
    except Exception:  # noqa: BLE001 - the header registry can fail on hostile values
        pass
    for key, raw in msg.raw_items() if hasattr(msg, "raw_items") else []:
        if key.lower() == name.lower():
            try:
                return clean_str(str(make_header(decode_header(raw)))).strip()
            except Exception:  # noqa: BLE001
                return clean_str(raw).strip()
    return ""


def _all_headers(msg: Message, name: str) -> list[str]:
    plain = _PLAIN_FORMS.get(name.lower())
    if plain is not None:
        wanted = name.lower()
        values = [unfolded(v) if isinstance(v, str) else "" for k, v in msg.raw_items() if k.lower() == wanted]
        if all(plain.fullmatch(v) for v in values):
            return [clean_str(v) for v in values]  # what the registry's values are (see _PLAIN_FORMS)
    return _registry_headers(msg, name)


def _registry_headers(msg: Message, name: str) -> list[str]:
    """Every value of a header, read through the header registry."""
    try:
        return [clean_str(str(v)) for v in msg.get_all(name, [])]
    except Exception:  # noqa: BLE001
        value = header_text(msg, name)
        return [value] if value else []


def _addresses(msg: Message, name: str) -> list[str]:
    try:
        values = _all_headers(msg, name)
        pairs = (plain_address_pairs(", ".join(values)) if values else []) or getaddresses(values)  # as getaddresses joins them
    except Exception:  # noqa: BLE001
        return []
    return [addr.lower() for _n, addr in pairs if addr and "@" in addr]


def _msgids(value: str) -> list[str]:
    found = re.findall(r"<[^<>\s]+>", value)
    return found or value.split()


@dataclass
class _Body:
    text: str = ""
    html: str | None = None
    attachments: list[Attachment] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)
    report: Message | None = None  # the multipart/report part of a DSN


def _payload_bytes(part: Message, body: _Body) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except Exception as exc:  # noqa: BLE001 - broken transfer encodings
        body.defects.append(f"undecodable payload: {type(exc).__name__}")
        raw = part.get_payload()
        return raw.encode("utf-8", "surrogateescape") if isinstance(raw, str) else b""
    if isinstance(data, bytes):
        return data
    return b""


def _part_text(part: Message, body: _Body) -> str:
    data = _payload_bytes(part, body)
    text, note = decode_bytes(data, part.get_content_charset())
    if note:
        body.defects.append(note)
    return text


def _filename(part: Message) -> str:
    try:
        return clean_str(part.get_filename() or "")
    except Exception:  # noqa: BLE001
        return ""


def _collect(msg: Message, limit_bytes: int | None = None) -> _Body:
    """Walk the MIME tree without recursion: the first inline text/plain and text/html of the
    top-level message are the body; everything else is an attachment (forwarded messages too).
    Attachments larger than `limit_bytes` are kept, not parsed."""
    body = _Body()
    stack: list[tuple[Message, int]] = [(msg, 0)]
    seen = 0
    while stack:
        part, depth = stack.pop()
        seen += 1
        if seen > MAX_PARTS:
            body.defects.append(f"more than {MAX_PARTS} MIME parts: the rest was not read")
            break
        if depth > MAX_DEPTH:
            body.defects.append(f"MIME nesting deeper than {MAX_DEPTH}: inner parts not read")
            continue
        ctype = part.get_content_type()
        if ctype == "multipart/report" and body.report is None:
            body.report = part
        if ctype in ("message/rfc822", "message/global") or (ctype.startswith("message/") and part.is_multipart() and "delivery-status" not in ctype):
            inner = part.get_payload()
            inner_msg = inner[0] if isinstance(inner, list) and inner else None
            if isinstance(inner_msg, Message):
                inner_body = _collect_bounded(inner_msg, depth, limit_bytes)
                subject = header_text(inner_msg, "Subject")
                text = inner_body.text or (html_to_text(inner_body.html) if inner_body.html else "")
                body.attachments.append(
                    Attachment(filename=_filename(part) or f"{subject or 'message'}.eml", content_type=ctype, size=len(text.encode()), text=text[:100_000])
                )
                body.attachments.extend(inner_body.attachments)
            continue
        if part.is_multipart():
            children = part.get_payload()
            if isinstance(children, list):
                for child in reversed(children):
                    if isinstance(child, Message):
                        stack.append((child, depth + 1))
            continue
        if ctype.startswith("message/"):
            continue  # delivery-status and friends are read by the bounce detector
        disposition = (part.get_content_disposition() or "").lower()
        filename = _filename(part)
        is_attachment = disposition == "attachment" or (filename and disposition != "inline") or not (ctype.startswith("text/") or ctype == "application/ms-tnef")
        if not is_attachment and ctype == "text/plain" and not body.text:
            body.text = _part_text(part, body)
        elif not is_attachment and ctype == "text/html" and body.html is None:
            body.html = _part_text(part, body)
        elif not is_attachment and ctype.startswith("text/") and not filename:
            continue  # alternative formats (text/enriched, text/calendar) or rfc822-headers
        else:
            data = _payload_bytes(part, body)
            for att in describe(filename, ctype, data, part.get_content_charset(), limit_bytes=limit_bytes):
                body.attachments.append(att)
                if att.content_type == "application/ms-tnef" and att.text and not body.text:
                    body.text = att.text  # Outlook RTF mail: the body lives inside winmail.dat
    return body


def _collect_bounded(msg: Message, depth: int, limit_bytes: int | None) -> _Body:
    if depth > MAX_DEPTH:
        return _Body(defects=[f"MIME nesting deeper than {MAX_DEPTH}"])
    inner = _collect(msg, limit_bytes)
    return inner


def _sent_date(msg: Message) -> datetime | None:
    """The Date header's time. An ASCII value the standard parser reads is read directly: the registry would parse
    it the same way, print it back (`format_datetime`) and have that parsed again, to the same datetime (issue 17).
    Anything else takes the registry's way, as before (`_registry_date`)."""
    raw = raw_header(msg, "Date")
    if raw is None:
        return None
    if isinstance(raw, str) and raw.isascii():
        value = unfolded(raw)
        if not value:
            return None  # the registry's value is "" too
        try:
            return parsedate_to_datetime(value)
        except Exception:  # noqa: BLE001, S110 - read the registry's way, which decides what an error means
            pass
    return _registry_date(msg)


def _registry_date(msg: Message) -> datetime | None:
    date_value = header_text(msg, "Date")
    if date_value:
        try:
            return parsedate_to_datetime(date_value)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    return None


def _defects(msg: Message, body: _Body) -> list[str]:
    names: list[str] = []
    try:
        for part in [msg, *[p for p in (msg.get_payload() if msg.is_multipart() else []) if isinstance(p, Message)]]:
            for defect in getattr(part, "defects", []):
                names.append(type(defect).__name__)
    except Exception:  # noqa: BLE001
        pass
    unique: list[str] = []
    for name in [*names, *body.defects]:
        if name not in unique:
            unique.append(name)
    return unique[:50]


def parse_message(raw: bytes, *, attachment_limit_bytes: int | None = None) -> ParsedEmail:
    """Parse one message; raises UnparseableMessage (never anything else) with a reason.
    Attachments larger than `attachment_limit_bytes` (the service passes its setting) are kept, not parsed."""
    if not isinstance(raw, (bytes, bytearray)):
        raise UnparseableMessage("not bytes")
    if not raw or not raw.strip():
        raise UnparseableMessage("empty message")
    try:
        return _parse(bytes(raw), attachment_limit_bytes)
    except UnparseableMessage:
        raise
    except RecursionError as exc:
        raise UnparseableMessage("MIME structure nested too deeply to read") from exc
    except Exception as exc:  # noqa: BLE001 - the contract: a reason, never a crash
        raise UnparseableMessage(f"parser error: {type(exc).__name__}: {str(exc)[:300]}") from exc


def _parse(raw: bytes, attachment_limit_bytes: int | None) -> ParsedEmail:
    if raw.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnparseableMessage("an Outlook .msg (OLE) file, not an RFC 5322 message")
    try:
        msg = email.message_from_bytes(raw, policy=POLICY)  # each header through the registry once (header_memo.py)
    except Exception as exc:  # noqa: BLE001 - the email package can raise many things on garbage
        raise UnparseableMessage(f"not an RFC 5322 message: {exc}") from exc
    if not msg.keys():
        raise UnparseableMessage("no headers")
    known = {"from", "to", "subject", "date", "message-id", "received", "content-type", "mime-version", "return-path", "cc", "delivered-to"}
    if not any(k.lower() in known for k in msg.keys()):
        raise UnparseableMessage("no mail headers (From/To/Subject/Date/Message-ID) found")

    from_value = header_text(msg, "From")
    try:
        plain = plain_address_pairs(from_value)
        from_name, from_addr = plain[0] if plain else parseaddr(from_value)
    except Exception:  # noqa: BLE001
        from_name, from_addr = "", ""
    date = _sent_date(msg)
    subject = header_text(msg, "Subject")
    body = _collect(msg, attachment_limit_bytes)
    html = clean_str(body.html) if body.html is not None else None
    text = clean_str(body.text)
    if not text.strip() and html:
        text = html_to_text(html)
        visible_source = html_to_text(html_before_quote(html))
    else:
        visible_source = text
    headers = {h: header_text(msg, h)[:2000] for h in KEPT_HEADERS if raw_header(msg, h) is not None}

    bounce = from_dsn(body.report) if body.report is not None and "delivery-status" in (body.report.get_param("report-type") or "").lower() else None
    is_feedback = body.report is not None and "feedback-report" in str(body.report.get_param("report-type") or "").lower()
    if bounce is None and not is_feedback and body.report is None:
        if looks_like_bounce(from_addr, from_name, subject, headers.get("Return-Path", ""), text):
            bounce = from_text(text + "\n" + "\n".join(a.text or "" for a in body.attachments))
    elif bounce is not None and not bounce.failed_recipients:
        fallback = from_text(text)
        bounce.failed_recipients = fallback.failed_recipients
        bounce.status = bounce.status or fallback.status
        bounce.diagnostic = bounce.diagnostic or fallback.diagnostic

    def get(name: str) -> str:
        return headers.get(name) or header_text(msg, name)

    auto_reason = None if bounce else detect_auto_reply(get, subject)
    if is_feedback and not auto_reason:
        auto_reason = "feedback report (RFC 5965 ARF)"

    message_id = header_text(msg, "Message-ID")[:998] or synthetic_message_id(raw)
    in_reply_to = _msgids(header_text(msg, "In-Reply-To"))
    return ParsedEmail(
        message_id=message_id,
        in_reply_to=in_reply_to[0] if in_reply_to else None,
        references=_msgids(header_text(msg, "References")),
        from_addr=from_addr.lower(),
        from_name=from_name,
        reply_to=_addresses(msg, "Reply-To"),
        to=_addresses(msg, "To"),
        cc=_addresses(msg, "Cc"),
        subject=subject,
        date=date,
        text=text,
        visible_text=visible_text(visible_source),
        html=html,
        attachments=body.attachments,
        headers=headers,
        is_auto_reply=auto_reason is not None,
        auto_reply_reason=auto_reason,
        is_bounce=bounce is not None,
        bounce=bounce,
        defects=_defects(msg, body),
    )
