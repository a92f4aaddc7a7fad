"""Small helpers for writing field28 replies: the reply's Date in the sender's own offset."""

from __future__ import annotations


def at(day: int, hm: str, off: str) -> str:
    """An ISO Date header for day `day` of November 2026 at `hm` in offset `off`."""
    return f"2026-11-{day:02d}T{hm}:00{off}"


GB, IE, US, PST, AU, NZ, EE, MY, UG, IN = "+00:00", "+00:00", "-05:00", "-08:00", "+11:00", "+13:00", "+02:00", "+08:00", "+03:00", "+05:30"
CET, UY, CO, PT, BR, QC = "+01:00", "-03:00", "-05:00", "+00:00", "-03:00", "-05:00"

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
"""Headers an absence notice or a ticketing system sends: only these make a message machine mail."""
