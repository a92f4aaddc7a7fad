"""DUNMAIL_ATTACHMENT_PARSE_LIMIT_BYTES reaches the parser through the composition root."""

from __future__ import annotations

from email.message import EmailMessage

from dunmail.settings import Settings
from dunmail.wiring import agent_context
from inbox.parse import parse_message


def _with_text_attachment(size: int) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["Subject"], msg["Message-ID"] = "ap@c.example", "Remittance", "<limit@c>"
    msg.set_content("Paid, see the advice.")
    msg.add_attachment(("paid INV-1 " * (size // 11 + 1))[:size].encode(), maintype="text", subtype="plain", filename="advice.txt")
    return bytes(msg)


def test_an_attachment_over_the_limit_is_kept_but_not_read() -> None:
    raw = _with_text_attachment(5000)
    [small_limit] = parse_message(raw, attachment_limit_bytes=1000).attachments
    assert small_limit.size == 5000 and small_limit.text is None and "kept, not parsed" in (small_limit.skipped_reason or "")
    [default] = parse_message(raw).attachments
    assert default.text and "INV-1" in default.text


def test_the_setting_is_what_the_graph_parses_with(tmp_path) -> None:
    settings = Settings(attachment_parse_limit_bytes=1234, data_dir=tmp_path)
    context = agent_context(settings, erp=object(), model=object(), outbox=None, touches=lambda _customer_id: [])  # type: ignore[arg-type]
    assert context.attachment_parse_limit_bytes == 1234
