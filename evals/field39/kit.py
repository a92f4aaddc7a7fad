"""Small helpers for writing field39 replies: the reply's Date in the sender's own offset (January 2027)."""

from __future__ import annotations


def at(day: int, hm: str, off: str) -> str:
    """An ISO Date header for day `day` of January 2027 at `hm` in offset `off`."""
    return f"2027-01-{day:02d}T{hm}:00{off}"


GH, LK, BD, JM, HK, SC, TX = "+00:00", "+05:30", "+06:00", "-05:00", "+08:00", "+00:00", "-06:00"
CET, EC, BR, AZ = "+01:00", "-05:00", "-03:00", "-01:00"

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
"""Headers an absence notice or a ticketing system sends: only these make a message machine mail."""
