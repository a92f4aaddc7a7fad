"""Fit the offline model reproducibly and measure it: `dunmail train` / `python -m evals.train`.

Training data: evals/datasets/train/threads.jsonl (generated for the project, kept apart from the eval
splits), the hand-written field … field6 splits (retired from measuring, see TRAINING_SPLITS), field9 … field11 and
the hand-written seed replies in agent/models/. dev/ is used to choose the few
settings (regularisation, primary/secondary thresholds); test/ is only ever reported, never tuned on.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from agent.models.features import model_text
from agent.models.lexicon import LexiconFeatures
from agent.models.offline import FITTED_PATH, OfflineModel
from agent.models.rules import CueFeatures
from core.contracts import ClassifyInput, Intent
from evals.train_inputs import Example, load_examples

SEED = 20260
REPO_ROOT = Path(__file__).resolve().parents[1]
SEEDS_DIR = REPO_ROOT / "agent" / "models"  # the hand-written seed replies ship with the model
DATASETS = REPO_ROOT / "evals" / "datasets"
SEED_REPLIES = SEEDS_DIR / "seed_replies.jsonl"
# Replies written by hand for issue 14's families in the voices the generator never used (long AP signatures
# and disclaimers, terse mobile, non-native English, forwards, sarcasm around a promise): never copied or
# paraphrased from the field split, which stays unseen.
SEED_VOICES = SEEDS_DIR / "seed_replies_voices.jsonl"
VERSION = "linear-v2"


def seed_examples() -> list[Example]:
    """The hand-written replies shipped with the module (a few per intent and language, then the voices file)."""
    out = []
    lines = [line for path in (SEED_REPLIES, SEED_VOICES) if path.exists() for line in path.read_text(encoding="utf-8").splitlines()]
    for n, line in enumerate(lines):
        if not line.strip():
            continue
        row = json.loads(line)
        item = ClassifyInput(subject=row.get("subject", "Re: Payment reminder"), text=row["text"],
                             sent_at="2026-03-04T10:00:00+01:00", customer_language=row["lang"],
                             is_auto_reply=bool(row.get("auto")), is_bounce=bool(row.get("bounce")))
        out.append(Example(id=f"seed-{n}", item=item, intent=row["intent"], secondary=list(row.get("secondary") or []),
                           expected={}))
    return out


LEX_WEIGHT = 0.3  # chosen on dev (0.3 > 0.5 > 1.0; higher weights let the lexicon overrule the n-grams)


def build_pipeline(c: float = 8.0, seed: int = SEED, lex_weight: float | None = None):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline

    features = FeatureUnion([
        ("words", TfidfVectorizer(ngram_range=(1, 2), min_df=2, max_features=30000, sublinear_tf=True,
                                  strip_accents="unicode", lowercase=True, token_pattern=r"(?u)\b\w+\b")),
        ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, max_features=60000,
                                  sublinear_tf=True, strip_accents="unicode", lowercase=True)),
        ("cues", CueFeatures(weight=1.0)),
        ("lexicon", LexiconFeatures(weight=LEX_WEIGHT if lex_weight is None else lex_weight)),
    ])
    # One detector per intent (one-vs-rest): a reply that says several things is positive for each of
    # them, and INTENT_PRECEDENCE picks the primary at run time, as the labelling rules do.
    from sklearn.multiclass import OneVsRestClassifier

    clf = OneVsRestClassifier(LogisticRegression(C=c, class_weight="balanced", max_iter=3000, random_state=seed))
    return Pipeline([("features", features), ("clf", clf)])


LABELS = [i.value for i in Intent]


def targets(examples: list[Example]):
    import numpy as np

    y = np.zeros((len(examples), len(LABELS)), dtype=int)
    for row, e in enumerate(examples):
        for label in [e.intent, *e.secondary]:
            y[row, LABELS.index(label)] = 1
    return y


def fit(examples: list[Example], c: float = 8.0, seed: int = SEED, lex_weight: float | None = None):
    random.seed(seed)
    pipeline = build_pipeline(c, seed, lex_weight)
    pipeline.fit([model_text(e.item) for e in examples], targets(examples))
    return pipeline


# ------------------------------------------------------------------ measurement
@dataclass
class Report:
    n: int
    per_intent: dict[str, dict[str, float]]
    macro_f1: float
    promise_date_accuracy: float | None
    promise_dated: int
    mistakes: list[tuple[str, str, str]] = field(default_factory=list)
    calibration: list[tuple[float, float, int]] = field(default_factory=list)

    def text(self) -> str:
        lines = [f"{'intent':22} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}"]
        for intent, s in self.per_intent.items():
            lines.append(f"{intent:22} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} {int(s['support']):5d}")
        pda = "n/a" if self.promise_date_accuracy is None else f"{self.promise_date_accuracy:.3f}"
        lines.append(f"macro-F1 {self.macro_f1:.3f} over {self.n} replies; promise-date accuracy {pda} "
                     f"({self.promise_dated} dated)")
        if self.calibration:
            lines.append("calibration (confidence bin: accuracy, n): " + "; ".join(
                f"{lo:.1f}+: {acc:.2f} ({k})" for lo, acc, k in self.calibration))
        return "\n".join(lines)


def evaluate(model: OfflineModel, examples: list[Example]) -> Report:
    pairs, mistakes, dated_ok, dated, conf = [], [], 0, 0, []
    for e in examples:
        result = model.classify(e.item)
        pairs.append((e.intent, result.intent.value))
        conf.append((result.confidence, result.intent.value == e.intent))
        if result.intent.value != e.intent:
            mistakes.append((e.id, e.intent, result.intent.value))
        if e.expected.get("promise_date"):
            dated += 1
            got = result.facts.promise_date.isoformat() if result.facts.promise_date else None
            dated_ok += got == e.expected["promise_date"]
    labels = sorted({t for t, _ in pairs})
    per_intent = {}
    for label in labels:
        tp = sum(1 for t, p in pairs if t == label and p == label)
        fp = sum(1 for t, p in pairs if t != label and p == label)
        fn = sum(1 for t, p in pairs if t == label and p != label)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per_intent[label] = {"precision": prec, "recall": rec, "f1": f1, "support": tp + fn}
    macro = sum(s["f1"] for s in per_intent.values()) / max(len(per_intent), 1)
    bins = []
    for lo in (0.0, 0.5, 0.7, 0.9):
        hi = {0.0: 0.5, 0.5: 0.7, 0.7: 0.9, 0.9: 1.01}[lo]
        inside = [ok for c, ok in conf if lo <= c < hi]
        if inside:
            bins.append((lo, sum(inside) / len(inside), len(inside)))
    return Report(len(examples), per_intent, macro, dated_ok / dated if dated else None, dated, mistakes, bins)


# ------------------------------------------------------------------ the command
# Splits that only ever measure the reader: never fitted on, never used to choose a setting (evals/LABELING.md).
# field7, field8 and field12 are hand-written held-out text (field8's errors were read for rules after its one
# measurement, so it flatters since; field7's and field12's never were); test is the generated held-out split.
HELD_OUT = frozenset({"test", "field7", "field8", "field12"})
# field69 and field70: sealed, written 2026-12-02 for the round after that, never run before committed (own worlds R69xx, S70xx).
HELD_OUT = HELD_OUT | {"field69", "field70"}
# field71 and field72: sealed, written 2026-12-02 for the round after field69/70, never run before committed (own worlds U71xx, V72xx).
HELD_OUT = HELD_OUT | {"field71", "field72"}
# What the model is fitted on: the generated train split; the hand-written field … field6 splits, retired from
# measuring once their errors had been read to write rules (field … field3 in the afternoon of 2026-11-29, field4 …
# field6 that night: they no longer measured anything unseen); and field9, field10, field11, field14, written for
# training. 3,382 replies in voices the generator never had; field18 (407, weighted to dated promises) came after, and
# field13 and field15 (775) retired from measuring on 2026-11-30 once their errors were read to write rules, after one
# measurement each (evals/LABELING.md, "Field13 and field15 become training data"); field16 and field17 (765) the same way an
# hour later, after their one sealed measurement ("Field16 and field17 become training data").
TRAINING_SPLITS = ("train", "field", "field2", "field3", "field4", "field5", "field6", "field9", "field10", "field11", "field14", "field18",
                   "field13", "field15", "field16", "field17", "field21", "field19", "field20", "field22", "field23", "field24",
                   "field25", "field26", "field27", "field28", "field29", "field30",
                   "field31", "field32", "field33", "field34", "field35", "field36", "field37", "field38", "field39", "field40",
                   "field41", "field42", "field43", "field44", "field45", "field46", "field47", "field48",
                   "field49", "field50", "field51", "field52", "field53", "field54",
                   "field55", "field56", "field57", "field58", "field59", "field60", "field61", "field62",
                   "field63", "field64", "field65", "field66", "field67", "field68")
# field19 and field20 were held out and measured once at 6386d06, then read for rules and retired the same way; field22
# was measured once at f313ffc and retired on 2026-11-30 the same way ("Field22 becomes training data"); field23 and field24
# (sealed, written that morning) were measured once at 0827f35 and retired the same way an hour later; field25 and field26
# measured once at e19e2ac and retired the same way ("Field25 and field26 become training data").
# field27 and field28 (sealed, written that morning) were measured once at 47fd640 and retired the same way that afternoon
# ("Field27 and field28 become training data").
# field29 and field30 (sealed, written that morning) were measured once at 352e8d9 and retired the same way at midday
# ("Field29 and field30 become training data").
# field31 and field32 (sealed, written at midday) were measured once at 4148162 and retired the same way soon after
# ("Field31 and field32 become training data").
# field33 and field34 (sealed, written that afternoon) were measured once at 7193b35 and retired the same way
# ("Field33 and field34 become training data").
# field35 and field36 (sealed, written that afternoon) were measured once at 777d18e and retired the same way the next
# session ("Field35 and field36 become training data").
# field37 and field38 (sealed, written that session) were measured once at 5d9de3e and retired the same way
# ("Field37 and field38 become training data").
# field39 and field40 (sealed, written that session) were measured once at 88cc7ba and retired the same way
# ("Field39 and field40 become training data").
# field41 and field42 (sealed, written the session before) were measured once at ff10cfd and retired the same way
# ("Field41 and field42 become training data").
# field43 and field44 (sealed, written that session) were measured once at d2462e7 and retired the same way
# ("Field43 and field44 become training data").
# field45 and field46 (sealed, written that session) were measured once at 1ae1baa and retired the same way the next
# session ("Field45 and field46 become training data").
# field47 and field48 (sealed, written that session) were measured once at f79b3d8 and retired the same way
# ("Field47 and field48 become training data").
# field49 and field50 (sealed, written that session) were measured once at dcd8dbe and retired the same way
# ("Field49 and field50 become training data").
# field51 and field52 (sealed, written that session) were measured once at 6ffe399 and retired the same way the next
# session ("Field51 and field52 become training data").
# field53 and field54 (sealed, written that session) were measured once at aa096ce and retired the same way
# ("Field53 and field54 become training data").
# field55 and field56 (sealed, written that session) were measured once at 8b022ea and retired the same way
# ("Field55 and field56 become training data").
# field57 and field58 (sealed, written the session before) were measured once at 409f3d4 and retired the same way the next
# session ("Field57 and field58 become training data").
# field59 and field60 (sealed, written that session) were measured once at 8e393e2 and retired the same way the next
# session ("Field59 and field60 become training data").
# field61 and field62 (sealed, written the session before) were measured once at 88b1c59 and retired the same way the
# next session ("Field61 and field62 become training data").
# field63 and field64 (sealed, written the session before) were measured once at 5c37e30 and retired the same way that
# session ("Field63 and field64 become training data").
# field65 and field66 (sealed, written 2026-12-02) were measured once at 7895297 and retired the same way at the next
# refit (2026-12-02, the next session: "Field65 and field66 become training data").
# field67 and field68 (sealed, written 2026-12-02) were measured once at 3eb507d and retired the same way at the next
# refit (2026-12-02, two sessions on: "Field67 and field68 become training data").
# field21 (390, weighted to dated promises and replies that need a person) was written for training (evals/LABELING.md).


def split_examples(name: str) -> list[Example]:
    path = DATASETS / name / "threads.jsonl"
    return load_examples(path) if path.exists() else []


def _fingerprint(examples: list[Example]) -> str:
    h = hashlib.sha256()
    for e in examples:
        h.update(f"{e.id}\t{e.intent}\t{model_text(e.item)}\n".encode())
    return h.hexdigest()[:16]


def tune_thresholds(pipeline, dev: list[Example]) -> tuple[float, float]:
    """Choose the detector threshold and the rule-assisted threshold on dev (macro-F1)."""
    if not dev:
        return 0.5, 0.2
    best = (-1.0, 0.5, 0.2)
    for primary_min in (0.4, 0.5, 0.6, 0.7):
        for cue_min in (0.15, 0.2, 0.3, 1.01):  # lower lets one cue word overrule the model
            model = OfflineModel(bundle={"pipeline": pipeline, "labels": LABELS, "primary_min": primary_min,
                                         "secondary_min": primary_min, "cue_min": cue_min})
            score = evaluate(model, dev).macro_f1
            if score > best[0] + 1e-9:
                best = (score, primary_min, cue_min)
    return best[1], best[2]


DEV_NOISE = 0.005  # about one dev reply's worth of macro-F1


def choose_c(scores: dict[float, float], default: float = 8.0) -> float:
    """The regularisation the dev split asks for. Dev has 150 replies: one reply read differently moves macro-F1 by about
    0.005, so C leaves its default only for a gain larger than that (a 0.0007 "gain" flipped C to 2.0 on 2026-11-30 and
    moved every split's intents by noise)."""
    best = max(scores, key=lambda k: (scores[k], -abs(k - default)))
    return best if scores[best] - scores.get(default, 0.0) > DEV_NOISE else default


def train(out: Path = FITTED_PATH, train_splits: tuple[str, ...] = TRAINING_SPLITS, dev_split: str = "dev",
          c: float | None = None, use_seed: bool = True, log=print) -> dict[str, Any]:
    """Fit on the train split(s) (+ seed replies), choose settings on dev, write the bundle to `out`."""
    import joblib

    held = sorted(HELD_OUT & {*train_splits, dev_split})
    if held:
        raise ValueError(f"{', '.join(held)} is held out: it measures the reader and is never trained or tuned on")
    examples: list[Example] = []
    for name in train_splits:
        examples += split_examples(name)
    if not examples:
        log(f"no labelled threads in {', '.join(train_splits)} under {DATASETS}; training on the seed replies only")
    if use_seed:
        examples += seed_examples()
    dev = split_examples(dev_split) if dev_split else []
    log(f"training on {len(examples)} replies: {dict(Counter(e.intent for e in examples))}")
    if c is None and dev:
        scores = {}
        for cand in (2.0, 8.0, 32.0):
            pipeline = fit(examples, cand)
            scores[cand] = evaluate(OfflineModel(bundle={"pipeline": pipeline, "labels": LABELS}), dev).macro_f1
        c = choose_c(scores)
        log(f"C on dev: {scores} → {c}")
    c = c or 8.0
    pipeline = fit(examples, c)
    primary_min, cue_min = tune_thresholds(pipeline, dev)
    bundle = {"pipeline": pipeline, "labels": LABELS, "version": VERSION, "primary_min": primary_min,
              "secondary_min": primary_min, "cue_min": cue_min,
              "trained_on": list(train_splits) + (["seed"] if use_seed else []), "n": len(examples), "C": c,
              "data_fingerprint": _fingerprint(examples)}
    out.parent.mkdir(parents=True, exist_ok=True)
    joblib.dump(bundle, out, compress=("xz", 3))
    log(f"wrote {out} ({out.stat().st_size / 1e6:.2f} MB); primary_min {primary_min}, cue_min {cue_min}, C {c}")
    load_cache_clear()
    return bundle


def load_cache_clear() -> None:
    from agent.models.offline import load_fitted

    load_fitted.cache_clear()


def report(split: str, path: Path = FITTED_PATH, log=print) -> Report | None:
    examples = split_examples(split)
    if not examples:
        log(f"{split}: no labelled threads")
        return None
    rep = evaluate(OfflineModel(path), examples)
    log(f"== {split} ==\n{rep.text()}")
    return rep


if __name__ == "__main__":
    import sys

    train()
    for split in sys.argv[1:] or ["dev"]:
        rep = report(split)
        if rep and "-v" in sys.argv:
            for m in rep.mistakes:
                print(m)
