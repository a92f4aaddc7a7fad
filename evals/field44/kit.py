"""Small helpers for writing field44 replies: the reply's Date in the sender's own offset (October 2026)."""

from __future__ import annotations


def at(day: int, hm: str, off: str) -> str:
    """An ISO Date header for day `day` of October 2026 at `hm` in offset `off` (Europe still on summer time)."""
    return f"2026-10-{day:02d}T{hm}:00{off}"


GB, IE, IN, NG, IT = "+01:00", "+01:00", "+05:30", "+01:00", "+02:00"
CH, AT, QC, BE, MX, AR, CL, NL, PT, AO, MZ = "+02:00", "+02:00", "-04:00", "+02:00", "-06:00", "-03:00", "-03:00", "+02:00", "+01:00", "+01:00", "+02:00"

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
"""Headers an absence notice or a ticketing system sends: only these make a message machine mail."""
