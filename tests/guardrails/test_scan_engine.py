"""The scanning shortcuts find what the plain way finds: the pattern set, RE2's quick "no match" and the
known-reference mask that only searches for the references a draft names."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guardrails import linear
from guardrails.facts import _mask_known_refs
from guardrails.linear import fold_accents
from guardrails.patterns import PATTERNS

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Words the patterns look for, mixed with ordinary ones, so that generated texts do match some of them.
WORDS = ["ignore", "all", "previous", "instructions", "you", "are", "now", "system:", "assistant", "AI", "mark", "invoices",
         "paid", "new", "bank", "details", "IBAN", "DE89370400440532013000", "send", "to", "evil@x.example", "please",
         "règles", "Anweisungen", "ignorieren", "oubliez", "\n", ".", ",", "INV-2024-1001", "we", "will", "pay", "Friday"]
SET = linear.PatternSet(PATTERNS)
texts = st.lists(st.sampled_from(WORDS) | st.text(max_size=8), max_size=40).map(" ".join)


@FAST
@given(text=texts)
def test_the_pattern_set_names_exactly_the_patterns_that_find_something(text: str) -> None:
    folded = fold_accents(text)
    expected = [(category, p) for category, p in PATTERNS if any(True for _ in p._re.finditer(folded))]
    assert SET.matching(folded) == expected


@FAST
@given(text=texts)
def test_a_quick_no_match_never_hides_a_match(text: str) -> None:
    for _, pattern in PATTERNS[:40]:
        plain = [m.span() for m in pattern._re.finditer(text) if not pattern._vetoed(m)]
        assert [m.span() for m in pattern.finditer(text)] == plain
        assert (pattern.search(text) is None) == (not plain)
        first = pattern._re.match(text)
        assert (pattern.match(text) is None) == (first is None or pattern._vetoed(first))


def _mask_one_by_one(text: str, raw_refs: list[str]) -> str:
    for raw in sorted(raw_refs, key=len, reverse=True):
        chars = [re.escape(c) for c in raw if c.isalnum()]
        if len(chars) >= 3:
            pattern = re.compile(r"(?<![A-Za-z0-9])" + r"[\s\-/.]?".join(chars) + r"(?![A-Za-z0-9])", re.I)
            text = pattern.sub(lambda m: " " * len(m.group(0)), text)
    return text


REFS = ["INV-2024-1001", "INV-2024-1002", "PO-7781", "RF12 1234", "CARD *4412", "2024", "1001", "ab", "ıs-99", "Straße 12"]


@FAST
@given(pieces=st.lists(st.sampled_from(REFS + ["rf121234", "İNV 2024 1001", "inv-2024-10012", " ", "-", "/", "x", "ſ"]) | st.text(max_size=5), max_size=20),
       refs=st.lists(st.sampled_from(REFS), max_size=6))
def test_masking_known_references_blanks_what_searching_each_one_blanks(pieces: list[str], refs: list[str]) -> None:
    text = "".join(pieces)
    assert _mask_known_refs(text, set(), refs) == _mask_one_by_one(text, refs)
