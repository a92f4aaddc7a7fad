"""Planning today's reminders on the tables: the planner's `WorkState` port (agent/dunning/planner.py)
read from dunmail's own rows — stages and stops, pauses, promises, queue items, sent replies."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from adapters.db.tables import ApprovalRequest, ApprovalStatus, DunningState, OutboundMessage, OutboundStatus, Promise
from agent.dunning import planner
from agent.dunning.planner import REPLY_HOLD_DAYS, DayPlan, OpenItem
from agent.dunning.policy import DunningPolicy
from core.ports import Erp
from dunmail.pauses import Holds, holds

OPEN_ITEM_STATUSES = (ApprovalStatus.pending, ApprovalStatus.approved, ApprovalStatus.failed)


class TableWork:
    """The planner's view of one session's rows."""

    def __init__(self, session: Session):
        self.session = session

    def progress(self, customer_id: str) -> Mapping[str, DunningState]:
        rows = self.session.exec(select(DunningState).where(DunningState.customer_id == customer_id)).all()
        return {s.invoice_number: s for s in rows}

    def holds(self, customer_id: str, today: date) -> Holds:
        return holds(self.session, customer_id, today)

    def open_promises(self, customer_id: str) -> list[Promise]:
        return list(self.session.exec(select(Promise).where(Promise.customer_id == customer_id, Promise.status == "open")).all())

    def open_items(self, customer_id: str) -> list[OpenItem]:
        rows = self.session.exec(select(ApprovalRequest).where(ApprovalRequest.customer_id == customer_id,
                                                               col(ApprovalRequest.status).in_(OPEN_ITEM_STATUSES))
                                 .order_by(col(ApprovalRequest.id))).all()
        return [OpenItem(id=r.id or 0, created=r.created_at.date(), is_reply=r.inbound_id is not None,
                         pending=r.status == ApprovalStatus.pending) for r in rows]

    def last_touch(self, customer_id: str) -> date | None:
        sent = self.session.exec(
            select(OutboundMessage.sent_at).where(OutboundMessage.customer_id == customer_id, OutboundMessage.status == OutboundStatus.sent)
            .order_by(col(OutboundMessage.sent_at).desc())
        ).first()
        return sent.date() if sent else None


def plan_day(engine: Engine, erp: Erp, today: date, policy: DunningPolicy | None = None, reply_hold_days: int = REPLY_HOLD_DAYS) -> DayPlan:
    """Every customer's reminder for `today`, and for every customer with overdue items that gets none, why."""
    with Session(engine) as session:
        return planner.plan(TableWork(session), erp, today, policy, reply_hold_days)
