"""Small helpers for writing field41 replies: the reply's Date in the sender's own offset (September 2027)."""

from __future__ import annotations


def at(day: int, hm: str, off: str) -> str:
    """An ISO Date header for day `day` of September 2027 at `hm` in offset `off`."""
    return f"2027-09-{day:02d}T{hm}:00{off}"


# offsets in the week of 13 September 2027: India +05:30, UAE +04:00, Qatar +03:00, Perth +08:00, Vancouver −07:00 (PDT),
# Cork +01:00 (IST), Florida −04:00 (EDT), Basel/Bremen/Bordeaux/Luxembourg/Rotterdam/West Flanders/Andalusia +02:00,
# Monterrey −06:00 (no summer time since 2022), Lisbon +01:00, Bahia −03:00
IN, AE, QA, AU, CA, IE, US = "+05:30", "+04:00", "+03:00", "+08:00", "-07:00", "+01:00", "-04:00"
CET, MX, PT, BR = "+02:00", "-06:00", "+01:00", "-03:00"

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
"""Headers an absence notice or a ticketing system sends: only these make a message machine mail."""
