"""Small helpers for writing field17 replies: the reply's Date in the sender's own offset."""

from __future__ import annotations


def at(day: int, hm: str, off: str) -> str:
    """An ISO Date header for day `day` of November 2026 (or December when day > 30) at `hm` in offset `off`."""
    month, d = (12, day - 30) if day > 30 else (11, day)
    return f"2026-{month:02d}-{d:02d}T{hm}:00{off}"


GB, MI, IN, HK, SA, IT, SK, SG, CO_US, PL = "+00:00", "-05:00", "+05:30", "+08:00", "+03:00", "+01:00", "-06:00", "+08:00", "-07:00", "+01:00"
CET, LU, SN, ES, CO, CL, NL, BE, PT, MT, AO = "+01:00", "+01:00", "+00:00", "+01:00", "-05:00", "-03:00", "+01:00", "+01:00", "+00:00", "-04:00", "+01:00"

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
"""Headers an absence notice or a ticketing system sends: only these make a message machine mail."""

_SUBJECT = {"en": "Reminder: overdue invoices – {}", "de": "Zahlungserinnerung – {}", "fr": "Relance : factures échues – {}",
            "es": "Recordatorio: facturas vencidas – {}", "nl": "Herinnering: vervallen facturen – {}", "pt": "Lembrete: faturas vencidas – {}"}


def subj(prefix: str, cid: str) -> str:
    """The subject an auto-reply or DSN puts before our reminder's own subject (in the customer's language)."""
    from evals.field17.world import CUSTOMERS

    c = next(c for c in CUSTOMERS if c[0] == cid)
    return prefix + _SUBJECT[c[3]].format(c[1])


def ooo(cid: str, when: str, body: str, prefix: str = "Automatic reply: ", **kw):  # type: ignore[no-untyped-def]
    """An absence notice sent by machine (AUTO headers, no quoted reminder, sent the day the reminder arrived)."""
    from evals.field.build import Reply

    kw.setdefault("headers", AUTO)
    return Reply(cid, when, body, "out_of_office", subject=subj(prefix, cid), quote="none", gap_days=0, **kw)


def dsn(cid: str, when: str, body: str, sender: str, failed: str, status: str, prefix: str = "Undeliverable: ", **kw):  # type: ignore[no-untyped-def]
    """A delivery-status notification for our reminder to `failed` (the account's generic mailbox)."""
    from evals.field.build import Reply

    return Reply(cid, when, body, "bounce", sender=sender, subject=subj(prefix, cid), dsn=(failed, status), quote="none", gap_days=0, **kw)
