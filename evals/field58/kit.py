"""Small helpers for writing field58 replies: the reply's Date in the sender's own (summer) offset."""

from __future__ import annotations


def at(day: int, hm: str, off: str) -> str:
    """An ISO Date header for day `day` of August 2028 (September when day > 31) at `hm` in offset `off`."""
    month, d = (9, day - 31) if day > 31 else (8, day)
    return f"2028-{month:02d}-{d:02d}T{hm}:00{off}"


# August offsets: summer time in Europe and the US, winter in the southern hemisphere
GB, IE, US, AU, IN, IT, NZ, KE = "+01:00", "+01:00", "-04:00", "+10:00", "+05:30", "+02:00", "+12:00", "+03:00"
CEST, CL, BR, PT = "+02:00", "-04:00", "-03:00", "+01:00"

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
"""Headers an absence notice or a ticketing system sends: only these make a message machine mail."""
