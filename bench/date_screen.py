"""The date reader's pattern screen over every text we have: same dates, and what it saves.

Why: `agent.date_screen` skips the date patterns that cannot match a text. That is only right if no
skipped pattern ever matches, so this checks it over every message body of every dataset split and
over the public corpora (read in place, never copied), twice: per pattern (a pattern that
`search`es the folded text is never screened out) and per text (`_find_dates` gives the same
FoundDate list with and without the screen). Then it times `find_dates`'s reading, with and
without the screen, alternating rounds in one run.

    python -m bench.date_screen [--rounds 3] [--no-corpora]
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from agent import date_screen, dates
from agent.dates import finding  # where _find_dates looks up `screened`
from core.text.folding import fold

ROOT = Path(__file__).resolve().parents[1]
DATASETS = ROOT / "evals" / "datasets"
CORPORA = ROOT.parent / "shared" / "corpora"
FALLBACK_DAY = date(2026, 11, 30)


def dataset_texts() -> Iterator[tuple[str, datetime | date]]:
    """Every message body of every split, with its sent date (replies and our reminders alike)."""
    for path in sorted(DATASETS.glob("*/threads.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            for message in json.loads(line).get("messages", []):
                if message.get("body"):
                    sent = message.get("date")
                    yield message["body"], datetime.fromisoformat(sent) if sent else FALLBACK_DAY


def corpus_texts() -> Iterator[tuple[str, datetime | date]]:
    """The text fields of the corpora's JSON lines, and every other file read as text (lone surrogates kept)."""
    for path in sorted(p for p in CORPORA.rglob("*") if p.is_file()):
        if path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8", errors="surrogateescape").splitlines():
                try:
                    record = json.loads(line)
                except ValueError:
                    continue
                for key in ("text", "expected_visible_text"):
                    if isinstance(record.get(key), str) and record[key]:
                        yield record[key], _reference(record.get("reference_time"))
        else:
            yield path.read_bytes().decode("utf-8", errors="surrogateescape"), FALLBACK_DAY


def _reference(value: object) -> datetime | date:
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return FALLBACK_DAY


def _unscreened(patterns: list, folded: str) -> list:
    return patterns


def screen_misses(texts: list[tuple[str, datetime | date]]) -> list[str]:
    """Texts where a pattern that matches was screened out, or the dates read differ."""
    misses = []
    for text, sent in texts:
        folded = fold(text)
        kept = {id(rx) for _kind, rx in date_screen.screened(dates._P, folded)}
        if any(rx.search(folded) and id(rx) not in kept for _kind, rx in dates._P):
            misses.append(text[:80])
            continue
        with_screen = dates._find_dates(text, sent, None, None)
        finding.screened, saved = _unscreened, finding.screened
        try:
            without = dates._find_dates(text, sent, None, None)
        finally:
            finding.screened = saved
        if with_screen != without:
            misses.append(text[:80])
    return misses


def cpu_ms_per_text(texts: list[tuple[str, datetime | date]], screen: bool) -> float:
    saved = finding.screened
    if not screen:
        finding.screened = _unscreened
    try:
        start = time.process_time()
        for text, sent in texts:
            dates._find_dates(text, sent, None, None)
        return (time.process_time() - start) * 1000 / len(texts)
    finally:
        finding.screened = saved


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-corpora", action="store_true")
    args = parser.parse_args()
    replies = list(dict.fromkeys(dataset_texts()))
    corpora = [] if args.no_corpora or not CORPORA.is_dir() else list(corpus_texts())
    for name, texts in (("dataset bodies", replies), ("corpora texts", corpora)):
        if texts:
            misses = screen_misses(texts)
            print(f"{name}: {len(texts)} texts, {len(misses)} differ" + "".join(f"\n  {m!r}" for m in misses[:10]))
    dates._find_dates(replies[0][0], replies[0][1], None, None)  # builds the screen outside the timing
    print(f"load {os.getloadavg()[0]:.2f}; _find_dates CPU ms per dataset body ({len(replies)} texts):")
    for i in range(args.rounds):
        off = cpu_ms_per_text(replies, screen=False)
        on = cpu_ms_per_text(replies, screen=True)
        print(f"  round {i + 1}: without screen {off:.3f}, with {on:.3f}, ratio {on / off:.2f}")


if __name__ == "__main__":
    main()
