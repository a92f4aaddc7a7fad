"""Small helpers for writing field30 replies: the reply's Date in the sender's own offset.

field30's replies are written in the week of Tuesday 17 to Friday 20 November 2026, earlier than the other splits,
so "next week" is the week of 23 November and a promise more than 30 days out starts after 17–20 December.
"""

from __future__ import annotations


def at(day: int, hm: str, off: str) -> str:
    """An ISO Date header for day `day` of November 2026 (or December when day > 30) at `hm` in offset `off`."""
    month, d = (12, day - 30) if day > 30 else (11, day)
    return f"2026-{month:02d}-{d:02d}T{hm}:00{off}"


IN, NG, PH, PL, BR, VN = "+05:30", "+01:00", "+08:00", "+01:00", "-03:00", "+07:00"
GB, IE, USE, USC, USW, WA = "+00:00", "+00:00", "-05:00", "-06:00", "-08:00", "+08:00"
CET, QC, PE, CO, PT = "+01:00", "-05:00", "-05:00", "-05:00", "+00:00"

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
"""Headers an absence notice or a ticketing system sends: only these make a message machine mail."""
