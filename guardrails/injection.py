"""Prompt-injection detection: customer text that tries to instruct the assistant instead of talking to us.

Every part of a message a model could read is scanned: subject, display name, visible reply, full
text (quotes included), the raw HTML (hidden elements, comments, attributes), attachment text and
headers. A finding names the part and the passage, so the collector sees exactly what triggered it.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
from dataclasses import dataclass
from urllib.parse import urlparse

from guardrails.html_hidden import hidden_parts, html_text
from guardrails.language import stopword_total
from guardrails.normalize import plain, views
from guardrails.patterns import (
    AR_VOCAB,
    EMAIL_ADDR,
    ENCODING_WORDS,
    FIELD_LINE,
    HEADER_LINE,
    INSTRUCTION_VERBS,
    LANGUAGE_NAMES,
    LOCAL_REPLY_IN_LANGUAGE,
    MODIFY_VERBS,
    ORDER_START,
    OUR_OUTPUT,
    OWN_PROMO,
    PATTERNS,
    PROMO_VERBS,
    QUESTION,
    REASONS,
    REPLY_IN_LANGUAGE,
    RESPONSE_REF,
    SEND_VERBS,
    TASK_VERBS,
    URL,
    YOUR_OBJECT,
)
from inbox.message import ParsedEmail
from tools.records import Customer

# Headers that carry machine data (signatures, hashes), not text a person wrote.
_MACHINE_HEADERS = {"authentication-results", "received-spf", "dkim-signature", "arc-seal", "arc-message-signature",
                    "arc-authentication-results", "received", "message-id", "in-reply-to", "references", "x-google-dkim-signature"}
_B64 = re.compile(r"(?<![\w/+=])[A-Za-z0-9+/]{24,}={0,2}(?![\w/+=])")
_HEX = re.compile(r"\b(?:[0-9a-fA-F]{2}){16,}\b")
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|aw|fw|fwd|wg|tr|rv|sv|antw|res|enc|ref)\s*(?:\[\d+\])?\s*:\s*)+", re.I)
# "On Mon, 4 Mar 2024, AR <ar@...> wrote:" introduces a quote; it asks for nothing.
_ATTRIBUTION = re.compile(r"(?:wrote|schrieb|a\s+écrit|escribió|schreef|escreveu|ha\s+scritto)\s*:?\s*$", re.I)
# "Please remove it", "explain what this is": about the thread's own subject, not a new task.
# "Say that I should…" opens a clause the writer dictates; "remove that" points back.
_REFERENTIAL = re.compile(r"^\S+(?:\s+(?:out|up|back))?\s+(?:it|this|that(?!\s+(?:i|we|you|they|he|she|it|the|a|an|our|your|my|there|everyone)\b)|them|these|those|"
                          r"(?:what|why|how)\s+(?:it|this|that|these|those))\b", re.I)
_SECRET_SEND = re.compile(r"\b(?:bcc|blind\s+copy|secretly|silently|quietly|without\s+(?:telling|informing|notifying|mentioning))\b", re.I)


@dataclass(frozen=True)
class Finding:
    category: str
    where: str
    passage: str

    @property
    def reason(self) -> str:
        return f"{self.where}: {REASONS[self.category]}"


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text or "") if s and s.strip()]


def _customer_hosts(customer: Customer | None) -> tuple[set[str], set[str]]:
    if customer is None:
        return set(), set()
    domains = {customer.domain.lower()} if customer.domain else set()
    domains |= {c.email.rsplit("@", 1)[-1].lower() for c in customer.contacts if "@" in c.email and not _free(c.email)}
    return domains, customer.contact_emails()


def _free(email: str) -> bool:
    from guardrails.sender import FREE_MAIL_DOMAINS

    return email.rsplit("@", 1)[-1].lower() in FREE_MAIL_DOMAINS


def _host_ok(host: str, domains: set[str]) -> bool:
    host = host.lower().strip(".")
    return any(host == d or host.endswith("." + d) for d in domains if d)


def _redirect(sentence: str, customer: Customer | None, own: frozenset[str] = frozenset()) -> bool:
    """A sentence that asks to send something to an address or link outside the customer (and outside us)."""
    if HEADER_LINE.match(sentence) or FIELD_LINE.match(sentence) or _ATTRIBUTION.search(sentence) or not SEND_VERBS.search(sentence):
        return False
    domains, contacts = _customer_hosts(customer)
    domains |= set(own)
    for addr in EMAIL_ADDR.findall(sentence):
        addr = addr.lower().strip(".")
        if addr not in contacts and not _host_ok(addr.rsplit("@", 1)[-1], domains):
            return True
    for url in URL.findall(sentence):
        host = urlparse(url if "://" in url else "http://" + url).hostname or ""
        if not _host_ok(host, domains):
            return True
    return bool(_SECRET_SEND.search(sentence) and re.search(r"\b(?:copy|send|forward|cc|mail)\b", sentence, re.I))


def _task(sentence: str) -> bool:
    """An off-topic request to the assistant: an imperative task that says nothing about receivables."""
    words = sentence.split()
    if len(words) < 4 or len(words) > 80:
        return False
    s = re.sub(r"^[\W_]+", "", sentence)
    if QUESTION.match(s) and s.rstrip().endswith("?") and len(words) >= 5:
        return not AR_VOCAB.search(s)
    bare = re.sub(r"(?i)^(?:please|kindly|pls)\s+", "", s)
    if not TASK_VERBS.match(s) or YOUR_OBJECT.match(bare) or _REFERENTIAL.match(bare):
        return False
    if re.match(r"(?i)(?:please\s+)?(?:let\s+(?:me|us)\s+know|find\s+attached|see\s+(?:attached|below))", s):
        return False
    return not AR_VOCAB.search(s)


def _shapes_output(sentence: str, customer: Customer | None = None) -> bool:
    """An order about our reply ("modify your answer to...", "respond in Base64", "reply in German") rather than about their account."""
    s = re.sub(r"^[\W_]+", "", sentence)
    if ENCODING_WORDS.search(s) and INSTRUCTION_VERBS.search(s):
        return True
    if RESPONSE_REF.search(s) and ORDER_START.match(s) and not AR_VOCAB.search(s):
        return True
    # "Translate your message to Italian": the words naming our output are not receivables talk themselves.
    if MODIFY_VERBS.match(s) and OUR_OUTPUT.search(s) and not AR_VOCAB.search(OUR_OUTPUT.sub(" ", s)):
        return True
    own = customer.language if customer is not None else ""
    asked = REPLY_IN_LANGUAGE.search(s)
    if asked and asked.group(1).lower() not in {LANGUAGE_NAMES.get(own, ""), "english"} and not AR_VOCAB.search(s[: asked.start()]):
        return True
    for pattern, codes in LOCAL_REPLY_IN_LANGUAGE:
        asked = pattern.search(s)
        if asked and codes.get(asked.group(1).lower()) not in {own, "en"} and not AR_VOCAB.search(s[: asked.start()]):
            return True
    return False


def _promotes_link(sentence: str, customer: Customer | None) -> bool:
    """Push a foreign link ("download this tool from ...", "include a link to ...")."""
    if not PROMO_VERBS.search(sentence) or OWN_PROMO.search(sentence) or HEADER_LINE.match(sentence):
        return False
    domains, _ = _customer_hosts(customer)
    for url in URL.findall(sentence):
        host = urlparse(url if "://" in url else "http://" + url).hostname or ""
        if not _host_ok(host, domains):
            return True
    return bool(re.search(r"(?i)\b[\w-]+\.(?:com|net|org|xyz|io|info|biz|top|site|online|ru|cn)\b", sentence) and not EMAIL_ADDR.search(sentence)
                and not any(d and d in sentence.lower() for d in domains))


def _readable(text: str) -> bool:
    if not text or len(text) < 12:
        return False
    printable = sum(1 for c in text if c.isprintable() or c in "\n\r\t")
    letters = sum(1 for c in text if c.isalpha() or c == " ")
    return printable / len(text) > 0.95 and letters / len(text) > 0.7 and len(text.split()) >= 3


def _decoded_payloads(text: str) -> list[tuple[str, str]]:
    """(passage, decoded) for base64/hex blobs, reversed lines and ROT13 lines that decode to readable words."""
    out: list[tuple[str, str]] = []
    for blob in _B64.findall(text):
        if URL.search(blob) or blob.isalpha() and blob.islower():
            continue
        try:
            decoded = base64.b64decode(blob + "=" * (-len(blob) % 4), validate=False).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            continue
        if _readable(decoded):
            out.append((blob, decoded))
    for blob in _HEX.findall(text):
        try:
            decoded = bytes.fromhex(blob).decode("utf-8")
        except (ValueError, UnicodeDecodeError):
            continue
        if _readable(decoded):
            out.append((blob, decoded))
    for line in sentences(text):
        if len(line.split()) < 4:
            continue
        forward = stopword_total(line)
        for decoded in (line[::-1], codecs.encode(line, "rot13")):
            if stopword_total(decoded) >= 3 and stopword_total(decoded) >= forward + 3:
                out.append((line, decoded))
    return out


def scan_text(
    text: str, where: str, customer: Customer | None = None, *, depth: int = 0, own: frozenset[str] = frozenset(), requests: bool = True
) -> list[Finding]:
    """All findings in one piece of text (with its de-obfuscated variants and decoded payloads)."""
    if not text or not text.strip():
        return []
    findings: list[Finding] = []
    seen: set[tuple[str, str]] = set()

    def add(category: str, passage: str) -> None:
        key = (category, passage[:80])
        if key not in seen:
            seen.add(key)
            findings.append(Finding(category, where, passage.strip()[:300]))

    for view in views(text[:200_000]):
        for category, pattern in PATTERNS:
            for m in pattern.finditer(view):
                add(category, _around(view, m.start(), m.end()))
        for sentence in sentences(view) if requests else []:
            if _task(sentence):
                add("task", sentence)
            if _redirect(sentence, customer, own):
                add("redirect", sentence)
            if _shapes_output(sentence, customer):
                add("output_control", sentence)
            if _promotes_link(sentence, customer):
                add("task", sentence)
    if depth == 0:
        for passage, decoded in _decoded_payloads(plain(text)):
            add("encoded", f"{passage[:120]} (decodes to: {decoded[:160]})")
    return findings


def _around(text: str, start: int, end: int) -> str:
    """The sentence around a match, so the collector reads the passage in its context."""
    left = max(text.rfind("\n", 0, start), max(text.rfind(p, 0, start) for p in (". ", "! ", "? ")))
    right_candidates = [i for i in (text.find("\n", end), text.find(". ", end), text.find("! ", end), text.find("? ", end)) if i != -1]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    return text[left + 1 : right].strip() or text[start:end]


def scan_email(email: ParsedEmail, customer: Customer | None, own: frozenset[str] = frozenset()) -> list[Finding]:
    """Every part of the message a model could read, each scanned on its own. `own`: our mailbox domains."""
    parts: list[tuple[str, str]] = [
        ("subject", _REPLY_PREFIX.sub("", email.subject or "")),
        ("sender name", email.from_name),
        ("reply", email.visible_text),
        ("full text", email.text if email.text != email.visible_text else ""),
    ]
    if email.html:
        hidden = hidden_parts(email.html)
        parts += [("hidden HTML text", t) for t in hidden["hidden"]]
        parts += [("HTML comment", t) for t in hidden["comment"]]
        parts += [("HTML attribute", t) for t in hidden["attribute"]]
        parts.append(("HTML", html_text(email.html)))
    for att in email.attachments:
        if att.text:
            parts.append((f"attachment {att.filename or '(unnamed)'}", att.text))
    for name, value in email.headers.items():
        if name.lower() not in _MACHINE_HEADERS:
            parts.append((f"header {name}", value))
    findings: list[Finding] = []
    for where, text in parts:
        # A bounce reports on our own message and names its recipients: its sentences request nothing.
        findings.extend(scan_text(text, where, customer, own=own, requests=not email.is_bounce))
    return findings
