"""Collection metrics from dunmail's own records and the ERP snapshot, for `dunmail report` and the dashboard.

Definitions (each metric says what it counts, so a manager can check it):
- promise_kept_rate: kept / (kept + broken) promises that were checked on their date + grace.
- automation_rate: sent messages (replies and reminders) approved without an edit / all sent.
- time_to_first_response: hours from the customer's message (its Date header; the time we fetched it
  when the header is missing or unreadable) to our first reply being sent.
- open_disputes_by_age: invoices or customers paused for a dispute, by days since the pause.
Money figures are per currency, under "currencies": amounts in EUR and USD are never added.
- recovery_rate: of the money on invoices that went past due, the share paid since.
- dso: open receivables / invoiced in the last 90 days * 90 (the count-back-free estimate).
- not_yet_due: open balances whose due date has not passed (never counted as overdue).
- overdue_by_stage: overdue balances by the dunning stage their days past due have reached; an
  invoice overdue but not yet at the first overdue stage is "overdue_before_first_stage".

With an owner, every figure covers only that collector's customers.
"""

from __future__ import annotations

import csv
import io
import statistics
from collections import Counter
from collections.abc import Collection
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from email.parser import BytesHeaderParser
from email.utils import parsedate_to_datetime
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from adapters.db.tables import ApprovalRequest, AuditEvent, InboundMessage, Pause, PauseState, Promise
from agent.dunning.policy import DunningPolicy, load_policy
from agent.dunning.stage_words import stage_words
from core.ports import Erp

DISPUTE_AGE_BUCKETS: tuple[tuple[str, int, int | None], ...] = (("0-7 days", 0, 7), ("8-30 days", 8, 30), ("31-60 days", 31, 60), ("over 60 days", 61, None))
DSO_WINDOW_DAYS = 90
BEFORE_FIRST_STAGE = "overdue_before_first_stage"


def _aware(ts: datetime) -> datetime:
    return ts if ts.tzinfo is not None else ts.replace(tzinfo=timezone.utc)


def _ratio(part: int | Decimal, whole: int | Decimal) -> float | None:
    return round(float(part) / float(whole), 4) if whole else None


def _mine(customer_id: str | None, customers: Collection[str] | None) -> bool:
    """Whether a record belongs to the view: everything without an owner filter, else only those customers."""
    return customers is None or customer_id in customers


def _promises(session: Session, customers: Collection[str] | None = None) -> dict[str, Any]:
    counts = Counter(p.status for p in session.exec(select(Promise)).all() if _mine(p.customer_id, customers))
    checked = counts["kept"] + counts["broken"]
    return {"promises_open": counts["open"], "promises_kept": counts["kept"], "broken_promises": counts["broken"],
            "promise_kept_rate": _ratio(counts["kept"], checked)}


def _automation(session: Session, customers: Collection[str] | None = None) -> dict[str, Any]:
    sent = [ev for ev in session.exec(select(AuditEvent).where(AuditEvent.kind == "reply.sent")).all() if _mine(ev.customer_id, customers)]
    approvals = session.exec(select(AuditEvent).where(AuditEvent.kind == "approval.approved").order_by(col(AuditEvent.id))).all()
    edited: dict[int, bool] = {}
    for ev in approvals:  # the last approval of an item is the one that sent it
        if ev.approval_id is not None:
            edited[ev.approval_id] = bool(ev.detail.get("edited"))
    sent_ids = {ev.approval_id for ev in sent if ev.approval_id is not None}
    unedited = sum(1 for i in sent_ids if not edited.get(i, False))
    return {"sent": len(sent_ids), "sent_without_edits": unedited, "automation_rate": _ratio(unedited, len(sent_ids))}


def written_at(raw: bytes, fallback: datetime) -> datetime:
    """When the customer wrote: the Date header, else (missing, unreadable) when we fetched the mail.
    A mailbox synced a week late must not make us look a week slower, nor faster."""
    try:
        value = BytesHeaderParser().parsebytes(raw).get("Date")
        return _aware(parsedate_to_datetime(str(value))) if value else _aware(fallback)
    except (TypeError, ValueError, IndexError):
        return _aware(fallback)


def _first_response(session: Session, customers: Collection[str] | None = None) -> dict[str, Any]:
    rows = session.exec(
        select(InboundMessage.raw, InboundMessage.received_at, InboundMessage.customer_id, AuditEvent.at)
        .join(ApprovalRequest, col(ApprovalRequest.inbound_id) == col(InboundMessage.id))
        .join(AuditEvent, col(AuditEvent.approval_id) == col(ApprovalRequest.id))
        .where(AuditEvent.kind == "reply.sent")
    ).all()
    hours = [max(0.0, (_aware(sent) - written_at(raw, received)).total_seconds() / 3600) for raw, received, customer_id, sent in rows
             if _mine(customer_id, customers)]
    return {"responses": len(hours), "time_to_first_response_median_h": round(statistics.median(hours), 2) if hours else None,
            "time_to_first_response_mean_h": round(statistics.fmean(hours), 2) if hours else None}


def _disputes(session: Session, today: date, customers: Collection[str] | None = None) -> dict[str, Any]:
    rows = session.exec(select(Pause).where(Pause.state == PauseState.active, col(Pause.until).is_(None))).all()
    disputes = [r for r in rows if r.reason.lower().startswith("dispute") and _mine(r.customer_id, customers)]
    buckets = {name: 0 for name, _, _ in DISPUTE_AGE_BUCKETS}
    for r in disputes:
        age = max(0, (today - _aware(r.activated_at or r.created_at).date()).days)  # a snapshot ERP date may lag the clock
        for name, lo, hi in DISPUTE_AGE_BUCKETS:
            if age >= lo and (hi is None or age <= hi):
                buckets[name] += 1
                break
    return {"open_disputes": len(disputes), "open_disputes_by_age": buckets}


def _stage_key(segment: Any, days: int) -> str:
    """The overdue stage an invoice `days` past due has reached (days > 0); stages before or on the
    due date (a courtesy note) do not make an invoice count as reminded-overdue."""
    idx = segment.reached(days)
    if idx is None or segment.stages[idx].days <= 0:
        return BEFORE_FIRST_STAGE
    return str(segment.stages[idx].name)


class _Book:
    """One currency's receivables while they are being added up."""

    def __init__(self, stage_names: list[str]) -> None:
        self.open = self.overdue = self.not_yet_due = self.went_overdue = self.recovered = self.invoiced_recent = Decimal("0")
        self.not_yet_due_invoices = 0
        self.by_stage: dict[str, list[Any]] = {name: [0, Decimal("0")] for name in [BEFORE_FIRST_STAGE, *stage_names]}

    def as_json(self) -> dict[str, Any]:
        dso = round(float(self.open / self.invoiced_recent * DSO_WINDOW_DAYS), 1) if self.invoiced_recent else None
        return {"open_receivables": str(self.open), "overdue": str(self.overdue), "not_yet_due": str(self.not_yet_due),
                "not_yet_due_invoices": self.not_yet_due_invoices, "recovered": str(self.recovered),
                "recovery_rate": _ratio(self.recovered, self.went_overdue), "dso_days": dso,
                "overdue_by_stage": {k: {"invoices": n, "amount": str(amount)} for k, (n, amount) in self.by_stage.items()}}


def _receivables(erp: Erp, today: date, policy: DunningPolicy, owner: str | None = None) -> dict[str, Any]:
    ordered = sorted((s.days, s.name) for seg in policy.segments for s in seg.stages if s.days > 0)
    stage_names = list(dict.fromkeys(name for _, name in ordered))
    books: dict[str, _Book] = {}
    for customer in erp.customers():
        if owner is not None and customer.owner != owner:
            continue
        invoices = erp.invoices(customer.id)
        overdue = sum((i.balance for i in invoices if i.is_open and i.due_date < today), Decimal("0"))
        segment = policy.segment_for(customer, overdue)
        last_payment = {n: p.date for p in erp.payments(customer.id) for n in p.applied_to}
        for inv in invoices:
            book = books.setdefault(inv.currency, _Book(stage_names))
            if today - timedelta(days=DSO_WINDOW_DAYS) < inv.issue_date <= today:
                book.invoiced_recent += inv.amount
            if inv.due_date < today and (inv.is_open or last_payment.get(inv.number, inv.due_date) > inv.due_date):
                book.went_overdue += inv.amount
                book.recovered += inv.amount - inv.balance
            if not inv.is_open:
                continue
            book.open += inv.balance
            days = (today - inv.due_date).days
            if days <= 0:
                book.not_yet_due += inv.balance
                book.not_yet_due_invoices += 1
                continue
            book.overdue += inv.balance
            entry = book.by_stage.setdefault(_stage_key(segment, days), [0, Decimal("0")])
            entry[0] += 1
            entry[1] += inv.balance
    return {"currencies": {currency: books[currency].as_json() for currency in sorted(books)}}


def owner_customers(erp: Erp, owner: str) -> set[str]:
    """The ids of the customers one collector owns."""
    return {c.id for c in erp.customers() if c.owner == owner}


def collection_metrics(engine: Engine, erp: Erp, today: date, policy: DunningPolicy | None = None, owner: str | None = None) -> dict[str, Any]:
    """All collection metrics as one JSON-ready dict (amounts are decimal strings per currency, rates
    0..1 or None); with an owner, only that collector's customers."""
    policy = policy or load_policy()
    customers = owner_customers(erp, owner) if owner is not None else None
    with Session(engine) as session:
        out: dict[str, Any] = {"as_of": today.isoformat(), "owner": owner}
        out |= _promises(session, customers)
        out |= _automation(session, customers)
        out |= _first_response(session, customers)
        out |= _disputes(session, today, customers)
    out |= _receivables(erp, today, policy, owner)
    return out


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def _amount(value: str, currency: str) -> str:
    return f"{Decimal(value):,.2f} {currency}"


def stage_label(key: str) -> str:
    """An overdue_by_stage key in words."""
    return "overdue, before the first overdue stage" if key == BEFORE_FIRST_STAGE else stage_words(key)


def metric_rows(metrics: dict[str, Any]) -> list[tuple[str, str]]:
    """(name, value) rows for a table or CSV, amounts with thousands separators and their currency;
    each currency's figures in rows of their own (never a sum across currencies)."""
    rows: list[tuple[str, str]] = []
    for key, value in metrics.items():
        if key == "owner":
            if value is not None:
                rows.append(("collector", str(value)))
        elif key == "currencies":
            for currency, book in value.items():
                rows += _currency_rows(currency, book)
        elif isinstance(value, dict):
            rows += [(f"{key.replace('_', ' ')}: {k}", str(v)) for k, v in value.items()]
        elif isinstance(value, float) and key.endswith("rate"):
            rows.append((key.replace("_", " "), f"{value:.1%}"))
        elif isinstance(value, int) and not isinstance(value, bool):
            rows.append((key.replace("_", " "), f"{value:,}"))
        else:
            rows.append((key.replace("_", " "), "n/a" if value is None else str(value)))
    return rows


def _currency_rows(currency: str, book: dict[str, Any]) -> list[tuple[str, str]]:
    rate = book["recovery_rate"]
    rows = [
        (f"{currency} open receivables", _amount(book["open_receivables"], currency)),
        (f"{currency} overdue", _amount(book["overdue"], currency)),
        (f"{currency} not yet due", f"{_plural(book['not_yet_due_invoices'], 'invoice')}, {_amount(book['not_yet_due'], currency)}"),
        (f"{currency} recovered", _amount(book["recovered"], currency)),
        (f"{currency} recovery rate", "n/a" if rate is None else f"{rate:.1%}"),
        (f"{currency} dso days", "n/a" if book["dso_days"] is None else f"{book['dso_days']:,}"),
    ]
    rows += [(f"{currency} overdue by stage: {stage_label(stage)}", f"{_plural(v['invoices'], 'invoice')}, {_amount(v['amount'], currency)}")
             for stage, v in book["overdue_by_stage"].items()]
    return rows


def metrics_csv(metrics: dict[str, Any]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["metric", "value"])
    writer.writerows(metric_rows(metrics))
    return buf.getvalue()


def _figure(metrics: dict[str, Any]) -> Any:
    import matplotlib

    matplotlib.use("Agg")  # no display: render to bytes only
    from matplotlib.figure import Figure

    # One panel per currency: amounts in different currencies never share an axis or a sum.
    books = metrics["currencies"] or {"": {"overdue_by_stage": {}, "not_yet_due": "0"}}
    fig = Figure(figsize=(9, 6.2), layout="constrained")
    top, bottom = fig.subfigures(2, 1, height_ratios=[1.2, 1])
    top.suptitle("Open amount by dunning stage, one panel per currency", fontsize=10)
    panels = top.subplots(1, len(books), squeeze=False, sharey=True)[0]
    for ax1, (currency, book) in zip(panels, books.items(), strict=True):
        labels = ["not yet due", *(stage_label(k) if k != BEFORE_FIRST_STAGE else "overdue, before stage 1" for k in book["overdue_by_stage"])]
        amounts = [float(book["not_yet_due"]), *(float(v["amount"]) for v in book["overdue_by_stage"].values())]
        colors = ["#8fa8c8"] + ["#b5523b"] * (len(labels) - 1)  # not yet due in blue, overdue in red
        ax1.barh(labels[::-1], amounts[::-1], color=colors[::-1])
        ax1.set_title(currency, fontsize=9)
        ax1.tick_params(labelsize=7)
        ax1.xaxis.set_major_formatter(lambda x, _pos: f"{x / 1000:,.0f}k" if x else "0")
    ax2, ax3 = bottom.subplots(1, 2, width_ratios=[2, 1.3])
    ages = metrics["open_disputes_by_age"]
    ax2.bar([name.replace(" days", "").replace("over ", ">") for name in ages], list(ages.values()), color="#476f95")
    ax2.set_xlabel("days", fontsize=8)
    ax2.set_title("Open disputes by age", fontsize=10)
    ax2.tick_params(labelsize=7)
    ax2.yaxis.get_major_locator().set_params(integer=True)
    kept, broken, still = metrics["promises_kept"], metrics["broken_promises"], metrics["promises_open"]
    ax3.bar(["kept", "broken", "open"], [kept, broken, still], color=["#4f8a4b", "#b5523b", "#999999"])
    ax3.set_title("Promises", fontsize=10)
    ax3.tick_params(labelsize=8)
    ax3.yaxis.get_major_locator().set_params(integer=True)
    for ax in (ax2, ax3):
        ax.set_ylim(bottom=0, top=max(1.0, ax.get_ylim()[1]))
    return fig



def metrics_chart_png(metrics: dict[str, Any]) -> bytes:
    buf = io.BytesIO()
    _figure(metrics).savefig(buf, format="png", dpi=110)
    return buf.getvalue()
