"""Small helpers for writing field37 replies: the reply's Date in the sender's own offset."""

from __future__ import annotations


def at(day: int, hm: str, off: str) -> str:
    """An ISO Date header for day `day` of December 2026 at `hm` in offset `off`."""
    return f"2026-12-{day:02d}T{hm}:00{off}"


SYD, MEL, AKL, TOR, MNL, KHI, NBO, SGP, NYC = "+11:00", "+11:00", "+13:00", "-05:00", "+08:00", "+05:00", "+03:00", "+08:00", "-05:00"
CH, BER, LUX, MTL, SCL, BOG, PBM, RTM, LAD, LIS = "+01:00", "+01:00", "+01:00", "-05:00", "-03:00", "-05:00", "-03:00", "+01:00", "+01:00", "+00:00"

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
"""Headers an absence notice or a ticketing system sends: only these make a message machine mail."""
