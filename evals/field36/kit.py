"""Small helpers for writing field36 replies: the reply's Date in the sender's own offset, a compact Reply maker."""

from __future__ import annotations

from typing import Any

from evals.field.build import Reply


def at(day: int, hm: str, off: str) -> str:
    """An ISO Date header for day `day` of November 2026 at `hm` in offset `off`."""
    return f"2026-11-{day:02d}T{hm}:00{off}"


AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
"""Headers an absence notice or a ticketing system sends: only these make a message machine mail."""

OFF = {"H3601": "+01:00", "H3602": "+02:00", "H3603": "+02:00", "H3604": "+08:00", "H3605": "+07:00", "H3606": "+01:00",
       "H3607": "-06:00", "H3608": "+00:00", "H3621": "+01:00", "H3622": "+01:00", "H3631": "+01:00", "H3632": "+01:00",
       "H3641": "-05:00", "H3642": "-03:00", "H3651": "+01:00", "H3652": "+01:00", "H3661": "-03:00", "H3662": "+02:00"}


def r(cust: str, day: int, hm: str, body: str, intent: str, date: str | None = None, fam: str = "", **kw: Any) -> Reply:
    """One reply: `fam` is a space-separated list of families; the offset is the customer's own."""
    return Reply(cust=cust, at=at(day, hm, OFF[cust]), body=body, intent=intent, date=date, fam=fam.split(), **kw)
