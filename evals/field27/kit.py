"""Small helpers for writing field27 replies: the reply's Date in the sender's own offset."""

from __future__ import annotations


def at(day: int, hm: str, off: str) -> str:
    """An ISO Date header for day `day` of November 2026 (or December when day > 30) at `hm` in offset `off`."""
    month, d = (12, day - 30) if day > 30 else (11, day)
    return f"2026-{month:02d}-{d:02d}T{hm}:00{off}"


GB, CA, BD, NG, PH, USW, QLD, USC, IE, PL = "+00:00", "-08:00", "+06:00", "+01:00", "+08:00", "-08:00", "+10:00", "-06:00", "+00:00", "+01:00"
CET, MQ, PE, CO, PT, BR, MZ = "+01:00", "-04:00", "-05:00", "-05:00", "+00:00", "-03:00", "+02:00"

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
"""Headers an absence notice or a ticketing system sends: only these make a message machine mail."""
