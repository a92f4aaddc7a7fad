"""CI's quality gate: the offline model on the dev split, through the real parser and graph.

CI gates on dev, never on test: a split that decides whether a change may land is tuned against,
however slowly, so test (generated, held out) and field (written by hand, evals/datasets/field)
are only ever reported (README). Floors sit a little below the dev figures measured when they
were set (2026-11-29, leak-free splits: dev macro-F1 0.944, accuracy 0.947, promise dates
0.938, needs-human recall 0.989 and precision 0.956, pause 0.973; after the issue-14 voices seeds and
tense reading: macro-F1 0.954, accuracy 0.953, needs-human recall 1.000 and precision 0.967, pause
0.980), so a regression fails CI. A thread that crashes the graph is counted as a
crash, never as a route to a human, and any crash fails. Times are never gated."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.models.factory import build_model
from evals.dataset import load_dataset
from evals.runner import run_eval

DEV_SPLIT = Path(__file__).resolve().parents[1] / "evals" / "datasets" / "dev"

FLOORS = {
    "intent_macro_f1": 0.93,
    "intent_accuracy": 0.93,
    "promise_date_accuracy": 0.92,
    "needs_human_recall": 0.98,
    "needs_human_precision": 0.93,
    "pause_accuracy": 0.95,
}


@pytest.fixture(scope="module")
def metrics() -> dict:
    return run_eval(load_dataset(DEV_SPLIT), build_model("offline"))


def test_no_dev_thread_crashes_the_graph(metrics):
    crashed = [(t["id"], t["predicted"]["error"]) for t in metrics["per_thread"] if t["predicted"].get("error")]
    assert crashed == []


@pytest.mark.parametrize("figure", sorted(FLOORS))
def test_offline_model_stays_above_its_floor_on_the_dev_split(metrics, figure):
    assert metrics[figure] >= FLOORS[figure], f"{figure} fell to {metrics[figure]} (floor {FLOORS[figure]})"


def test_no_draft_that_passed_the_guardrails_is_unsafe(metrics):
    unsafe = [(t["id"], t["unsafe"]) for t in metrics["per_thread"] if t.get("unsafe")]
    assert unsafe == []
