"""Only checks policy marks overridable can be overridden, on an edited draft only by a manager, and the
override is audited; an edit that breaks a fact check cannot be pushed through by "overriding" it."""

from __future__ import annotations

from sqlmodel import Session, select

from adapters.db.tables import ApprovalRequest, AuditEvent
from dunmail.review import approve
from dunmail.worker import process_pending
from tests.foundation.conftest import deliver
from tests.foundation.world import PROMISE


def _item(rt) -> ApprovalRequest:
    with Session(rt.engine) as s:
        return s.exec(select(ApprovalRequest)).one()


def test_an_overridable_check_on_an_edit_takes_a_manager_and_the_override_is_audited(make_runtime):
    rt = make_runtime()
    deliver(rt, PROMISE)
    process_pending(rt)
    item = _item(rt)
    short = "Noted, thanks."  # under the minimum length: an overridable style check
    blocked = approve(rt, item.id, item.version, "alice", body=short, role="collector")
    assert blocked.status == "pending" and "outbound.length" in blocked.message
    item = _item(rt)
    alone = approve(rt, item.id, item.version, "alice", body=short, overrides=["outbound.length"], role="collector")
    assert alone.status == "pending" and "takes a manager" in alone.message, "the editing collector cannot wave through their own edit"
    assert "1,200.00" in _item(rt).draft["body"], "a blocked edit keeps the original draft"
    item = _item(rt)
    sent = approve(rt, item.id, item.version, "maria", body=short, overrides=["outbound.length"], role="manager")
    assert sent.status == "sent", sent.message
    with Session(rt.engine) as s:
        approvals = s.exec(select(AuditEvent).where(AuditEvent.kind == "approval.approved")).all()
    assert approvals[-1].detail["overrides"] == ["outbound.length"] and approvals[-1].actor == "maria"


def test_a_wrong_amount_cannot_be_overridden(make_runtime):
    rt = make_runtime()
    deliver(rt, PROMISE)
    process_pending(rt)
    item = _item(rt)
    edited = item.draft["body"].replace("1,200.00", "120.00")
    assert edited != item.draft["body"]
    outcome = approve(rt, item.id, item.version, "alice", body=edited, overrides=["outbound.facts"])
    assert outcome.status == "pending" and "outbound.facts" in outcome.message
    assert not (rt.settings.resolved_sent_maildir / "cur").exists() or not list((rt.settings.resolved_sent_maildir / "cur").iterdir())
