"""Small helpers for writing field61 replies: the reply's Date in the sender's own offset, invoice numbers."""

from __future__ import annotations


def at(month: int, day: int, hm: str, off: str) -> str:
    """An ISO Date header for `day` of `month` 2029 at `hm` in offset `off` (replies run 17 September to 16 October)."""
    return f"2029-{month:02d}-{day:02d}T{hm}:00{off}"


def inv(*suffixes: str) -> list[str]:
    """Invoice numbers written in full (`61011` -> `INV-2027-61011`): the shared builder only prefixes INV-2026-."""
    return [f"INV-2027-{s}" for s in suffixes]


# every offset is the one in force between mid-September and mid-October 2029 (all before the late-October changes)
CEST, BST, IST_IE, WEST, IDT = "+02:00", "+01:00", "+01:00", "+01:00", "+03:00"
EDT, HKT, IN, BRT, CLT, MX = "-04:00", "+08:00", "+05:30", "-03:00", "-03:00", "-06:00"

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
"""Headers an absence notice or a ticketing system sends: only these make a message machine mail."""
