"""The LLM failure table, against a real OpenAI-compatible server on 127.0.0.1 that misbehaves.

Whatever the server does — answers HTML, trickles bytes, streams unasked, sends megabytes, writes
bad JSON, rate-limits or falls over — the reply ends with a person (intent other, confidence 0,
decided_by naming what went wrong), quickly, and every HTTP request it cost is counted in
llm_calls, which is what the eval reports as LLM calls per thread.
"""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from agent.models.cascade import CascadeModel
from agent.models.llm import LlmModel
from core.contracts import ClassifyInput, Intent
from dunmail.settings import Settings
from dunmail.wiring import build_model
from evals.dataset import Dataset, load_dataset
from evals.runner import run_eval
from tests.agent_models.fake_openai import (
    Behaviour,
    FakeOpenAI,
    answer,
    error,
    fake_openai_server,
    raw,
)

SAMPLE = Path(__file__).resolve().parents[2] / "evals" / "datasets" / "sample"
DEADLINE = 0.5  # seconds: the total deadline of one request in these tests
FAST = 5.0  # seconds: every case ends well inside this, though the slow ones would run for minutes
MAX_TOKENS = 321
MAX_BYTES = 64 * 1024
MAX_BACKOFF = 7.0

REPLY = ClassifyInput(subject="Re: Payment reminder INV-2026-10432",
                      text="Hi, we will pay INV-2026-10432 next Friday. Regards, Anna",
                      sent_at="2026-03-04T10:00:00+01:00", customer_language="en")

GOOD = {"intent": "promise_to_pay", "secondary_intents": [], "confidence": 0.9,
        "facts": {"promise_date_text": "next Friday", "invoice_numbers": ["INV-2026-10432"], "language": "en"},
        "rationale": "promises a date"}


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    with fake_openai_server() as server:
        yield server


def settings(base_url: str, model: str = "llm") -> Settings:
    return Settings(model=model, openai_base_url=base_url, llm_model="fake-model", llm_timeout_seconds=DEADLINE,  # type: ignore[arg-type]
                    llm_max_tokens=MAX_TOKENS, llm_max_retries=2, llm_max_backoff_seconds=MAX_BACKOFF,
                    llm_max_answer_bytes=MAX_BYTES, _env_file=None)


def llm(base_url: str, slept: list[float]) -> LlmModel:
    """The model exactly as the composition root builds it, with the back-off waits recorded, not slept."""
    model = build_model(settings(base_url))
    assert isinstance(model, LlmModel)
    model.sleep = slept.append
    return model


HUMAN_CASES = {
    # name: (what the server does, request by request; decided_by's failure kind; requests made; waits)
    "html answer with 200": ([raw(b"<html><body>502 Bad Gateway</body></html>", "text/html")], "not-json", 1, []),
    "html error page labelled as JSON": ([raw(b"<!DOCTYPE html><title>Login</title>", "application/json")], "not-json", 1, []),
    "trickling body": ([Behaviour("trickle")], "timeout", 1, []),
    "trickling status line": ([Behaviour("slow_headers")], "timeout", 1, []),
    "unrequested event stream": ([Behaviour("stream")], "stream", 1, []),
    "event stream labelled as JSON": ([Behaviour("stream", headers={"Content-Type": "application/json"})], "stream", 1, []),
    "huge answer with its length": ([raw(b"{" + b" " * (2 * MAX_BYTES) + b"}", "application/json")], "too-large", 1, []),
    "huge answer without end": ([Behaviour("endless")], "too-large", 1, []),
    "JSON that is no completion": ([raw(b'{"error": "quota"}', "application/json")], "bad-shape", 1, []),
    "bad JSON twice": ([answer("{intent: promise"), answer("still { not json")], "invalid", 2, []),
    "answers cut off at max_tokens": ([answer('{"intent": "promise_to_pay", "conf', finish_reason="length")], "truncated", 2, []),
    "schema-invalid JSON twice": ([answer({"intent": "pay me"}), answer({"intent": "promise_to_pay", "confidence": 7})], "invalid", 2, []),
    "rate limited throughout": ([error(429, retry_after="3600")], "rate-limited", 3, [MAX_BACKOFF, MAX_BACKOFF]),
    "server error throughout": ([error(500)], "http-500", 3, [0.5, 1.0]),
    "bad gateway throughout": ([error(502)], "http-502", 3, [0.5, 1.0]),
}


@pytest.mark.parametrize("name", list(HUMAN_CASES))
def test_a_misbehaving_llm_server_sends_the_reply_to_a_person_quickly_and_counted(fake: FakeOpenAI, name: str) -> None:
    script, kind, requests, waits = HUMAN_CASES[name]
    fake.play(*script)
    slept: list[float] = []
    started = time.monotonic()
    result = llm(fake.url, slept).classify(REPLY)
    elapsed = time.monotonic() - started

    assert (result.intent, result.confidence) == (Intent.other, 0.0)
    assert result.decided_by == f"llm:fake-model:{kind}"
    assert result.llm_calls == requests == len(fake.requests)
    assert slept == waits  # bounded back-off: Retry-After 3600 waits the ceiling, not an hour
    assert elapsed < FAST
    assert all(r["max_tokens"] == MAX_TOKENS for r in fake.requests)
    assert "Error" not in result.decided_by and result.rationale  # a reason a person can read, no exception name


RECOVERING_CASES = {
    # name: (script; requests made; waits; tokens billed across the requests)
    "one repair after bad JSON": ([answer("{intent: promise", tokens=50), answer(GOOD, tokens=200)], 2, [], 250),
    "rate limited, told when to come back": ([error(429, retry_after="2"), answer(GOOD)], 2, [2.0], 100),
    "server errors, then an answer": ([error(503), error(500), answer(GOOD)], 3, [0.5, 1.0], 100),
}


@pytest.mark.parametrize("name", list(RECOVERING_CASES))
def test_retries_and_repairs_that_succeed_are_counted_as_calls(fake: FakeOpenAI, name: str) -> None:
    script, requests, waits, tokens = RECOVERING_CASES[name]
    fake.play(*script)
    slept: list[float] = []
    result = llm(fake.url, slept).classify(REPLY)

    assert result.intent is Intent.promise_to_pay and result.decided_by == "llm:fake-model:classify-v1"
    assert result.llm_calls == requests == len(fake.requests)
    assert result.tokens == tokens and slept == waits
    assert all(r["max_tokens"] == MAX_TOKENS for r in fake.requests)


def test_an_unreachable_server_goes_to_a_person_with_one_call_counted() -> None:
    with socket.socket() as probe:  # a loopback port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = llm(f"http://127.0.0.1:{port}/v1", []).classify(REPLY)
    assert (result.intent, result.confidence, result.decided_by) == (Intent.other, 0.0, "llm:fake-model:unreachable")
    assert result.llm_calls == 1


def test_the_cascade_names_the_llm_failure_and_counts_its_calls(fake: FakeOpenAI) -> None:
    fake.play(raw(b"<html>maintenance</html>", "text/html"))
    model = build_model(settings(fake.url, "cascade"))
    assert isinstance(model, CascadeModel)
    unsure = REPLY.model_copy(update={"text": "Hm. About that other thing, let me look into it. Anna"})
    result = model.classify(unsure)
    if not fake.requests:
        pytest.fail("the offline model was sure of a vague reply; pick a vaguer one so the LLM is asked")
    assert result.decided_by == "cascade:llm:fake-model:not-json" and result.confidence == 0.0
    assert result.llm_calls == 1 and "LLM failed" in result.rationale


def test_the_eval_reports_every_request_retries_included(fake: FakeOpenAI) -> None:
    """`dunmail eval` reports LLM calls per thread from llm_calls: a rate limit on each first try doubles it."""
    fake.play(error(429, retry_after="0"), answer(GOOD), cycle=True)
    data = load_dataset(SAMPLE)
    data = Dataset(world=data.world, threads=data.threads[:6])
    metrics = run_eval(data, build_model(settings(fake.url)), workers=1)
    asked = [row["llm_calls"] for row in metrics["per_thread"] if row["llm_calls"]]
    assert asked and all(calls == 2 for calls in asked)
    assert sum(asked) == len(fake.requests)
    assert metrics["llm_calls_per_thread"] == round(len(fake.requests) / len(data.threads), 4)


def test_every_request_asks_for_a_bounded_answer(fake: FakeOpenAI) -> None:
    fake.play(answer(GOOD))
    llm(fake.url, []).classify(REPLY)
    [sent] = fake.requests
    assert sent["max_tokens"] == MAX_TOKENS and sent.get("stream") in (None, False)
    assert json.dumps(sent).count("Regards, Anna") == 1
