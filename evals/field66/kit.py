"""Small helpers for writing field66 replies: the reply's Date in the sender's own offset, in autumn 2030.

The split straddles the end of summer time (Europe: Sunday 27 October 2030; USA and Canada: Sunday 3 November;
Melbourne starts it on Sunday 6 October), so the offset is computed from the date rather than written by hand.
"""

from __future__ import annotations

from datetime import date

# zone -> (offset before the change, offset after it, first local day of the new offset)
_ZONES: dict[str, tuple[str, str, date]] = {
    "GB": ("+01:00", "+00:00", date(2030, 10, 27)),
    "IE": ("+01:00", "+00:00", date(2030, 10, 27)),
    "PT": ("+01:00", "+00:00", date(2030, 10, 27)),
    "CET": ("+02:00", "+01:00", date(2030, 10, 27)),
    "USE": ("-04:00", "-05:00", date(2030, 11, 3)),
    "USC": ("-05:00", "-06:00", date(2030, 11, 3)),
    "ATL": ("-03:00", "-04:00", date(2030, 11, 3)),
    "QC": ("-04:00", "-05:00", date(2030, 11, 3)),
    "MEL": ("+10:00", "+11:00", date(2030, 10, 6)),
    "IN": ("+05:30", "+05:30", date(2030, 1, 1)),
    "SG": ("+08:00", "+08:00", date(2030, 1, 1)),
    "BR": ("-03:00", "-03:00", date(2030, 1, 1)),
    "MX": ("-06:00", "-06:00", date(2030, 1, 1)),
}


def at(month: int, day: int, hm: str, zone: str) -> str:
    """An ISO Date header for `day` `month` 2030 at local time `hm` in `zone` (its offset on that local day)."""
    before, after, change = _ZONES[zone]
    off = after if date(2030, month, day) >= change else before
    return f"2030-{month:02d}-{day:02d}T{hm}:00{off}"


def inv(*suffixes: str) -> list[str]:
    """Canonical invoice numbers of this split's world (INV-2027-66xxx)."""
    return [f"INV-2027-{s}" for s in suffixes]


AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
"""Headers an absence notice or a ticketing system sends: only these make a message machine mail."""
AUTO_PREC = {"Precedence": "auto_reply", "X-Auto-Response-Suppress": "All"}
"""Exchange-style auto-reply headers (no Auto-Submitted), still machine mail."""
