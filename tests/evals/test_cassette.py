"""Record an LLM eval once against the API, then replay it offline and get the same figures."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
import respx
from typer.testing import CliRunner

from dunmail.cli import app
from dunmail.settings import Settings
from evals.cassette import CassetteError, CassetteMiss, CassetteTransport, build_model_with_cassette
from evals.dataset import Dataset
from evals.runner import run_eval
from tests.evals.conftest import API, SAMPLE, fake_answer

TIMING = {"seconds_per_thread"}


def _figures(metrics: dict) -> dict:
    """Everything but wall-clock time."""
    out = {k: v for k, v in metrics.items() if k not in TIMING and k != "per_thread"}
    out["per_thread"] = [{k: v for k, v in row.items() if k != "seconds"} for row in metrics["per_thread"]]
    return out


def _settings(kind: str = "llm") -> Settings:
    return Settings(model=kind, openai_base_url=API, openai_api_key="sk-test", llm_model="mock-4o")  # type: ignore[arg-type]


def test_replay_gives_the_same_metrics_without_the_network(small_sample: Dataset, tmp_path: Path) -> None:
    cassette = tmp_path / "llm.jsonl"
    with respx.mock(assert_all_called=False) as api:
        route = api.post(f"{API}/chat/completions").mock(side_effect=fake_answer)
        model, transport = build_model_with_cassette(_settings(), cassette, "record")
        recorded = run_eval(small_sample, model, workers=2)
        transport.close()
    assert route.call_count > 0 and recorded["llm_calls_per_thread"] > 0
    lines = cassette.read_text().splitlines()
    assert len(lines) == len({json.loads(line)["key"] for line in lines}) > 0  # deduplicated on close

    with respx.mock(assert_all_called=False) as api:  # any request that reached the network would be counted
        route = api.post(f"{API}/chat/completions").mock(side_effect=fake_answer)
        model, transport = build_model_with_cassette(_settings(), cassette, "replay")
        replayed = run_eval(small_sample, model)
        transport.close()
    assert route.call_count == 0
    assert transport.replayed == round(recorded["llm_calls_per_thread"] * recorded["threads"]) and not transport.misses
    assert _figures(replayed) == _figures(recorded)


def test_a_prompt_the_cassette_does_not_hold_is_a_clear_miss(tmp_path: Path) -> None:
    cassette = tmp_path / "empty.jsonl"
    cassette.write_text("")
    transport = CassetteTransport(cassette, "replay")
    with httpx.Client(transport=transport) as client, pytest.raises(CassetteMiss, match="no answer for model 'm1'.*re-record"):
        client.post(f"{API}/chat/completions", json={"model": "m1", "messages": [{"role": "user", "content": "hi"}]})
    with pytest.raises(CassetteError, match="record one first"):
        CassetteTransport(tmp_path / "missing.jsonl", "replay")


def test_cli_records_then_replays_and_fails_loudly_on_a_changed_prompt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", API)
    monkeypatch.setenv("DUNMAIL_LLM_MODEL", "mock-4o")
    monkeypatch.setenv("DUNMAIL_CONFIDENCE_THRESHOLD", "0.995")  # some replies escalate, however sure today's offline model is
    cassette, first, second = tmp_path / "c.jsonl", tmp_path / "a.json", tmp_path / "b.json"
    runner = CliRunner()
    base = ["eval", "--dataset", str(SAMPLE), "--model", "cascade", "--cassette", str(cassette)]
    with respx.mock(assert_all_called=False) as api:
        api.post(f"{API}/chat/completions").mock(side_effect=fake_answer)
        rec = runner.invoke(app, [*base, "--cassette-mode", "record", "--json", str(first)])
    assert rec.exit_code == 0, rec.output
    assert json.loads(first.read_text())["llm_calls_per_thread"] > 0  # the cascade asked the LLM about the unsure ones
    with respx.mock(assert_all_called=False) as api:
        route = api.post(f"{API}/chat/completions").mock(side_effect=fake_answer)
        rep = runner.invoke(app, [*base, "--cassette-mode", "replay", "--json", str(second)])
        assert route.call_count == 0
    assert rep.exit_code == 0, rep.output
    assert _figures(json.loads(first.read_text())) == _figures(json.loads(second.read_text()))

    monkeypatch.setenv("DUNMAIL_LLM_MODEL", "another-model")  # a different model is a different key
    with respx.mock(assert_all_called=False):
        miss = runner.invoke(app, [*base, "--cassette-mode", "replay"], env={"COLUMNS": "200"})
    assert miss.exit_code == 1
    assert "no answer in the cassette" in miss.output and "another-model" in miss.output
