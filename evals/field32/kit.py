"""Small helpers for writing field32 replies: the reply's Date in the sender's own offset (9–13 November 2026)."""

from __future__ import annotations


def at(day: int, hm: str, off: str) -> str:
    """An ISO Date header for day `day` of November 2026 at `hm` in offset `off`."""
    return f"2026-11-{day:02d}T{hm}:00{off}"


IE, GB, PT = "+00:00", "+00:00", "+00:00"
IN, SG = "+05:30", "+08:00"
US_E, US_C, US_M = "-05:00", "-06:00", "-07:00"
CET = "+01:00"  # Bavaria, Saxony, Romandy, Luxembourg, Groningen
CL, PE = "-03:00", "-05:00"

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
"""Headers an absence notice or a ticketing system sends: only these make a message machine mail."""
