"""The worker reads its next messages in one batch (parsed once, one model call), and every message is
decided exactly as it would be read alone."""

from __future__ import annotations

from sqlmodel import Session, select

import agent.nodes
from adapters.db.tables import DecisionRecord, InboundMessage
from agent.models.offline import OfflineModel
from agent.nodes import classify_input
from agent.read_ahead import ReadAhead
from inbox.parse import parse_message
from tests.foundation.conftest import deliver
from tests.foundation.world import ALREADY_PAID, LEGAL, OUT_OF_OFFICE, PROMISE, reply

TWO_THINGS = reply("Jo Baker <jo.baker@acme-tools.example>", "Re: Payment reminder",
                   "Hi,\n\nINV-2026-1002 is wrong, the quantity was 8 not 10. INV-2026-1001 will be paid on Friday.\n\nJo",
                   message_id="<two-1@acme-tools.example>")
REPLIES = [PROMISE, ALREADY_PAID, OUT_OF_OFFICE, LEGAL, TWO_THINGS]


def test_a_batch_reads_every_reply_as_it_reads_it_alone(make_runtime):
    rt = make_runtime()
    alone = OfflineModel()
    emails = [parse_message(raw) for raw in REPLIES]
    expected = [alone.classify(classify_input(e, None, "UTC")) for e in emails]

    ahead = ReadAhead()
    ahead.fill(REPLIES, rt.context)
    parsed = [ahead.take_parsed(raw) for raw in REPLIES]
    assert parsed == [e.model_dump(mode="json") for e in emails]
    assert [rt.model.classify(classify_input(e, None, "UTC")) for e in emails] == expected
    assert ahead.take_parsed(PROMISE) is None  # each parse is handed out once


def test_the_worker_parses_its_batch_once_and_decides_each_message(make_runtime, monkeypatch):
    rt = make_runtime()
    assert deliver(rt, *REPLIES) == len(REPLIES)

    def no_second_parse(*_args, **_kwargs):
        raise AssertionError("the graph parsed a message the batch had parsed")

    monkeypatch.setattr(agent.nodes, "parse_message", no_second_parse)
    from dunmail.worker import process_pending

    results = process_pending(rt)
    assert len(results) == len(REPLIES)
    assert {r.status for r in results} <= {"awaiting_approval", "handled"}, [r.reason for r in results]
    with Session(rt.engine) as s:
        decided = {d.inbound_id: d.intent for d in s.exec(select(DecisionRecord)).all()}
        ids = s.exec(select(InboundMessage.id)).all()
    assert set(decided) == set(ids)
    assert "dispute" in decided.values() and "promise_to_pay" in decided.values()
