"""With an API key or base URL set, the service reads replies with the LLM (any OpenAI-compatible
server), built in the composition root; the HTTP API is mocked with respx, never called for real."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
import respx
from sqlmodel import Session, select
from typer.testing import CliRunner

from adapters.db.tables import DecisionRecord
from dunmail.cli import app
from dunmail.worker import process_pending
from tests.agent_models.fake_openai import answer, fake_openai_server, raw
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
    assert _routed_to_a_person(rt, result).decided_by.endswith(":invalid")  # after one repair try


def _routed_to_a_person(rt, result) -> DecisionRecord:
    """The one decision recorded, after checking it waits for a person rather than going out."""
    assert result.status == "awaiting_approval"
    with Session(rt.engine) as s:
        decision = s.exec(select(DecisionRecord)).one()
    assert decision.needs_human and decision.action == "route_human"
    return decision


# --- llm/cascade with no endpoint: refuse to start, in one line --------------------------------

SAMPLE_DATASET = Path(__file__).resolve().parents[2] / "evals" / "datasets" / "sample"
MODEL_COMMANDS = {
    "process": ["process"],
    "watch": ["watch"],
    "serve": ["serve"],
    "tick": ["tick"],
    "classify": ["classify", "We will pay on Friday."],
    "eval": ["eval", "--dataset", str(SAMPLE_DATASET), "--model", "llm"],
    "eval with a cassette to record": ["eval", "--dataset", str(SAMPLE_DATASET), "--model", "cascade", "--cassette", "answers.jsonl",
                                      "--cassette-mode", "record"],
    "demo": ["demo", "--no-serve", "--data-dir", "demo"],
}
NO_ENDPOINT = {"OPENAI_API_KEY": None, "OPENAI_BASE_URL": None, "DUNMAIL_OPENAI_API_KEY": None, "DUNMAIL_OPENAI_BASE_URL": None}


@pytest.mark.parametrize("kind", ["llm", "cascade"])
@pytest.mark.parametrize("command", list(MODEL_COMMANDS))
def test_no_llm_endpoint_refuses_to_start_with_one_line(command: str, kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # no stray .env
    env = {**NO_ENDPOINT, "DUNMAIL_MODEL": kind, "DUNMAIL_DATA_DIR": str(tmp_path / "var"), "DATABASE_URL": None}
    result = CliRunner().invoke(app, MODEL_COMMANDS[command], env=env)

    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.output
    assert lines[0].startswith("error: DUNMAIL_MODEL=") and "OPENAI_BASE_URL" in lines[0] and "OPENAI_API_KEY" in lines[0]
    assert "Traceback" not in result.output and not result.stdout.strip()
    assert not (tmp_path / "var" / "dunmail.db").exists()  # refused before anything was touched


def test_empty_endpoint_variables_name_no_endpoint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`OPENAI_API_KEY=` left empty in a .env is no endpoint: the offline model runs, llm refuses."""
    monkeypatch.chdir(tmp_path)
    empty = {**NO_ENDPOINT, "OPENAI_API_KEY": "", "OPENAI_BASE_URL": " "}
    offline = CliRunner().invoke(app, ["classify", "We will pay on Friday."], env={**empty, "DUNMAIL_MODEL": None})
    assert offline.exit_code == 0 and json.loads(offline.stdout)["decided_by"].startswith(("offline:", "rules:"))
    refused = CliRunner().invoke(app, ["classify", "We will pay on Friday."], env={**empty, "DUNMAIL_MODEL": "llm"})
    assert refused.exit_code == 1 and refused.stderr.startswith("error: DUNMAIL_MODEL=llm needs an LLM endpoint")


def test_the_installed_command_refuses_on_stderr_with_a_failing_exit(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in NO_ENDPOINT and k != "DATABASE_URL"}
    env.update(DUNMAIL_MODEL="llm", DUNMAIL_DATA_DIR=str(tmp_path / "var"))
    dunmail = Path(sys.executable).with_name("dunmail")
    proc = subprocess.run([str(dunmail), "process"], check=False, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert proc.stdout == "" and len(proc.stderr.splitlines()) == 1
    assert proc.stderr.startswith("error: DUNMAIL_MODEL=llm needs an LLM endpoint")


def test_an_endpoint_given_by_url_alone_is_enough(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A local server (llama.cpp, vLLM) needs no key: OPENAI_BASE_URL alone starts the LLM path."""
    monkeypatch.chdir(tmp_path)
    with fake_openai_server() as fake:
        fake.play(answer(ANSWER))
        env = {**NO_ENDPOINT, "DUNMAIL_MODEL": "llm", "OPENAI_BASE_URL": fake.url, "DUNMAIL_LLM_MODEL": "fake-model"}
        result = CliRunner().invoke(app, ["classify", "We will pay INV-2026-1001 on 2026-11-20."], env=env)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["decided_by"] == "llm:fake-model:classify-v1"
    assert len(fake.requests) == 1


# --- a misbehaving server, end to end: the collector sees why ----------------------------------

def test_an_html_answer_reaches_the_collector_as_a_reason_not_a_crash(make_runtime, monkeypatch) -> None:
    with fake_openai_server() as fake:
        fake.play(raw(b"<html><h1>502 Bad Gateway</h1></html>", "text/html"))
        monkeypatch.setenv("OPENAI_BASE_URL", fake.url)
        monkeypatch.delenv("OPENAI_API_KEY", raising=False)
        rt = make_runtime(model="llm", llm_model="fake-model", llm_timeout_seconds=2)
        deliver(rt, PROMISE)
        [result] = process_pending(rt)
    decision = _routed_to_a_person(rt, result)
    assert decision.decided_by == "llm:fake-model:not-json"
    assert len(fake.requests) == 1
