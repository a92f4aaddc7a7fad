"""Go-live day and one clock: an operator switching dunmail on for a book with old debts does not
greet every customer with a final notice, and `tick --today` moves the guardrails' clock too."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlmodel import Session, select

from adapters.db.db import session_scope
from adapters.db.tables import ApprovalRequest, AuditEvent, OutboundMessage
from agent.dunning.policy import load_policy
from dunmail.migrate import upgrade
from dunmail.review import close
from dunmail.settings import Settings
from dunmail.tick import tick
from dunmail.wiring import Runtime, build_runtime

GO_LIVE = date(2027, 3, 1)


def _invoice(number: str, customer: str, due: date, amount: str) -> dict:
    return {"number": number, "customer_id": customer, "issue_date": (due - timedelta(days=30)).isoformat(), "due_date": due.isoformat(),
            "amount": amount, "balance": amount, "currency": "EUR"}


def _customer(cid: str, name: str) -> dict:
    domain = f"{name.split()[0].lower()}.example"
    return {"id": cid, "name": name, "domain": domain, "owner": "alice", "contacts": [{"email": f"ap@{domain}", "name": "Sam", "role": "Accounts payable"}]}


WORLD = {
    "as_of": GO_LIVE.isoformat(),
    "timezone": "Europe/Berlin",
    "company": {"name": "Northwind Supplies GmbH", "ar_mailbox": "ar@northwind-supplies.example"},
    "customers": [_customer("C-OLD", "Oldhat Ltd"), _customer("C-SOON", "Soonish Ltd"), _customer("C-NEW", "Newco Ltd")],
    "invoices": [
        _invoice("OLD-1", "C-OLD", GO_LIVE - timedelta(days=40), "900.00"),  # long past every stage on go-live day
        _invoice("SOON-1", "C-SOON", GO_LIVE + timedelta(days=2), "400.00"),  # not yet due: courtesy at most
        _invoice("NEW-1", "C-NEW", GO_LIVE - timedelta(days=1), "300.00"),  # one day late
    ],
    "payments": [],
}


def _runtime(tmp_path: Path, **settings: object) -> Runtime:
    world = tmp_path / "world.json"
    world.write_text(json.dumps(WORLD), encoding="utf-8")
    s = Settings(data_dir=tmp_path / "data", erp_world=world, _env_file=None, **settings)  # type: ignore[arg-type]
    upgrade(s.resolved_database_url)
    return build_runtime(s)


def _queued(rt: Runtime, ids: list[int]) -> dict[str, tuple[str, str, str]]:
    """customer -> (stage, tone, subject) of each item queued."""
    out = {}
    with Session(rt.engine) as s:
        for approval_id in ids:
            item = s.get(ApprovalRequest, approval_id)
            event = s.exec(select(AuditEvent).where(AuditEvent.approval_id == approval_id, AuditEvent.kind == "reminder.queued")).one()
            out[item.customer_id] = (event.detail["stage"], event.detail["tone"], (item.draft or {}).get("subject", ""))
    return out


def _reject_all(rt: Runtime, ids: list[int]) -> None:
    """The collector handles the day's items (here by phone: nothing is sent), so the next stage may come."""
    with Session(rt.engine) as s:
        versions = {i: s.get(ApprovalRequest, i).version for i in ids}
    for approval_id, version in versions.items():
        close(rt, approval_id, version, "alice", action="reject", note="called them instead")


def test_without_a_go_live_date_an_old_debt_gets_the_final_notice_first(tmp_path: Path) -> None:
    rt = _runtime(tmp_path)
    try:
        first = _queued(rt, tick(rt, GO_LIVE).queued)
        assert first["C-OLD"][1] == "final"  # what the issue saw on day one
    finally:
        rt.close()


def test_on_go_live_day_every_invoice_starts_at_the_first_stage_and_climbs_one_at_a_time(tmp_path: Path) -> None:
    rt = _runtime(tmp_path, go_live_date=GO_LIVE)
    try:
        assert tick(rt, GO_LIVE - timedelta(days=1)).queued == []  # nothing before go-live
        day_one = _queued(rt, ids := tick(rt, GO_LIVE).queued)
        assert day_one["C-OLD"][:2] == ("due_plus_3", "reminder") and "Final" not in day_one["C-OLD"][2]
        assert day_one["C-SOON"][:2] == ("before_due", "courtesy")
        assert day_one["C-NEW"][1] == "reminder"
        tones = [day_one["C-OLD"][1]]
        day = GO_LIVE
        for _ in range(3):
            _reject_all(rt, ids)
            day += timedelta(days=5)  # the touch spacing of the policy
            ids = tick(rt, day).queued
            tones.append(_queued(rt, ids)["C-OLD"][1])
        assert tones == ["reminder", "reminder", "firm", "final"]  # the final notice comes after three reminders, as it says
    finally:
        rt.close()


def test_go_live_date_in_the_policy_file_works_as_the_setting_does(tmp_path: Path) -> None:
    rules = load_policy().model_copy(update={"go_live_date": GO_LIVE})
    rt = _runtime(tmp_path)
    try:
        assert _queued(rt, tick(rt, GO_LIVE, rules).queued)["C-OLD"][1] == "reminder"
    finally:
        rt.close()


def test_the_touch_limit_follows_the_day_tick_acts_for(tmp_path: Path) -> None:
    """Two messages went to Oldhat 6 and 5 days before the simulated day; a third within the week is
    over the limit on that day, whatever the wall clock says."""
    rt = _runtime(tmp_path)
    day = GO_LIVE + timedelta(days=30)
    try:
        with session_scope(rt.engine) as s:
            for n, back in enumerate((6, 5)):
                earlier = ApprovalRequest(graph_thread_id=f"earlier-{n}", kind="reminder", status="sent", owner="alice", customer_id="C-OLD", intent="reminder")
                s.add(earlier)
                s.flush()
                s.add(OutboundMessage(approval_id=earlier.id, message_id=f"<old-{n}@northwind-supplies.example>", to_addrs=["ap@oldhat.example"],
                                      subject="Payment reminder", body=f"earlier reminder {n}", customer_id="C-OLD", status="sent",
                                      sent_at=datetime.combine(day - timedelta(days=back), time(9), tzinfo=UTC)))
        [approval_id] = [i for i in tick(rt, day).queued if _queued(rt, [i]).get("C-OLD")]
        with Session(rt.engine) as s:
            item = s.get(ApprovalRequest, approval_id)
        assert item.flagged and "already 2 messages to this customer in the last 7 days" in json.dumps(_checks(rt, item))
    finally:
        rt.close()


def test_a_reminder_approved_on_a_simulated_day_is_sent_on_that_day(tmp_path: Path) -> None:
    """The next touch limit counts from the send time, so the send time follows the same clock."""
    from dunmail.review import approve
    from dunmail.tick import on_day

    rt = _runtime(tmp_path)
    day = GO_LIVE + timedelta(days=3)
    try:
        [approval_id] = [i for i in tick(rt, day).queued if _queued(rt, [i]).get("C-OLD")]
        with Session(rt.engine) as s:
            version = s.get(ApprovalRequest, approval_id).version
        assert approve(on_day(rt, day), approval_id, version, "alice").status == "sent"
        with Session(rt.engine) as s:
            sent = s.exec(select(OutboundMessage).where(OutboundMessage.approval_id == approval_id)).one()
        # the day is the company's (Europe/Berlin): near midnight UTC it is already the next day there
        assert sent.sent_at is not None and sent.sent_at.astimezone(ZoneInfo(rt.settings.timezone)).date() == day
    finally:
        rt.close()


def _checks(rt: Runtime, item: ApprovalRequest) -> list[dict]:
    values = rt.reminder_graph.get_state({"configurable": {"thread_id": item.graph_thread_id}}).values
    return [c for c in values.get("outbound_checks", []) if not c.get("passed", True)]


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)))
def test_the_day_clock_reads_the_day_it_is_given(day: date) -> None:
    from dunmail.tick import clock_on

    now = clock_on(day, "Europe/Berlin")()
    assert now.date() == day and now.tzinfo is not None


@pytest.mark.parametrize("days_overdue, done, expected", [(40, 0, 1), (40, 2, 2), (40, 5, 4), (2, 0, 0), (-2, 0, 0), (-10, 0, None), (8, 0, 1)])
def test_stage_to_send_never_skips_with_a_go_live_date(days_overdue: int, done: int, expected: int | None) -> None:
    policy = load_policy().model_copy(update={"go_live_date": GO_LIVE})
    standard = policy.segments[-1]
    assert policy.stage_to_send(standard, days_overdue, done) == expected
