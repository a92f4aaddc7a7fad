"""The fact check reads percentages and amounts in words with one pass each (finditer, blanking as it reads, where
finditer then sub made two), and looks for long digit runs line by line only when the text has one: the same
problems and the same text left for the next reading."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from guardrails.facts import _LONG_DIGITS, _PERCENT, _WORD_AMOUNT, CustomerFacts, _found_and_blanked, unsupported_facts

_PIECES = st.sampled_from(["5%", "5 %", "% 5", "10 percent", "zehn Prozent", "3 per cent", "50 bucks", "2 grand", "3k", "500 dollars",
                           "20 quid", "1200 reais", "12,50", "1.240,00 €", "EUR 99", "tel", "Tel: +49 30 1234567", "1234567", "12345678",
                           "INV-2026-1001", "\n", "\r\n", "\x0c", "\u2028", " ", "x", "+", "2026-11-20", "on Friday", "in 7 days"])
TEXTS = st.lists(_PIECES, max_size=14).map("".join)


@settings(max_examples=400, deadline=None)
@given(text=TEXTS)
def test_one_pass_finds_and_blanks_as_finditer_and_sub(text: str) -> None:
    for pattern in (_PERCENT, _WORD_AMOUNT):
        found, blanked = _found_and_blanked(pattern, text)
        assert [m.span() for m in found] == [m.span() for m in pattern.finditer(text)]
        assert blanked == pattern.sub(lambda m: " " * len(m.group(0)), text)


@settings(max_examples=400, deadline=None)
@given(text=TEXTS)
def test_a_long_digit_run_is_on_some_line_exactly_when_it_is_in_the_text(text: str) -> None:
    on_lines = [m.group(0) for line in text.splitlines() for m in _LONG_DIGITS.finditer(line)]
    assert bool(on_lines) == bool(_LONG_DIGITS.search(text))


def test_a_draft_still_names_each_unsupported_fact() -> None:
    facts = CustomerFacts.build.__func__(CustomerFacts, type("C", (), {"id": "K1"})(), [], [], extra_amounts=["99.00"])  # type: ignore[attr-defined]
    text = "We grant 5% off, 50 bucks back and EUR 99.00 is due. Call 12345678.\nTel: +49 30 1234567"
    problems = unsupported_facts(text, facts, [], date(2026, 11, 20))
    assert any(p.startswith('percentage "5%"') for p in problems)
    assert any(p.startswith('amount "50 bucks"') for p in problems)
    assert not any("99.00" in p for p in problems)
    assert any(p.startswith('reference "12345678"') for p in problems)  # a long digit run off the phone line
