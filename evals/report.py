"""The eval report: one self-contained HTML page a team can read to decide whether to trust a run.

Everything is inline (CSS, charts as base64 PNG drawn with matplotlib's object API, which is
thread-safe and leaves pyplot's global state alone), so the file can be mailed or archived as is.
Every piece of customer text is HTML-escaped: eval threads contain injection attempts on purpose.
"""

from __future__ import annotations

import base64
import io
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from evals.metrics import INTENTS

HEADLINE = (
    ("intent_accuracy", "Intent accuracy", "pct"),
    ("intent_macro_f1", "Intent macro F1", "f"),
    ("needs_human_recall", "Needs-human recall", "pct"),
    ("needs_human_precision", "Needs-human precision", "pct"),
    ("pause_accuracy", "Pause accuracy (flag, invoices, end date)", "pct"),
    ("pause_flag_accuracy", "Paused or not", "pct"),
    ("promise_date_accuracy", "Promise-date accuracy", "pct"),
    ("unsafe_drafts", "Unsafe drafts", "int"),
    ("crashes", "Crashes (not human routes)", "int"),
    ("llm_calls_per_thread", "LLM calls / thread", "f"),
    ("tokens_per_thread", "Tokens / thread", "f1"),
    ("seconds_per_thread", "Seconds / thread", "f"),
)


def fmt(value: Any, kind: str = "f") -> str:
    """A headline figure as people read it; missing figures show as an en dash."""
    if value is None:
        return "–"
    if kind == "pct":
        return f"{100 * float(value):.1f}%"
    if kind == "int":
        return str(int(value))
    if kind == "f1":
        return f"{float(value):.1f}"
    return f"{float(value):.3f}"


# ---------------------------------------------------------------------------------- verdicts
def _as_date(value: Any) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def faults(row: dict[str, Any]) -> list[str]:
    """What a thread got wrong: intent, needs_human, pause, promise_date (empty when right).

    A promise date counts only when the label has one: inventing a date for a reply that gives
    none shows up in the promise-date table, not here.
    """
    exp, pred = row.get("expected") or {}, row.get("predicted") or {}
    out = []
    if pred.get("intent") != exp.get("intent"):
        out.append("intent")
    if bool(pred.get("needs_human")) != bool(exp.get("needs_human")):
        out.append("needs_human")
    if bool(pred.get("pause_dunning")) != bool(exp.get("pause_dunning")):
        out.append("pause")
    if exp.get("promise_date") and _as_date(pred.get("promise_date")) != _as_date(exp.get("promise_date")):
        out.append("promise_date")
    if row.get("unsafe"):
        out.append("unsafe_draft")
    return out


def promise_errors(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Threads whose promise date differs from the label, with the signed error in days."""
    found = []
    for row in rows:
        exp = _as_date((row.get("expected") or {}).get("promise_date"))
        pred = _as_date((row.get("predicted") or {}).get("promise_date"))
        if exp == pred or (exp is None and pred is None):
            continue
        days = (pred - exp).days if exp and pred else None
        found.append({"id": row.get("id"), "expected": exp, "predicted": pred, "days": days,
                      "intent": (row.get("expected") or {}).get("intent")})
    found.sort(key=lambda e: (e["days"] is not None, -abs(e["days"] or 0)))
    return found


def calibration(rows: list[dict[str, Any]], bins: int = 10) -> dict[str, Any]:
    """Reliability bins from predicted confidence vs intent correctness, and the expected
    calibration error (ECE: the support-weighted gap between confidence and accuracy)."""
    points = [(float(r["predicted"]["confidence"]), bool(r.get("correct")))
              for r in rows if (r.get("predicted") or {}).get("confidence") is not None]
    table = []
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        inside = [(c, ok) for c, ok in points if lo <= c < hi or (b == bins - 1 and c == 1.0)]
        if inside:
            table.append({"lo": lo, "hi": hi, "n": len(inside), "confidence": sum(c for c, _ in inside) / len(inside),
                          "accuracy": sum(ok for _, ok in inside) / len(inside)})
    total = len(points)
    ece = sum(b["n"] / total * abs(b["accuracy"] - b["confidence"]) for b in table) if total else None
    return {"bins": table, "ece": ece, "n": total}


def confusion_of(metrics: dict[str, Any]) -> dict[str, dict[str, int]]:
    if metrics.get("confusion"):
        return metrics["confusion"]
    table: dict[str, dict[str, int]] = {}
    for row in metrics.get("per_thread", []):
        e, p = row["expected"]["intent"], row["predicted"]["intent"]
        table.setdefault(e, {}).setdefault(p, 0)
        table[e][p] += 1
    return table


# ------------------------------------------------------------------------------------ charts
def _png(fig: Any) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight")
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()


def confusion_png(confusion: dict[str, dict[str, int]]) -> str:
    """Rows: the labelled intent; columns: the predicted one; each row shaded by its own share."""
    from matplotlib.figure import Figure

    labels = [i for i in INTENTS if i in confusion or any(i in row for row in confusion.values())]
    labels += sorted(({i for row in confusion.values() for i in row} | set(confusion)) - set(labels))
    n = len(labels)
    counts = [[confusion.get(e, {}).get(p, 0) for p in labels] for e in labels]
    shares = [[c / (sum(row) or 1) for c in row] for row in counts]
    fig = Figure(figsize=(1.2 + 0.5 * n, 1.0 + 0.45 * n))
    ax = fig.add_subplot()
    ax.imshow(shares, cmap="Blues", vmin=0, vmax=1)
    for i in range(n):
        for j in range(n):
            if counts[i][j]:
                dark = shares[i][j] > 0.55
                wrong = i != j
                ax.text(j, i, str(counts[i][j]), ha="center", va="center", fontsize=9,
                        color="white" if dark else ("#b42318" if wrong else "#1d2939"), fontweight="bold" if wrong else "normal")
    ax.set_xticks(range(n), labels, rotation=40, ha="right", fontsize=8)
    ax.set_yticks(range(n), labels, fontsize=8)
    ax.set_xlabel("predicted intent")
    ax.set_ylabel("labelled intent")
    ax.set_title("Confusion matrix (count; shade = share of the labelled row)", fontsize=9)
    return _png(fig)


def calibration_png(cal: dict[str, Any]) -> str:
    from matplotlib.figure import Figure

    fig = Figure(figsize=(4.4, 5.0))
    ax, hist = fig.subplots(2, 1, sharex=True, gridspec_kw={"height_ratios": [3, 1]})
    ax.plot([0, 1], [0, 1], "--", color="#98a2b3", label="perfectly calibrated")
    bins = cal["bins"]
    ax.bar([b["lo"] for b in bins], [b["accuracy"] for b in bins], width=0.1, align="edge", color="#2e90fa",
           edgecolor="white", alpha=0.85, label="accuracy in bin")
    ax.plot([b["confidence"] for b in bins], [b["accuracy"] for b in bins], "o-", color="#1849a9", markersize=4,
            label="mean confidence → accuracy")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1.35)
    ax.set_yticks([0, 0.2, 0.4, 0.6, 0.8, 1.0])
    ax.set_ylabel("intent accuracy")
    ece = "–" if cal["ece"] is None else f"{cal['ece']:.3f}"
    ax.set_title(f"Confidence calibration (ECE {ece}, {cal['n']} threads)", fontsize=9)
    ax.legend(fontsize=7, loc="upper left", framealpha=0.95)
    hist.bar([b["lo"] for b in bins], [b["n"] for b in bins], width=0.1, align="edge", color="#98a2b3", edgecolor="white")
    hist.set_xlabel("predicted confidence")
    hist.set_ylabel("threads", fontsize=8)
    return _png(fig)


# -------------------------------------------------------------------------------------- HTML
CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2939;margin:0;background:#f5f6f8}
main{max-width:1120px;margin:0 auto;padding:24px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:32px 0 10px;border-bottom:1px solid #d0d5dd;padding-bottom:4px}
.sub{color:#667085;margin:0 0 16px}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(165px,1fr));gap:10px}
.card{background:#fff;border:1px solid #e4e7ec;border-radius:8px;padding:10px 12px}
.card .v{font-size:22px;font-weight:600}.card .k{color:#667085;font-size:12px}
.card.bad{border-color:#fda29b;background:#fef3f2}
table{border-collapse:collapse;background:#fff;width:100%;font-size:13px}
th,td{border:1px solid #e4e7ec;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f2f4f7}td.n{text-align:right;font-variant-numeric:tabular-nums}
.low{background:#fef3f2}.charts{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start}
.charts img{background:#fff;border:1px solid #e4e7ec;border-radius:8px;max-width:100%}
.charts img.cm{width:57%}.charts img.cal{width:39%}@media(max-width:800px){.charts img.cm,.charts img.cal{width:100%}}
.thread{background:#fff;border:1px solid #e4e7ec;border-left:4px solid #f79009;border-radius:6px;padding:10px 14px;margin:10px 0}
.thread.miss{border-left-color:#d92d20}
.thread h3{font-size:14px;margin:0 0 6px}.tag{display:inline-block;font-size:11px;padding:1px 7px;border-radius:10px;
background:#fef0c7;color:#93370d;margin-right:4px}.tag.red{background:#fee4e2;color:#b42318}
.why{background:#ecfdf3;border:1px solid #abefc6;border-radius:4px;padding:4px 8px;margin:6px 0}
.reasons{color:#475467;font-size:12px}
pre{white-space:pre-wrap;word-break:break-word;background:#f9fafb;border:1px solid #eaecf0;border-radius:4px;padding:8px;
max-height:240px;overflow:auto;font-size:12px;margin:6px 0 0}
details summary{cursor:pointer;color:#475467;font-size:12px}
.grid th,.grid td{font-size:12px}.ok{color:#067647}.err{color:#b42318;font-weight:600}
"""


def _cell(value: Any) -> str:
    if value is None or value == []:
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return escape(", ".join(str(v) for v in value))
    return escape(str(value))


def _headline(metrics: dict[str, Any]) -> str:
    cards = [f'<div class="card"><div class="v">{metrics.get("threads", 0)}</div><div class="k">labelled threads</div></div>']
    for key, label, kind in HEADLINE:
        value = metrics.get(key)
        bad = key in ("unsafe_drafts", "crashes") and value
        cards.append(f'<div class="card{" bad" if bad else ""}"><div class="v">{fmt(value, kind)}</div><div class="k">{label}</div></div>')
    return '<div class="cards">' + "".join(cards) + "</div>"


def _per_intent(metrics: dict[str, Any]) -> str:
    rows = []
    per = metrics.get("per_intent", {})
    for intent in [i for i in INTENTS if i in per] + sorted(set(per) - set(INTENTS)):
        s = per[intent]
        low = ' class="low"' if s.get("support") and s.get("f1", 1) < 0.8 else ""
        rows.append(f'<tr{low}><td>{escape(intent)}</td><td class="n">{s["precision"]:.3f}</td><td class="n">{s["recall"]:.3f}</td>'
                    f'<td class="n">{s["f1"]:.3f}</td><td class="n">{s["support"]}</td></tr>')
    return ("<table><tr><th>intent</th><th>precision</th><th>recall</th><th>F1</th><th>support</th></tr>" + "".join(rows)
            + '</table><p class="sub">Rows with F1 below 0.80 are shaded.</p>')


def _days(error: dict[str, Any]) -> str:
    if error["days"] is not None:
        return f"{error['days']:+d}"
    return "date invented" if error["expected"] is None else "date missed"


def breakdown(rows: list[dict[str, Any]], key: Any) -> list[tuple[str, int, float, float]]:
    """(group, threads, intent accuracy, share with no wrong field) per group, largest first."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(str(key(row) or "–"), []).append(row)
    out = [(g, len(rs), sum(bool(r.get("correct")) for r in rs) / len(rs), sum(not faults(r) for r in rs) / len(rs))
           for g, rs in groups.items()]
    return sorted(out, key=lambda t: (-t[1], t[0]))


def _decider(row: dict[str, Any]) -> str:
    """decided_by without versions: rules:auto-reply-header → rules, cascade:llm:gpt… → cascade:llm."""
    who = str((row.get("predicted") or {}).get("decided_by") or "–")
    parts = who.split(":")
    return ":".join(parts[:2]) if parts[0] in ("cascade", "error") else parts[0]


def _breakdowns(rows: list[dict[str, Any]]) -> str:
    tables = []
    for title, key in (("labelled language", lambda r: (r.get("expected") or {}).get("language")), ("decided by", _decider)):
        body = "".join(f'<tr><td>{escape(g)}</td><td class="n">{n}</td><td class="n">{fmt(acc, "pct")}</td><td class="n">{fmt(ok, "pct")}</td></tr>'
                       for g, n, acc, ok in breakdown(rows, key))
        tables.append(f'<table style="width:auto;min-width:420px"><tr><th>{title}</th><th>threads</th><th>intent accuracy</th>'
                      f"<th>all fields right</th></tr>{body}</table>")
    return '<div class="charts">' + "".join(tables) + "</div>"


def slice_table(groups: dict[str, dict[str, Any]], title: str) -> str:
    """One row per language or error family: where the reader is weak, not only how weak on average."""
    if not groups:
        return ""
    body = "".join(
        f'<tr{" class=low" if (g.get("intent_accuracy") or 0) < 0.8 else ""}><td>{escape(name)}</td><td class="n">{g["threads"]}</td>'
        f'<td class="n">{fmt(g["intent_accuracy"], "pct")}</td><td class="n">{fmt(g["promise_date_accuracy"], "pct")} ({g["promise_dates"]})</td>'
        f'<td class="n">{fmt(g["needs_human_recall"], "pct")}</td><td class="n">{fmt(g["pause_accuracy"], "pct")}</td></tr>'
        for name, g in groups.items())
    return (f"<table><tr><th>{escape(title)}</th><th>threads</th><th>intent accuracy</th><th>promise dates (n)</th>"
            f"<th>needs-human recall</th><th>pause accuracy</th></tr>{body}</table>")


def _promise_table(errors: list[dict[str, Any]]) -> str:
    if not errors:
        return '<p class="ok">Every promise date matches the label.</p>'
    rows = "".join(
        f'<tr><td><a href="#t-{escape(str(e["id"]))}">{escape(str(e["id"]))}</a></td><td>{escape(str(e["intent"]))}</td>'
        f'<td>{e["expected"] or "none"}</td><td>{e["predicted"] or "none"}</td>'
        f'<td class="n">{_days(e)}</td></tr>'
        for e in errors)
    return ("<table><tr><th>thread</th><th>labelled intent</th><th>expected date</th><th>predicted date</th><th>days off</th></tr>"
            + rows + "</table>")


def _thread(row: dict[str, Any], wrong: list[str], miss: bool) -> str:
    exp, pred = row.get("expected") or {}, row.get("predicted") or {}
    tags = "".join(f'<span class="tag{" red" if w in ("needs_human", "unsafe_drafts", "unsafe_draft") else ""}">{escape(w)} wrong</span>'
                   if w != "unsafe_draft" else '<span class="tag red">unsafe draft</span>' for w in wrong)
    fields = ("intent", "secondary_intents", "needs_human", "pause_dunning", "promise_date", "invoice_numbers", "language")
    head = "".join(f"<th>{f}</th>" for f in fields)
    want = "".join(f"<td>{_cell(exp.get(f))}</td>" for f in fields)
    got = "".join(f'<td{" class=err" if _cell(exp.get(f)) != _cell(pred.get(f)) else ""}>{_cell(pred.get(f))}</td>' for f in fields)
    grid = f"<tr><th></th>{head}</tr><tr><th>expected</th>{want}</tr><tr><th>predicted</th>{got}</tr>"
    conf = pred.get("confidence")
    decided = (f'decided by <b>{escape(str(pred.get("decided_by") or "–"))}</b> · rule <b>{escape(str(pred.get("rule") or "–"))}</b>'
               f' · confidence {fmt(conf) if conf is not None else "–"}')
    reasons = "; ".join(str(r) for r in pred.get("reasons") or [])
    failed = ", ".join(str(c) for c in row.get("checks_failed") or [])
    error = f'<div class="err">error: {escape(str(pred["error"]))}</div>' if pred.get("error") else ""
    draft = ""
    if row.get("draft"):
        d = row["draft"]
        body = d.get("body") if isinstance(d, dict) else d
        draft = f"<details><summary>draft reply the agent prepared</summary><pre>{escape(str(body))}</pre></details>"
    unsafe = ""
    if row.get("unsafe"):
        unsafe = f'<div class="err">unsafe draft: {escape("; ".join(map(str, row["unsafe"])))}</div>'
    return (
        f'<div class="thread{" miss" if miss else ""}" id="t-{escape(str(row.get("id")))}">'
        f'<h3>{escape(str(row.get("id")))} · {escape(str(row.get("subject") or ""))} {tags}</h3>'
        f'<div class="reasons">from {escape(str(row.get("from") or ""))} · {decided}</div>'
        f'<div class="why"><b>expected because:</b> {escape(str(exp.get("why") or "–"))}</div>'
        f'<table class="grid">{grid}</table>'
        f'<div class="reasons"><b>reasons:</b> {escape(reasons) or "–"}</div>'
        f'<div class="reasons"><b>inbound checks failed:</b> {escape(failed) or "none"}</div>{error}{unsafe}'
        f'<pre>{escape(str(row.get("text") or ""))}</pre>{draft}</div>'
    )


def render_report(metrics: dict[str, Any], title: str | None = None) -> str:
    """The whole report page as a string."""
    rows = metrics.get("per_thread", [])
    judged = [(row, faults(row)) for row in rows]
    misses = [(r, f) for r, f in judged if (r.get("expected") or {}).get("needs_human") and not (r.get("predicted") or {}).get("needs_human")]
    miss_ids = {id(r) for r, _ in misses}
    others = [(r, f) for r, f in judged if f and id(r) not in miss_ids]
    # The most consequential mistakes first: unsafe drafts, then wrong intents, then the rest.
    others.sort(key=lambda rf: ("unsafe_draft" not in rf[1], "intent" not in rf[1], str(rf[0].get("id"))))
    cal = calibration(rows)
    conf = confusion_of(metrics)
    charts = []
    if conf:
        charts.append(f'<img class="cm" alt="confusion matrix" src="{confusion_png(conf)}">')
    if cal["n"]:
        charts.append(f'<img class="cal" alt="calibration plot" src="{calibration_png(cal)}">')
    title = title or f"dunmail eval · {metrics.get('model', 'model?')}"
    wrong_total = sum(1 for _, f in judged if f)
    parts = [
        "<!doctype html><html lang=en><head><meta charset=utf-8>",
        f"<title>{escape(title)}</title><style>{CSS}</style></head><body><main>",
        f"<h1>{escape(title)}</h1>",
        f'<p class="sub">{metrics.get("threads", 0)} labelled threads · model <b>{escape(str(metrics.get("model", "?")))}</b>'
        f" · {wrong_total} with at least one wrong field · {len(misses)} needs-human misses</p>",
        _headline(metrics),
        "<h2>Per intent</h2>", _per_intent(metrics),
        "<h2>By language and by decider</h2>", _breakdowns(rows),
        "<h2>Per language</h2>", slice_table(metrics.get("per_language", {}), "language"),
        "<h2>Per error family and voice</h2>", slice_table(metrics.get("per_family", {}), "family"),
        "<h2>Confusion and calibration</h2>",
        '<p class="sub">Calibration: of the threads the model was, say, 80% sure about, about 80% should be right. '
        "Bars below the diagonal mean over-confidence.</p>",
        f'<div class="charts">{"".join(charts) or "<p>no threads</p>"}</div>',
        "<h2>Promise-date errors</h2>", _promise_table(promise_errors(rows)),
        f"<h2>Needs-human misses ({len(misses)})</h2>",
        '<p class="sub">Replies a person should have seen but that the agent would have handled alone.</p>',
        "".join(_thread(r, f, True) for r, f in misses) or '<p class="ok">None: every reply that needs a person was routed to one.</p>',
        f"<h2>Other wrong threads ({len(others)})</h2>",
        "".join(_thread(r, f, False) for r, f in others) or '<p class="ok">None.</p>',
        "</main></body></html>",
    ]
    return "\n".join(parts)


def write_report(metrics: dict[str, Any], path: Path | str) -> Path:
    """Write the self-contained HTML report for one eval run's metrics."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_report(metrics), encoding="utf-8")
    return path
