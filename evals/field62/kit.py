"""Small helpers for writing field62 replies: the reply's Date in the sender's own (summer or southern-winter) offset."""

from __future__ import annotations


def at(month: int, day: int, hm: str, off: str) -> str:
    """An ISO Date header for `day` of `month` 2029 (June or July) at `hm` in offset `off`."""
    return f"2029-{month:02d}-{day:02d}T{hm}:00{off}"


GB, IE, USE, USC, CAE, CAA, AU, NZ, AE, MY, ID = "+01:00", "+01:00", "-04:00", "-05:00", "-04:00", "-03:00", "+10:00", "+12:00", "+04:00", "+08:00", "+07:00"
CEST, PT, BR, MX, AR = "+02:00", "+01:00", "-03:00", "-06:00", "-03:00"

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
"""Headers an absence notice or a ticketing system sends: only these make a message machine mail."""
