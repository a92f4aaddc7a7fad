"""The reply date the promise-date tests of issue 14's later rounds read against, and how they read one reply.

Wednesday 14 April 2027, 10:00 (+02:00): Friday is the 16th, Monday the 19th, Friday 30 April, Saturday 1 May.
One helper, so each test file states only its replies and the day each one promises.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from agent.dates import find_promise_date

WED = datetime(2027, 4, 14, 10, 0, tzinfo=timezone(timedelta(hours=2)))


def read(text: str, lang: str, when: datetime = WED, *, committed: bool = False) -> str | None:
    """The promised day of one reply, as an ISO string (None when the reply promises no day)."""
    got = find_promise_date(text, when, lang, committed_only=committed)
    return got.isoformat() if got else None
