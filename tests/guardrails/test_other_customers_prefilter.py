"""The other-customers check searches only for names and domains whose ASCII letters stand in the draft:
the substring test never skips a name or domain its pattern would find (guardrails/outbound.py)."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from core.text.references import ignorecase_form
from guardrails.outbound import _domain_pattern, _may_stand_in, name_pattern

FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Letters that case-fold in unusual ways under re.I (dotted and dotless i, long s, Kelvin sign, final sigma).
PIECES = ["Müller", "GmbH", "İ", "ı", "ſ", "K", "σ", "ς", "Σ", "ß", "ẞ", "Hôtellerie", "acme", "ACME", "é", "É", " ", "-", ".", "&", "S.A."]
values = st.lists(st.sampled_from(PIECES) | st.text(max_size=4), min_size=1, max_size=5).map("".join)


@FAST
@given(value=values, before=st.text(max_size=6), after=st.text(max_size=6), upper=st.booleans())
@example(value="Kiosk Istanbul", before="", after="", upper=False)
def test_a_value_the_pattern_finds_is_never_skipped(value: str, before: str, after: str, upper: bool) -> None:
    shown = value.upper() if upper else value.swapcase()
    text = f"{before} {shown} {after}"
    folded = ignorecase_form(text)
    for pattern in (name_pattern(value), _domain_pattern(value)):
        if pattern.search(text):
            assert _may_stand_in(value, folded)


def test_re_i_equivalents_of_ascii_letters() -> None:
    text = "Dear \u212aiosk İstanbul ſtore"  # Kelvin sign, dotted capital I, long s
    folded = ignorecase_form(text)
    for name in ("Kiosk", "Istanbul", "Store"):
        assert name_pattern(name).search(text)
        assert _may_stand_in(name, folded)
    assert not _may_stand_in("Acme Ltd", folded)


@FAST
@given(text=st.lists(st.sampled_from(PIECES) | st.text(max_size=6), max_size=12).map("".join))
def test_the_folded_form_is_the_one_a_translation_table_gives(text: str) -> None:
    """ignorecase_form replaces the three letters where present instead of translating every character: the
    same text (and one character for each character)."""
    expected = text.translate(str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})).lower()
    folded = ignorecase_form(text)
    assert folded == expected and len(folded) == len(text)
