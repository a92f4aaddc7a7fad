"""Small helpers for writing field25 replies: the reply's Date in the sender's own offset, and a short constructor."""

from __future__ import annotations

from typing import Any

from evals.field.build import Reply


def at(day: int, hm: str, off: str) -> str:
    """An ISO Date header for day `day` of November 2026 (or December when day > 30) at `hm` in offset `off`."""
    month, d = (12, day - 30) if day > 30 else (11, day)
    return f"2026-{month:02d}-{d:02d}T{hm}:00{off}"


def r(cust: str, when: str, intent: str, date: str | None, fam: str, body: str, **kw: Any) -> Reply:
    """One reply: families as a space-separated string, so a thread reads as one short call."""
    kw.setdefault("sender", 0)  # the shared mailbox unless a named contact writes (sender=1)
    return Reply(cust=cust, at=when, body=body, intent=intent, date=date, fam=fam.split(), **kw)


IS, IT, GB, NP, HU, TX, NZ, IE, MY, AK, JM = "+00:00", "+01:00", "+00:00", "+05:45", "+01:00", "-06:00", "+13:00", "+00:00", "+08:00", "-09:00", "-05:00"
CET, QC, RW, CO, CAN, CV, BR, AZ = "+01:00", "-05:00", "+02:00", "-05:00", "+00:00", "-01:00", "-03:00", "-01:00"

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
"""Headers an absence notice or a ticketing system sends: only these make a message machine mail."""
