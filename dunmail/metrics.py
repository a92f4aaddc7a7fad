"""Collection metrics from dunmail's own records and the ERP snapshot, for `dunmail report` and the dashboard.

Definitions (each metric says what it counts, so a manager can check it):
- promise_kept_rate: kept / (kept + broken) promises that were checked on their date + grace.
- automation_rate: sent messages (replies and reminders) approved without an edit / all sent.
- time_to_first_response: hours from a customer's message arriving to our first reply being sent.
- open_disputes_by_age: invoices or customers paused for a dispute, by days since the pause.
- recovery_rate: of the money on invoices that went past due, the share paid since.
- dso: open receivables / invoiced in the last 90 days * 90 (the count-back-free estimate).
- overdue_by_stage: open balances by the dunning stage their days past due have reached.
"""

from __future__ import annotations

import csv
import io
import statistics
from collections import Counter
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from agent.dunning.policy import DunningPolicy, load_policy
from dunmail.tables import ApprovalRequest, AuditEvent, InboundMessage, Pause, PauseState, Promise
from tools.erp import Erp

DISPUTE_AGE_BUCKETS: tuple[tuple[str, int, int | None], ...] = (("0-7 days", 0, 7), ("8-30 days", 8, 30), ("31-60 days", 31, 60), ("over 60 days", 61, None))
DSO_WINDOW_DAYS = 90


def _aware(ts: datetime) -> datetime:
    return ts if ts.tzinfo is not None else ts.replace(tzinfo=timezone.utc)


def _ratio(part: int | Decimal, whole: int | Decimal) -> float | None:
    return round(float(part) / float(whole), 4) if whole else None


def _promises(session: Session) -> dict[str, Any]:
    counts = Counter(p.status for p in session.exec(select(Promise)).all())
    checked = counts["kept"] + counts["broken"]
    return {"promises_open": counts["open"], "promises_kept": counts["kept"], "broken_promises": counts["broken"],
            "promise_kept_rate": _ratio(counts["kept"], checked)}


def _automation(session: Session) -> dict[str, Any]:
    sent = session.exec(select(AuditEvent).where(AuditEvent.kind == "reply.sent")).all()
    approvals = session.exec(select(AuditEvent).where(AuditEvent.kind == "approval.approved").order_by(col(AuditEvent.id))).all()
    edited: dict[int, bool] = {}
    for ev in approvals:  # the last approval of an item is the one that sent it
        if ev.approval_id is not None:
            edited[ev.approval_id] = bool(ev.detail.get("edited"))
    sent_ids = {ev.approval_id for ev in sent if ev.approval_id is not None}
    unedited = sum(1 for i in sent_ids if not edited.get(i, False))
    return {"sent": len(sent_ids), "sent_without_edits": unedited, "automation_rate": _ratio(unedited, len(sent_ids))}


def _first_response(session: Session) -> dict[str, Any]:
    rows = session.exec(
        select(InboundMessage.received_at, AuditEvent.at)
        .join(ApprovalRequest, col(ApprovalRequest.inbound_id) == col(InboundMessage.id))
        .join(AuditEvent, col(AuditEvent.approval_id) == col(ApprovalRequest.id))
        .where(AuditEvent.kind == "reply.sent")
    ).all()
    hours = [max(0.0, (_aware(sent) - _aware(received)).total_seconds() / 3600) for received, sent in rows]
    return {"responses": len(hours), "time_to_first_response_median_h": round(statistics.median(hours), 2) if hours else None,
            "time_to_first_response_mean_h": round(statistics.fmean(hours), 2) if hours else None}


def _disputes(session: Session, today: date) -> dict[str, Any]:
    rows = session.exec(select(Pause).where(Pause.state == PauseState.active, col(Pause.until).is_(None))).all()
    disputes = [r for r in rows if r.reason.lower().startswith("dispute")]
    buckets = {name: 0 for name, _, _ in DISPUTE_AGE_BUCKETS}
    for r in disputes:
        age = max(0, (today - _aware(r.activated_at or r.created_at).date()).days)  # a snapshot ERP date may lag the clock
        for name, lo, hi in DISPUTE_AGE_BUCKETS:
            if age >= lo and (hi is None or age <= hi):
                buckets[name] += 1
                break
    return {"open_disputes": len(disputes), "open_disputes_by_age": buckets}


def _receivables(erp: Erp, today: date, policy: DunningPolicy) -> dict[str, Any]:
    open_total = overdue_total = went_overdue = recovered = invoiced_recent = Decimal("0")
    by_stage: dict[str, dict[str, Any]] = {"not yet due": {"invoices": 0, "amount": Decimal("0")}}
    ordered = sorted(((s.days, s.name) for seg in policy.segments for s in seg.stages))
    stage_names = list(dict.fromkeys(name for _, name in ordered))
    by_stage.update({name: {"invoices": 0, "amount": Decimal("0")} for name in stage_names})
    by_stage["overdue, before the first stage"] = {"invoices": 0, "amount": Decimal("0")}
    for customer in erp.customers():
        invoices = erp.invoices(customer.id)
        overdue = sum((i.balance for i in invoices if i.is_open and i.due_date < today), Decimal("0"))
        segment = policy.segment_for(customer, overdue)
        last_payment = {n: p.date for p in erp.payments(customer.id) for n in p.applied_to}
        for inv in invoices:
            if today - timedelta(days=DSO_WINDOW_DAYS) < inv.issue_date <= today:
                invoiced_recent += inv.amount
            if inv.due_date < today and (inv.is_open or last_payment.get(inv.number, inv.due_date) > inv.due_date):
                went_overdue += inv.amount
                recovered += inv.amount - inv.balance
            if not inv.is_open:
                continue
            open_total += inv.balance
            days = (today - inv.due_date).days
            idx = segment.reached(days)
            key = segment.stages[idx].name if idx is not None else ("not yet due" if days <= 0 else "overdue, before the first stage")
            by_stage[key]["invoices"] += 1
            by_stage[key]["amount"] += inv.balance
            if days > 0:
                overdue_total += inv.balance
    dso = round(float(open_total / invoiced_recent * DSO_WINDOW_DAYS), 1) if invoiced_recent else None
    return {"open_receivables": str(open_total), "overdue": str(overdue_total), "recovery_rate": _ratio(recovered, went_overdue),
            "recovered": str(recovered), "dso_days": dso,
            "overdue_by_stage": {k: {"invoices": v["invoices"], "amount": str(v["amount"])} for k, v in by_stage.items()}}


def collection_metrics(engine: Engine, erp: Erp, today: date, policy: DunningPolicy | None = None) -> dict[str, Any]:
    """All collection metrics as one JSON-ready dict (amounts are decimal strings, rates 0..1 or None)."""
    policy = policy or load_policy()
    with Session(engine) as session:
        out: dict[str, Any] = {"as_of": today.isoformat()}
        out |= _promises(session)
        out |= _automation(session)
        out |= _first_response(session)
        out |= _disputes(session, today)
    out |= _receivables(erp, today, policy)
    return out


def metric_rows(metrics: dict[str, Any]) -> list[tuple[str, str]]:
    """(name, value) rows for a table or CSV; nested metrics are flattened as "group: key"."""
    rows: list[tuple[str, str]] = []
    for key, value in metrics.items():
        if key == "overdue_by_stage":
            rows += [(f"overdue by stage: {stage}", f"{v['invoices']} invoices, {v['amount']}") for stage, v in value.items()]
        elif isinstance(value, dict):
            rows += [(f"{key.replace('_', ' ')}: {k}", str(v)) for k, v in value.items()]
        elif isinstance(value, float) and key.endswith("rate"):
            rows.append((key.replace("_", " "), f"{value:.1%}"))
        else:
            rows.append((key.replace("_", " "), "n/a" if value is None else str(value)))
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

    fig = Figure(figsize=(9, 3.4), layout="constrained")
    ax1, ax2, ax3 = fig.subplots(1, 3, width_ratios=[3, 2, 1.3])
    stages = metrics["overdue_by_stage"]
    ax1.barh(list(stages)[::-1], [float(v["amount"]) for v in stages.values()][::-1], color="#b5523b")
    ax1.set_title("Open balance by dunning stage", fontsize=10)
    ax1.tick_params(labelsize=8)
    ax1.xaxis.set_major_formatter(lambda x, _pos: f"{x / 1000:,.0f}k" if x else "0")
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


def metrics_chart_svg(metrics: dict[str, Any]) -> str:
    """The dashboard chart as an inline <svg> element (no external files, no scripts)."""
    buf = io.StringIO()
    _figure(metrics).savefig(buf, format="svg")
    text = buf.getvalue()
    return text[text.index("<svg"):]


def metrics_chart_png(metrics: dict[str, Any]) -> bytes:
    buf = io.BytesIO()
    _figure(metrics).savefig(buf, format="png", dpi=110)
    return buf.getvalue()
