"""Small helpers for writing field29 replies: the reply's Date in the sender's own offset, the auto-reply headers."""

from __future__ import annotations

from typing import Any

from evals.field.build import Reply


def at(day: int, hm: str, off: str) -> str:
    """An ISO Date header: day 30 is Monday 30 November 2026, days 1 … 3 are 1 … 3 December, at `hm` in offset `off`."""
    month = 11 if day == 30 else 12
    return f"2026-{month:02d}-{day:02d}T{hm}:00{off}"


def R(cust: str, when: str, body: str, intent: str, **kw: Any) -> Reply:
    """One reply; the keywords are Reply's (date, amount, ref, inv, sec, human, fam, sender, html, headers …)."""
    return Reply(cust=cust, at=when, body=body, intent=intent, **kw)


GB, IE, US, BW, MN, WI, WA, TH, GR, PK, HI, TR = ("+00:00", "+00:00", "-06:00", "+02:00", "+08:00", "-06:00", "+08:00",
                                                   "+07:00", "+02:00", "+05:00", "-10:00", "+03:00")
CET, BF, GT, AR, SR, PT, BR, ST = "+01:00", "+00:00", "-06:00", "-03:00", "-03:00", "+00:00", "-03:00", "+00:00"

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
"""Headers an absence notice or a ticketing system sends: only these make a message machine mail."""
