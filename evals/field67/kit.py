"""Small helpers for writing field67 replies: the reply's Date in the sender's own summer (or southern-winter) offset."""

from __future__ import annotations


def at(month: int, day: int, hm: str, off: str) -> str:
    """An ISO Date header for `day` of `month` at `hm` in offset `off`: April to June 2030."""
    return f"2030-{month:02d}-{day:02d}T{hm}:00{off}"


GB, IE, USE, USC, USM, USA, USP, CA, AU, NZ = "+01:00", "+01:00", "-04:00", "-05:00", "-06:00", "-07:00", "-07:00", "-04:00", "+10:00", "+12:00"
IN, SG, ZA = "+05:30", "+08:00", "+02:00"
CET, PT, BR, AR, MX, QC = "+02:00", "+01:00", "-03:00", "-03:00", "-06:00", "-04:00"

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
