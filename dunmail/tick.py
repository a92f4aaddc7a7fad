"""Moves dunning time forward by one day: pauses end, promises are checked, reminders are queued.

`tick(rt, today)` is what `dunmail tick` (cron or `dunmail watch`) runs. Every transition writes an
audit event with its reason. Running it twice on the same day changes nothing the second time:
promises are checked once, pauses end once, and each reminder's graph thread id carries the day.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from adapters.db.db import session_scope
from adapters.db.tables import ApprovalRequest, ApprovalStatus, AuditEvent, DunningState, Promise, utcnow
from agent.dunning.planner import DayPlan, ReminderPlan, Skip, plan_followup
from agent.dunning.policy import DunningError, DunningPolicy, load_policy
from dunmail import pauses
from dunmail.planning import plan_day
from dunmail.queue import QueueError
from dunmail.review import ReviewOutcome, approve
from dunmail.wiring import Runtime, recent_touches

ACTOR = "dunning"


@dataclass
class TickReport:
    today: date
    resumed: list[str] = field(default_factory=list)  # "customer/invoice: reason"
    kept: list[int] = field(default_factory=list)  # promise ids
    broken: list[int] = field(default_factory=list)
    queued: list[int] = field(default_factory=list)  # approval ids created today
    skipped: list[Skip] = field(default_factory=list)


def clock_on(today: date, timezone: str) -> Callable[[], datetime]:
    """"Now" on `today` where the company works: the wall clock itself on the real today, else the
    wall clock's time of day on that date, so `tick --today` can replay or simulate any day."""
    zone = ZoneInfo(timezone)

    def now() -> datetime:
        wall = datetime.now(zone)
        return wall if wall.date() == today else datetime.combine(today, wall.timetz())

    return now


def on_day(rt: Runtime, today: date) -> Runtime:
    """The runtime as it stands on `today`: the guardrails' clock (touch limit, near-duplicates)
    reads the day tick acts for, not the wall clock. The copy shares every client with `rt`."""
    lag = max(0, (datetime.now(ZoneInfo(rt.settings.timezone)).date() - today).days)
    context = dataclasses.replace(rt.context, now=clock_on(today, rt.settings.timezone),
                                  touches=lambda customer_id: recent_touches(rt.engine, customer_id, days=rt.context.limits.touch_window_days + lag))
    return dataclasses.replace(rt, context=context, _closers=[])


def starting_policy(rt: Runtime, policy: DunningPolicy | None) -> DunningPolicy:
    """The dunning policy with the go-live date of the settings (DUNMAIL_GO_LIVE_DATE), if set."""
    return (policy or load_policy()).going_live(rt.settings.go_live_date)


def end_pauses(rt: Runtime, today: date) -> list[str]:
    """Pauses with a date (promises, out-of-office) end on that date; open-ended ones (disputes,
    bounces) wait for a person."""
    with session_scope(rt.engine) as session:
        ended = pauses.end_due(session, today, ACTOR)
        return [f"{_target(p.customer_id, p.invoice)}: pause until {p.until} ended ({p.reason})" for p in ended]


def _target(customer_id: str, invoice: str | None) -> str:
    return f"{customer_id}/{invoice}" if invoice else customer_id


def _promise_paid(rt: Runtime, promise: Promise) -> tuple[bool, str]:
    """Kept when the ERP shows the promised invoices paid (or the promised amount paid on them)."""
    erp = rt.erp
    if promise.invoice_numbers:
        invoices = [erp.invoice(n) for n in promise.invoice_numbers]
        known = [i for i in invoices if i is not None]
        open_ = [i.number for i in known if i.is_open]
        if not open_:
            return True, "every promised invoice is paid in the ERP"
        paid = sum((i.amount - i.balance for i in known), Decimal("0"))
        if promise.amount and paid >= Decimal(promise.amount):
            return True, f"{paid} paid on the promised invoices (promised {promise.amount})"
        return False, f"still open in the ERP: {', '.join(open_)}"
    since = promise.created_at.date()
    payments = erp.payments(promise.customer_id, start=since)
    total = sum((p.amount for p in payments), Decimal("0"))
    wanted = Decimal(promise.amount) if promise.amount else Decimal("0.01")
    if total >= wanted:
        return True, f"{total} received since {since}"
    return False, f"no payment of {promise.amount or 'any amount'} since {since}"


def follow_promises(rt: Runtime, today: date, policy: DunningPolicy) -> tuple[list[int], list[int], list[ReminderPlan], list[Skip]]:
    """On a promise's date + grace, check the ERP: kept, or broken with a follow-up to queue."""
    kept, broken, followups, skipped = [], [], [], []
    deadline = today - timedelta(days=policy.limits.promise_grace_days)
    with session_scope(rt.engine) as session:
        due = session.exec(select(Promise).where(Promise.status == "open", col(Promise.promised_date) <= deadline).order_by(col(Promise.id))).all()
        for promise in due:
            paid, evidence = _promise_paid(rt, promise)
            promise.status, promise.checked_at = ("kept" if paid else "broken"), utcnow()
            session.add(promise)
            session.add(AuditEvent(actor=ACTOR, kind=f"promise.{promise.status}", customer_id=promise.customer_id,
                                   detail={"promise_id": promise.id, "promised_date": promise.promised_date.isoformat(), "amount": promise.amount,
                                           "invoices": promise.invoice_numbers, "reason": evidence}))
            # The pauses this promise put in place end now: paid invoices drop out of dunning by
            # themselves (balance 0); unpaid ones are dunned again, starting with the follow-up.
            # Only the pauses of the reply that made this promise: a dispute's pause stays.
            if promise.decision_id is not None:
                pauses.lift_for_decision(session, promise.decision_id, ACTOR, f"promise of {promise.promised_date} {promise.status}")
            (kept if paid else broken).append(promise.id)
            if not paid:
                customer = rt.erp.customer(promise.customer_id)
                if customer is None:
                    skipped.append(Skip(promise.customer_id, "customer not in the ERP: no follow-up"))
                    continue
                plan = plan_followup(policy, rt.erp, customer, promise, today, pauses.holds(session, customer.id, today))
                (followups if isinstance(plan, ReminderPlan) else skipped).append(plan)
    return kept, broken, followups, skipped


def queue_plan(rt: Runtime, plan: ReminderPlan, policy: DunningPolicy) -> int | None:
    """Turn one plan into a queue item (a reminder on its own graph thread, or a route item for a
    human). Returns the new item's id, or None when this plan was already queued."""
    with Session(rt.engine) as session:
        if session.exec(select(ApprovalRequest.id).where(ApprovalRequest.graph_thread_id == plan.thread_id)).first() is not None:
            return None
    draft, checks, decision = None, [], {}
    if not plan.route_only:
        customer = rt.erp.customer(plan.customer_id)
        contact = policy.ap_contact(customer) if customer else None
        state = {"plan": {**plan.as_state(), "contact": contact.model_dump(mode="json") if contact else None, "template_version": policy.template_version}}
        config = {"configurable": {"thread_id": plan.thread_id}}
        snapshot = rt.reminder_graph.get_state(config)
        if not snapshot.values:
            out = rt.reminder_graph.invoke(state, config, context=rt.context)
        elif snapshot.next and not snapshot.interrupts:
            out = rt.reminder_graph.invoke(None, config, context=rt.context)  # a crash stopped it mid-way
        else:
            out = dict(snapshot.values)
        draft, checks, decision = out.get("draft"), list(out.get("outbound_checks", [])), out.get("decision") or {}
    reasons = list(decision.get("reasons", [])) if draft is None and decision else []
    item = ApprovalRequest(
        graph_thread_id=plan.thread_id,
        kind="reminder" if draft else "route",
        owner=plan.owner,
        customer_id=plan.customer_id,
        customer_name=plan.customer_name,
        intent="reminder",
        reason="; ".join([plan.reason, *[r for r in reasons if r not in plan.reason]]),
        flagged=plan.needs_human or any(not c.get("passed", True) for c in checks),
        draft=draft,
    )
    try:
        with session_scope(rt.engine) as session:
            session.add(item)
            session.flush()
            _record_stage(session, plan)
            session.add(AuditEvent(actor=ACTOR, kind="reminder.queued" if draft else "reminder.routed", approval_id=item.id, customer_id=plan.customer_id,
                                   detail={"stage": plan.stage, "segment": plan.segment, "tone": plan.tone, "invoices": plan.invoices, "total": plan.total,
                                           "batch_approve": plan.batch_approve, "needs_human": plan.needs_human, "promise_id": plan.promise_id,
                                           "reasons": plan.reasons, "date": plan.today.isoformat()}))
            return item.id
    except IntegrityError:
        return None  # another tick queued the same thread at the same moment


def _record_stage(session: Session, plan: ReminderPlan) -> None:
    """Each listed invoice has now been reminded at the stage it reached (so it is not reminded of it again)."""
    if plan.stage_index < 0:
        return
    for number in [*plan.invoices, ""]:
        row = session.exec(select(DunningState).where(DunningState.customer_id == plan.customer_id, DunningState.invoice_number == number)).first()
        row = row or DunningState(customer_id=plan.customer_id, invoice_number=number)
        row.stage, row.updated_at = max(row.stage, plan.stage_index + 1), utcnow()
        session.add(row)


def queue_reminders(rt: Runtime, today: date, policy: DunningPolicy | None = None) -> tuple[list[int], DayPlan]:
    """Plan today's reminders and put each into the queue once."""
    policy = starting_policy(rt, policy)
    rt = on_day(rt, today)
    day = plan_day(rt.engine, rt.erp, today, policy, rt.context.policy.auto_deferral_days)
    ids = [i for i in (queue_plan(rt, p, policy) for p in day.plans) if i is not None]
    return ids, day


def tick(rt: Runtime, today: date | None = None, policy: DunningPolicy | None = None) -> TickReport:
    """One day of dunning: promises due are checked, dated pauses end, then today's reminders are queued.
    Everything reads one clock: `today` (default the ERP's today), drafts' guardrails included."""
    policy = starting_policy(rt, policy)
    today = today or rt.erp.today()
    rt = on_day(rt, today)
    report = TickReport(today=today)
    report.kept, report.broken, followups, skipped = follow_promises(rt, today, policy)
    report.skipped += skipped
    report.queued += [i for i in (queue_plan(rt, p, policy) for p in followups) if i is not None]
    report.resumed = end_pauses(rt, today)
    ids, day = queue_reminders(rt, today, policy)
    report.queued += ids
    report.skipped += day.skipped
    return report


def resolve_dispute(rt: Runtime, customer_id: str, invoice_number: str, user: str, note: str) -> str:
    """A human resolved a dispute (or another open-ended pause): the open-ended pauses of that
    target end; dated pauses (a promise, an absence) keep running."""
    if not note.strip():
        raise DunningError("say how the dispute was resolved (the note goes into the audit log)")
    target = _target(customer_id, invoice_number or None)
    with session_scope(rt.engine) as session:
        lifted = pauses.lift_open_ended(session, customer_id, invoice_number or None, user, f"resolved by {user}: {note}")
        if not lifted:
            raise DunningError(f"dunning of {target} is not paused until further notice: nothing to resolve")
        session.add(AuditEvent(actor=user, kind="dispute.resolved", customer_id=customer_id,
                               detail={"invoice": invoice_number or None, "note": note, "paused_for": [p.reason for p in lifted]}))
    return f"dunning of {target} resumed"


def stop_invoice(rt: Runtime, customer_id: str, invoice_number: str, user: str, note: str, *, stopped: bool = True) -> str:
    """A human stops (or restarts) dunning of one invoice."""
    if not note.strip():
        raise DunningError("say why (the note goes into the audit log)")
    with session_scope(rt.engine) as session:
        row = session.exec(select(DunningState).where(DunningState.customer_id == customer_id, DunningState.invoice_number == invoice_number)).first()
        row = row or DunningState(customer_id=customer_id, invoice_number=invoice_number)
        row.stopped, row.updated_at = stopped, utcnow()
        session.add(row)
        session.add(AuditEvent(actor=user, kind="dunning.stopped" if stopped else "dunning.restarted", customer_id=customer_id,
                               detail={"invoice": invoice_number, "note": note}))
    return f"dunning of {invoice_number} {'stopped' if stopped else 'restarted'}"


def approve_batch(rt: Runtime, ids: list[int], user: str, today: date | None = None) -> list[ReviewOutcome]:
    """Approve routine reminders in one go (role checks are the caller's). Items that are not a
    pending, unflagged reminder of a batch-approvable stage are left for one-by-one review. With
    `today`, the guardrails checked again before sending read that day's clock, as tick's did."""
    rt = on_day(rt, today) if today is not None else rt
    outcomes = []
    for approval_id in ids:
        with Session(rt.engine) as session:
            item = session.get(ApprovalRequest, approval_id)
            queued = session.exec(select(AuditEvent).where(AuditEvent.approval_id == approval_id, AuditEvent.kind == "reminder.queued")).first()
        why = None
        if item is None:
            why = "does not exist"
        elif item.kind != "reminder" or queued is None:
            why = "is not a planned reminder"
        elif item.status != ApprovalStatus.pending:
            why = f"is {item.status}"
        elif item.flagged:
            why = "is flagged: review it on its own"
        elif not queued.detail.get("batch_approve"):
            why = f"stage {queued.detail.get('stage')} is not batch-approvable by policy"
        if why or item is None:
            outcomes.append(ReviewOutcome(approval_id, item.status if item else "missing", f"skipped: item {approval_id} {why}"))
            continue
        try:
            outcomes.append(approve(rt, approval_id, item.version, user))
        except QueueError as exc:
            outcomes.append(ReviewOutcome(approval_id, item.status, f"skipped: {exc}"))
    return outcomes
