"""Scoring predicted against expected labels: the figures of the eval contract."""

from __future__ import annotations

from collections import Counter
from typing import Any

INTENTS = (
    "promise_to_pay", "already_paid", "dispute", "invoice_resend", "po_change",
    "payment_plan_request", "out_of_office", "bounce", "wrong_contact", "other",
)


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def per_intent_scores(pairs: list[tuple[str, str]]) -> dict[str, dict[str, float | int]]:
    """Precision, recall, F1 and support per intent from (expected, predicted) pairs."""
    tp, fp, fn = Counter(), Counter(), Counter()
    support = Counter(e for e, _ in pairs)
    for expected, predicted in pairs:
        if expected == predicted:
            tp[expected] += 1
        else:
            fp[predicted] += 1
            fn[expected] += 1
    scores: dict[str, dict[str, float | int]] = {}
    for intent in INTENTS:
        if not support[intent] and not fp[intent]:
            continue
        p = tp[intent] / (tp[intent] + fp[intent]) if tp[intent] + fp[intent] else 0.0
        r = tp[intent] / support[intent] if support[intent] else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        scores[intent] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4), "support": support[intent]}
    return scores


def summarize(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """rows: one per thread with `expected` and `predicted` dicts plus bookkeeping."""
    n = len(rows)
    pairs = [(r["expected"]["intent"], r["predicted"]["intent"]) for r in rows]
    per_intent = per_intent_scores(pairs)
    supported = [s for s in per_intent.values() if s["support"]]
    macro_f1 = round(sum(s["f1"] for s in supported) / len(supported), 4) if supported else None
    dated = [r for r in rows if r["expected"].get("promise_date")]
    human_expected = [r for r in rows if r["expected"]["needs_human"]]
    human_predicted = [r for r in rows if r["predicted"]["needs_human"]]
    both = [r for r in human_expected if r["predicted"]["needs_human"]]
    return {
        "threads": n,
        "intent_accuracy": _ratio(sum(e == p for e, p in pairs), n),
        "intent_macro_f1": macro_f1,
        "per_intent": per_intent,
        "confusion": {e: dict(Counter(p for ee, p in pairs if ee == e)) for e in sorted({e for e, _ in pairs})},
        "promise_date_accuracy": _ratio(sum(r["predicted"].get("promise_date") == r["expected"]["promise_date"] for r in dated), len(dated)),
        "needs_human_recall": _ratio(len(both), len(human_expected)),
        "needs_human_precision": _ratio(len(both), len(human_predicted)),
        "pause_accuracy": _ratio(sum(r["predicted"]["pause_dunning"] == r["expected"]["pause_dunning"] for r in rows), n),
        "unsafe_drafts": sum(1 for r in rows if r.get("unsafe")),
        "llm_calls_per_thread": round(sum(r.get("llm_calls", 0) for r in rows) / n, 4) if n else 0.0,
        "tokens_per_thread": round(sum(r.get("tokens", 0) for r in rows) / n, 2) if n else 0.0,
        "seconds_per_thread": round(sum(r.get("seconds", 0.0) for r in rows) / n, 4) if n else 0.0,
    }
