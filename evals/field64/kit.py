"""Small helpers for writing field64 replies: the reply's Date in the sender's own (summer) offset."""

from __future__ import annotations


def at(month: int, day: int, hm: str, off: str) -> str:
    """An ISO Date header for `day` of `month` 2029 at `hm` in offset `off` (the window is July to September)."""
    return f"2029-{month:02d}-{day:02d}T{hm}:00{off}"


def inv(*suffixes: str) -> list[str]:
    """Canonical field64 invoice numbers from their last five digits (INV-2027-64xxx)."""
    return [f"INV-2027-{s}" for s in suffixes]


# summer offsets: British/Irish summer time, EDT, CDT, AWST (no DST), IST, SGT, SAST, CEST, WEST, Brazil, Mexico, Colombia, NZST
GB, IE, US, USC, CA, AU, IN, SG, ZA = "+01:00", "+01:00", "-04:00", "-05:00", "-04:00", "+08:00", "+05:30", "+08:00", "+02:00"
CET, PT, BR, MX, CO, QC, NZ = "+02:00", "+01:00", "-03:00", "-06:00", "-05:00", "-04:00", "+12:00"

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
"""Headers an absence notice or a ticketing system sends: only these make a message machine mail."""
