"""Small helpers for writing field54 replies: the reply's Date in the sender's own offset."""

from __future__ import annotations


def at(day: int, hm: str, off: str) -> str:
    """An ISO Date header for day `day` of September 2027 (or October when day > 30) at `hm` in offset `off`.

    Replies run from Monday 27 September to Wednesday 6 October 2027 (days 27 … 36), across the quarter end.
    """
    month, d = (10, day - 30) if day > 30 else (9, day)
    return f"2027-{month:02d}-{d:02d}T{hm}:00{off}"


AUQ, AUW, NZ, IN, SG, GB, IE, MDT, EDT, ZA = "+10:00", "+08:00", "+13:00", "+05:30", "+08:00", "+01:00", "+01:00", "-06:00", "-04:00", "+02:00"
CEST, PT, CO, MX, BR, MZ = "+02:00", "+01:00", "-05:00", "-06:00", "-03:00", "+02:00"

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
"""Headers an absence notice or a ticketing system sends: only these make a message machine mail."""
