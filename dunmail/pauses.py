"""Pauses and promises as proposals: a message proposes, a person makes it real.

Every pause is a row with its own source (`Pause`); none overwrites or lifts another. Reading a
message stores its pauses and its promise as *proposed* on the message's approval item; approving
that item activates them in the same transaction, rejecting it drops them. The one effect allowed
without a person is a short automatic deferral, and this module is where its bound is enforced:
whatever policy asked for, an automatic pause is never open-ended and never ends later than
`max_days` after the day it was made.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import insert
from sqlmodel import Session, col, or_, select

from adapters.db.audit import write_audit
from adapters.db.prepared import run
from adapters.db.tables import AuditEvent, Pause, PauseState, Promise, utcnow
from core.contracts import PauseInstruction


class PauseError(Exception):
    """A pause cannot be changed as asked (unknown, already lifted, no reason given)."""


def _detail(p: Pause) -> dict[str, Any]:
    return _described(p.id, p.invoice, p.until, p.state, p.source, p.reason)


def _described(pause_id: int | None, invoice: str | None, until: date | None, state: str, source: str, reason: str) -> dict[str, Any]:
    """A pause as its audit events tell it."""
    return {"pause_id": pause_id, "invoice": invoice, "until": until.isoformat() if until else None, "state": state, "source": source, "reason": reason}


def as_json(p: Pause) -> dict[str, Any]:
    """The public shape of a pause (`dunmail pauses --json`, the web API)."""
    return {"id": p.id, "customer_id": p.customer_id, "invoice": p.invoice, "until": p.until.isoformat() if p.until else None,
            "state": p.state, "source": p.source, "reason": p.reason, "approval_id": p.approval_id,
            "created_at": p.created_at.isoformat()}


def propose(session: Session, pauses: list[PauseInstruction], *, source: str, approval_id: int | None, decision_id: int | None,
            actor: str) -> list[int]:
    """Store a message's pauses as proposals on its approval item: they hold nothing yet; their ids.

    Written as Core INSERTs of plain column values (each pause's id by RETURNING, its audit event at once after
    it): every message a person must answer comes here, and building model objects and the ORM's flush cost
    more CPU than the rows did. The values are those Pause(...) + flush wrote (the unset columns NULL)."""
    rows = [{**_UNSET, "customer_id": instr.customer_id, "invoice": instr.invoice_number, "until": instr.until, "state": PauseState.proposed,
             "source": source, "reason": instr.reason, "approval_id": approval_id, "decision_id": decision_id, "created_at": utcnow()} for instr in pauses]
    connection = session.connection()
    ids = [int(run(connection, _INSERT_PAUSE, row).scalar_one()) for row in rows]
    for pause_id, row in zip(ids, rows):  # after every pause, as the flush then the commit wrote them
        detail = _described(pause_id, row["invoice"], row["until"], row["state"], source, row["reason"])
        write_audit(session, actor=actor, kind="pause.proposed", approval_id=approval_id, customer_id=row["customer_id"], detail=detail)
    return ids


_PAUSES = Pause.__table__  # type: ignore[attr-defined]
_INSERT_PAUSE = insert(_PAUSES).returning(_PAUSES.c.id)
_UNSET = {c.name: None for c in _PAUSES.columns if c.name != "id"}


def defer_automatically(session: Session, instr: PauseInstruction, *, today: date, max_days: int, source: str,
                        decision_id: int | None, actor: str) -> int:
    """The one automatic effect: defer reminders by at most `max_days`, whatever was asked for. Its pause's id.

    Written as Core INSERTs, like `propose`: the pause (its id by RETURNING), then its audit event, the values
    Pause(...) + flush and AuditEvent(...) wrote (a flush cost more CPU than the rows did)."""
    cap = today + timedelta(days=max_days)
    until = cap if instr.until is None else min(instr.until, cap)
    activated_at = utcnow()
    row = {**_UNSET, "customer_id": instr.customer_id, "invoice": instr.invoice_number, "until": until, "state": PauseState.active,
           "source": source, "reason": instr.reason if until == instr.until else f"{instr.reason} (automatic deferral capped at {max_days} days)",
           "decision_id": decision_id, "activated_at": activated_at, "activated_by": actor, "created_at": utcnow()}
    pause_id = int(run(session.connection(), _INSERT_PAUSE, row).scalar_one())
    detail = _described(pause_id, row["invoice"], until, row["state"], source, row["reason"])
    write_audit(session, actor=actor, kind="pause.deferred", customer_id=row["customer_id"], detail=detail)
    return pause_id


def activate_item(session: Session, approval_id: int, user: str) -> list[Pause]:
    """A person approved the item: its proposed pauses and promise become real."""
    rows = session.exec(select(Pause).where(Pause.approval_id == approval_id, Pause.state == PauseState.proposed)).all()
    for row in rows:
        row.state, row.activated_at, row.activated_by = PauseState.active, utcnow(), user
        session.add(row)
        session.add(AuditEvent(actor=user, kind="pause.activated", approval_id=approval_id, customer_id=row.customer_id, detail=_detail(row)))
    for promise in session.exec(select(Promise).where(Promise.approval_id == approval_id, Promise.status == "proposed")).all():
        promise.status = "open"
        session.add(promise)
        session.add(AuditEvent(actor=user, kind="promise.accepted", approval_id=approval_id, customer_id=promise.customer_id,
                               detail={"promise_id": promise.id, "promised_date": promise.promised_date.isoformat(), "invoices": promise.invoice_numbers}))
    return list(rows)


def drop_item(session: Session, approval_id: int, user: str) -> int:
    """The item was rejected or closed without its proposals: they are dropped, audited. If a
    person had approved it before (a send that then failed), what that approval made active ends."""
    for row in session.exec(select(Pause).where(Pause.approval_id == approval_id, Pause.state == PauseState.active)).all():
        _end(session, row, user, f"item {approval_id} was closed without it")
    for promise in session.exec(select(Promise).where(Promise.approval_id == approval_id, Promise.status == "open")).all():
        promise.status = "withdrawn"
        session.add(promise)
        session.add(AuditEvent(actor=user, kind="promise.withdrawn", approval_id=approval_id, customer_id=promise.customer_id,
                               detail={"promise_id": promise.id, "promised_date": promise.promised_date.isoformat()}))
    dropped = 0
    for row in session.exec(select(Pause).where(Pause.approval_id == approval_id, Pause.state == PauseState.proposed)).all():
        session.add(AuditEvent(actor=user, kind="pause.dropped", approval_id=approval_id, customer_id=row.customer_id, detail=_detail(row)))
        session.delete(row)
        dropped += 1
    for promise in session.exec(select(Promise).where(Promise.approval_id == approval_id, Promise.status == "proposed")).all():
        session.add(AuditEvent(actor=user, kind="promise.dropped", approval_id=approval_id, customer_id=promise.customer_id,
                               detail={"promise_id": promise.id, "promised_date": promise.promised_date.isoformat()}))
        session.delete(promise)
    return dropped


def lift(session: Session, pause_id: int, user: str, note: str) -> Pause:
    """A person lifts one active pause; other pauses of the same customer stay as they are."""
    if not note.strip():
        raise PauseError("say why the pause is lifted (the note goes into the audit log)")
    row = session.get(Pause, pause_id)
    if row is None:
        raise PauseError(f"pause {pause_id} does not exist")
    if row.state != PauseState.active:
        raise PauseError(f"pause {pause_id} is {row.state}: only an active pause can be lifted")
    _end(session, row, user, note)
    return row


def _end(session: Session, row: Pause, actor: str, note: str) -> None:
    row.state, row.lifted_at, row.lifted_by, row.lift_note = PauseState.lifted, utcnow(), actor, note
    session.add(row)
    session.add(AuditEvent(actor=actor, kind="pause.lifted", approval_id=row.approval_id, customer_id=row.customer_id,
                           detail={**_detail(row), "note": note}))


def end_due(session: Session, today: date, actor: str) -> list[Pause]:
    """Dated pauses end on their date; open-ended ones wait for a person."""
    rows = session.exec(select(Pause).where(Pause.state == PauseState.active, col(Pause.until).is_not(None), col(Pause.until) <= today)).all()
    for row in rows:
        _end(session, row, actor, f"pause until {row.until} ended")
    return list(rows)


def lift_for_decision(session: Session, decision_id: int, actor: str, note: str) -> list[Pause]:
    """A promise was checked: only the pauses that same reply put in place end (never a dispute's)."""
    rows = session.exec(select(Pause).where(Pause.decision_id == decision_id, Pause.state == PauseState.active)).all()
    for row in rows:
        _end(session, row, actor, note)
    return list(rows)


def lift_open_ended(session: Session, customer_id: str, invoice: str | None, actor: str, note: str) -> list[Pause]:
    """A person resolved what kept a target paused with no end date (a dispute, a bounce)."""
    rows = session.exec(select(Pause).where(Pause.customer_id == customer_id, Pause.invoice == invoice if invoice else col(Pause.invoice).is_(None),
                                            Pause.state == PauseState.active, col(Pause.until).is_(None))).all()
    for row in rows:
        _end(session, row, actor, note)
    return list(rows)


@dataclass
class Holds:
    """What keeps a customer's reminders waiting today: whole-customer pauses and per-invoice ones."""

    customer: list[Pause]
    invoices: dict[str, list[Pause]]

    def customer_reason(self) -> str | None:
        return "; ".join(f"{p.reason} ({describe_until(p.until)})" for p in self.customer) or None

    def invoice_reason(self, number: str) -> str | None:
        return "; ".join(p.reason for p in self.invoices.get(number, [])) or None


def describe_until(until: date | None) -> str:
    return f"until {until.isoformat()}" if until else "until a person lifts it"


def holds(session: Session, customer_id: str, today: date) -> Holds:
    """Active pauses of one customer that still run today (a pause until D holds through D - 1)."""
    rows = session.exec(select(Pause).where(Pause.customer_id == customer_id, Pause.state == PauseState.active,
                                            or_(col(Pause.until).is_(None), col(Pause.until) > today))).all()
    out = Holds(customer=[], invoices={})
    for row in rows:
        if row.invoice is None:
            out.customer.append(row)
        else:
            out.invoices.setdefault(row.invoice, []).append(row)
    return out


def listing(session: Session, *, customer_id: str | None = None, state: str | None = None, approval_id: int | None = None) -> list[Pause]:
    query = select(Pause).order_by(col(Pause.id))
    if customer_id:
        query = query.where(Pause.customer_id == customer_id)
    if state:
        query = query.where(Pause.state == state)
    if approval_id is not None:
        query = query.where(Pause.approval_id == approval_id)
    return list(session.exec(query).all())
