"""Small helpers for writing field51 replies: the reply's Date in the sender's own offset (December 2027).

Replies run from Monday 6 to Friday 17 December 2027: everyone is on winter time in the north and summer time in the
south (Ballarat +11:00, Whanganui +13:00), so each place has one offset for the whole split.
"""

from __future__ import annotations


def at(day: int, hm: str, off: str) -> str:
    """An ISO Date header for day `day` of December 2027 at `hm` in offset `off`."""
    return f"2027-12-{day:02d}T{hm}:00{off}"


GB, IE, ET, CT, SK, AU, UG, NZ, ZA = "+00:00", "+00:00", "-05:00", "-06:00", "-06:00", "+11:00", "+03:00", "+13:00", "+02:00"
CET, QC, MX, AR, PT, BR, CV = "+01:00", "-05:00", "-06:00", "-03:00", "+00:00", "-03:00", "-01:00"

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
"""Headers an absence notice or a ticketing system sends: only these make a message machine mail."""
