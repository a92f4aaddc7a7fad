"""Labelled dataset threads → the ClassifyInput a model sees at run time, built the same way.

The judged (last) message is rendered as RFC 5322 bytes and parsed by inbox.parse, exactly as live
mail is, so the model trains on the visible text the service will hand it later.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.contracts import ClassifyInput
from core.text.quotes import cut_quoted


@dataclass
class Example:
    id: str
    item: ClassifyInput
    intent: str
    secondary: list[str]
    expected: dict[str, Any]


def _fallback_input(msg: dict[str, Any]) -> ClassifyInput:
    body = msg.get("body") or ""
    headers = {k.lower(): v for k, v in (msg.get("headers") or {}).items()}
    auto = bool(headers.get("auto-submitted", "no").lower() not in ("", "no") or "x-autoreply" in headers)
    return ClassifyInput(
        subject=msg.get("subject", ""),
        text=cut_quoted(body),
        full_text=body,
        attachments_text="\n".join(a.get("text", "") for a in msg.get("attachments") or []),
        sent_at=str(msg.get("date")) if msg.get("date") else None,
        is_auto_reply=auto,
        is_bounce="mailer-daemon" in str(msg.get("from", "")).lower(),
    )


def classify_input(msg: dict[str, Any], timezone: str = "UTC", customer_language: str | None = None) -> ClassifyInput:
    """One dataset message → ClassifyInput, through the inbox parser when it can render and parse it."""
    try:
        from evals.dataset import ThreadMessage, to_rfc5322
        from inbox.parse import parse_message

        email = parse_message(to_rfc5322(ThreadMessage.model_validate(msg)))
    except Exception:  # noqa: BLE001 - any rendering/parsing gap falls back to the plain body
        item = _fallback_input(msg)
        item.timezone = timezone
        item.customer_language = customer_language
        return item
    return ClassifyInput(
        subject=email.subject,
        text=email.visible_text or email.text,
        full_text=email.text,
        attachments_text="\n".join(a.text for a in email.attachments if a.text),
        sent_at=email.date.isoformat() if email.date else None,
        timezone=timezone,
        customer_language=customer_language,
        is_auto_reply=email.is_auto_reply,
        is_bounce=email.is_bounce,
    )


def load_examples(path: Path) -> list[Example]:
    """Every labelled thread of a threads.jsonl file as (input, labels)."""
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        expected = row.get("expected") or {}
        if not expected.get("intent") or not row.get("messages"):
            continue
        item = classify_input(row["messages"][-1])
        out.append(Example(id=row.get("id", ""), item=item, intent=expected["intent"],
                           secondary=list(expected.get("secondary_intents") or []), expected=expected))
    return out
