"""Small helpers for writing field23 replies: the reply's Date in the sender's own offset."""

from __future__ import annotations


def at(day: int, hm: str, off: str) -> str:
    """An ISO Date header for day `day` of November 2026 at `hm` in offset `off`."""
    return f"2026-11-{day:02d}T{hm}:00{off}"


GB, FO, IE, US, MT, AU, CA, ZA, KE, PH, VN, SG = ("+00:00", "+00:00", "+00:00", "-05:00", "-07:00", "+10:00", "-07:00",
                                                  "+02:00", "+03:00", "+08:00", "+07:00", "+08:00")
CET, TN, CL, MX, PT, BR, AO = "+01:00", "+01:00", "-03:00", "-06:00", "+00:00", "-03:00", "+01:00"

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
"""Headers an absence notice or a ticketing system sends: only these make a message machine mail."""
