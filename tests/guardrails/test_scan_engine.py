"""The scanning shortcuts find what the plain way finds: the pattern set, RE2's quick "no match" and the
known-reference mask that only searches for the references a draft names."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from core.text.references import blank_references
from guardrails import linear
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
    assert blank_references(text, refs) == _mask_one_by_one(text, refs)


@FAST
@given(pieces=st.lists(st.sampled_from(["INV", "inv", "İnv", "2024", "1001", "10012", "\u212a", "ſ", "ı", "-", "/", ".", " ", "\t", "\u00a0",
                                        "\u2003", "_", ",", "x", "é", "9"]), max_size=24),
       refs=st.lists(st.sampled_from(["INV-2024-1001", "inv 2024 1001", "KS-1", "s.i.k", "2024-1001", "INV1001", "1001-INV"]), max_size=4))
def test_adjacent_spaced_and_folded_references_are_blanked_as_their_patterns_blank_them(pieces: list[str], refs: list[str]) -> None:
    text = "".join(pieces)
    assert blank_references(text, refs) == _mask_one_by_one(text, refs)


def test_the_folded_text_stands_for_each_character_class_of_a_reference_pattern() -> None:
    """`_reference_spans` reads `ignorecase_form` text in place of the pattern's three kinds of character (an ASCII
    letter or digit under re.I, [A-Za-z0-9] under re.I, and a separator): the same characters, over every code point."""
    import string

    from core.text.references import ignorecase_form

    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    folded = ignorecase_form(every)
    assert len(folded) == len(every)
    for ch in string.ascii_letters + string.digits:
        assert {m.start() for m in re.finditer(re.escape(ch), every, re.I)} == {i for i, f in enumerate(folded) if f == ch.lower()}
    alnum = set(string.ascii_lowercase + string.digits)
    assert {m.start() for m in re.finditer(r"[A-Za-z0-9]", every, re.I)} == {i for i, f in enumerate(folded) if f in alnum}
    assert {m.start() for m in re.finditer(r"[\s\-/.]", every, re.I)} == {i for i, f in enumerate(folded) if f.isspace() or f in "-/."}


def _bank_mask_one_by_one(text: str, refs: list[str]) -> str:
    for ref in sorted((r for r in refs if len(re.sub(r"[^A-Za-z0-9]", "", r)) >= 3), key=len, reverse=True):
        chars = [re.escape(c) for c in ref if c.isalnum()]
        text = re.compile(r"(?<![A-Za-z0-9])" + r"[\s\-/.]?".join(chars) + r"(?![A-Za-z0-9])", re.I).sub(lambda m: " " * len(m.group(0)), text)
    return text


@FAST
@given(pieces=st.lists(st.sampled_from(REFS + ["rf121234", "İNV 2024 1001", "123456789", "IBAN DE89 3704 0044 0532 0130 00", " ", "-", "ſ"]) | st.text(max_size=5), max_size=20),
       refs=st.lists(st.sampled_from(REFS + ["12-34-56", "123456789"]), max_size=6))
def test_the_bank_check_blanks_the_known_references_that_searching_each_one_blanks(pieces: list[str], refs: list[str]) -> None:
    from guardrails.bank_ids import bank_mentions, foreign_bank_details

    text = "".join(pieces)
    assert foreign_bank_details(text, set(), refs) == bank_mentions(_bank_mask_one_by_one(text, refs))


# The words-before-money pattern as it was, trying every letter as a start.
_WORDS_BEFORE_MONEY_PLAIN = re.compile(
    r"(?P<words>(?:[^\W\d_]+[\s-]+){1,8})(?P<tail>(?:euros?|eur|dollars?|pounds?|bucks|quid|francs?|franken|reais|pesos|percent|per\s?cent|prozent|pour\s?cent|por\s?ciento|por\s?cento|procent)\b)",
    re.I,
)
MONEY_WORDS = ["zwölfhundert", "euro", "euros", "EUR", "per", "cent", "pour", "por ciento", "mil", "doscientos", "5", "x_", "-", " ", "\n", "neuf", "dollars", "ſ"]


@FAST
@given(pieces=st.lists(st.sampled_from(MONEY_WORDS) | st.text(max_size=4), max_size=30))
@example(pieces=["5", "doscientos", " ", "euros"])  # a word right after a digit or "_" starts a match too
@example(pieces=["x_", "neuf", " ", "dollars", "-", "mil", " ", "EUR"])
def test_words_before_money_are_found_where_the_plain_pattern_finds_them(pieces: list[str]) -> None:
    from guardrails.number_words import _WORDS_BEFORE_MONEY

    text = "".join(pieces)
    spans = [(m.span(), m.group("tail")) for m in _WORDS_BEFORE_MONEY.finditer(text)]
    assert spans == [(m.span(), m.group("tail")) for m in _WORDS_BEFORE_MONEY_PLAIN.finditer(text)]


@FAST
@given(text=st.text(max_size=40), claims=st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=6))
def test_blanking_claimed_spans_replaces_exactly_the_claimed_characters(text: str, claims: list[tuple[int, int]]) -> None:
    from core.text.spans import SpanClaims

    spans = SpanClaims(text)
    for start, end in claims:
        m = re.compile(".{%d}" % min(abs(end - start), max(len(text) - min(start, end, len(text)), 0)), re.S).match(text, min(start, end, len(text)))
        if m is not None:
            spans.claim(m)
    taken = spans._taken
    assert spans.blanked() == "".join(" " if t else c for c, t in zip(text, taken))
