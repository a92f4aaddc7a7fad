"""What the reply files of a hand-written split share (field10, field14): the reply's Date in the customer's own
offset, weekday arithmetic for the promise dates (written once so each label says which rule it applies), and paid
replies that bring their bank line. Each split binds it to its own customers, offsets and bank-line prefix.

Not a threads_ module: evals/field/build.py collects only threads_*.py.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from evals.field.build import Payment, Reply

_WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
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


class SplitWorld:
    """One split's customers (rows of its world.py), their UTC offsets by locale, and its bank-line prefix."""

    def __init__(self, customers: list[Any], offsets: dict[str, str], bank_prefix: str) -> None:
        self.by_id = {c[0]: c for c in customers}
        self.offsets = offsets
        self.bank_prefix = bank_prefix

    def at(self, cust: str, day: int, hm: str = "10:14") -> str:
        return f"2026-11-{day:02d}T{hm}:00{self.offsets[self.by_id[cust][4]]}"

    def balance(self, cust: str, inv: list[str] | None = None) -> str:
        return f"{sum(Decimal(i[1]) for i in self.by_id[cust][8] if inv is None or i[0] in inv):.2f}"


class ReplyFile:
    """One reply file's replies and bank lines; bank ids are <prefix>-<tag>-nnn."""

    def __init__(self, world: SplitWorld, tag: str) -> None:
        self.world = world
        self.tag = tag
        self.replies: list[Reply] = []
        self.payments: list[Payment] = []

    def r(self, cust: str, day: int, body: str, intent: str, hm: str = "10:14", **kw: Any) -> Reply:
        reply = Reply(cust, self.world.at(cust, day, hm), body, intent, **kw)
        self.replies.append(reply)
        return reply

    def bank(self, cust: str | None, day: int, amount: str, ref: str) -> None:
        cur = self.world.by_id[cust][8][0][2] if cust else "EUR"
        self.payments.append(Payment(f"{self.world.bank_prefix}-{self.tag}-{len(self.payments) + 1:03d}", cust, on(day), amount, cur, ref))

    def paid(self, cust: str, day: int, body: str, paid_on: int | None = None, bank_ref: str | None = None,
             bank_amount: str | None = None, hm: str = "10:14", **kw: Any) -> Reply:
        """An already_paid reply whose bank line matches (amount = the open balance of the invoices meant), unless
        kw carries human reasons and no bank_ref is given."""
        inv = kw.get("inv")
        if bank_ref is not None or not kw.get("human"):
            name = self.world.by_id[cust][1].upper()
            self.bank(cust, paid_on or day, bank_amount or self.world.balance(cust, inv), bank_ref or f"{(kw.get('ref') or 'TRF')} {name}")
        return self.r(cust, day, body, "already_paid", hm=hm, **kw)
