"""Touch limits: how often we may write to one customer, and never the same message twice in a row."""

from __future__ import annotations

import difflib
from datetime import datetime, timedelta, timezone

from core.contracts import Draft
from guardrails.api import SentTouch
from guardrails.policy import Limits


def _aware(ts: datetime) -> datetime:
    return ts if ts.tzinfo is not None else ts.replace(tzinfo=timezone.utc)


def too_many(touches: list[SentTouch], now: datetime, limits: Limits) -> str | None:
    start = _aware(now) - timedelta(days=limits.touch_window_days)
    recent = sorted(t.sent_at for t in touches if start <= _aware(t.sent_at) <= _aware(now))
    if len(recent) >= limits.max_touches:
        when = ", ".join(_aware(t).strftime("%Y-%m-%d") for t in recent)
        return f"already {len(recent)} messages to this customer in the last {limits.touch_window_days} days ({when}); the limit is {limits.max_touches}"
    return None


def near_duplicate(draft: Draft, touches: list[SentTouch], now: datetime, limits: Limits) -> str | None:
    start = _aware(now) - timedelta(hours=limits.duplicate_window_hours)
    for t in touches:
        if not start <= _aware(t.sent_at) <= _aware(now):
            continue
        ratio = difflib.SequenceMatcher(None, draft.body.strip(), t.body.strip(), autojunk=False).ratio()
        if ratio > limits.duplicate_ratio:
            return f"{ratio:.0%} the same as the message sent {_aware(t.sent_at):%Y-%m-%d %H:%M}, within {limits.duplicate_window_hours} hours"
    return None
