"""field12, the twelfth hand-written held-out split: what it was commissioned to weigh (dated commitments, replies that
need a person, six languages) is really in it, every thread says which families it exercises, and training refuses it.

The shared checks (loads, rebuilds byte for byte, mechanical rules, no overlap, not in the training text) are
tests/evals/test_field_splits.py's; these are the ones only field12's brief asked for.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from evals.train import HELD_OUT, TRAINING_SPLITS

SPLIT = Path(__file__).resolve().parents[2] / "evals" / "datasets" / "field12"


def _expected() -> list[dict]:
    lines = (SPLIT / "threads.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["expected"] for line in lines]


def test_field12_is_held_out_and_never_fitted_on() -> None:
    assert "field12" in HELD_OUT and "field12" not in TRAINING_SPLITS


def test_the_hardest_families_carry_the_weight_they_were_written_for() -> None:
    rows = _expected()
    assert len(rows) >= 360
    assert sum(r["promise_date"] is not None for r in rows) >= 150
    assert sum(r["needs_human"] for r in rows) >= 180
    assert min(Counter(r["intent"] for r in rows).values()) >= 16


def test_every_language_has_its_share_and_english_about_half() -> None:
    languages = Counter(r["language"] for r in _expected())
    assert all(languages[lang] >= 30 for lang in ("de", "fr", "es", "nl", "pt")), languages
    assert 0.4 <= languages["en"] / sum(languages.values()) <= 0.6, languages


def test_every_thread_names_the_families_it_exercises() -> None:
    assert all(r["families"] for r in _expected())
