"""Which customers get a reminder today, at which stage, listing which invoices — or why not.

Planning only reads: the ERP (balances are the truth: paid = balance 0 in the current snapshot) and
dunmail's own work state (pauses, stops, stages already reminded, promises, recent touches, items
waiting in the queue) through the `WorkState` port below, which dunmail/planning.py implements on the
tables. Queueing the plans is dunmail.tick's job.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Sized
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, Protocol

from agent.dunning.policy import DunningPolicy, Segment, load_policy
from agent.dunning.stage_words import stage_words
from agent.state import PolicyParams
from core.ports import Erp
from core.records import Customer, Invoice


class InvoiceProgress(Protocol):
    """How far dunning got for one invoice: the last stage sent (1-based, 0 = none) and a person's stop."""

    @property
    def stage(self) -> int: ...
    @property
    def stopped(self) -> bool: ...


class OpenPromise(Protocol):
    """A customer's promise to pay, still open."""

    @property
    def id(self) -> int | None: ...
    @property
    def promised_date(self) -> date: ...
    @property
    def invoice_numbers(self) -> list[str]: ...
    @property
    def amount(self) -> str | None: ...


class Holds(Protocol):
    """What keeps a customer's reminders waiting today: whole-customer pauses and per-invoice ones."""

    @property
    def customer(self) -> Sized: ...
    def customer_reason(self) -> str | None: ...
    def invoice_reason(self, number: str) -> str | None: ...


@dataclass(frozen=True)
class OpenItem:
    """An item of this customer still open in the queue (pending, approved or failed), oldest first."""

    id: int
    created: date
    is_reply: bool  # a customer's reply (not a reminder)
    pending: bool  # nobody has decided on it yet


class WorkState(Protocol):
    """dunmail's own work state as the planner reads it (dunmail/planning.py reads it from the tables)."""

    def progress(self, customer_id: str) -> Mapping[str, InvoiceProgress]: ...
    def holds(self, customer_id: str, today: date) -> Holds: ...
    def open_promises(self, customer_id: str) -> Sequence[OpenPromise]: ...
    def open_items(self, customer_id: str) -> Sequence[OpenItem]: ...
    def last_touch(self, customer_id: str) -> date | None: ...


@dataclass
class ReminderPlan:
    """One consolidated reminder (or, for excluded customers, one item for a human) for one customer."""

    customer_id: str
    customer_name: str
    owner: str | None
    segment: str
    stage: str
    stage_index: int  # -1 for a broken-promise follow-up
    tone: str
    invoices: list[str]
    total: str  # decimal string: the sum of the listed balances
    currency: str
    today: date
    needs_human: bool = False  # strategic accounts and follow-ups: a person must look first
    route_only: bool = False  # legal / credit_hold: no draft, a human decides
    batch_approve: bool = False  # routine stage a manager may approve in a batch
    attach_invoices: bool = False
    promise_id: int | None = None
    promise_date: date | None = None
    promise_amount: str | None = None
    reasons: list[str] = field(default_factory=list)

    @property
    def thread_id(self) -> str:
        return f"reminder-{self.customer_id}-{self.stage}-{self.today.isoformat()}"

    @property
    def reason(self) -> str:
        """What the collector reads in the queue: stage, invoices and why a human is needed."""
        if self.promise_date is not None:
            head = f"broken promise of {self.promise_date.isoformat()}"
        else:
            head = stage_words(self.stage, self.segment)
        return "; ".join([f"{head}: {', '.join(self.invoices)}", *self.reasons])

    def as_state(self) -> dict[str, Any]:
        return {
            "customer_id": self.customer_id, "segment": self.segment, "stage": self.stage, "stage_index": self.stage_index,
            "tone": self.tone, "invoices": list(self.invoices), "total": self.total, "today": self.today.isoformat(),
            "needs_human": self.needs_human, "attach_invoices": self.attach_invoices, "reasons": list(self.reasons),
            "promise_date": self.promise_date.isoformat() if self.promise_date else None, "promise_amount": self.promise_amount,
        }


@dataclass
class Skip:
    customer_id: str
    reason: str


@dataclass
class DayPlan:
    plans: list[ReminderPlan] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)


def _promised(work: WorkState, customer_id: str, today: date, grace: int) -> set[str]:
    """Invoices under an open promise whose date (+ grace) has not passed: we wait for the money."""
    return {n for p in work.open_promises(customer_id) if p.promised_date + timedelta(days=grace) > today for n in p.invoice_numbers}


def flag_rule(policy: DunningPolicy, customer: Customer) -> tuple[str, str] | None:
    """("skip"|"human"|"owner", flag) for the first policy flag the customer carries."""
    for kind, flags in (("skip", policy.flags.skip), ("human", policy.flags.human), ("owner", policy.flags.owner_approval)):
        hit = next((f for f in flags if f in customer.flags), None)
        if hit:
            return kind, hit
    return None


REPLY_HOLD_DAYS = PolicyParams.auto_deferral_days  # how long a reply waiting for review holds its customer's reminders


def plan(work: WorkState, erp: Erp, today: date, policy: DunningPolicy | None = None, reply_hold_days: int = REPLY_HOLD_DAYS) -> DayPlan:
    """Every customer's reminder for `today`, and for every customer with overdue items that gets none, why."""
    policy = policy or load_policy()
    out = DayPlan()
    for customer in erp.customers():
        plan, skip = _plan_customer(work, policy, erp, customer, today, reply_hold_days)
        if plan:
            out.plans.append(plan)
        elif skip:
            out.skipped.append(skip)
    return out



def _waiting_items(work: WorkState, customer_id: str, today: date, reply_hold_days: int) -> tuple[OpenItem | None, list[OpenItem]]:
    """(an item that holds reminders today, replies that waited longer than they may hold them).

    A reply waiting for review holds its customer's reminders — visibly, in the queue — but only
    for `reply_hold_days`: an unread message must not stop dunning for longer than the automatic
    deferral. After that the reminder is planned for a person, naming the reply still waiting."""
    overdue = []
    for item in work.open_items(customer_id):
        waited = (today - item.created).days
        if item.is_reply and item.pending and waited > reply_hold_days:
            overdue.append(item)
        else:
            return item, overdue
    return None, overdue


def _plan_customer(work: WorkState, policy: DunningPolicy, erp: Erp, customer: Customer, today: date,
                   reply_hold_days: int = REPLY_HOLD_DAYS) -> tuple[ReminderPlan | None, Skip | None]:
    open_invoices = erp.open_invoices(customer.id)
    if not open_invoices:
        return None, None  # paid in the ERP: nothing to remind of
    states = work.progress(customer.id)
    overdue = sum((i.balance for i in open_invoices if i.due_date < today), Decimal("0"))
    segment = policy.segment_for(customer, overdue)
    candidates: list[tuple[Invoice, int]] = []
    for inv in open_invoices:
        done = states[inv.number].stage if inv.number in states else 0
        idx = policy.stage_to_send(segment, (today - inv.due_date).days, done)
        if idx is not None:
            candidates.append((inv, idx))
    if not candidates:
        return None, None  # nothing in the cadence yet
    if policy.go_live_date is not None and today < policy.go_live_date:
        return None, Skip(customer.id, f"dunning starts on the go-live date, {policy.go_live_date.isoformat()}")
    rule = flag_rule(policy, customer)
    if rule and rule[0] == "skip":
        return None, Skip(customer.id, f"flagged {rule[1]}: nothing is sent")
    held_by = work.holds(customer.id, today)
    if held_by.customer:
        return None, Skip(customer.id, f"dunning paused: {held_by.customer_reason()}")
    promised = _promised(work, customer.id, today, policy.limits.promise_grace_days)
    eligible: list[tuple[Invoice, int]] = []
    held: list[str] = []
    for inv, idx in candidates:
        st = states.get(inv.number)
        if st and st.stopped:
            held.append(f"{inv.number} stopped")
        elif held_by.invoice_reason(inv.number):
            held.append(f"{inv.number} paused ({held_by.invoice_reason(inv.number)})")
        elif inv.number in promised:
            held.append(f"{inv.number} promised")
        else:
            eligible.append((inv, idx))
    if not eligible:
        return None, Skip(customer.id, "every invoice in the cadence is on hold: " + "; ".join(held))
    due_now = [(inv, idx) for inv, idx in eligible if idx + 1 > (states[inv.number].stage if inv.number in states else 0)]
    if not due_now:
        return None, None  # each invoice was already reminded at the stage it has reached
    waiting, unreviewed = _waiting_items(work, customer.id, today, reply_hold_days)
    if waiting is not None:
        return None, Skip(customer.id, f"item {waiting.id} for this customer is still open in the queue")
    touched = work.last_touch(customer.id)
    if touched and (today - touched).days < policy.limits.min_days_between_touches:
        return None, Skip(customer.id, f"touch limit: we wrote on {touched} (minimum {policy.limits.min_days_between_touches} days between messages)")
    plan = _make_plan(policy, segment, customer, eligible, today, rule, held)
    if unreviewed:
        plan.needs_human, plan.batch_approve = True, False
        plan.reasons.append("a reply still waits for review: " + ", ".join(f"item {i.id} since {i.created}" for i in unreviewed))
    return plan, None


def _make_plan(policy: DunningPolicy, segment: Segment, customer: Customer, eligible: list[tuple[Invoice, int]], today: date,
               rule: tuple[str, str] | None, held: list[str]) -> ReminderPlan:
    idx = max(i for _, i in eligible)
    stage = segment.stages[idx]
    invoices = sorted((inv for inv, _ in eligible), key=lambda i: (i.due_date, i.number))
    # A first reminder for an invoice already past due must not say it "will fall due shortly".
    tone = "reminder" if stage.tone == "courtesy" and any(i.due_date < today for i in invoices) else stage.tone
    reasons = []
    route_only = needs_human = False
    if rule and rule[0] == "human":
        route_only = needs_human = True
        reasons.append(f"customer flagged {rule[1]}: no reminder is drafted, a human decides")
    elif rule and rule[0] == "owner":
        needs_human = True
        reasons.append(f"strategic account: only with the owner's ({customer.owner or 'unassigned'}) approval")
    if held:
        reasons.append("left out: " + "; ".join(held))
    if policy.ap_contact(customer) is None and not route_only:
        route_only = needs_human = True
        reasons.append("no contact on record for this customer")
    return ReminderPlan(
        customer_id=customer.id, customer_name=customer.name, owner=customer.owner or None, segment=segment.name,
        stage=stage.name, stage_index=idx, tone=tone, invoices=[i.number for i in invoices],
        total=str(sum((i.balance for i in invoices), Decimal("0"))), currency=invoices[0].currency, today=today,
        needs_human=needs_human, route_only=route_only, batch_approve=stage.batch_approve and not needs_human,
        attach_invoices=stage.attach_invoices, reasons=reasons,
    )


def plan_followup(policy: DunningPolicy, erp: Erp, customer: Customer, promise: OpenPromise, today: date, held_by: Holds) -> ReminderPlan | Skip:
    """The follow-up to a broken promise, listing what is still open of what was promised."""
    rule = flag_rule(policy, customer)
    if rule and rule[0] == "skip":
        return Skip(customer.id, f"flagged {rule[1]}: no follow-up is sent")
    open_by_number = {i.number: i for i in erp.open_invoices(customer.id)}
    invoices = [open_by_number[n] for n in promise.invoice_numbers if n in open_by_number]
    if not invoices:  # the promise named no invoice: everything overdue
        invoices = [i for i in open_by_number.values() if i.due_date < today]
    if not invoices:
        return Skip(customer.id, "nothing is open any more")
    reasons = [f"the customer promised to pay by {promise.promised_date.isoformat()} and the ERP shows no payment"]
    route_only = bool(rule and rule[0] == "human") or bool(held_by.customer) or policy.ap_contact(customer) is None
    if rule and rule[0] in ("human", "owner"):
        reasons.append(f"customer flagged {rule[1]}")
    if held_by.customer:
        reasons.append(f"dunning paused: {held_by.customer_reason()}")
    invoices.sort(key=lambda i: (i.due_date, i.number))
    return ReminderPlan(
        customer_id=customer.id, customer_name=customer.name, owner=customer.owner or None, segment="followup",
        stage="broken_promise", stage_index=-1, tone=policy.followup.tone, invoices=[i.number for i in invoices],
        total=str(sum((i.balance for i in invoices), Decimal("0"))), currency=invoices[0].currency, today=today,
        needs_human=policy.followup.needs_human or route_only or bool(rule), route_only=route_only,
        batch_approve=policy.followup.batch_approve and not rule, promise_id=promise.id,
        promise_date=promise.promised_date, promise_amount=promise.amount, reasons=reasons,
    )
