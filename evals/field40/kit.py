"""Small helpers for writing field40 replies: the reply's Date in the sender's own offset (July 2027)."""

from __future__ import annotations


def at(day: int, hm: str, off: str) -> str:
    """An ISO Date header for day `day` of July 2027 (August when day > 31) at `hm` in offset `off`."""
    month, d = (8, day - 31) if day > 31 else (7, day)
    return f"2027-{month:02d}-{d:02d}T{hm}:00{off}"


# offsets in the week of 5 July 2027, all on summer time where a country keeps one: Norway, Sweden, Stuttgart, South
# Tyrol, Toulouse, Valencia and Brabant +02:00; Finland and Ukraine +03:00; Ethiopia +03:00 (no summer time); Wales and
# Coimbra +01:00; Houston −05:00 (CDT); Costa Rica −06:00; Curaçao −04:00; Brasília −03:00; Dakar +00:00
NO, SE, FI, UA, ET, GB, US = "+02:00", "+02:00", "+03:00", "+03:00", "+03:00", "+01:00", "-05:00"
CET, SN, CR, CW, PT, BR = "+02:00", "+00:00", "-06:00", "-04:00", "+01:00", "-03:00"

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
"""Headers an absence notice or a ticketing system sends: only these make a message machine mail."""
