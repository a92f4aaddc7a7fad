"""Small helpers for writing field55 replies: the reply's Date in the sender's own offset (June 2028)."""

from __future__ import annotations


def at(day: int, hm: str, off: str) -> str:
    """An ISO Date header for day `day` of June 2028 (or July when day > 30) at `hm` in offset `off`."""
    month, d = (7, day - 30) if day > 30 else (6, day)
    return f"2028-{month:02d}-{d:02d}T{hm}:00{off}"


US_E, US_HI, AU_TAS, NZ, IN, CA_YT, CA_NS, MY, SE, PL = "-04:00", "-10:00", "+10:00", "+12:00", "+05:30", "-07:00", "-03:00", "+08:00", "+02:00", "+02:00"
GB, IE, ZA, CEST, PT, BR, QC, CO, CL, PE = "+01:00", "+01:00", "+02:00", "+02:00", "+01:00", "-03:00", "-04:00", "-05:00", "-04:00", "-05:00"

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
"""Headers an absence notice or a ticketing system sends: only these make a message machine mail."""
