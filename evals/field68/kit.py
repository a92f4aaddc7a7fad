"""Small helpers for writing field68 replies: the reply's Date in the sender's own (winter or southern-summer) offset."""

from __future__ import annotations


def at(month: int, day: int, hm: str, off: str) -> str:
    """An ISO Date header for `day` of `month` at `hm` in offset `off`: January to March 2031."""
    return f"2031-{month:02d}-{day:02d}T{hm}:00{off}"


def inv(*suffixes: str) -> list[str]:
    """Full invoice numbers from their last five digits (68011 -> INV-2027-68011)."""
    return [f"INV-2027-{s}" for s in suffixes]


GB, IE, USE, USC, USM, USP, CA = "+00:00", "+00:00", "-05:00", "-06:00", "-07:00", "-08:00", "-05:00"
SYD, NZ, IN, SG, VN, ZA = "+11:00", "+13:00", "+05:30", "+08:00", "+07:00", "+02:00"
CET, PT, BR, AR, MX, CO, QC, CAN = "+01:00", "+00:00", "-03:00", "-03:00", "-06:00", "-05:00", "-05:00", "+00:00"

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
