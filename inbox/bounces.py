"""Is this a bounce (a delivery failure notice)? Which recipients failed, with which status?

DSNs (RFC 3464 multipart/report) are read field by field; non-standard bounces from older MTAs
are recognised by sender, subject and body phrases, and their recipients/status pulled from text.
"""

from __future__ import annotations

import re
from email.message import Message

from core.message import BounceInfo

BOUNCE_SENDER = re.compile(
    r"^(?:mailer-daemon|postmaster|mail-daemon|mailerdaemon|mail delivery (?:subsystem|system)|maildelivery|"
    r"bounce[sd]?|nobody|microsoftexchange[0-9a-f]*|mdaemon|mailadmin|returned)\b",
    re.IGNORECASE,
)
BOUNCE_SUBJECT = re.compile(
    r"undeliver|undelivered|returned mail|return(?:ed)? to sender|delivery (?:status notification|failure|failed|has failed|problem|notification)"
    r"|mail delivery (?:failed|failure|system)|failure notice|could not be delivered|non[- ]?deliver|message not delivered"
    r"|unzustellbar|nicht zugestellt|non remis|échec de (?:la )?(?:remise|distribution)|no se puede entregar|no entregado"
    r"|onbestelbaar|não (?:foi )?entregue|mail system error|delivery report|warning: could not send|delayed mail"
    r"|permanent error|rejected|bounce|mail could not|sending failed|notice of delivery|message you sent",
    re.IGNORECASE,
)
BOUNCE_BODY = re.compile(
    r"could not be delivered|couldn't be delivered|was not delivered|undeliverable|delivery (?:to the following )?(?:recipients?|addresses?) failed"
    r"|permanent(?:ly)? (?:error|fatal|failure)|this is the mail system at host|i'm afraid i wasn't able to deliver"
    r"|user unknown|unknown user|no such user|mailbox (?:unavailable|full|not found|is full)|recipient address rejected"
    r"|delivery has failed|message could not be delivered|the following addresses had permanent fatal errors"
    r"|host or domain name not found|a message that you sent could not be delivered|delivery to the following recipient failed"
    r"|message was not delivered|returned to sender|delivery status notification|failed to deliver|unable to deliver"
    r"|address rejected|does not exist|quota exceeded|over quota|transcript of session follows|giving up on"
    r"|has been delayed|delivery is delayed|will retry|message delayed|not yet been delivered|retry timeout exceeded"
    r"|smtp error from remote|remote host said|said:\s*5\d\d|550[ -]|554[ -]|553[ -]|552[ -]|5\.\d\.\d",
    re.IGNORECASE,
)
STATUS = re.compile(r"(?<![\d.])([245]\.\d{1,3}\.\d{1,3})(?![\d.])")
SMTP_CODE = re.compile(r"(?<!\d)([45]\d\d)[ -](?=\S)")
EMAIL = re.compile(r"[\w.+'=\-]+@[\w\-]+(?:\.[\w\-]+)+", re.ASCII)
RECIPIENT_LINES = (
    re.compile(r"^\s*<([^>\s]+@[^>\s]+)>\s*:?", re.MULTILINE),  # postfix "<a@b>: host said"
    re.compile(r"^\s*(?:Final|Original)-Recipient:\s*(?:rfc822;)?\s*<?([^>\s;]+@[^>\s;]+)", re.MULTILINE | re.IGNORECASE),
    re.compile(r"^\s{2,}([^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)\s*$", re.MULTILINE),  # exim indented
    re.compile(r"(?:Recipient address|recipient|to|address(?:ee)?|user)\s*:?\s*<?([\w.+'=\-]+@[\w\-]+(?:\.[\w\-]+)+)>?", re.IGNORECASE),
)


def _dsn_fields(part: Message) -> list[dict[str, str]]:
    """The per-message and per-recipient field blocks of a message/delivery-status part."""
    blocks: list[dict[str, str]] = []
    payload = part.get_payload()
    if isinstance(payload, list):
        for block in payload:
            if isinstance(block, Message):
                blocks.append({k.lower(): str(v) for k, v in block.items()})
    else:
        raw = part.get_payload(decode=True) or b""
        text = raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else str(raw)
        for chunk in re.split(r"\n\s*\n", text.replace("\r\n", "\n")):
            fields: dict[str, str] = {}
            for line in re.sub(r"\n[ \t]+", " ", chunk).split("\n"):
                name, sep, value = line.partition(":")
                if sep:
                    fields[name.strip().lower()] = value.strip()
            if fields:
                blocks.append(fields)
    return blocks


def _address(value: str) -> str | None:
    found = EMAIL.search(value.split(";", 1)[-1])
    return found.group(0).lower() if found else None


def from_dsn(report: Message) -> BounceInfo | None:
    """A BounceInfo from a multipart/report DSN, or None when every recipient was delivered."""
    failed: list[str] = []
    statuses: list[str] = []
    diagnostics: list[str] = []
    actions: list[str] = []
    for part in report.walk() if hasattr(report, "walk") else []:
        if part.get_content_type() not in ("message/delivery-status", "message/global-delivery-status"):
            continue
        for block in _dsn_fields(part):
            action = block.get("action", "").strip().lower()
            if "final-recipient" not in block and "original-recipient" not in block and not action:
                continue
            actions.append(action)
            if action in ("delivered", "relayed", "expanded"):
                continue
            addr = _address(block.get("final-recipient", "") or block.get("original-recipient", ""))
            if addr and addr not in failed:
                failed.append(addr)
            status = STATUS.search(block.get("status", ""))
            if status:
                statuses.append(status.group(1))
            if block.get("diagnostic-code"):
                diagnostics.append(re.sub(r"\s+", " ", block["diagnostic-code"]).strip())
    if actions and all(a in ("delivered", "relayed", "expanded") for a in actions):
        return None
    permanent = not (actions and all(a == "delayed" for a in actions)) and not any(s.startswith("4.") for s in statuses[:1])
    return BounceInfo(
        failed_recipients=failed,
        status=statuses[0] if statuses else None,
        diagnostic=diagnostics[0][:500] if diagnostics else None,
        permanent=permanent,
    )


def from_text(text: str, own_addresses: tuple[str, ...] = ()) -> BounceInfo:
    """Best-effort recipients / status / diagnostic from the human-readable part of a bounce."""
    head = text[:20000]
    failed: list[str] = []
    for pattern in RECIPIENT_LINES:
        for match in pattern.finditer(head):
            addr = match.group(1).strip("<>.,;:").lower()
            if EMAIL.fullmatch(addr) and addr not in failed and addr not in own_addresses and not BOUNCE_SENDER.match(addr):
                failed.append(addr)
        if failed:
            break
    status_match = STATUS.search(head)
    status = status_match.group(1) if status_match else None
    diagnostic = None
    for line in head.split("\n"):
        if SMTP_CODE.search(line) or STATUS.search(line) or re.search(r"said:|error|unknown|rejected|denied|full", line, re.IGNORECASE):
            if len(line.strip()) > 8:
                diagnostic = line.strip()[:500]
                break
    code = SMTP_CODE.search(head)
    delayed = re.search(r"delayed|will (?:continue|retry)|not yet been delivered|temporar", head, re.IGNORECASE)
    permanent = not ((status or "").startswith("4.") or (code and code.group(1).startswith("4")) or (delayed and not status))
    return BounceInfo(failed_recipients=failed[:20], status=status, diagnostic=diagnostic, permanent=permanent)


def looks_like_bounce(from_addr: str, from_name: str, subject: str, return_path: str, text: str) -> bool:
    """Heuristic for bounces that are not RFC 3464 DSNs (qmail, old sendmail, Exchange, webmail)."""
    local = from_addr.split("@", 1)[0]
    sender_says = bool(BOUNCE_SENDER.match(local) or BOUNCE_SENDER.match(from_name.strip()))
    subject_says = bool(BOUNCE_SUBJECT.search(subject))
    null_sender = return_path.strip() in ("<>", "<<>>")
    if not (sender_says or subject_says or null_sender):
        return False  # the body's words count only with one of these: the long body search is skipped (issue 17)
    body_says = bool(BOUNCE_BODY.search(text[:20000]))
    if sender_says and (subject_says or body_says):
        return True
    if subject_says and body_says:
        return True
    return null_sender and body_says and bool(STATUS.search(text[:20000]) or SMTP_CODE.search(text[:20000]))
