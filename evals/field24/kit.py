"""Small helpers for writing field24 replies: the reply's Date in the sender's own offset, and a short constructor."""

from __future__ import annotations

from typing import Any

from evals.field.build import Reply


def at(day: int, hm: str, off: str) -> str:
    """An ISO Date header for day `day` of November 2026 (or December when day > 30) at `hm` in offset `off`."""
    month, d = (12, day - 30) if day > 30 else (11, day)
    return f"2026-{month:02d}-{d:02d}T{hm}:00{off}"


def r(cust: str, when: str, intent: str, date: str | None, fam: str, body: str, **kw: Any) -> Reply:
    """One reply: families as a space-separated string, so a thread reads as one short call."""
    return Reply(cust=cust, at=when, body=body, intent=intent, date=date, fam=fam.split(), **kw)


GB, NO, SG, NG, US, CHI, AU, ZA, BC, IN, CZ, KR = "+00:00", "+01:00", "+08:00", "+01:00", "-05:00", "-06:00", "+11:00", "+02:00", "-08:00", "+05:30", "+01:00", "+09:00"
CET, MA, AR, CL, BR, PT, AO = "+01:00", "+01:00", "-03:00", "-03:00", "-03:00", "+00:00", "+01:00"

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
"""Headers an absence notice or a ticketing system sends: only these make a message machine mail."""
