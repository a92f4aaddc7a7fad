"""Stage names in words a collector reads: `due_plus_21 (standard)` → "21 days overdue (standard cadence)".

Policy files name stages for machines (`due_plus_21`, `before_due`); the queue, the item page and the
reminders' reasons say what the stage means. Names that follow neither pattern are shown with spaces.
"""

from __future__ import annotations

import re

_DUE_PLUS = re.compile(r"^due_plus_(\d+)$")
_STAGE_IN_TEXT = re.compile(r"\bstage ([a-z][a-z0-9_]*) \(([a-z][a-z0-9_]*)\)")


def stage_words(stage: str, segment: str | None = None) -> str:
    """One stage (and its segment's cadence) in words."""
    match = _DUE_PLUS.match(stage)
    if match:
        days = int(match.group(1))
        words = f"{days} {'day' if days == 1 else 'days'} overdue"
    elif stage == "before_due":
        words = "before the due date"
    elif stage == "broken_promise":
        words = "broken promise"
    else:
        words = stage.replace("_", " ")
    return f"{words} ({segment.replace('_', ' ')} cadence)" if segment else words


def reason_words(text: str) -> str:
    """A stored reason with every `stage NAME (SEGMENT)` written out; items queued before this wording keep reading well."""
    return _STAGE_IN_TEXT.sub(lambda m: stage_words(m.group(1), m.group(2)), text or "")
