"""field11 is hand-written training data: it must stay fit to be fitted on (not held out), keep the balance it was
written for (every intent at least 20 times, every language at least 35 times, English near 45 %), tag every thread
with its families for the per-family tables, and keep its own customers, invoices and bank lines."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from evals.dataset import load_dataset
from evals.train import HELD_OUT

SPLIT = Path(__file__).resolve().parents[2] / "evals" / "datasets" / "field11"


def test_field11_is_training_data_not_a_held_out_split() -> None:
    assert "field11" not in HELD_OUT


def test_field11_keeps_the_balance_it_was_written_for() -> None:
    threads = load_dataset(SPLIT).threads
    assert len(threads) >= 300
    intents = Counter(t.expected.intent for t in threads)
    assert len(intents) == 10 and min(intents.values()) >= 20, intents
    languages = Counter(t.expected.language for t in threads)
    assert min(languages.values()) >= 30, languages
    assert 0.40 <= languages["en"] / len(threads) <= 0.50, languages


def test_every_field11_thread_names_its_families_and_its_own_world() -> None:
    world = json.loads((SPLIT / "world.json").read_text(encoding="utf-8"))
    assert all(c["id"].startswith("R11") for c in world["customers"])
    assert all(i["number"].startswith("INV-2026-11") for i in world["invoices"])
    assert all(p["id"].startswith("BK11-") for p in world["payments"])
    for line in (SPLIT / "threads.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        assert row["id"].startswith("field11-") and row["expected"]["families"], row["id"]
