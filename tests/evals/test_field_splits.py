"""The hand-written splits written for issue 14 (evals/datasets/field2 … field17, field18, field21): each loads with every intent and
language, rebuilds byte for byte, obeys the mechanical rules of evals/LABELING.md and shares no customer, invoice
or payment with another field split; the held-out ones (field7, field8, field12) appear nowhere in the training text.

field … field6, field9 … field11, field13 … field18 and field21 are training data (evals/train.py TRAINING_SPLITS);
field7, field8 and field12 measure the reader
and have no quality floor: they measure, they do not gate. Which splits training refuses is
tests/evals/test_training_splits.py.
field19 and field20 were held out too, measured once each, then retired to training like field13 … field17.
field22 was held out too (sealed, written 2026-11-30), measured once at f313ffc, then retired to training the same way.
field23 and field24 were held out too (sealed, written 2026-11-30), measured once at 0827f35, then retired the same way.
field25 and field26 were held out too (sealed, written 2026-11-30), measured once at e19e2ac, then retired the same way.
field27 and field28 were held out (sealed: written 2026-11-30, never run before they were committed), measured once and
retired to training.
field29 and field30 were held out (sealed: written 2026-11-30), measured once at 352e8d9 and retired the same way.
field31 and field32 were held out (sealed: written 2026-11-30), measured once at 4148162 and retired the same way.
field33 and field34 were held out (sealed: written 2026-11-30), measured once at 7193b35 and retired the same way.
field35 and field36 were held out (sealed: written 2026-11-30), measured once at 777d18e and retired the same way.
field37 and field38 were held out (sealed: written 2026-11-30), measured once at 5d9de3e and retired the same way.
field39 and field40 were held out (sealed: written 2026-11-30), measured once at 88cc7ba and retired the same way.
field41 and field42 were held out (sealed: written 2026-11-30), measured once at ff10cfd and retired the same way.
field43 and field44 were held out (sealed: written 2026-11-30), measured once at d2462e7 and retired the same way.
field45 and field46 were held out (sealed: written 2026-11-30), measured once at 1ae1baa and retired the same way.
field47 and field48 were held out (sealed: written 2026-11-30), measured once at f79b3d8 and retired the same way.
field49 and field50 were held out (sealed: written 2026-11-30), measured once at dcd8dbe and retired the same way.
field51 and field52 were held out (sealed: written 2026-11-30), measured once at 6ffe399 and retired the same way.
field53 and field54 were held out (sealed: written 2026-12-01), measured once at aa096ce and retired the same way.
field55 and field56 were held out (sealed: written 2026-12-01), measured once at 8b022ea and retired the same way.
field57 and field58 were held out (sealed: written 2026-12-01), measured once at 409f3d4 and retired the same way.
field59 was held out (sealed: written 2026-12-01), in its own world (A59xx), measured once at 8e393e2 and retired the same way.
field60 was held out (sealed: written 2026-12-01), in its own world (B60xx), measured once at 8e393e2 and retired the same way.
field61 and field62 were held out (sealed: written 2026-12-01), in their own worlds (E61xx, D62xx), measured once at 88b1c59 and retired the same way.
field63 and field64 were held out (sealed: written 2026-12-01), in their own worlds (H63xx, J64xx), measured once at 5c37e30 and retired the same way.
field65 and field66 were held out (sealed: written 2026-12-02), in their own worlds (K65xx, M66xx), measured once at 7895297 and retired the same way.
field67 and field68 were held out (sealed: written 2026-12-02), in their own worlds (P67xx, Q68xx), measured once at 3eb507d and retired the same way.
field69 and field70 were held out (sealed: written 2026-12-02), in their own worlds (R69xx, S70xx), never run before committed.
field71 and field72 were held out (sealed: written 2026-12-02), in their own worlds (U71xx, V72xx), never run before committed.
"""

from __future__ import annotations

import importlib
import json
import re
from collections import Counter
from datetime import date, datetime
from itertools import combinations
from pathlib import Path

import pytest

from evals.dataset import load_dataset
from evals.train import HELD_OUT, TRAINING_SPLITS

ROOT = Path(__file__).resolve().parents[2]
DATASETS = ROOT / "evals" / "datasets"
# split -> (at least this many threads, at least this many of each intent)
SPLITS = {"field2": (200, 12), "field3": (300, 16), "field4": (300, 16), "field5": (300, 16), "field6": (300, 16), "field7": (300, 16), "field8": (300, 16), "field9": (300, 16), "field10": (300, 16), "field11": (300, 16), "field12": (300, 16), "field13": (300, 16), "field14": (300, 16), "field15": (300, 16), "field16": (300, 16), "field17": (300, 16), "field18": (300, 16), "field21": (300, 16), "field19": (300, 16), "field20": (300, 16), "field22": (300, 16), "field24": (300, 16), "field23": (300, 16), "field25": (300, 16)}
SPLITS["field26"] = (300, 16)  # held out, sealed (written 2026-11-30)
SPLITS["field27"] = (300, 16)  # held out, sealed (written 2026-11-30)
SPLITS["field28"] = (300, 16)  # held out, sealed (written 2026-11-30)
SPLITS["field29"] = (300, 16)  # held out, sealed (written 2026-11-30)
SPLITS["field30"] = (300, 16)  # held out, sealed (written 2026-11-30)
SPLITS["field32"] = (300, 16)  # held out, sealed (written 2026-11-30)
SPLITS["field31"] = (300, 16)  # held out, sealed (written 2026-11-30)
SPLITS["field33"] = (300, 16)  # held out, sealed (written 2026-11-30)
SPLITS["field34"] = (300, 16)  # held out, sealed (written 2026-11-30)
SPLITS["field35"] = (300, 16)  # held out, sealed (written 2026-11-30)
SPLITS["field36"] = (300, 16)  # held out, sealed (written 2026-11-30)
SPLITS["field38"] = (300, 16)  # held out, sealed (written 2026-11-30)
SPLITS["field37"] = (300, 16)  # held out, sealed (written 2026-11-30)
SPLITS["field39"] = (300, 16)  # held out, sealed (written 2026-11-30)
SPLITS["field40"] = (300, 16)  # held out, sealed (written 2026-11-30)
SPLITS["field42"] = (300, 16)  # held out, sealed (written 2026-11-30)
SPLITS["field41"] = (300, 16)  # held out, sealed (written 2026-11-30)
SPLITS["field43"] = (300, 16)  # held out, sealed (written 2026-11-30)
SPLITS["field44"] = (300, 16)  # held out, sealed (written 2026-11-30)
SPLITS["field46"] = (300, 16)  # held out, sealed (written 2026-11-30)
SPLITS["field45"] = (300, 16)  # held out, sealed (written 2026-11-30)
SPLITS["field47"] = (300, 16)  # held out, sealed (written 2026-11-30)
SPLITS["field48"] = (300, 16)  # held out, sealed (written 2026-11-30)
SPLITS["field49"] = (300, 16)  # held out, sealed (written 2026-11-30)
SPLITS["field50"] = (300, 16)  # held out, sealed (written 2026-11-30)
SPLITS["field51"] = (300, 16)  # held out, sealed (written 2026-11-30)
SPLITS["field52"] = (300, 16)  # held out, sealed (written 2026-11-30)
SPLITS["field53"] = (300, 16)  # held out, sealed (written 2026-12-01)
SPLITS["field54"] = (300, 16)  # held out, sealed (written 2026-12-01)
SPLITS["field55"] = (300, 16)  # held out, sealed (written 2026-12-01)
SPLITS["field56"] = (300, 16)  # held out, sealed (written 2026-12-01)
SPLITS["field57"] = (300, 16)  # held out, sealed (written 2026-12-01)
SPLITS["field58"] = (300, 16)  # held out, sealed (written 2026-12-01)
SPLITS["field59"] = (300, 16)  # held out, sealed (written 2026-12-01)
SPLITS["field60"] = (300, 16)  # held out, sealed (written 2026-12-01)
SPLITS["field61"] = (300, 16)  # held out, sealed (written 2026-12-01)
SPLITS["field62"] = (300, 16)  # held out, sealed (written 2026-12-01)
SPLITS["field63"] = (300, 16)  # held out, sealed (written 2026-12-01)
SPLITS["field64"] = (300, 16)  # held out, sealed (written 2026-12-01)
SPLITS["field65"] = (300, 16)  # held out, sealed (written 2026-12-02)
SPLITS["field66"] = (300, 16)  # held out, sealed (written 2026-12-02)
SPLITS["field67"] = (300, 16)  # held out, sealed (written 2026-12-02)
SPLITS["field68"] = (300, 16)  # held out, sealed (written 2026-12-02)
SPLITS["field69"] = (300, 16)  # held out, sealed (written 2026-12-02)
SPLITS["field70"] = (300, 16)  # held out, sealed (written 2026-12-02)
SPLITS["field71"] = (300, 16)  # held out, sealed (written 2026-12-02)
SPLITS["field72"] = (300, 16)  # held out, sealed (written 2026-12-02)
FIELD_SPLITS = ("field", *SPLITS)

INTENTS = {"promise_to_pay", "already_paid", "dispute", "invoice_resend", "po_change", "payment_plan_request",
           "out_of_office", "bounce", "wrong_contact", "other"}
ALWAYS_HUMAN = {"dispute", "payment_plan_request", "bounce", "wrong_contact", "po_change"}  # rules 1 and 2
PAUSING = {"promise_to_pay", "already_paid", "dispute", "payment_plan_request", "out_of_office", "bounce"}
FLAGS = {"strategic", "legal", "credit_hold", "payment_plan", "do_not_contact"}


def _rows(split: str) -> list[dict]:
    return [json.loads(line) for line in (DATASETS / split / "threads.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("split", SPLITS)
def test_the_split_loads_with_every_intent_and_language_represented(split: str) -> None:
    min_threads, min_per_intent = SPLITS[split]
    threads = load_dataset(DATASETS / split).threads
    assert len(threads) >= min_threads and len({t.id for t in threads}) == len(threads)
    intents = Counter(t.expected.intent for t in threads)
    assert set(intents) == INTENTS and min(intents.values()) >= min_per_intent, intents
    languages = Counter(t.expected.language for t in threads)
    assert set(languages) == {"en", "de", "fr", "es", "nl", "pt"}, languages
    assert languages["en"] >= len(threads) * 0.4


@pytest.mark.parametrize("one,other", list(combinations(FIELD_SPLITS, 2)))
def test_no_two_field_splits_share_a_customer_an_invoice_or_a_payment(one: str, other: str) -> None:
    a, b = (load_dataset(DATASETS / s).world for s in (one, other))
    assert not {c.id for c in a.customers} & {c.id for c in b.customers}
    assert not {i.number for i in a.invoices} & {i.number for i in b.invoices}
    assert not {p.id for p in a.payments} & {p.id for p in b.payments}


@pytest.mark.parametrize("split", SPLITS)
def test_rebuilding_the_split_writes_the_committed_bytes(split: str, tmp_path: Path) -> None:
    importlib.import_module(f"evals.{split}.build").main(out=tmp_path)
    for name in ("world.json", "threads.jsonl"):
        assert (tmp_path / name).read_bytes() == (DATASETS / split / name).read_bytes(), f"{split}/{name} is stale or not deterministic"


@pytest.mark.parametrize("split", SPLITS)
def test_the_labels_follow_the_mechanical_rules(split: str) -> None:
    world = json.loads((DATASETS / split / "world.json").read_text(encoding="utf-8"))
    customers = {c["id"]: c for c in world["customers"]}
    invoice_owner = {i["number"]: i["customer_id"] for i in world["invoices"]}
    by_contact = {ct["email"].lower(): c["id"] for c in world["customers"] for ct in c["contacts"]}
    for row in _rows(split):
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
            assert date.fromisoformat(exp["promise_date"]) >= datetime.fromisoformat(reply["date"]).date(), where
        if exp["promise_amount"] is not None:
            assert "promise_to_pay" in intents or exp["intent"] == "payment_plan_request", where
            assert re.fullmatch(r"\d+\.\d{2}", exp["promise_amount"]), where
        if exp["intent"] in {"out_of_office", "bounce"}:
            assert exp["invoice_numbers"] == [], where
        assert all(invoice_owner.get(n) == owner for n in exp["invoice_numbers"]), where


# Whole replies two writers wrote alike without seeing each other's text, found when the later one's split went to
# training (each checked by hand: a stock question, nothing else shared between the two splits).
WRITTEN_ALIKE = {
    "Could we pay half now and half in January?": "field12 (2026-11-29) and field63 (2026-12-01), retired 2026-12-02",
    "Grüezi, die Zahlung erfolgt in 14 Tagen. Freundliche Grüsse": "field7 (2026-11-29) and field66 (2026-12-02, signed"
    " 'Buchhaltung Räbehof' after it), retired 2026-12-02",
}


@pytest.mark.parametrize("split", sorted(HELD_OUT & set(SPLITS)))
def test_no_held_out_reply_is_in_the_training_text(split: str) -> None:
    """No reply of a held-out split appears whole where the model is fitted (the training splits, the seed replies).
    Stock openings may (an absence notice's first sentence, "Sollten Sie weiter mahnen, …"), and so may a whole reply of
    a few words ("Bedankt, doorgestuurd naar de boekhouding.", written by two writers who never saw each other's
    text): people write those alike."""
    build = importlib.import_module(f"evals.{split}.build")
    replies, _ = build.base.collect(build.PACKAGE)
    training = "".join((DATASETS / s / "threads.jsonl").read_text(encoding="utf-8") for s in TRAINING_SPLITS)
    for seed in (ROOT / "agent" / "models").glob("seed_replies*.jsonl"):
        training += seed.read_text(encoding="utf-8")
    flat = " ".join(training.replace("\\n", " ").split())
    for r in replies:
        words = " ".join(r.body.split())
        if words in WRITTEN_ALIKE:
            continue
        if len(words) >= 40 and len(words.split()) > 6:
            found = words in flat  # a bare bool: pytest's diff against the whole training text outlasted the test's timeout
            assert not found, words[:60]
