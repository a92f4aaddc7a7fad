"""The size budget of one message, checked on the raw bytes before anything parses them.

A message over budget is quarantined with the reason and its raw bytes stay stored, so a person
can look at it (`dunmail quarantine show`) and retry it with a larger budget. The time budget is
enforced from outside the work, by dunmail.supervisor.
"""

from __future__ import annotations

from dunmail.settings import Settings


def header_length(raw: bytes, limit: int) -> int | None:
    """Bytes before the blank line that ends the header, or None when it does not end within `limit`."""
    head = raw[: limit + 4]
    ends = [i for i in (head.find(b"\r\n\r\n"), head.find(b"\n\n")) if i >= 0]
    if ends:
        return min(ends)
    return None if len(raw) > limit else len(raw)


def over_budget(raw: bytes, settings: Settings) -> str | None:
    """Why this message is too big to process, or None when it fits."""
    if len(raw) > settings.max_message_bytes:
        return (f"message is {len(raw):,} bytes, over the {settings.max_message_bytes:,}-byte budget "
                "(DUNMAIL_MAX_MESSAGE_BYTES); kept unparsed")
    if header_length(raw, settings.max_header_bytes) is None:
        return (f"header is over the {settings.max_header_bytes:,}-byte budget (DUNMAIL_MAX_HEADER_BYTES): "
                "a huge subject or recipient list; kept unparsed")
    return None
