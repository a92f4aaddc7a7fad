"""Small helpers for writing field69 replies: the reply's Date in the sender's own offset, March and April 2031.

The offsets move during the window, so they are computed from the local date and time, not written per reply:
the US and Canada go to summer time on Sunday 9 March 2031 (02:00 local), the UK, Ireland, Portugal and central
Europe on Sunday 30 March 2031 (01:00 UTC), and Melbourne and New Zealand go back to standard time on Sunday 6 April
2031 (03:00 local). Mexico (no DST since 2022), Arizona, Colombia, Argentina, Brazil, South Africa, the Gulf, India,
Singapore and Japan keep one offset. (Checked against zoneinfo when the split was written.)
"""

from __future__ import annotations

from datetime import date

from evals.field69.world import TZ

_US_SUMMER = (date(2031, 3, 9), "02:00")
_EU_SUMMER = {"GB": (date(2031, 3, 30), "01:00"), "IE": (date(2031, 3, 30), "01:00"), "PT": (date(2031, 3, 30), "01:00"),
              "CET": (date(2031, 3, 30), "02:00")}
_SOUTH_WINTER = (date(2031, 4, 6), "03:00")

# zone: (offset before the switch, offset after it, the switch (local date, local time) or None)
ZONES: dict[str, tuple[str, str, tuple[date, str] | None]] = {
    "GB": ("+00:00", "+01:00", _EU_SUMMER["GB"]),
    "IE": ("+00:00", "+01:00", _EU_SUMMER["IE"]),
    "PT": ("+00:00", "+01:00", _EU_SUMMER["PT"]),
    "CET": ("+01:00", "+02:00", _EU_SUMMER["CET"]),
    "US-E": ("-05:00", "-04:00", _US_SUMMER),
    "CA-E": ("-05:00", "-04:00", _US_SUMMER),
    "US-C": ("-06:00", "-05:00", _US_SUMMER),
    "US-AZ": ("-07:00", "-07:00", None),
    "AU-VIC": ("+11:00", "+10:00", _SOUTH_WINTER),
    "NZ": ("+13:00", "+12:00", _SOUTH_WINTER),
    "IN": ("+05:30", "+05:30", None),
    "JP": ("+09:00", "+09:00", None),
    "SG": ("+08:00", "+08:00", None),
    "ZA": ("+02:00", "+02:00", None),
    "AE": ("+04:00", "+04:00", None),
    "MX": ("-06:00", "-06:00", None),
    "AR": ("-03:00", "-03:00", None),
    "CO": ("-05:00", "-05:00", None),
    "BR": ("-03:00", "-03:00", None),
}


def offset(zone: str, day: date, hm: str) -> str:
    before, after, switch = ZONES[zone]
    if switch is None:
        return before
    sday, shm = switch
    if day == sday:
        assert hm >= "04:00", "keep replies out of the hour the clocks change"
    return after if (day, hm) >= (sday, shm) else before


def at(cust: str, month: int, day: int, hm: str) -> str:
    """An ISO Date header for `day` of `month` 2031 at local time `hm` where customer `cust` writes from."""
    return f"2031-{month:02d}-{day:02d}T{hm}:00{offset(TZ[cust], date(2031, month, day), hm)}"


def at_zone(zone: str, month: int, day: int, hm: str) -> str:
    """The same for a sender somewhere else than the customer's office (a bookkeeper abroad, a travelling owner)."""
    return f"2031-{month:02d}-{day:02d}T{hm}:00{offset(zone, date(2031, month, day), hm)}"


AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
"""Headers an absence notice or a ticketing system sends: only these make a message machine mail."""

SUBJECT = {
    "en": "Reminder: overdue invoices – {}",
    "de": "Zahlungserinnerung – {}",
    "fr": "Relance : factures échues – {}",
    "es": "Recordatorio: facturas vencidas – {}",
    "nl": "Herinnering: vervallen facturen – {}",
    "pt": "Lembrete: faturas vencidas – {}",
}
"""Our reminder's subject per language (evals/field/build.py writes it), for auto-replies that quote it."""


def auto(prefix: str, lang: str, name: str) -> str:
    """An auto-reply's subject: the client's prefix before our reminder's subject."""
    return f"{prefix}: " + SUBJECT[lang].format(name)
