"""Small helpers for writing field49 replies: the reply's Date in the sender's own offset (late August / September 2027)."""

from __future__ import annotations


def at(day: int, hm: str, off: str) -> str:
    """An ISO Date header for day `day` of September 2027, or 31 August 2027 when day is 31."""
    month = 8 if day == 31 else 9
    return f"2027-{month:02d}-{day:02d}T{hm}:00{off}"


GB, NG, CET, PK, US, CHI, CA, JM, TT, QC = "+01:00", "+01:00", "+02:00", "+05:00", "-04:00", "-05:00", "-03:00", "-05:00", "-04:00", "-04:00"
PT, MZ, CV, BR, SR, CL = "+01:00", "+02:00", "-01:00", "-03:00", "-03:00", "-04:00"

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
"""Headers an absence notice or a ticketing system sends: only these make a message machine mail."""
