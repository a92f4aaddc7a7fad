"""Small helpers for writing field31 replies: the reply's Date in the sender's own offset (December 2026)."""

from __future__ import annotations


def at(day: int, hm: str, off: str) -> str:
    """An ISO Date header for day `day` of December 2026 at `hm` in offset `off` (replies run 2 … 8 December)."""
    return f"2026-12-{day:02d}T{hm}:00{off}"


ZA, KE, IE, TX, NY, AU = "+02:00", "+03:00", "+00:00", "-06:00", "-05:00", "+08:00"
CET, QC, AR, MX, AO, BR = "+01:00", "-05:00", "-03:00", "-06:00", "+01:00", "-03:00"

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
"""Headers an absence notice or a ticketing system sends: only these make a message machine mail."""
