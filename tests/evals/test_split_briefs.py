"""What each hand-written split since field8 was commissioned to hold is really in it, each in its own world.

Held-out splits (field8, field12, field13, field15, field16, field17) were written to weigh dated commitments and replies that need a person in six
languages; training refuses them, except field13, field15, field16 and field17, retired to training after their one
measurement each. Training splits (field9 … field11, field14, field18, field21) were written to be fitted on: never held out,
balanced across intents and languages, each in its own customers, invoices and bank lines. Every thread names the
families it exercises, for the report's per-family tables. The checks every split shares (loads, rebuilds byte for
byte, mechanical rules, no overlap, not in the training text) are tests/evals/test_field_splits.py's.
field19 and field20 (held out, sealed, 2026-11-30) were written to the same weights, measured once and retired too.
field22 (held out, sealed, 2026-11-30) was written to the same weights, in its own world (S22xx), measured once and retired too.
field24 (held out, sealed, 2026-11-30) was written to the same weights, in its own world (Z24xx).
field23 (held out, sealed, 2026-11-30) was written to the same weights, in its own world (Y23xx).
field25 (held out, sealed, 2026-11-30) was written to the same weights, in its own world (X25xx), measured once and retired too.
field26 (held out, sealed, 2026-11-30) was written to the same weights, in its own world (V26xx), measured once and retired too.
field27 (held out, sealed, 2026-11-30) was written to the same weights, in its own world (W27xx), measured once and retired too.
field28 (held out, sealed, 2026-11-30) was written to the same weights, in its own world (T28xx), measured once and retired too.
field29 (held out, sealed, 2026-11-30) was written to the same weights, in its own world (S29xx), measured once and retired too.
field30 (held out, sealed, 2026-11-30) was written to the same weights, in its own world (R30xx), measured once and retired too.
field32 (held out, sealed, 2026-11-30) was written to the same weights, in its own world (M32xx), measured once and retired too.
field31 (held out, sealed, 2026-11-30) was written to the same weights, in its own world (N31xx), measured once and retired too.
field33 (held out, sealed, 2026-11-30) was written to the same weights, in its own world (L33xx), measured once and retired too.
field34 (held out, sealed, 2026-11-30) was written to the same weights, in its own world (K34xx), measured once and retired too.
field35 (held out, sealed, 2026-11-30) was written to the same weights, in its own world (J35xx), measured once and retired too.
field36 (held out, sealed, 2026-11-30) was written to the same weights, in its own world (H36xx), measured once and retired too.
field38 (held out, sealed, 2026-11-30) was written to the same weights, in its own world (F38xx), measured once and retired too.
field37 (held out, sealed, 2026-11-30) was written to the same weights, in its own world (G37xx), measured once and retired too.
field39 (held out, sealed, 2026-11-30) was written to the same weights, in its own world (E39xx), measured once and retired too.
field40 (held out, sealed, 2026-11-30) was written to the same weights, in its own world (D40xx), measured once and retired too.
field42 (held out, sealed, 2026-11-30) was written to the same weights, in its own world (B42xx), measured once and retired too.
field41 (held out, sealed, 2026-11-30) was written to the same weights, in its own world (C41xx), measured once and retired too.
field43 (held out, sealed, 2026-11-30) was written to the same weights, in its own world (A43xx), measured once and retired too.
field44 (held out, sealed, 2026-11-30) was written to the same weights, in its own world (Y44xx), measured once and retired too.
field46 (held out, sealed, 2026-11-30) was written to the same weights, in its own world (P46xx), measured once and retired too.
field45 (held out, sealed, 2026-11-30) was written to the same weights, in its own world (Q45xx), measured once and retired too.
field47 (held out, sealed, 2026-11-30) was written to the same weights, in its own world (R47xx), measured once and retired too.
field48 (held out, sealed, 2026-11-30) was written to the same weights, in its own world (M48xx), measured once and retired too.
field49 (held out, sealed, 2026-11-30) was written to the same weights, in its own world (H49xx), measured once and retired too.
field50 (held out, sealed, 2026-11-30) was written to the same weights, in its own world (V50xx), measured once and retired too.
field51 (held out, sealed, 2026-11-30) was written to the same weights, in its own world (J51xx), measured once and retired too.
field52 (held out, sealed, 2026-11-30) was written to the same weights, in its own world (W52xx), measured once and retired too.
field53 (held out, sealed, 2026-12-01) was written to the same weights, in its own world (G53xx), measured once and retired too.
field54 (held out, sealed, 2026-12-01) was written to the same weights, in its own world (T54xx), measured once and retired too.
field55 (held out, sealed, 2026-12-01) was written to the same weights, in its own world (F55xx), measured once and retired too.
field56 (held out, sealed, 2026-12-01) was written to the same weights, in its own world (N56xx), measured once and retired too.
field57 (held out, sealed, 2026-12-01) was written to the same weights, in its own world (E57xx), measured once and retired too.
field58 (held out, sealed, 2026-12-01) was written to the same weights, in its own world (K58xx), measured once and retired too.
field59 (held out, sealed, 2026-12-01) was written to the same weights, in its own world (A59xx), measured once and retired too.
field60 (held out, sealed, 2026-12-01) was written to the same weights, in its own world (B60xx), measured once and retired too.
field61 and field62 (held out, sealed, 2026-12-01) were written to the same weights, in their own worlds (E61xx, D62xx), measured once and retired too.
field63 and field64 (held out, sealed, 2026-12-01) were written to the same weights, in their own worlds (H63xx, J64xx), measured once and retired too.
field65 and field66 (held out, sealed, 2026-12-02) were written to the same weights, in their own worlds (K65xx, M66xx), measured once and retired too.
field67 and field68 (held out, sealed, 2026-12-02) were written to the same weights, in their own worlds (P67xx, Q68xx), measured once and retired too.
field69 and field70 (held out, sealed, 2026-12-02) were written to the same weights, in their own worlds (R69xx, S70xx).
field71 and field72 (held out, sealed, 2026-12-02) were written to the same weights, in their own worlds (U71xx, V72xx).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from evals.dataset import load_dataset
from evals.train import HELD_OUT, TRAINING_SPLITS

DATASETS = Path(__file__).resolve().parents[2] / "evals" / "datasets"

# split -> (at least this many threads, dated commitments, replies that need a person, of each intent)
HELD_OUT_BRIEFS = {"field8": (340, 140, 180, 16), "field12": (360, 150, 180, 16), "field13": (360, 150, 180, 16), "field15": (360, 150, 180, 16), "field16": (370, 160, 185, 18), "field17": (370, 160, 185, 18), "field19": (370, 160, 185, 18), "field20": (370, 160, 185, 18), "field22": (370, 160, 185, 18), "field24": (370, 160, 185, 18), "field23": (370, 160, 185, 18), "field25": (370, 160, 185, 18)}
HELD_OUT_BRIEFS["field26"] = (370, 160, 185, 18)  # held out, sealed (written 2026-11-30)
HELD_OUT_BRIEFS["field27"] = (370, 160, 185, 18)  # held out, sealed (written 2026-11-30)
HELD_OUT_BRIEFS["field28"] = (370, 160, 185, 18)  # held out, sealed (written 2026-11-30)
HELD_OUT_BRIEFS["field29"] = (370, 160, 185, 18)  # held out, sealed (written 2026-11-30)
HELD_OUT_BRIEFS["field30"] = (370, 160, 185, 18)  # held out, sealed (written 2026-11-30)
HELD_OUT_BRIEFS["field32"] = (370, 160, 185, 18)  # held out, sealed (written 2026-11-30)
HELD_OUT_BRIEFS["field31"] = (370, 160, 185, 18)  # held out, sealed (written 2026-11-30)
HELD_OUT_BRIEFS["field33"] = (370, 160, 185, 18)  # held out, sealed (written 2026-11-30)
HELD_OUT_BRIEFS["field34"] = (370, 160, 185, 18)  # held out, sealed (written 2026-11-30)
HELD_OUT_BRIEFS["field35"] = (370, 160, 185, 18)  # held out, sealed (written 2026-11-30)
HELD_OUT_BRIEFS["field36"] = (370, 160, 185, 18)  # held out, sealed (written 2026-11-30)
HELD_OUT_BRIEFS["field38"] = (370, 160, 185, 18)  # held out, sealed (written 2026-11-30)
HELD_OUT_BRIEFS["field37"] = (370, 160, 185, 18)  # held out, sealed (written 2026-11-30)
HELD_OUT_BRIEFS["field39"] = (370, 160, 185, 18)  # held out, sealed (written 2026-11-30)
HELD_OUT_BRIEFS["field40"] = (370, 160, 185, 18)  # held out, sealed (written 2026-11-30)
HELD_OUT_BRIEFS["field42"] = (370, 160, 185, 18)  # held out, sealed (written 2026-11-30)
HELD_OUT_BRIEFS["field41"] = (370, 160, 185, 18)  # held out, sealed (written 2026-11-30)
HELD_OUT_BRIEFS["field43"] = (370, 160, 185, 18)  # held out, sealed (written 2026-11-30)
HELD_OUT_BRIEFS["field44"] = (370, 160, 185, 18)  # held out, sealed (written 2026-11-30)
HELD_OUT_BRIEFS["field46"] = (370, 160, 185, 18)  # held out, sealed (written 2026-11-30)
HELD_OUT_BRIEFS["field45"] = (370, 160, 185, 18)  # held out, sealed (written 2026-11-30)
HELD_OUT_BRIEFS["field47"] = (370, 160, 185, 18)  # held out, sealed (written 2026-11-30)
HELD_OUT_BRIEFS["field48"] = (370, 160, 185, 18)  # held out, sealed (written 2026-11-30)
HELD_OUT_BRIEFS["field49"] = (370, 160, 185, 18)  # held out, sealed (written 2026-11-30)
HELD_OUT_BRIEFS["field50"] = (370, 160, 185, 18)  # held out, sealed (written 2026-11-30)
HELD_OUT_BRIEFS["field51"] = (370, 160, 185, 18)  # held out, sealed (written 2026-11-30)
HELD_OUT_BRIEFS["field52"] = (370, 160, 185, 18)  # held out, sealed (written 2026-11-30)
HELD_OUT_BRIEFS["field53"] = (370, 160, 185, 18)  # held out, sealed (written 2026-12-01)
HELD_OUT_BRIEFS["field54"] = (370, 160, 185, 18)  # held out, sealed (written 2026-12-01)
HELD_OUT_BRIEFS["field55"] = (370, 160, 185, 18)  # held out, sealed (written 2026-12-01)
HELD_OUT_BRIEFS["field56"] = (370, 160, 185, 18)  # held out, sealed (written 2026-12-01)
HELD_OUT_BRIEFS["field57"] = (370, 160, 185, 18)  # held out, sealed (written 2026-12-01)
HELD_OUT_BRIEFS["field58"] = (370, 160, 185, 18)  # held out, sealed (written 2026-12-01)
HELD_OUT_BRIEFS["field59"] = (370, 160, 185, 18)  # held out, sealed (written 2026-12-01)
HELD_OUT_BRIEFS["field60"] = (370, 160, 185, 18)  # held out, sealed (written 2026-12-01)
HELD_OUT_BRIEFS["field61"] = (370, 160, 185, 18)  # held out, sealed (written 2026-12-01)
HELD_OUT_BRIEFS["field62"] = (370, 160, 185, 18)  # held out, sealed (written 2026-12-01)
HELD_OUT_BRIEFS["field63"] = (370, 160, 185, 18)  # held out, sealed (written 2026-12-01)
HELD_OUT_BRIEFS["field64"] = (370, 160, 185, 18)  # held out, sealed (written 2026-12-01)
HELD_OUT_BRIEFS["field65"] = (370, 160, 185, 18)  # held out, sealed (written 2026-12-02)
HELD_OUT_BRIEFS["field66"] = (370, 160, 185, 18)  # held out, sealed (written 2026-12-02)
HELD_OUT_BRIEFS["field67"] = (370, 160, 185, 18)  # held out, sealed (written 2026-12-02)
HELD_OUT_BRIEFS["field68"] = (370, 160, 185, 18)  # held out, sealed (written 2026-12-02)
HELD_OUT_BRIEFS["field69"] = (370, 160, 185, 18)  # held out, sealed (written 2026-12-02)
HELD_OUT_BRIEFS["field70"] = (370, 160, 185, 18)  # held out, sealed (written 2026-12-02)
HELD_OUT_BRIEFS["field71"] = (370, 160, 185, 18)  # held out, sealed (written 2026-12-02)
HELD_OUT_BRIEFS["field72"] = (370, 160, 185, 18)  # held out, sealed (written 2026-12-02)
# split -> (threads, of each intent, of each language, English share range, customer / invoice / bank-line prefixes)
TRAINING_BRIEFS = {
    "field9": (340, 20, 35, (0.40, 0.50), ("P9", "INV-2026-09", "BK9-")),
    "field10": (300, 16, 30, (0.40, 0.50), ("Q10", "INV-2026-10", "BK10-")),
    "field11": (300, 20, 30, (0.40, 0.50), ("R11", "INV-2026-11", "BK11-")),
    "field14": (320, 20, 30, (0.40, 0.50), ("T14", "INV-2026-14", "BK14-")),
    "field18": (340, 16, 32, (0.40, 0.50), ("U18", "INV-2026-18", "BK18-")),
    "field21": (340, 16, 32, (0.40, 0.50), ("W21", "INV-2026-21", "BK21-")),
}


def _rows(split: str) -> list[dict]:
    return [json.loads(line) for line in (DATASETS / split / "threads.jsonl").read_text(encoding="utf-8").splitlines()]


# written as held-out, measured once, then their errors read to write rules: training data since (evals/LABELING.md)
RETIRED_TO_TRAINING = ("field13", "field15", "field16", "field17", "field19", "field20", "field22", "field23", "field24", "field25", "field26",
                       "field27", "field28", "field29", "field30", "field31", "field32",
                       "field33", "field34", "field35", "field36", "field37", "field38", "field39", "field40",
                       "field41", "field42", "field43", "field44", "field45", "field46", "field47", "field48",
                       "field49", "field50", "field51", "field52", "field53", "field54",
                       "field55", "field56", "field57", "field58", "field59", "field60", "field61", "field62",
                       "field63", "field64", "field65", "field66", "field67", "field68")


@pytest.mark.parametrize("split", [s for s in HELD_OUT_BRIEFS if s not in RETIRED_TO_TRAINING])
def test_a_held_out_split_is_never_fitted_on(split: str) -> None:
    assert split in HELD_OUT and split not in TRAINING_SPLITS


@pytest.mark.parametrize("split", RETIRED_TO_TRAINING)
def test_a_retired_held_out_split_no_longer_measures_and_is_fitted_on(split: str) -> None:
    assert split not in HELD_OUT and split in TRAINING_SPLITS


@pytest.mark.parametrize("split", HELD_OUT_BRIEFS)
def test_a_held_out_split_carries_the_weight_it_was_written_for(split: str) -> None:
    threads, dated, human, per_intent = HELD_OUT_BRIEFS[split]
    rows = [r["expected"] for r in _rows(split)]
    assert len(rows) >= threads
    assert sum(r["promise_date"] is not None for r in rows) >= dated
    assert sum(r["needs_human"] for r in rows) >= human
    assert min(Counter(r["intent"] for r in rows).values()) >= per_intent


@pytest.mark.parametrize("split", HELD_OUT_BRIEFS)
def test_a_held_out_split_gives_every_language_its_share_and_english_about_half(split: str) -> None:
    languages = Counter(r["expected"]["language"] for r in _rows(split))
    assert all(languages[lang] >= 30 for lang in ("de", "fr", "es", "nl", "pt")), languages
    assert 0.4 <= languages["en"] / sum(languages.values()) <= 0.6, languages


@pytest.mark.parametrize("split", TRAINING_BRIEFS)
def test_a_training_split_is_not_held_out(split: str) -> None:
    assert split not in HELD_OUT


@pytest.mark.parametrize("split", TRAINING_BRIEFS)
def test_a_training_split_keeps_the_balance_it_was_written_for(split: str) -> None:
    threads_min, per_intent, per_language, (en_low, en_high), _ = TRAINING_BRIEFS[split]
    threads = load_dataset(DATASETS / split).threads
    assert len(threads) >= threads_min
    intents = Counter(t.expected.intent for t in threads)
    assert len(intents) == 10 and min(intents.values()) >= per_intent, intents
    languages = Counter(t.expected.language for t in threads)
    assert min(languages.values()) >= per_language, languages
    assert en_low <= languages["en"] / len(threads) <= en_high, languages


@pytest.mark.parametrize("split", TRAINING_BRIEFS)
def test_a_training_split_keeps_its_own_world(split: str) -> None:
    customer, invoice, bank_line = TRAINING_BRIEFS[split][-1]
    world = json.loads((DATASETS / split / "world.json").read_text(encoding="utf-8"))
    assert all(c["id"].startswith(customer) for c in world["customers"])
    assert all(i["number"].startswith(invoice) for i in world["invoices"])
    assert all(p["id"].startswith(bank_line) for p in world["payments"])
    assert all(r["id"].startswith(f"{split}-") for r in _rows(split))


@pytest.mark.parametrize("split", [*HELD_OUT_BRIEFS, *TRAINING_BRIEFS])
def test_every_thread_names_the_families_it_exercises(split: str) -> None:
    assert all(r["expected"]["families"] for r in _rows(split))
