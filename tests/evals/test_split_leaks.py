"""The generated splits do not leak wording into each other: what test measures was never trained on."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from evals.generate.dates import held_out

DATASETS = Path(__file__).resolve().parents[2] / "evals" / "datasets"


@given(st.lists(st.text(min_size=1, max_size=8), min_size=2, max_size=30, unique=True))
def test_no_phrasing_of_a_bank_is_shared_between_train_and_the_held_out_splits(bank):
    train, dev, test = (set(held_out(bank, s)) for s in ("train", "dev", "test"))
    assert not train & test and not train & dev
    assert test and dev and train | dev | test == set(bank)


def _bounce_openings(split: str) -> set[str]:
    out = set()
    for line in (DATASETS / split / "threads.jsonl").read_text(encoding="utf-8").splitlines():
        thread = json.loads(line)
        if thread["expected"]["intent"] == "bounce":
            out.add(thread["messages"][-1]["body"].strip().splitlines()[0])
    return out


def test_test_bounces_use_delivery_reports_the_model_never_trained_on():
    assert _bounce_openings("test") and not _bounce_openings("test") & _bounce_openings("train")
