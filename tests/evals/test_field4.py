"""The fourth hand-written held-out split (evals/datasets/field4): it loads, rebuilds byte for byte, its
labels obey the mechanical rules of evals/LABELING.md, and nothing trains or tunes on it.

No quality floor here on purpose: field4 measures the reader, it does not gate it. It is written before
anyone tuned on it, so nobody runs predictions on it except the one measurement LABELING.md records.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date, datetime
from pathlib import Path

import pytest

from evals.dataset import load_dataset
from evals.field4 import build

ROOT = Path(__file__).resolve().parents[2]
FIELD4 = ROOT / "evals" / "datasets" / "field4"

INTENTS = {"promise_to_pay", "already_paid", "dispute", "invoice_resend", "po_change", "payment_plan_request",
           "out_of_office", "bounce", "wrong_contact", "other"}
ALWAYS_HUMAN = {"dispute", "payment_plan_request", "bounce", "wrong_contact", "po_change"}  # rules 1 and 2
PAUSING = {"promise_to_pay", "already_paid", "dispute", "payment_plan_request", "out_of_office", "bounce"}
FLAGS = {"strategic", "legal", "credit_hold", "payment_plan", "do_not_contact"}


@pytest.fixture(scope="module")
def field4():
    return load_dataset(FIELD4)


@pytest.fixture(scope="module")
def rows():
    return [json.loads(line) for line in (FIELD4 / "threads.jsonl").read_text(encoding="utf-8").splitlines()]


def test_field4_loads_with_every_intent_and_language_represented(field4):
    assert len(field4.threads) >= 300
    assert len({t.id for t in field4.threads}) == len(field4.threads)
    intents = Counter(t.expected.intent for t in field4.threads)
    assert set(intents) == INTENTS and min(intents.values()) >= 16, intents
    languages = Counter(t.expected.language for t in field4.threads)
    assert set(languages) == {"en", "de", "fr", "es", "nl", "pt"}, languages
    assert languages["en"] >= len(field4.threads) * 0.4


@pytest.mark.parametrize("other", ["field", "field2", "field3"])
def test_field4_shares_no_customer_invoice_or_payment_with_the_other_field_splits(field4, other):
    split = load_dataset(ROOT / "evals" / "datasets" / other)
    assert not {c.id for c in field4.world.customers} & {c.id for c in split.world.customers}
    assert not {i.number for i in field4.world.invoices} & {i.number for i in split.world.invoices}
    assert not {p.id for p in field4.world.payments} & {p.id for p in split.world.payments}


def test_rebuilding_field4_writes_the_committed_bytes(tmp_path):
    build.main(out=tmp_path)
    for name in ("world.json", "threads.jsonl"):
        assert (tmp_path / name).read_bytes() == (FIELD4 / name).read_bytes(), f"{name} is stale or not deterministic"


def test_field4_labels_follow_the_mechanical_rules(rows):
    world = json.loads((FIELD4 / "world.json").read_text(encoding="utf-8"))
    customers = {c["id"]: c for c in world["customers"]}
    invoice_owner = {i["number"]: i["customer_id"] for i in world["invoices"]}
    by_contact = {ct["email"].lower(): c["id"] for c in world["customers"] for ct in c["contacts"]}
    for row in rows:
        exp, reply = row["expected"], row["messages"][-1]
        intents = {exp["intent"], *exp["secondary_intents"]}
        where = f"{row['id']} ({exp['why'][:60]})"
        owner = next(invoice_owner[n] for n in row["messages"][0]["body"].split() if n in invoice_owner)
        flags = set(customers[owner]["flags"])
        assert flags <= FLAGS
        # pause_dunning follows from the primary intent, and legal / do-not-contact accounts are always paused
        assert exp["pause_dunning"] == (exp["intent"] in PAUSING or bool(flags & {"legal", "do_not_contact"})), where
        # needs_human: intents that always need a person, flagged accounts, senders the ERP does not know
        if intents & ALWAYS_HUMAN or flags or (exp["intent"] != "bounce" and reply["from"].lower() not in by_contact):
            assert exp["needs_human"], where
        # a date only for a commitment: a promise (primary or secondary) or a payment plan's first instalment
        if exp["promise_date"] is not None:
            assert "promise_to_pay" in intents or exp["intent"] == "payment_plan_request", where
            local = datetime.fromisoformat(reply["date"]).date()
            assert date.fromisoformat(exp["promise_date"]) >= local, where
        if exp["promise_amount"] is not None:
            assert "promise_to_pay" in intents or exp["intent"] == "payment_plan_request", where
            assert re.fullmatch(r"\d+\.\d{2}", exp["promise_amount"]), where
        if exp["intent"] in {"out_of_office", "bounce"}:
            assert exp["invoice_numbers"] == [], where
        assert all(invoice_owner.get(n) == owner for n in exp["invoice_numbers"]), where


def test_no_field4_reply_is_in_the_training_text():
    """No field4 reply appears whole where the model is fitted (the training splits, the seed replies). Stock openings may
    (an absence notice's first sentence, "Sollten Sie weiter mahnen, …"): people write those the same way."""
    replies, _ = build.base.collect(build.PACKAGE)
    from evals.train import TRAINING_SPLITS

    training = "".join((ROOT / "evals" / "datasets" / split / "threads.jsonl").read_text(encoding="utf-8") for split in TRAINING_SPLITS)
    for seed in (ROOT / "agent" / "models").glob("seed_replies*.jsonl"):
        training += seed.read_text(encoding="utf-8")
    flat = " ".join(training.replace("\\n", " ").split())
    for r in replies:
        words = " ".join(r.body.split())
        if len(words) >= 40:
            assert words not in flat, words[:60]


@pytest.mark.parametrize("kwargs", [{"train_splits": ("train", "field4")}, {"dev_split": "field4"},
                                    {"train_splits": ("train", "test")}, {"dev_split": "test"}])
def test_training_refuses_the_held_out_splits(tmp_path, kwargs):
    from evals import train

    with pytest.raises(ValueError, match="held out"):
        train.train(out=tmp_path / "model.joblib", log=lambda *_: None, **kwargs)
    assert not (tmp_path / "model.joblib").exists()
