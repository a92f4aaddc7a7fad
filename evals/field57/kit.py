"""Small helpers for writing field57 replies: the reply's Date in the sender's own offset (March/April 2028)."""

from __future__ import annotations


def at(day: int, hm: str, off: str) -> str:
    """An ISO Date header for day `day` of March 2028 (or April when day > 31) at `hm` in offset `off`."""
    month, d = (4, day - 31) if day > 31 else (3, day)
    return f"2028-{month:02d}-{d:02d}T{hm}:00{off}"


# Europe changes to summer time on Sunday 26 March 2028; the US already did on 12 March.
GB, IE, JP, IN, US, CET = "+00:00", "+00:00", "+09:00", "+05:30", "-04:00", "+01:00"
BST, CEST, PT, BR, MX = "+01:00", "+02:00", "+00:00", "-03:00", "-06:00"

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
"""Headers an absence notice or a ticketing system sends: only these make a message machine mail."""
