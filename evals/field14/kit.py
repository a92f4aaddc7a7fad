"""Helpers the field14 reply files share: the reply's Date in the customer's own offset, weekday arithmetic for the
promise dates (written once here so each label says which rule it applies), and paid replies that bring their bank line.

Not a threads_ module: evals/field/build.py collects only threads_*.py.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from evals.field.build import Payment, Reply
from evals.field14.world import CUSTOMERS

_OFFSET = {"en-GB": "+00:00", "en-IE": "+00:00", "en-US": "-05:00", "en-IN": "+05:30", "en-AU": "+11:00", "en-ZA": "+02:00",
           "de-DE": "+01:00", "de-AT": "+01:00", "fr-FR": "+01:00", "fr-BE": "+01:00", "es-ES": "+01:00", "es-MX": "-06:00",
           "nl-NL": "+01:00", "nl-BE": "+01:00", "pt-PT": "+00:00", "pt-BR": "-03:00"}
_WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_BY_ID = {c[0]: c for c in CUSTOMERS}
AUTO = {"Auto-Submitted": "auto-replied"}
XAUTO = {"X-Autoreply": "yes", "Precedence": "auto_reply"}
EOM = "2026-11-30"


def _d(day: int) -> date:
    return date(2026, 11, day)


def nxt(day: int, wd: str) -> str:
    """A bare weekday: its next occurrence strictly after the reply's local date."""
    d = _d(day)
    return (d + timedelta(days=(_WD[wd] - d.weekday()) % 7 or 7)).isoformat()


def nwk(day: int, wd: str = "fri") -> str:
    """'next Friday' / 'next week': that weekday of the calendar week after the reply's."""
    d = _d(day)
    return (d - timedelta(days=d.weekday()) + timedelta(days=7 + _WD[wd])).isoformat()


def plus(day: int, n: int) -> str:
    return (_d(day) + timedelta(days=n)).isoformat()


def on(day: int) -> str:
    return _d(day).isoformat()


def at(cust: str, day: int, hm: str = "10:14") -> str:
    return f"2026-11-{day:02d}T{hm}:00{_OFFSET[_BY_ID[cust][4]]}"


def balance(cust: str, inv: list[str] | None = None) -> str:
    return f"{sum(Decimal(i[1]) for i in _BY_ID[cust][8] if inv is None or i[0] in inv):.2f}"


class Kit:
    """One reply file's replies and bank lines; bank ids are BK14-<tag>-nnn."""

    def __init__(self, tag: str) -> None:
        self.tag = tag
        self.replies: list[Reply] = []
        self.payments: list[Payment] = []

    def r(self, cust: str, day: int, body: str, intent: str, hm: str = "10:14", **kw: Any) -> Reply:
        reply = Reply(cust, at(cust, day, hm), body, intent, **kw)
        self.replies.append(reply)
        return reply

    def bank(self, cust: str | None, day: int, amount: str, ref: str) -> None:
        cur = _BY_ID[cust][8][0][2] if cust else "EUR"
        self.payments.append(Payment(f"BK14-{self.tag}-{len(self.payments) + 1:03d}", cust, on(day), amount, cur, ref))

    def paid(self, cust: str, day: int, body: str, paid_on: int | None = None, bank_ref: str | None = None,
             bank_amount: str | None = None, hm: str = "10:14", **kw: Any) -> Reply:
        """An already_paid reply whose bank line matches (amount = the open balance of the invoices meant), unless
        kw carries human reasons and no bank_ref is given."""
        inv = kw.get("inv")
        if bank_ref is not None or not kw.get("human"):
            name = _BY_ID[cust][1].upper()
            self.bank(cust, paid_on or day, bank_amount or balance(cust, inv), bank_ref or f"{(kw.get('ref') or 'TRF')} {name}")
        return self.r(cust, day, body, "already_paid", hm=hm, **kw)
