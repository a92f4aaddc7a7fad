"""Everything the item page shows about one queue item: the thread, facts, evidence, decision, checks.

Customer HTML is cleaned with nh3 and then only ever shown inside a sandboxed iframe (no scripts,
no same-origin); the text version is what the page shows first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import nh3
from sqlmodel import Session, col, select

from adapters.db.tables import ApprovalRequest, DecisionRecord, InboundMessage, OutboundMessage, Pause, PauseState
from dunmail import pauses as pause_store
from dunmail.wiring import Runtime
from inbox.parse import UnparseableMessage, parse_message

ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}
ALLOWED_TAGS = set(nh3.ALLOWED_TAGS) - {"img"}  # no remote images: tracking pixels would tell the sender we read it


def sanitise_html(html: str) -> str:
    """Customer HTML made inert: no scripts, event handlers, styles, forms or javascript: links."""
    return nh3.clean(html, tags=ALLOWED_TAGS, url_schemes=ALLOWED_URL_SCHEMES, link_rel="noopener noreferrer nofollow")


@dataclass
class ThreadEntry:
    direction: str  # inbound | outbound
    from_addr: str
    to: list[str]
    subject: str
    date: datetime | None
    visible_text: str
    text: str
    html: str | None  # already sanitised
    attachments: list[str]
    current: bool = False  # the message this item is about
    problem: str | None = None  # could not be parsed


@dataclass
class ItemView:
    item: ApprovalRequest
    decision: DecisionRecord | None
    thread: list[ThreadEntry]
    facts: list[tuple[str, Any]]
    invoices: list[dict[str, Any]]
    payments: list[dict[str, Any]]
    other_evidence: list[dict[str, Any]]
    checks: list[dict[str, Any]]  # failed first
    outbound: OutboundMessage | None
    erp_open_invoices: list[dict[str, Any]] = field(default_factory=list)
    erp_payments: list[dict[str, Any]] = field(default_factory=list)
    pauses: list[Pause] = field(default_factory=list)  # what this item proposed (and what its approval made active)
    customer_pauses: list[Pause] = field(default_factory=list)  # the customer's other active pauses

    @property
    def proposed(self) -> list[Pause]:
        return [p for p in self.pauses if p.state == PauseState.proposed]

    @property
    def failed_checks(self) -> list[dict[str, Any]]:
        return [c for c in self.checks if not c.get("passed", True)]

    @property
    def overridable(self) -> list[dict[str, Any]]:
        return [c for c in self.failed_checks if c.get("overridable")]


def _inbound_entry(msg: InboundMessage, *, current: bool, attachment_limit_bytes: int | None) -> ThreadEntry:
    try:
        parsed = parse_message(msg.raw, attachment_limit_bytes=attachment_limit_bytes)
    except UnparseableMessage as exc:
        return ThreadEntry("inbound", msg.from_addr, [], msg.subject, msg.received_at, "", "", None, [], current, problem=str(exc))
    return ThreadEntry(
        direction="inbound",
        from_addr=f"{parsed.from_name} <{parsed.from_addr}>" if parsed.from_name else parsed.from_addr,
        to=parsed.to,
        subject=parsed.subject,
        date=parsed.date or msg.received_at,
        visible_text=parsed.visible_text.strip() or parsed.text.strip(),
        text=parsed.text,
        html=sanitise_html(parsed.html) if parsed.html else None,
        attachments=[a.filename or a.content_type for a in parsed.attachments],
        current=current,
    )


def build_thread(session: Session, item: ApprovalRequest, attachment_limit_bytes: int | None = None) -> list[ThreadEntry]:
    """The customer's messages in this thread and the replies we sent, oldest first."""
    msg = session.get(InboundMessage, item.inbound_id) if item.inbound_id is not None else None  # reminders have no message
    if msg is None:
        return []
    if msg.thread_id is not None:
        inbound = list(session.exec(select(InboundMessage).where(InboundMessage.thread_id == msg.thread_id).order_by(col(InboundMessage.received_at), col(InboundMessage.id)).limit(50)).all())
    else:
        inbound = [msg]
    ids = [m.id for m in inbound]
    sent = session.exec(
        select(OutboundMessage, ApprovalRequest.inbound_id)
        .join(ApprovalRequest, col(ApprovalRequest.id) == col(OutboundMessage.approval_id))
        .where(col(ApprovalRequest.inbound_id).in_(ids), OutboundMessage.status == "sent")
    ).all()
    entries = [_inbound_entry(m, current=m.id == msg.id, attachment_limit_bytes=attachment_limit_bytes) for m in inbound]
    for out, _ in sent:
        entries.append(ThreadEntry("outbound", "", out.to_addrs, out.subject, out.sent_at or out.created_at, out.body, out.body, None, []))
    return sorted(entries, key=lambda e: e.date.timestamp() if e.date else 0.0)


def _current_checks(rt: Runtime, item: ApprovalRequest, decision: DecisionRecord | None) -> list[dict[str, Any]]:
    """The latest guardrail results: the graph's state after an edit was re-checked, else the decision's."""
    checks: list[dict[str, Any]] = list(decision.guardrails) if decision else []
    try:
        values = rt.graph.get_state({"configurable": {"thread_id": item.graph_thread_id}}).values or {}
    except Exception:  # noqa: BLE001 - an unreadable checkpoint only costs the fresher view
        values = {}
    if values.get("outbound_checks") is not None:
        checks = list(values.get("inbound_checks") or []) + list(values["outbound_checks"])
    return sorted(checks, key=lambda c: bool(c.get("passed", True)))


def _erp_records(rt: Runtime, customer_id: str | None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    if not customer_id:
        return [], []
    try:
        invoices = [i.model_dump(mode="json") for i in rt.erp.open_invoices(customer_id)]
        payments = [p.model_dump(mode="json") for p in rt.erp.payments(customer_id)][-10:]
    except Exception:  # noqa: BLE001 - the ERP being down must not hide the item
        return [], []
    return invoices, payments


def build_item_view(rt: Runtime, session: Session, item: ApprovalRequest) -> ItemView:
    decision = session.get(DecisionRecord, item.decision_id) if item.decision_id is not None else None
    facts: list[tuple[str, Any]] = []
    invoices: list[dict[str, Any]] = []
    payments: list[dict[str, Any]] = []
    other: list[dict[str, Any]] = []
    if decision is not None:
        facts = [(k, v) for k, v in decision.facts.items() if v not in (None, [], {}, "", False)]
        for ev in decision.evidence:
            kind = str(ev.get("kind", ""))
            if kind == "erp.invoice":
                invoices.append(ev.get("detail") or {"number": ev.get("ref")})
            elif kind.startswith("erp.payment"):
                payments.append({**(ev.get("detail") or {}), "_kind": kind, "_ref": ev.get("ref")})
            elif kind not in ("erp.customer", "message"):
                other.append(ev)
    outbound = session.exec(select(OutboundMessage).where(OutboundMessage.approval_id == item.id)).first()
    erp_invoices, erp_payments = _erp_records(rt, item.customer_id)
    return ItemView(
        item=item,
        decision=decision,
        thread=build_thread(session, item, rt.settings.attachment_parse_limit_bytes),
        facts=facts,
        invoices=invoices,
        payments=payments,
        other_evidence=other,
        checks=_current_checks(rt, item, decision),
        outbound=outbound,
        erp_open_invoices=erp_invoices,
        erp_payments=erp_payments,
        pauses=pause_store.listing(session, approval_id=item.id),
        customer_pauses=[p for p in pause_store.listing(session, customer_id=item.customer_id, state=PauseState.active) if p.approval_id != item.id]
        if item.customer_id else [],
    )
