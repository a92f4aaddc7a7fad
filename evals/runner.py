"""Replays labelled threads through the real path: RFC 5322 bytes → parser → agent graph, up to
the approval interrupt, against the dataset's world.json as the ERP. Nothing is sent.
"""

from __future__ import annotations

import base64
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from agent.state import AgentContext
from core.contracts import ReplyModel
from dunmail.wiring import build_replay_agent
from evals.dataset import Dataset, Thread, to_rfc5322
from evals.metrics import summarize
from evals.safety import unsafe_reasons
from tools.erp import WorldErp


def _our_last_message(thread: Thread) -> str:
    outbound = [m for m in thread.messages[:-1] if m.direction == "outbound"]
    return outbound[-1].body[:20000] if outbound else ""


def _our_last_subject(thread: Thread) -> str:
    outbound = [m for m in thread.messages[:-1] if m.direction == "outbound"]
    return outbound[-1].subject if outbound else ""


def _hint_customer(thread: Thread, erp: WorldErp) -> str | None:
    """The customer our own earlier messages in the thread went to."""
    for message in thread.messages[:-1]:
        if message.direction == "outbound":
            for addr in message.to:
                customer = erp.customer_by_email(addr)
                if customer:
                    return customer.id
    return None


def failed_inbound_checks(state: dict[str, Any]) -> list[str]:
    """Names of the inbound checks that failed on the thread's message ("inbound.injection", "inbound.sender_known", ...).

    Listed per thread so a reviewer of an eval can tell a reply routed to a person because a check
    fired from one routed for its content, and can count false alarms on benign threads.
    """
    return sorted({str(c.get("check")) for c in state.get("inbound_checks") or [] if not c.get("passed")})


def judged_customer(thread: Thread, erp: WorldErp) -> str | None:
    """Whose thread this is, from the dataset alone (the sender's contact record, else whom our own
    earlier message went to), never from the agent's lookup: a draft is judged against the right
    customer even when the agent picked the wrong one."""
    sender = erp.customer_by_email(thread.judged.from_)
    return sender.id if sender else _hint_customer(thread, erp)


def predict(thread: Thread, graph: Any, context: AgentContext, erp: WorldErp, graph_thread_id: str | None = None) -> dict[str, Any]:
    raw = to_rfc5322(thread.judged)
    config = {"configurable": {"thread_id": graph_thread_id or thread.id}}
    started = time.perf_counter()
    state = graph.invoke({"inbound_id": 0, "raw_b64": base64.b64encode(raw).decode(), "hint_customer_id": _hint_customer(thread, erp), "our_last_message": _our_last_message(thread),
                          "our_last_subject": _our_last_subject(thread)}, config, context=context)
    seconds = time.perf_counter() - started
    checks_failed = failed_inbound_checks(state)
    if state.get("outcome") == "quarantined":
        predicted = {"intent": "other", "secondary_intents": [], "promise_date": None, "invoice_numbers": [], "payment_reference": None,
                     "needs_human": True, "pause_dunning": False, "language": None, "confidence": 0.0, "decided_by": "quarantine", "rule": "quarantine", "reasons": [state.get("error", "")]}
        return {"predicted": predicted, "seconds": seconds, "draft": None, "checks_failed": checks_failed}
    cls, decision = state["classification"], state["decision"]
    facts = cls.get("facts", {})
    draft = state.get("draft")
    checks = state.get("outbound_checks", [])
    unsafe: list[str] = []
    if draft and all(c.get("passed") for c in checks):
        unsafe = unsafe_reasons(draft, judged_customer(thread, erp), erp.world)
    return {
        "predicted": {
            "intent": cls["intent"],
            "secondary_intents": cls.get("secondary_intents", []),
            "promise_date": facts.get("promise_date"),
            "promise_amount": facts.get("promise_amount"),
            "invoice_numbers": facts.get("invoice_numbers", []),
            "payment_reference": facts.get("payment_reference"),
            "needs_human": bool(decision["needs_human"]),
            "pause_dunning": bool(decision.get("pauses")),
            # what each pause covers and until when: the pause metric checks both, not only "paused"
            "pauses": [{"invoice": pz.get("invoice_number"), "until": str(pz["until"]) if pz.get("until") else None} for pz in decision.get("pauses") or []],
            "language": facts.get("language"),
            "confidence": cls.get("confidence"),
            "decided_by": cls.get("decided_by"),
            "rule": decision["rule"],
            "reasons": decision.get("reasons", []),
        },
        "draft": draft,
        "unsafe": unsafe,
        "checks_failed": checks_failed,
        "llm_calls": cls.get("llm_calls", 0),
        "tokens": cls.get("tokens", 0),
        "seconds": seconds,
    }


def run_eval(dataset: Dataset, model: ReplyModel, *, workers: int = 1, progress: Callable[[], None] | None = None) -> dict[str, Any]:
    agent = build_replay_agent(dataset.world, model)
    erp, context = agent.erp, agent.context
    labelled = [t for t in dataset.threads if t.expected is not None]
    # Parallel safety: each worker thread gets its own graph and InMemorySaver, and every thread
    # runs under a graph thread id made unique by its position (datasets may repeat an id), so no
    # checkpoint is shared. The ERP and the models are only read while classifying.
    local = threading.local()

    def graph_of_this_worker() -> Any:
        if not hasattr(local, "graph"):
            local.graph = agent.new_graph()
        return local.graph

    def one(item: tuple[int, Thread]) -> dict[str, Any]:
        index, thread = item
        try:
            row = predict(thread, graph_of_this_worker(), context, erp, graph_thread_id=f"eval-{index}-{thread.id}")
        except Exception as exc:  # noqa: BLE001 - one broken thread is a wrong answer, not a crashed eval
            # a crash is its own outcome, never a "route to a human": it scores as wrong on every figure
            row = {"predicted": {"intent": "error", "needs_human": False, "pause_dunning": False, "promise_date": None, "error": f"{type(exc).__name__}: {exc}"}, "seconds": 0.0,
                   "checks_failed": []}
        assert thread.expected is not None
        expected = thread.expected.model_dump(mode="json")
        row.update({"id": thread.id, "expected": expected, "subject": thread.judged.subject, "from": thread.judged.from_,
                    "text": thread.judged.body or (thread.judged.html or "")})
        row["correct"] = row["predicted"]["intent"] == expected["intent"]
        if progress:
            progress()
        return row

    if workers > 1:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            rows = list(pool.map(one, enumerate(labelled)))
    else:
        rows = [one(item) for item in enumerate(labelled)]
    metrics = summarize(rows)
    metrics["model"] = model.name
    metrics["per_thread"] = [
        {k: r.get(k) for k in ("id", "correct", "expected", "predicted", "unsafe", "checks_failed", "llm_calls", "tokens", "seconds", "subject", "from", "text", "draft")}
        for r in rows
    ]
    return metrics
