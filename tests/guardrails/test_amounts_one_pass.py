"""`extract_amounts` blanks each amount as it reads it (one pass per pattern): the same mentions and the same
blanked text as reading with finditer and blanking with sub."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from guardrails.facts import _AMOUNT, _BARE_AMOUNT, Mention, extract_amounts, parse_number


def _two_passes(text: str) -> tuple[list[Mention], str]:
    mentions: list[Mention] = []
    out = text
    for pattern in (_AMOUNT, _BARE_AMOUNT):
        for m in pattern.finditer(out):
            raw = m.groupdict().get("a") or m.groupdict().get("b") or m.group(0)
            value = parse_number(raw)
            if value is None:
                continue
            mentions.append(Mention("amount", m.group(0).strip(), {value.quantize(Decimal("0.01"))}))
        out = pattern.sub(lambda mm: " " * len(mm.group(0)), out)
    return mentions, out


_PIECES = st.sampled_from(["EUR 1,240.00", "1.240,00 €", "$99", "99.00", "USD", "€", " ", "\n", "INV-2024-1001", "12,50",
                           "1 240,00 EUR", "total", "3.5", "0,5%", "GBP 5", "5 GBP", "1,000,000.00", "x"])


@settings(max_examples=400, deadline=None)
@given(pieces=st.lists(_PIECES, max_size=12), glue=st.sampled_from(["", " ", ", "]))
def test_one_pass_reads_as_two(pieces: list[str], glue: str) -> None:
    text = glue.join(pieces)
    assert extract_amounts(text) == _two_passes(text)
