"""Small helpers for writing field71 replies: the reply's Date in the sender's own offset, November and December 2031.

Offsets are computed from the local date and time with zoneinfo, never written per reply. No clock moves inside the
window (Monday 3 November to Friday 19 December 2031): central Europe, the UK, Ireland and Portugal left summer time on
Sunday 26 October 2031, the US and Canada on Sunday 2 November 2031 (the day before the window opens), and Sydney,
Melbourne and New Zealand stay on summer time (+11, +11, +13) until April. Mexico (no DST since 2022), Argentina, Brazil
and India keep one offset. The switch is still computed, so a reply moved to the first days of November gets the right one.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from evals.field71.world import TZ


def _offset(zone: str, day: date, hm: str) -> str:
    h, m = (int(x) for x in hm.split(":"))
    off = datetime(day.year, day.month, day.day, h, m, tzinfo=ZoneInfo(zone)).utcoffset()
    assert off is not None
    minutes = int(off.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def at(cust: str, month: int, day: int, hm: str) -> str:
    """An ISO Date header for `day` of `month` 2031 at local time `hm` where customer `cust` writes from."""
    return f"2031-{month:02d}-{day:02d}T{hm}:00{_offset(TZ[cust], date(2031, month, day), hm)}"


def at_zone(zone: str, month: int, day: int, hm: str) -> str:
    """The same for a sender somewhere else than the customer's office (a bookkeeper abroad, a travelling owner)."""
    return f"2031-{month:02d}-{day:02d}T{hm}:00{_offset(zone, date(2031, month, day), hm)}"


def N(*suffixes: str) -> list[str]:
    """Invoice numbers in full from their last five digits: N("71011") == ["INV-2028-71011"]."""
    return [f"INV-2028-{s}" for s in suffixes]


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
