"""Small helpers for writing field65 replies: the reply's Date in the sender's own offset, which moves with the
spring clock changes of 2030 (US 10 March, Europe 31 March, Australia, New Zealand and Chile 7 April)."""

from __future__ import annotations

from datetime import date

# zone -> (offset before the change, offset after it, first day of the new offset or None)
_ZONES: dict[str, tuple[str, str, date | None]] = {
    "GB": ("+00:00", "+01:00", date(2030, 3, 31)),
    "IE": ("+00:00", "+01:00", date(2030, 3, 31)),
    "PT": ("+00:00", "+01:00", date(2030, 3, 31)),
    "CET": ("+01:00", "+02:00", date(2030, 3, 31)),
    "US": ("-05:00", "-04:00", date(2030, 3, 10)),  # Eastern: Ohio, Boston, Georgia, Ottawa, Gatineau
    "AU": ("+11:00", "+10:00", date(2030, 4, 7)),  # Victoria
    "NZ": ("+13:00", "+12:00", date(2030, 4, 7)),
    "CL": ("-03:00", "-04:00", date(2030, 4, 7)),
    "IN": ("+05:30", "+05:30", None),
    "JP": ("+09:00", "+09:00", None),
    "TH": ("+07:00", "+07:00", None),
    "NG": ("+01:00", "+01:00", None),
    "ZA": ("+02:00", "+02:00", None),
    "MX": ("-06:00", "-06:00", None),
    "AR": ("-03:00", "-03:00", None),
    "BR": ("-03:00", "-03:00", None),
}


def at(month: int, day: int, hm: str, zone: str) -> str:
    """An ISO Date header for `day` `month` 2030 at local time `hm` in `zone`'s offset of that day."""
    before, after, change = _ZONES[zone]
    off = after if change and date(2030, month, day) >= change else before
    return f"2030-{month:02d}-{day:02d}T{hm}:00{off}"


def inv(*suffixes: str) -> list[str]:
    """Canonical invoice numbers of this split from their last five digits ("65011")."""
    return [f"INV-2027-{s}" for s in suffixes]


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
