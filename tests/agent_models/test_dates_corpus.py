"""Date resolution measured on the shared public corpus (duckling + dateparser day-grain rows)."""

from __future__ import annotations

import pytest

from tests.agent_models.dates_corpus import CORPUS, measure


@pytest.mark.skipif(not CORPUS.exists(), reason=f"shared dates corpus not found at {CORPUS} (plain clone without ../shared)")
def test_dates_corpus_accuracy_on_day_grain_rows():
    n, answered, correct, wrong = measure()
    print(f"\ndates corpus: {correct}/{n} day-grain rows right ({correct / n:.1%}), "
          f"precision {correct / answered:.1%} when answering; wrong by language {dict(wrong)}")
    assert correct / n >= 0.75
