"""Small helpers for writing field52 replies: the reply's Date in the sender's own offset (late February 2028).

2028 is a leap year, so 29 February exists; replies run from Monday 21 February to Tuesday 29 February 2028, all on
winter time in the north and summer time in Australia and New Zealand.
"""

from __future__ import annotations


def at(day: int, hm: str, off: str) -> str:
    """An ISO Date header for day `day` of February 2028 (or March when day > 29) at `hm` in offset `off`."""
    month, d = (3, day - 29) if day > 29 else (2, day)
    return f"2028-{month:02d}-{d:02d}T{hm}:00{off}"


GB, IE, ET, CT, MT, HOB, NZ, ZA, IN, SG = "+00:00", "+00:00", "-05:00", "-06:00", "-07:00", "+11:00", "+13:00", "+02:00", "+05:30", "+08:00"
CET, QC, CO, MX, PT, BR, SR, MZ = "+01:00", "-05:00", "-05:00", "-06:00", "+00:00", "-03:00", "-03:00", "+02:00"

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
"""Headers an absence notice or a ticketing system sends: only these make a message machine mail."""
