"""Small helpers for writing field70 replies: the reply's Date in the sender's own offset, August to October 2031.

Offsets are written out, not looked up, so that a rebuild never depends on the machine's tz database. They were
checked once against zoneinfo: GB/IE/PT +1, CET +2 and the US, Canadian, Mexican, Brazilian, Argentine, Indian,
Singaporean, South African and Israeli offsets hold for the whole window (4 August – 3 October 2031); Sydney stays
+10 until Sunday 5 October (after the window); Chile moves from −4 to −3 on Sunday 7 September and New Zealand from
+12 to +13 on Sunday 28 September.
"""

from __future__ import annotations

from datetime import date

GB, IE, PT, CET = "+01:00", "+01:00", "+01:00", "+02:00"
USE, USC, USM, USP, CA = "-04:00", "-05:00", "-06:00", "-07:00", "-04:00"
MX, BR, AR = "-06:00", "-03:00", "-03:00"
AU, IN, SG, ZA, IL = "+10:00", "+05:30", "+08:00", "+02:00", "+03:00"
CL, NZ = "CL", "NZ"  # these two change offset inside the window


def _offset(month: int, day: int, off: str) -> str:
    d = date(2031, month, day)
    if off == CL:
        return "-04:00" if d < date(2031, 9, 7) else "-03:00"
    if off == NZ:
        return "+12:00" if d < date(2031, 9, 28) else "+13:00"
    return off


def at(month: int, day: int, hm: str, off: str) -> str:
    """An ISO Date header for `day` of `month` 2031 at `hm` in offset `off` (or the zone CL / NZ)."""
    return f"2031-{month:02d}-{day:02d}T{hm}:00{_offset(month, day, off)}"


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
