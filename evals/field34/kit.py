"""Small helpers for writing field34 replies: the reply's Date in the sender's own offset (26 November – 1 December 2026)."""

from __future__ import annotations


def at(day: int, hm: str, off: str) -> str:
    """An ISO Date header for day `day` of November 2026 (day 31 is Tuesday 1 December) at `hm` in offset `off`."""
    month, d = (12, day - 30) if day > 30 else (11, day)
    return f"2026-{month:02d}-{d:02d}T{hm}:00{off}"


GB, IE, PT = "+00:00", "+00:00", "+00:00"
CET, EG, TR, JP, KR = "+01:00", "+02:00", "+03:00", "+09:00", "+09:00"
US_E, CO, BR = "-05:00", "-05:00", "-03:00"

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
"""Headers an absence notice or a ticketing system sends: only these make a message machine mail."""
