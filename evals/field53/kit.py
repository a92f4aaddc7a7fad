"""Small helpers for writing field53 replies: the reply's Date in the sender's own offset (late April / early May 2028)."""

from __future__ import annotations


def at(day: int, hm: str, off: str) -> str:
    """An ISO Date header for day `day` of April 2028 (or May when day > 30: 31 is 1 May) at `hm` in offset `off`."""
    month, d = (5, day - 30) if day > 30 else (4, day)
    return f"2028-{month:02d}-{d:02d}T{hm}:00{off}"


# summer offsets in force around 1 May 2028
IM, IE, GB, TX, OR_, TT, FJ, BW, NP, UG, BZ, PH = ("+01:00", "+01:00", "+01:00", "-05:00", "-07:00", "-04:00", "+12:00",
                                                  "+02:00", "+05:45", "+03:00", "-06:00", "+08:00")
CEST, CI, MQ, PE, EC, CW, CV, BR, AZ = "+02:00", "+00:00", "-04:00", "-05:00", "-05:00", "-04:00", "-01:00", "-03:00", "+00:00"

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
"""Headers an absence notice or a ticketing system sends: only these make a message machine mail."""
