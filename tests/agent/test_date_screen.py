"""The date patterns' screen skips only patterns that cannot match: the dates read are the same without it.

The exhaustive check over every dataset body and the public corpora is `python -m bench.date_screen`
(about two minutes); here, generated date-ish text and the dev split."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agent import dates
from agent.date_screen import PatternScreen, screened
from agent.dates import finding
from core.text.folding import fold

DATASETS = Path(__file__).resolve().parents[2] / "evals" / "datasets"


def _literal_runs(pattern: str) -> set[str]:
    """The words a pattern spells out letter by letter ("debut", "semaine", "prochaine")."""
    return {run for run in re.findall(r"[a-z0-9'-]{2,}", re.sub(r"\\.", " ", pattern))}


_WORDS = sorted(set().union(*(_literal_runs(rx.pattern) for _kind, rx in dates._P)))
_TOKENS = st.one_of(
    st.sampled_from(_WORDS),
    st.sampled_from(_WORDS).map(str.title),
    st.sampled_from(["1st", "15", "3/4", "12.", "2026-12-01", "31.12.2026", "10h", "14:00", "€", "%", "q4", "KW 39"]),
    st.sampled_from(["Décembre", "März", "é", "ß", "Ω", "日", "\u00a0", "\ud800"]),  # not ASCII, one lone surrogate
    st.text(max_size=3),
)
_GLUE = st.sampled_from([" ", " ", " ", "", "\n", ", ", ". ", "-", "é", "_"])


def _without_screen(monkeypatch: pytest.MonkeyPatch, text: str, sent: date, language: str | None) -> list[dates.FoundDate]:
    """The dates read with every pattern run: the screen is swapped where `_find_dates` looks it up (agent/dates/finding.py),
    and the swap is seen to be used, so a screen looked up elsewhere fails here instead of comparing the screen with itself."""
    calls = []

    def every_pattern(patterns, folded):
        calls.append(folded)
        return patterns

    with monkeypatch.context() as m:
        m.setattr(finding, "screened", every_pattern)
        found = dates._find_dates(text, sent, language, None)
    assert calls, "_find_dates no longer reads agent.dates.finding.screened: patch the screen where it is looked up"
    return found


def _kept(folded: str) -> set[int]:
    return {id(rx) for _kind, rx in screened(dates._P, folded)}


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(st.tuples(_TOKENS, _GLUE), min_size=1, max_size=14),
       sent=st.dates(min_value=date(2024, 1, 1), max_value=date(2028, 12, 31)),
       language=st.sampled_from([None, "en", "de", "fr", "es", "nl", "pt"]))
def test_generated_date_talk_reads_the_same_dates_with_and_without_the_screen(parts, sent, language):
    text = "".join(token + glue for token, glue in parts)
    folded = fold(text)
    assert all(id(rx) in _kept(folded) for _kind, rx in dates._P if rx.search(folded))
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert dates._find_dates(text, sent, language, None) == _without_screen(monkeypatch, text, sent, language)


def test_every_body_of_the_dev_split_keeps_each_pattern_that_matches_it(monkeypatch):
    bodies = [(m["body"], date.fromisoformat(m["date"][:10]))
              for line in (DATASETS / "dev" / "threads.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()
              for m in json.loads(line)["messages"] if m.get("body")]
    assert bodies
    for body, sent in bodies:
        folded = fold(body)
        assert all(id(rx) in _kept(folded) for _kind, rx in dates._P if rx.search(folded)), body[:80]
        assert dates._find_dates(body, sent, None, None) == _without_screen(monkeypatch, body, sent, None)


def test_most_patterns_are_skipped_for_an_ordinary_reply():
    kept = screened(dates._P, fold("Thanks, we will pay invoice INV-2026-31641 on Friday.\n\nKind regards\nPriya"))
    assert 0 < len(kept) < len(dates._P) // 4


@pytest.mark.parametrize(("pattern", "text"), [
    (r"\bmar\b(?!\s+\d)", "mar, 5"),         # a negative lookahead only takes matches away
    (r"(?<=le )mardi", "le mardi"),          # so does a lookbehind
    (r"\bfri\b", "fri"),
    (r"\bfri\b", "é fri"),
    (r"t\w\b", "té !"),                       # a boundary for Python after "é", none for RE2: not kept for such text
    (r"(\d)\.\1", "3.3"),                   # a back-reference
    (r"\w+day", "dïmanday"),                 # \w beyond ASCII
    (r"[^\W\d]{3}", "été"),                  # a negated class with categories
    (r"^due$", "due\n"),                     # $ before a final newline
    (r"x{1500}", "x" * 1500),                # more repetitions than RE2 counts
    (r"(?i)friday", "FRIDAY"),               # case-insensitive: not screened, always run
    (r"(?:(?:\d{100}){100})?due", "due"),    # more than RE2 takes: always run
])
def test_a_pattern_that_matches_is_never_screened_out(pattern, text):
    rx = re.compile(pattern)
    keep = PatternScreen([rx]).may_match(text)
    assert rx.search(text)
    assert keep is None or 0 in keep


def test_a_text_that_is_not_utf8_runs_every_pattern():
    assert PatternScreen([re.compile("friday")]).may_match("friday \udcff") is None
