"""Small helpers for writing field38 replies: the reply's Date in the sender's own offset (March 2027)."""

from __future__ import annotations


def at(day: int, hm: str, off: str) -> str:
    """An ISO Date header for day `day` of March 2027 (April when day > 31) at `hm` in offset `off`."""
    month, d = (4, day - 31) if day > 31 else (3, day)
    return f"2027-{month:02d}-{d:02d}T{hm}:00{off}"


# offsets in the week of 22 March 2027: Europe still on winter time (the change is on the 28th), Chicago already on
# daylight time (since 14 March), Israel's change on Friday 26 March, Egypt's in April
TR, EG, IL, JP, KR, MY, GB, US = "+03:00", "+02:00", "+02:00", "+09:00", "+09:00", "+08:00", "+00:00", "-05:00"
CET, UY, PT, CV = "+01:00", "-03:00", "+00:00", "-01:00"

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
"""Headers an absence notice or a ticketing system sends: only these make a message machine mail."""
