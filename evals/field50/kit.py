"""Small helpers for writing field50 replies: the reply's Date in the sender's own offset (late October 2027).

Europe leaves summer time in the night of Sunday 31 October 2027, so a European reply dated up to the 30th carries the
summer offset and one from 1 November the winter one; North America changes only on 7 November.
"""

from __future__ import annotations


def at(day: int, hm: str, off: str) -> str:
    """An ISO Date header for day `day` of October 2027 (or November when day > 31) at `hm` in offset `off`."""
    month, d = (11, day - 31) if day > 31 else (10, day)
    return f"2027-{month:02d}-{d:02d}T{hm}:00{off}"


BST, GMT, IST, IE = "+01:00", "+00:00", "+01:00", "+00:00"  # UK/Ireland summer, then winter
CEST, CET = "+02:00", "+01:00"
WEST, WET = "+01:00", "+00:00"  # mainland Portugal
AZS, AZ = "+00:00", "-01:00"  # the Azores, summer then winter
CT, NS, CL, BR = "-05:00", "-03:00", "-03:00", "-03:00"  # Texas (CDT), Nova Scotia (ADT), Chile (summer), Brazil
SYD, PER, KE, AO, NZ = "+11:00", "+08:00", "+03:00", "+01:00", "+13:00"

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
"""Headers an absence notice or a ticketing system sends: only these make a message machine mail."""
