"""Small helpers for writing field42 replies: the reply's Date in the sender's own offset (May 2027)."""

from __future__ import annotations


def at(day: int, hm: str, off: str) -> str:
    """An ISO Date header for day `day` of May 2027 at `hm` in offset `off`."""
    return f"2027-05-{day:02d}T{hm}:00{off}"


NG, KE, MT, CY, RO, PL, GB, US = "+01:00", "+03:00", "+02:00", "+03:00", "+03:00", "+02:00", "+01:00", "-04:00"
CEST, QC, CL, PE, BR, PT = "+02:00", "-04:00", "-04:00", "-05:00", "-03:00", "+01:00"

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
"""Headers an absence notice or a ticketing system sends: only these make a message machine mail."""
