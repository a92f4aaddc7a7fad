"""Small helpers for writing field48 replies: the reply's Date in the sender's own offset (May 2027)."""

from __future__ import annotations


def at(day: int, hm: str, off: str) -> str:
    """An ISO Date header for day `day` of May 2027 (or June when day > 31) at `hm` in offset `off`."""
    month, d = (6, day - 31) if day > 31 else (5, day)
    return f"2027-{month:02d}-{d:02d}T{hm}:00{off}"


GB, IE, PT = "+01:00", "+01:00", "+01:00"
CET, ZA, CZ = "+02:00", "+02:00", "+02:00"
GR, UG = "+03:00", "+03:00"
SG, AU, NZ = "+08:00", "+10:00", "+12:00"
CHI, NY, QC, UY, BR = "-05:00", "-04:00", "-04:00", "-03:00", "-03:00"

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
"""Headers an absence notice or a ticketing system sends: only these make a message machine mail."""
