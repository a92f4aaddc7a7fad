"""With an API key or base URL set, the service reads replies with the LLM (any OpenAI-compatible
server), built in the composition root; the HTTP API is mocked with respx, never called for real."""

from __future__ import annotations

import json

import httpx
import respx
from sqlmodel import Session, select

from dunmail.tables import DecisionRecord
from dunmail.worker import process_pending
from tests.foundation.conftest import deliver
from tests.foundation.world import PROMISE

BASE = "http://llm.test/v1"


def _completion(content: dict) -> httpx.Response:
    return httpx.Response(200, json={
        "id": "chatcmpl-1", "object": "chat.completion", "created": 0, "model": "test-model",
        "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": json.dumps(content)}}],
        "usage": {"prompt_tokens": 120, "completion_tokens": 30, "total_tokens": 150},
    })


ANSWER = {
    "intent": "promise_to_pay", "secondary_intents": [], "confidence": 0.93, "rationale": "says when it will pay",
    "facts": {"promise_date_text": "2026-11-20", "promise_date": "2026-11-20", "promise_amount": None, "promise_conditional": False,
              "invoice_numbers": ["INV-2026-1001"], "payment_reference": None, "payment_method": None, "payment_date": None,
              "payment_amount": None, "dispute_reason": None, "new_po_number": None, "new_billing_contact": None,
              "replacement_contact": None, "return_date": None, "requested_installments": None, "language": "en"},
}


def test_an_api_key_switches_the_service_to_the_llm(make_runtime, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-not-real")
    monkeypatch.setenv("OPENAI_BASE_URL", BASE)
    with respx.mock(assert_all_called=True) as mock:
        route = mock.post(f"{BASE}/chat/completions").mock(return_value=_completion(ANSWER))
        rt = make_runtime(llm_model="test-model")
        deliver(rt, PROMISE)
        [result] = process_pending(rt)
    assert result.intent == "promise_to_pay"
    sent = json.loads(route.calls[0].request.content)
    assert sent["model"] == "test-model"
    assert route.calls[0].request.headers["authorization"] == "Bearer sk-test-not-real"
    with Session(rt.engine) as s:
        decision = s.exec(select(DecisionRecord)).one()
    assert decision.decided_by.startswith("llm:") and decision.facts["promise_date"] == "2026-11-20"


def test_broken_llm_output_goes_to_a_human_not_to_a_customer(make_runtime, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-not-real")
    monkeypatch.setenv("OPENAI_BASE_URL", BASE)
    broken = httpx.Response(200, json={"id": "x", "object": "chat.completion", "created": 0, "model": "m",
                                       "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "{not json"}}]})
    with respx.mock() as mock:
        mock.post(f"{BASE}/chat/completions").mock(return_value=broken)
        rt = make_runtime()
        deliver(rt, PROMISE)
        [result] = process_pending(rt)
    assert result.status == "awaiting_approval"
    with Session(rt.engine) as s:
        decision = s.exec(select(DecisionRecord)).one()
    assert decision.needs_human and decision.action == "route_human"
