"""What holds a customer's reminders, and for how long: a reply waiting for review holds them for two
weeks at most; an ERP that could not be read holds them for a person."""

from __future__ import annotations

import copy
from datetime import date, datetime, timezone

from sqlmodel import Session

from adapters.db.db import make_engine
from adapters.db.tables import ApprovalRequest, InboundMessage
from core.records import World
from dunmail.migrate import upgrade
from dunmail.planning import plan_day
from tests.dunning.world import WORLD
from tools.erp import WorldErp


def _engine(tmp_path):  # noqa: ANN001, ANN202
    url = f"sqlite:///{tmp_path / 'holds.db'}"
    upgrade(url)
    return make_engine(url)


def _reply_item(engine, customer_id: str, created: date) -> int:  # noqa: ANN001
    """A customer's reply waiting in the queue since `created`."""
    with Session(engine) as s:
        msg = InboundMessage(mailbox="t", message_id=f"<{customer_id}@t>", content_hash="x", raw=b"x")
        s.add(msg)
        s.flush()
        item = ApprovalRequest(graph_thread_id=f"inbound-{msg.id}", inbound_id=msg.id, kind="route", customer_id=customer_id, intent="dispute",
                               created_at=datetime(created.year, created.month, created.day, 9, tzinfo=timezone.utc))
        s.add(item)
        s.commit()
        return item.id


def test_a_reply_waiting_for_review_holds_reminders_for_two_weeks_then_a_person_gets_the_reminder(tmp_path) -> None:
    engine = _engine(tmp_path)
    erp = WorldErp(World.model_validate(WORLD))
    item_id = _reply_item(engine, "C-ACME", date(2026, 11, 5))

    held = plan_day(engine, erp, date(2026, 11, 18))
    assert not [p for p in held.plans if p.customer_id == "C-ACME"]
    assert any(s.customer_id == "C-ACME" and f"item {item_id}" in s.reason for s in held.skipped)

    later = plan_day(engine, erp, date(2026, 11, 25))
    [plan] = [p for p in later.plans if p.customer_id == "C-ACME"]
    assert plan.needs_human and not plan.batch_approve
    assert f"a reply still waits for review: item {item_id} since 2026-11-05" in plan.reason


def test_books_that_could_not_be_read_get_no_drafted_reminder(tmp_path) -> None:
    world = copy.deepcopy(WORLD)
    next(c for c in world["customers"] if c["id"] == "C-ACME")["flags"] = ["erp_unreachable"]
    engine = _engine(tmp_path)
    day = plan_day(engine, WorldErp(World.model_validate(world)), date(2026, 11, 10))
    [plan] = [p for p in day.plans if p.customer_id == "C-ACME"]
    assert plan.route_only and plan.needs_human and "erp_unreachable" in plan.reason
