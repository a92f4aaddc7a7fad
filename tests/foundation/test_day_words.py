"""The days of a month in words (core/text/day_words.py) are num2words' tables, and a prefix-tree pattern
(core/text/word_trie.py) matches exactly the words it was built from."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from core.text.day_words import CARDINALS_BEFORE_A_MONTH, DAY_WORDS, generated, generated_cardinals
from core.text.word_trie import trie_pattern


def test_the_day_words_are_num2words_own_and_cover_every_day_in_every_language():
    assert DAY_WORDS == generated()
    for language, words in DAY_WORDS.items():
        assert set(words.values()) == set(range(1, 32)), language


def test_writers_spellings_are_there_beside_the_dictionary_ones():
    assert DAY_WORDS["de"]["dreissigsten"] == DAY_WORDS["de"]["dreisigsten"] == 30
    assert DAY_WORDS["en"]["twenty first"] == DAY_WORDS["en"]["twenty-first"] == 21
    assert DAY_WORDS["fr"]["vingt-et-un"] == DAY_WORDS["fr"]["vingt et un"] == 21
    assert DAY_WORDS["pt"]["dezesseis"] == DAY_WORDS["pt"]["dezasseis"] == 16  # Brazil and Portugal


def test_dutch_cardinals_before_a_month_are_num2words_own_from_two_on():
    assert CARDINALS_BEFORE_A_MONTH == generated_cardinals()
    assert set(CARDINALS_BEFORE_A_MONTH["nl"].values()) == set(range(2, 32))
    assert "een" not in CARDINALS_BEFORE_A_MONTH["nl"]  # "een december-factuur" is "a December invoice"


words = st.lists(st.text(alphabet="abcdeé -'", min_size=1, max_size=8), min_size=1, max_size=12)


@given(words, st.text(alphabet="abcdeé -'", min_size=0, max_size=8))
def test_a_trie_pattern_matches_its_words_and_nothing_else(chosen, other):
    rx = re.compile(trie_pattern(chosen))
    assert all(rx.fullmatch(w) for w in chosen)
    assert bool(rx.fullmatch(other)) == (other in chosen)


def test_the_longest_word_wins_where_one_starts_another():
    rx = re.compile(trie_pattern(["vingt", "vingt-deux", "vingt deux"]))
    assert [m.group(0) for m in rx.finditer("vingt-deux, vingt deux, vingt")] == ["vingt-deux", "vingt deux", "vingt"]
