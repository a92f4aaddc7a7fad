"""Small helpers for writing field56 replies: the reply's Date in the sender's own offset (January 2028)."""

from __future__ import annotations


def at(day: int, hm: str, off: str) -> str:
    """An ISO Date header for day `day` of January 2028 (or February when day > 31) at `hm` in offset `off`."""
    month, d = (2, day - 31) if day > 31 else (1, day)
    return f"2028-{month:02d}-{d:02d}T{hm}:00{off}"


GB, IE, PT = "+00:00", "+00:00", "+00:00"
CET = "+01:00"
ZA = "+02:00"
SG, MO, PER = "+08:00", "+08:00", "+08:00"
SYD = "+11:00"
NZ = "+13:00"
EST, CST, MST, PST = "-05:00", "-06:00", "-07:00", "-08:00"
CL, BR = "-03:00", "-03:00"

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
"""Headers an absence notice or a ticketing system sends: only these make a message machine mail."""
