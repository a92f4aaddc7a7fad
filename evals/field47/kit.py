"""Small helpers for writing field47 replies: the reply's Date in the sender's own offset.

The replies fall on Thursday 25 to Wednesday 31 March 2027, across the night of 28 March when Europe moves to
summer time; a zone name ("EU", "UK") gives the offset the sender's clock showed on that day, so no reply is
dated an hour off by hand.
"""

from __future__ import annotations

# zones whose offset changes on Sunday 28 March 2027: (before, from the 28th on)
_SHIFTING = {"EU": ("+01:00", "+02:00"), "UK": ("+00:00", "+01:00"), "PT": ("+00:00", "+01:00")}

US_MT, US_CT, CA_CT, QC = "-06:00", "-05:00", "-05:00", "-04:00"
IN, SG, NG, PH, NZ, ZA, AU_QLD = "+05:30", "+08:00", "+01:00", "+08:00", "+13:00", "+02:00", "+10:00"
MX, CL, BR, MZ = "-06:00", "-03:00", "-03:00", "+02:00"


def at(day: int, hm: str, off: str) -> str:
    """An ISO Date header for day `day` of March 2027 (April when day > 31) at `hm` in offset or zone `off`."""
    month, d = (4, day - 31) if day > 31 else (3, day)
    if off in _SHIFTING:
        before, after = _SHIFTING[off]
        off = after if (month, d) >= (3, 28) else before
    return f"2027-{month:02d}-{d:02d}T{hm}:00{off}"


AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
"""Headers an absence notice or a ticketing system sends: only these make a message machine mail."""
