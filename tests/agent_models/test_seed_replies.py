"""The hand-written seed replies the trainer reads: valid labels, six languages, nothing copied from field."""

from __future__ import annotations

import json
from pathlib import Path

from core.contracts import Intent
from evals.train import SEED_REPLIES, SEED_VOICES, seed_examples

FIELD = Path(__file__).resolve().parents[2] / "evals" / "datasets" / "field" / "threads.jsonl"


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_every_seed_reply_carries_a_known_intent_and_language():
    for path in (SEED_REPLIES, SEED_VOICES):
        for row in _rows(path):
            assert Intent(row["intent"]) and row["lang"] in {"en", "de", "fr", "es", "nl", "pt"}, row
            assert all(Intent(s) for s in row.get("secondary") or [])


def test_the_voices_file_covers_all_six_languages_and_is_read_by_the_trainer():
    assert {row["lang"] for row in _rows(SEED_VOICES)} == {"en", "de", "fr", "es", "nl", "pt"}
    assert len(seed_examples()) == len(_rows(SEED_REPLIES)) + len(_rows(SEED_VOICES))


def test_no_seed_reply_repeats_a_field_reply():
    # the field split is held out: a seed that shares a sentence with it would leak it into training
    if not FIELD.exists():
        return
    field_text = "\n".join(m.get("body") or m.get("html") or "" for t in _rows(FIELD) for m in t["messages"]).lower()
    for path in (SEED_REPLIES, SEED_VOICES):
        for row in _rows(path):
            for sentence in row["text"].split("\n"):
                if len(sentence) > 40:
                    assert sentence.lower() not in field_text, sentence
