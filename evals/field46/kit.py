"""Small helpers for writing field46 replies: the reply's Date in the sender's own offset (January 2027)."""

from __future__ import annotations


def at(day: int, hm: str, off: str) -> str:
    """An ISO Date header for day `day` of January 2027 (or February when day > 31) at `hm` in offset `off`."""
    month, d = (2, day - 31) if day > 31 else (1, day)
    return f"2027-{month:02d}-{d:02d}T{hm}:00{off}"


GB, IE, US, CA, PT = "+00:00", "+00:00", "-05:00", "-05:00", "+00:00"
KE, GH, CET, MX, AR, BR, AO, SR, VAN = "+03:00", "+00:00", "+01:00", "-06:00", "-03:00", "-03:00", "+01:00", "-03:00", "-08:00"

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
"""Headers an absence notice or a ticketing system sends: only these make a message machine mail."""
