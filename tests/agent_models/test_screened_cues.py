"""The model's cue and lexicon features asked through one RE2 screen (agent/models/rules.cue_hits,
LexiconFeatures) find exactly what searching every pattern finds: a screen may only skip a pattern that
cannot match, or the model would read a reply differently than it was trained to."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from agent.models.lexicon import LEXICON_RX, LexiconFeatures, fold
from agent.models.rules import CUE_NAMES, CUES, cue_hits

PHRASES = ["we have paid", "already been settled", "will pay on Friday", "wir zahlen", "nous allons payer", "pagaremos",
           "we betalen", "vamos pagar", "out of the office", "ticket number", "wrong amount", "send a copy", "new PO",
           "payment plan", "Ratenzahlung", "no longer works here", "thanks!", "?", "remittance", "Überweisung", "a@b.example"]
_TEXT = st.lists(st.one_of(st.sampled_from(PHRASES), st.text(max_size=12)), max_size=8).map(" ".join)


def _searched(text: str) -> frozenset[str]:
    return frozenset(name for name in CUE_NAMES if CUES[name].search(text))


def _lexicon_searched(text: str) -> list[float]:
    folded = fold(text)
    body = folded.split("\n", 1)[1] if "\n" in folded else folded
    return [1.0 if rx.search(body) else 0.0 for rx in LEXICON_RX.values()]


@settings(max_examples=400, deadline=None)
@given(text=_TEXT)
def test_screened_cues_are_the_searched_cues(text: str) -> None:
    assert cue_hits(text) == _searched(text)
    assert LexiconFeatures().transform([text]).toarray()[0][: len(LEXICON_RX)].tolist() == _lexicon_searched(text)


def test_screened_cues_are_the_searched_cues_on_every_labelled_reply() -> None:
    import json

    datasets = Path(__file__).resolve().parents[2] / "evals" / "datasets"
    checked = 0
    for split in ("train", "dev", "field9", "field10", "field11", "field14"):  # text the model is fitted on
        for line in (datasets / split / "threads.jsonl").read_text(encoding="utf-8").splitlines():
            for message in json.loads(line)["messages"]:
                text = message["body"] or ""
                assert cue_hits(text) == _searched(text), text[:80]
                checked += 1
    assert checked > 1000
