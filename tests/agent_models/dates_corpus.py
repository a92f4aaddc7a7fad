"""Measure agent.dates on the shared dates corpus (day-grain positive rows in our languages)."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, datetime
from pathlib import Path

from agent.dates import resolve_date

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "dates"
LANGS = {"en", "de", "fr", "es", "nl", "pt"}


def day_rows() -> list[tuple[str, str | None, datetime, date]]:
    """(text, lang, reference time, expected day) for every day-grain positive row."""
    rows = []
    for line in (CORPUS / "duckling_time_corpus.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        exp = r["expected"]
        if not r["positive"] or exp.get("type") != "value" or exp.get("grain") != "day" or r["lang"] not in LANGS:
            continue
        if "latent" in r["corpus_section"] or exp.get("holiday"):
            continue
        rows.append((r["text"], r["lang"], datetime.fromisoformat(r["reference_time"]),
                     datetime.fromisoformat(exp["value"]).date()))
    for line in (CORPUS / "dateparser_relative_dates.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        exp = r["expected"]
        if not r["positive"] or exp.get("period") != "day":
            continue
        rows.append((r["text"], None, datetime.fromisoformat(r["reference_time"]),
                     datetime.fromisoformat(exp["value"]).date()))
    return rows


def measure() -> tuple[int, int, int, Counter]:
    """(rows, answered, correct, wrong-by-language)."""
    rows = day_rows()
    answered = correct = 0
    wrong: Counter = Counter()
    for text, lang, ref, expected in rows:
        got = resolve_date(text, ref, lang)
        if got is not None:
            answered += 1
        if got == expected:
            correct += 1
        else:
            wrong[lang or "multi"] += 1
    return len(rows), answered, correct, wrong


if __name__ == "__main__":
    import sys

    n, answered, correct, wrong = measure()
    print(f"day-grain rows {n}, answered {answered}, correct {correct} ({correct / n:.1%}), "
          f"precision {correct / max(answered, 1):.1%}; wrong by language {dict(wrong)}")
    if "-v" in sys.argv:
        for text, lang, ref, expected in day_rows():
            got = resolve_date(text, ref, lang)
            if got != expected:
                print(f"{lang}\t{text!r}\tref={ref.date()} ({ref:%a})\texp={expected}\tgot={got}")
