"""`dunmail eval --compare A.json B.json`: what changed between two runs, regressions first."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from dunmail.cli import app


def _run(rows: list[tuple[str, str, str]], accuracy: float) -> dict:
    per_thread = [{"id": tid, "expected": {"intent": exp, "needs_human": False, "pause_dunning": False, "why": f"label {tid}"},
                   "predicted": {"intent": pred, "needs_human": False, "pause_dunning": False}, "correct": exp == pred}
                  for tid, exp, pred in rows]
    return {"threads": len(rows), "model": "offline:test", "intent_accuracy": accuracy, "intent_macro_f1": accuracy,
            "per_intent": {"dispute": {"precision": 1.0, "recall": accuracy, "f1": accuracy, "support": 2}}, "per_thread": per_thread}


def test_compare_lists_regressions_before_fixes(tmp_path: Path) -> None:
    before = _run([("t1", "dispute", "dispute"), ("t2", "dispute", "other"), ("t3", "bounce", "bounce")], 0.6667)
    after = _run([("t1", "dispute", "other"), ("t2", "dispute", "dispute"), ("t3", "bounce", "bounce")], 0.6667)
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    a.write_text(json.dumps(before))
    b.write_text(json.dumps(after))

    result = CliRunner().invoke(app, ["eval", "--compare", str(a), str(b)], env={"COLUMNS": "160"})

    assert result.exit_code == 0, result.output
    out = result.output
    assert out.index("Regressions") < out.index("t1") < out.index("Fixes") < out.index("t2")
    assert "t3" not in out  # unchanged threads are not listed
    assert "Per-intent F1" in out and "Intent accuracy" in out


def test_compare_names_a_file_that_is_not_a_run(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{}")
    result = CliRunner().invoke(app, ["eval", "--compare", str(bad), str(bad)], env={"COLUMNS": "160"})
    assert result.exit_code == 1
    assert "bad.json" in result.output and "not an eval metrics file" in result.output


def test_compare_runs_on_different_datasets_says_so_instead_of_crashing(tmp_path: Path) -> None:
    small = _run([("a1", "dispute", "dispute")], 1.0)
    large = _run([("b1", "dispute", "dispute"), ("b2", "bounce", "bounce"), ("b3", "bounce", "other")], 0.6667)
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    a.write_text(json.dumps(small))
    b.write_text(json.dumps(large))
    result = CliRunner().invoke(app, ["eval", "--compare", str(a), str(b)], env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    assert "+2" in result.output and "different datasets" in result.output


def test_train_offers_one_seed_switch() -> None:
    out = CliRunner().invoke(app, ["train", "--help"], env={"COLUMNS": "160"}).output
    assert "--no-seed" in out and "--no-no-seed" not in out
