"""Small helpers for writing field33 replies: the reply's Date in the sender's own offset."""

from __future__ import annotations

from evals.field.build import Reply


def at(day: int, hm: str, off: str) -> str:
    """An ISO Date header for day `day` of November 2026 (Monday 23 to Wednesday 25) at `hm` in offset `off`."""
    return f"2026-11-{day:02d}T{hm}:00{off}"


GB, CA, NZ, GH, PK, MY, NL = "+00:00", "-05:00", "+13:00", "+00:00", "+05:00", "+08:00", "+01:00"
CET, VE, PT, BR = "+01:00", "-04:00", "+00:00", "-03:00"

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
"""Headers an absence notice or a ticketing system sends: only these make a message machine mail."""


def pay(cust: str, when: str, body: str, d: str, fam: list[str], **kw: object) -> Reply:
    """A dated promise: the most common reply, written short so the text carries the date."""
    return Reply(cust=cust, at=when, body=body, intent="promise_to_pay", date=d, fam=fam, **kw)  # type: ignore[arg-type]
