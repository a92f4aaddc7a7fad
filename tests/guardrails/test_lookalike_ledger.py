"""A sender's domain is compared with every customer's (guardrails/lookalike.py): the distance behind "one letter
away" is the optimal-string-alignment distance, and a ledger of thousands finds the imitated domain as a few did."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from guardrails.lookalike import _distance, imitates


def _osa(a: str, b: str) -> int:
    """The distance as the check was first written (Damerau-Levenshtein, optimal string alignment), as an oracle."""
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


LABEL = st.text(alphabet="abcdeklmnors-01", max_size=14)


@settings(max_examples=500, deadline=None)
@given(a=LABEL, b=LABEL)
def test_the_distance_is_the_optimal_string_alignment(a: str, b: str) -> None:
    expected = _osa(a, b)
    assert _distance(a, b, 2) == min(expected, 3)


def test_an_imitation_is_found_among_five_thousand_customers_domains() -> None:
    genuine = [f"kundenfirma{n:05d}.example" for n in range(5000)] + ["brauhaus-kessler.example"]
    assert [g for g in genuine if imitates("brauhaus-kesler.example", g)] == ["brauhaus-kessler.example"]
