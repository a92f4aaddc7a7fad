"""What changed between two eval runs: headline deltas, per-intent F1 deltas, and the threads that
went from right to wrong (regressions, shown first) or from wrong to right (fixes).

A thread is judged on the fields a collector notices (intent, needs_human, pause, promise date,
unsafe draft; see evals.report.faults), so a run that keeps the intent but stops routing a
dispute to a person still shows up as a regression.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evals.report import HEADLINE, faults

# Figures where a smaller number is the better one.
LOWER_IS_BETTER = {"unsafe_drafts", "llm_calls_per_thread", "tokens_per_thread", "seconds_per_thread"}


class CompareError(Exception):
    """A metrics file cannot be read as an eval run; the message names the file."""


@dataclass
class ThreadChange:
    id: str
    before: list[str]  # faults in A
    after: list[str]  # faults in B
    expected: dict[str, Any]
    predicted_before: dict[str, Any]
    predicted_after: dict[str, Any]

    @property
    def broke(self) -> list[str]:
        return [f for f in self.after if f not in self.before]

    @property
    def fixed(self) -> list[str]:
        return [f for f in self.before if f not in self.after]


@dataclass
class Comparison:
    model_a: str
    model_b: str
    headline: list[tuple[str, str, Any, Any, float | None]]  # key, label, a, b, delta
    per_intent: list[tuple[str, float | None, float | None, float | None]]  # intent, f1 a, f1 b, delta
    regressions: list[ThreadChange] = field(default_factory=list)
    fixes: list[ThreadChange] = field(default_factory=list)
    only_a: list[str] = field(default_factory=list)
    only_b: list[str] = field(default_factory=list)


def load_metrics(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CompareError(f"{path}: {exc}") from exc
    if not isinstance(data, dict) or "per_thread" not in data:
        raise CompareError(f"{path}: not an eval metrics file (no per_thread): write one with `dunmail eval --json`")
    return data


def _delta(a: Any, b: Any) -> float | None:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return round(float(b) - float(a), 6)
    return None


def compare(a: dict[str, Any], b: dict[str, Any]) -> Comparison:
    """Compare run A (before) with run B (after); threads are matched by id."""
    headline = [(key, label, a.get(key), b.get(key), _delta(a.get(key), b.get(key)))
                for key, label, _ in (("threads", "Threads", "int"), *HEADLINE)]
    pa, pb = a.get("per_intent", {}), b.get("per_intent", {})
    per_intent = []
    for intent in sorted(set(pa) | set(pb)):
        fa, fb = pa.get(intent, {}).get("f1"), pb.get(intent, {}).get("f1")
        per_intent.append((intent, fa, fb, _delta(fa, fb)))
    per_intent.sort(key=lambda row: (row[3] is None, row[3] if row[3] is not None else 0.0))
    rows_a = {str(r["id"]): r for r in a.get("per_thread", [])}
    rows_b = {str(r["id"]): r for r in b.get("per_thread", [])}
    out = Comparison(str(a.get("model", "A")), str(b.get("model", "B")), headline, per_intent,
                     only_a=sorted(set(rows_a) - set(rows_b)), only_b=sorted(set(rows_b) - set(rows_a)))
    for tid in sorted(set(rows_a) & set(rows_b)):
        ra, rb = rows_a[tid], rows_b[tid]
        change = ThreadChange(tid, faults(ra), faults(rb), rb.get("expected") or {}, ra.get("predicted") or {}, rb.get("predicted") or {})
        if change.broke:
            out.regressions.append(change)
        elif change.fixed:
            out.fixes.append(change)
    return out


def _fmt(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.4f}"
    return str(value)


def _signed(key: str, delta: float | None) -> str:
    """A delta coloured by whether it is good news (green) or bad news (red)."""
    if delta is None:
        return "–"
    if abs(delta) < 1e-9:
        return "[dim]0[/dim]"
    better = delta < 0 if key in LOWER_IS_BETTER else delta > 0
    colour = "green" if better else "red"
    text = f"{int(delta):+d}" if float(delta).is_integer() and key in ("threads", "unsafe_drafts") else f"{delta:+.4f}"
    return f"[{colour}]{text}[/{colour}]"


def _verdict(pred: dict[str, Any]) -> str:
    bits = [str(pred.get("intent"))]
    bits.append("human" if pred.get("needs_human") else "auto")
    if pred.get("pause_dunning"):
        bits.append("pause")
    if pred.get("promise_date"):
        bits.append(f"promise {pred['promise_date']}")
    return " · ".join(bits)


def print_comparison(result: Comparison, console: Any) -> None:
    """Regressions first, then fixes, then the figures."""
    from rich.table import Table

    console.print(f"[bold]A[/bold] {result.model_a}  →  [bold]B[/bold] {result.model_b}")
    for title, changes, style in ((f"Regressions: right in A, wrong in B ({len(result.regressions)})", result.regressions, "red"),
                                  (f"Fixes: wrong in A, right in B ({len(result.fixes)})", result.fixes, "green")):
        table = Table(title=title, title_style=f"bold {style}", show_lines=False)
        for col in ("thread", "what changed", "expected", "A predicted", "B predicted", "why (label)"):
            table.add_column(col, overflow="fold")
        for c in changes:
            what = ", ".join(c.broke if changes is result.regressions else c.fixed)
            table.add_row(c.id, what, _verdict(c.expected), _verdict(c.predicted_before), _verdict(c.predicted_after),
                          str(c.expected.get("why", ""))[:120])
        if changes:
            console.print(table)
        else:
            console.print(f"[{style}]{title}[/{style}]: none")
    figures = Table(title="Headline figures")
    for col, justify in (("figure", "left"), ("A", "right"), ("B", "right"), ("Δ", "right")):
        figures.add_column(col, justify=justify)  # type: ignore[arg-type]
    for key, label, va, vb, delta in result.headline:
        figures.add_row(label, _fmt(va), _fmt(vb), _signed(key, delta))
    console.print(figures)
    intents = Table(title="Per-intent F1 (worst change first)")
    for col, justify in (("intent", "left"), ("A", "right"), ("B", "right"), ("Δ", "right")):
        intents.add_column(col, justify=justify)  # type: ignore[arg-type]
    for intent, fa, fb, delta in result.per_intent:
        intents.add_row(intent, _fmt(fa), _fmt(fb), _signed("f1", delta))
    console.print(intents)
    if result.only_a or result.only_b:
        console.print(f"[yellow]threads only in A: {len(result.only_a)}, only in B: {len(result.only_b)} "
                      "(different datasets? they are left out of the thread comparison)[/yellow]")
