"""Small helpers for writing field43 replies: the reply's Date in the sender's own offset (March 2027)."""

from __future__ import annotations


def at(day: int, hm: str, off: str) -> str:
    """An ISO Date header for day `day` of March 2027 at `hm` in offset `off` (Monday 8 … Friday 12)."""
    return f"2027-03-{day:02d}T{hm}:00{off}"


# winter offsets: US and Canada switch to daylight time on Sunday 14 March 2027, Europe on 28 March, after every reply
GB, IE, PT, CET = "+00:00", "+00:00", "+00:00", "+01:00"
US_E, US_C, US_P, CA_E, CA_M, QC, BR = "-05:00", "-06:00", "-08:00", "-05:00", "-07:00", "-05:00", "-03:00"

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
"""Headers an absence notice or a ticketing system sends: only these make a message machine mail."""
