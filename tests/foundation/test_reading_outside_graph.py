"""Reading happens before the graph (agent/reading.py): a message nobody has to see leaves no
checkpoint behind, one that waits for a person is kept with its queue item and stands at the approval
interrupt once the person acts, and the graph started from the raw message reads it exactly as the worker does."""

from __future__ import annotations

import base64

from sqlmodel import Session, select

from adapters.db.tables import ApprovalRequest, InboundMessage, ReviewState
from agent.reading import finished_without_review, read_reply, waits_for_a_person
from dunmail import review_threads
from dunmail.worker import process_pending
from tests.foundation.conftest import deliver
from tests.foundation.world import GARBAGE, OUT_OF_OFFICE, PROMISE


def _thread(rt):
    """The graph thread of the one message delivered."""
    with Session(rt.engine) as s:
        row = s.exec(select(InboundMessage)).one()
    return rt.graph.get_state({"configurable": {"thread_id": f"inbound-{row.id}"}})


def test_an_auto_reply_that_needs_nobody_is_handled_without_a_checkpoint(make_runtime):
    rt = make_runtime()
    deliver(rt, OUT_OF_OFFICE)
    (result,) = process_pending(rt)
    assert result.status == "handled" and result.intent == "out_of_office"
    snapshot = _thread(rt)
    assert not snapshot.values and not snapshot.next  # never entered the graph: nothing to resume, nothing stored


def test_a_reply_for_a_person_waits_without_a_graph_run_until_the_person_acts(make_runtime):
    rt = make_runtime()
    deliver(rt, PROMISE)
    (result,) = process_pending(rt)
    assert result.status == "awaiting_approval"
    assert not _thread(rt).values  # reading ran no graph: the item and what was read are all that is stored
    with Session(rt.engine) as s:
        item = s.exec(select(ApprovalRequest)).one()
        assert s.get(ReviewState, item.id) is not None
    review_threads.start(rt, item.id, {"configurable": {"thread_id": item.graph_thread_id}})
    snapshot = _thread(rt)
    assert snapshot.next == ("human_review",) and snapshot.interrupts
    assert snapshot.values["classification"]["intent"] == "promise_to_pay" and snapshot.values["draft"]["body"] == item.draft["body"]
    assert item.graph_thread_id == f"inbound-{snapshot.values['inbound_id']}"
    review_threads.start(rt, item.id, {"configurable": {"thread_id": item.graph_thread_id}})  # once started, starting again changes nothing
    assert _thread(rt).config["configurable"]["checkpoint_id"] == snapshot.config["configurable"]["checkpoint_id"]


def test_the_graph_from_the_raw_message_reads_as_the_worker_does(make_runtime):
    rt = make_runtime()
    for i, raw in enumerate((PROMISE, OUT_OF_OFFICE, GARBAGE)):
        start = {"inbound_id": 0, "raw_b64": base64.b64encode(raw).decode(), "hint_customer_id": None, "our_last_message": "", "our_last_subject": ""}
        read = read_reply(start, rt.context)
        read = read if waits_for_a_person(read) else finished_without_review(read)
        through_graph = rt.graph.invoke(start, {"configurable": {"thread_id": f"same-{i}"}}, context=rt.context)
        for key in ("outcome", "classification", "decision", "draft", "inbound_checks", "outbound_checks"):
            assert read.get(key) == through_graph.get(key), key
        assert ("__interrupt__" in through_graph) == waits_for_a_person(read)


def test_a_process_that_reads_nothing_sends_what_a_person_approved(make_runtime):
    """The watcher sends approved replies with no model loaded (wiring.NotReading): starting the item's thread and
    sending it never read the reply again."""
    from dunmail.review import approve
    from dunmail.wiring import NotReading

    reader = make_runtime()
    deliver(reader, PROMISE)
    process_pending(reader)
    sender = make_runtime(reply_model=NotReading())
    with Session(sender.engine) as s:
        item = s.exec(select(ApprovalRequest)).one()
    outcome = approve(sender, item.id, item.version, "alice")
    assert outcome.status == "sent", outcome.message
