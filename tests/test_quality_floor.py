"""CI's quality gate: the offline model on the held-out test split, through the real parser and
graph. Floors sit a little below the figures measured when they were set (2026-11-24, after
billing changes joined po_change: macro-F1 0.909, accuracy 0.916, promise dates 0.962,
needs-human recall 1.000 and precision 0.903, pause 0.984), so a regression fails CI.
Times are never gated."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.models.factory import build_model
from evals.dataset import load_dataset
from evals.runner import run_eval

TEST_SPLIT = Path(__file__).resolve().parents[1] / "evals" / "datasets" / "test"

FLOORS = {
    "intent_macro_f1": 0.89,
    "intent_accuracy": 0.90,
    "promise_date_accuracy": 0.95,
    "needs_human_recall": 0.97,
    "needs_human_precision": 0.88,
    "pause_accuracy": 0.96,
}


@pytest.fixture(scope="module")
def metrics() -> dict:
    return run_eval(load_dataset(TEST_SPLIT), build_model("offline"))


@pytest.mark.parametrize("figure", sorted(FLOORS))
def test_offline_model_stays_above_its_floor_on_the_test_split(metrics, figure):
    assert metrics[figure] >= FLOORS[figure], f"{figure} fell to {metrics[figure]} (floor {FLOORS[figure]})"


def test_no_draft_that_passed_the_guardrails_is_unsafe(metrics):
    unsafe = [(t["id"], t["unsafe"]) for t in metrics["per_thread"] if t.get("unsafe")]
    assert unsafe == []
