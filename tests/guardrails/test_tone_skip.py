"""`tone_problems` skips the three-words-in-capitals search when the draft has fewer than three capitalised words:
the same problems as searching every draft."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from guardrails.content import _ACRONYM_OK, INSULTS, tone_problems
from guardrails.policy import Limits


def _searching_always(text: str, limits: Limits) -> list[str]:
    problems = []
    words = [w for w in re.findall(r"[^\W\d_]{3,}", text) if w.upper() not in _ACRONYM_OK]
    caps = [w for w in words if w.isupper()]
    if words and len(caps) >= 3 and len(caps) / len(words) > limits.max_caps_ratio:
        problems.append(f"shouting: {len(caps)} of {len(words)} words in capitals")
    elif re.search(r"(?:\b[^\W\d_]{3,}\b\s+){2}\b[^\W\d_]{3,}\b", text) and any(
        all(w.isupper() and w.upper() not in _ACRONYM_OK for w in m.split()) for m in re.findall(r"(?:\b[^\W\d_]{3,}\b\s+){2}\b[^\W\d_]{3,}\b", text)
    ):
        problems.append("shouting: three words in a row in capitals")
    bangs = text.count("!")
    if bangs > limits.max_exclamations or "!!" in text:
        problems.append(f"{bangs} exclamation marks")
    m = INSULTS.search(text)
    if m:
        problems.append(f"insulting or threatening wording: \"{m.group(0)}\"")
    return problems


_WORDS = st.sampled_from(["PAY", "NOW", "please", "Invoice", "EUR", "VAT", "ÉTÉ", "straße", "IBAN", "DUE", "ok", "A1B", "ÜBER", "x",
                          "FINAL", "notice", "3RD", "ǅemal", "ﬁne", "İSTANBUL", "!", "\n", "  ", "-", "_ABC_", "ABC1"])


@settings(max_examples=500, deadline=None)
@given(words=st.lists(_WORDS, max_size=14), glue=st.sampled_from([" ", "\n", ", ", ""]))
def test_skipping_the_search_finds_the_same_problems(words: list[str], glue: str) -> None:
    text, limits = glue.join(words), Limits()
    assert tone_problems(text, limits) == _searching_always(text, limits)
