"""Scoring predicted against expected labels: the figures of the eval contract."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from typing import Any

from core.contracts import INTENT_NAMES

INTENTS = INTENT_NAMES


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


PROMISE_PAUSE_SLACK_DAYS = 14  # a promise's pause may outlast the promised date by this much (grace), not more


def _as_date(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def pause_right(row: dict[str, Any]) -> bool:
    """The pause as a collector would check it: paused or not as labelled, and when paused, covering the
    invoices the reply is about (no other single invoice, none of them left out) and, for a dated
    promise the agent handles alone, lasting until the promised date but not more than two weeks past it."""
    exp, pred = row["expected"], row["predicted"]
    if bool(pred.get("pause_dunning")) != bool(exp.get("pause_dunning")):
        return False
    pauses = pred.get("pauses")
    if not exp.get("pause_dunning") or pauses is None:  # nothing to cover, or a model run without pause details
        return True
    whole_account = any(p.get("invoice") is None for p in pauses)
    covered = {p["invoice"] for p in pauses if p.get("invoice")}
    wanted = set(exp.get("invoice_numbers") or [])
    if covered - wanted and wanted:
        return False
    if not whole_account and not wanted <= covered:
        return False
    promised = _as_date(exp.get("promise_date"))
    # The end date is judged when the agent acts alone; a reply a person reviews gets a short review
    # pause by design, and the person sets the real one.
    if promised and exp.get("intent") == "promise_to_pay" and not exp.get("needs_human"):
        ends = [_as_date(p.get("until")) for p in pauses]
        if not any(e is None or promised <= e <= promised + timedelta(days=PROMISE_PAUSE_SLACK_DAYS) for e in ends):
            return False
    return True


def slice_figures(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The figures a per-language or per-family table shows for one group of threads."""
    n = len(rows)
    dated = [r for r in rows if r["expected"].get("promise_date")]
    human = [r for r in rows if r["expected"]["needs_human"]]
    return {
        "threads": n,
        "intent_accuracy": _ratio(sum(r["expected"]["intent"] == r["predicted"]["intent"] for r in rows), n),
        "promise_dates": len(dated),
        "promise_date_accuracy": _ratio(sum(r["predicted"].get("promise_date") == r["expected"]["promise_date"] for r in dated), len(dated)),
        "needs_human_recall": _ratio(sum(bool(r["predicted"]["needs_human"]) for r in human), len(human)),
        "needs_human_agreement": _ratio(sum(bool(r["predicted"]["needs_human"]) == r["expected"]["needs_human"] for r in rows), n),
        "pause_accuracy": _ratio(sum(pause_right(r) for r in rows), n),
    }


def grouped(rows: list[dict[str, Any]], keys_of: Any) -> dict[str, dict[str, Any]]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        for key in keys_of(row):
            groups.setdefault(str(key), []).append(row)
    return {k: slice_figures(v) for k, v in sorted(groups.items())}


def _families(row: dict[str, Any]) -> list[str]:
    """A thread's error families: 'date:moved' counts under its family 'date:moved'; untagged → its intent."""
    return row["expected"].get("families") or [f"intent={row['expected']['intent']}"]


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
        "pause_accuracy": _ratio(sum(pause_right(r) for r in rows), n),
        "pause_flag_accuracy": _ratio(sum(r["predicted"]["pause_dunning"] == r["expected"]["pause_dunning"] for r in rows), n),
        "crashes": sum(1 for r in rows if r["predicted"].get("error")),
        "per_language": grouped(rows, lambda r: [r["expected"].get("language") or "?"]),
        "per_family": grouped(rows, _families),
        "unsafe_drafts": sum(1 for r in rows if r.get("unsafe")),
        "llm_calls_per_thread": round(sum(r.get("llm_calls", 0) for r in rows) / n, 4) if n else 0.0,
        "tokens_per_thread": round(sum(r.get("tokens", 0) for r in rows) / n, 2) if n else 0.0,
        "seconds_per_thread": round(sum(r.get("seconds", 0.0) for r in rows) / n, 4) if n else 0.0,
    }
