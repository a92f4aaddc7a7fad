"""Small helpers for writing field60 replies: the reply's Date in the sender's own (summer) offset, invoice numbers."""

from __future__ import annotations


def at(month: int, day: int, hm: str, off: str) -> str:
    """An ISO Date header for `day` of `month` 2029 at `hm` in offset `off` (replies run late April to early June)."""
    return f"2029-{month:02d}-{day:02d}T{hm}:00{off}"


def inv(*suffixes: str) -> list[str]:
    """Invoice numbers written in full (`60011` -> `INV-2027-60011`): the shared builder only prefixes INV-2026-."""
    return [f"INV-2027-{s}" for s in suffixes]


# every offset is the one in force between late April and early June 2029
CEST, BST, IST, WEST = "+02:00", "+01:00", "+01:00", "+01:00"
EDT, CDT_MX, BRT, SAST, NZST, ACST, IN = "-04:00", "-06:00", "-03:00", "+02:00", "+12:00", "+09:30", "+05:30"

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
"""Headers an absence notice or a ticketing system sends: only these make a message machine mail."""
