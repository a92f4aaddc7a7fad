"""Small helpers for writing field59 replies: the reply's Date in the sender's own (northern-winter) offset."""

from __future__ import annotations


def at(md: str, hm: str, off: str) -> str:
    """An ISO Date header for `md` ("MM-DD") of 2029 at `hm` in offset `off`: every field59 reply is from early 2029."""
    return f"2029-{md}T{hm}:00{off}"


GB, IE, PT = "+00:00", "+00:00", "+00:00"
CET, CN, HK, TW, SG, MY, VN, TH, JP = "+01:00", "+08:00", "+08:00", "+08:00", "+08:00", "+08:00", "+07:00", "+07:00", "+09:00"
NZ, SYD, NYC, NOLA, DEN, VAN, TT, AZO = "+13:00", "+11:00", "-05:00", "-06:00", "-07:00", "-08:00", "-04:00", "-01:00"
QC, AR, MX, CL, BR, CAN = "-05:00", "-03:00", "-06:00", "-03:00", "-03:00", "+00:00"

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
"""Headers an absence notice or a ticketing system sends: only these make a message machine mail."""
