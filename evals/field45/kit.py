"""Small helpers for writing field45 replies: the reply's Date in the sender's own offset (June 2027)."""

from __future__ import annotations


def at(day: int, hm: str, off: str) -> str:
    """An ISO Date header for day `day` of June 2027 at `hm` in offset `off` (Europe on summer time)."""
    return f"2027-06-{day:02d}T{hm}:00{off}"


GB, IE, PT, ZA, SYD, PER = "+01:00", "+01:00", "+01:00", "+02:00", "+10:00", "+08:00"
CET, CH, LU, BE, NL, ES, PL, NO, SE, DK, IT = ("+02:00",) * 11
CO, PE, BR = "-05:00", "-05:00", "-03:00"

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
"""Headers an absence notice or a ticketing system sends: only these make a message machine mail."""
