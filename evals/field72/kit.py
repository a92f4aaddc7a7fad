"""Small helpers for writing field72 replies: the reply's Date in the sender's own offset, June and July 2032.

No clock changes inside the window (Europe and North America are on summer time from March to October/November;
Chile is on its winter time, −04, from early April to early September; Brazil, Colombia, India, Singapore and South
Africa keep one offset), but the offsets are still computed from the local date and time with zoneinfo, not written
per reply: Europe/London and Dublin +01, central Europe +02, Lisbon +01, New York −04, Chicago −05, Edmonton −06,
Halifax −03, Santiago −04, Bogotá −05, São Paulo and Recife −03, Johannesburg +02, Kolkata +05:30, Singapore +08.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from evals.field72.world import CUSTOMERS, TZ


def _iso(zone: str, month: int, day: int, hm: str) -> str:
    h, m = (int(x) for x in hm.split(":"))
    local = datetime(2032, month, day, h, m, tzinfo=ZoneInfo(zone))
    return local.isoformat()


def at(cust: str, month: int, day: int, hm: str) -> str:
    """An ISO Date header for `day` of `month` 2032 at local time `hm` where customer `cust` writes from."""
    return _iso(TZ[cust], month, day, hm)


def at_zone(zone: str, month: int, day: int, hm: str) -> str:
    """The same for a sender somewhere else than the customer's office (a bookkeeper abroad, a travelling owner)."""
    return _iso(zone, month, day, hm)


def bal(cust: str, *suffixes: str) -> str:
    """The open balance of a customer's invoices (all of them, or those whose number ends with a suffix)."""
    c = next(c for c in CUSTOMERS if c[0] == cust)
    inv = [i for i in c[8] if not suffixes or any(i[0].endswith(s) for s in suffixes)]
    return f"{sum(Decimal(i[1]) for i in inv):.2f}"


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


def auto(prefix: str, lang: str, name: str) -> str:
    """An auto-reply's subject: the client's prefix before our reminder's subject."""
    return f"{prefix}: " + SUBJECT[lang].format(name)


def name(cust: str) -> str:
    return next(c[1] for c in CUSTOMERS if c[0] == cust)


def addr(cust: str, i: int) -> str:
    """A known contact's address (index i in the world's contact list)."""
    c = next(c for c in CUSTOMERS if c[0] == cust)
    return f"{c[7][i][0]}@{c[2]}"
