"""The reader's features computed without sklearn's per-call machinery (agent/models/fitted_features.py) are the fitted
union's own rows, value for value: the model reads every reply exactly as it was trained to, whichever model is fitted.
A vectorizer the module does not follow keeps its own transform."""

from __future__ import annotations

import unicodedata

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.feature_extraction.text import strip_accents_unicode as sklearn_strip_accents
from sklearn.pipeline import FeatureUnion

from agent.models.features import model_text, segment_texts
from agent.models.fitted_features import PROBE, tfidf_rows, union_rows
from agent.models.lexicon import LexiconFeatures
from agent.models.offline import OfflineModel
from agent.models.rules import CueFeatures
from core.text.folding import strip_accents
from evals.train import split_examples

WORDS = ["e\u0301", "\u0301", "Å", "ﬀ", "①", "Ǆ", "ᾏ", "한", "\u0651\u064e", "\U0001d400", "we", "paid", "pay", "Friday", "Überweisung", "réglé", "INV", "zzinvoice", "a", "b", "ok", "ß", "ﬁ", "0", "2026",
         "Straße", "İstanbul", "Wartungsvertragsverlängerung", "?", "!", ".", "—"]
SPACES = [" ", "  ", "\n", "\n\n", "\t", "\u00a0", "\u2028", "\x1c", "\u3000", ""]
_TEXT = st.lists(st.tuples(st.one_of(st.sampled_from(WORDS), st.text(max_size=8)), st.sampled_from(SPACES)),
                 max_size=14).map(lambda parts: "".join(w + s for w, s in parts))
TRAIN = PROBE + ["We will pay on Friday.", "Wir haben bereits bezahlt, Überweisung folgt.", "Nous avons réglé la facture.",
                 "pay pay paid paying payment", "a b aa bb ab ba"]


def _same(ours: sparse.csr_matrix, theirs: object) -> bool:
    theirs = sparse.csr_matrix(theirs)
    return (ours.shape == theirs.shape and np.array_equal(ours.indptr, theirs.indptr)
            and np.array_equal(ours.indices, theirs.indices) and np.array_equal(ours.data, theirs.data))


def _union(**words: object) -> FeatureUnion:
    union = FeatureUnion([
        ("words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, strip_accents="unicode", token_pattern=r"(?u)\b\w+\b",
                                  **words)),
        ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, strip_accents="unicode")),
        ("cues", CueFeatures()),
        ("lexicon", LexiconFeatures(weight=0.3)),
    ])
    return union.fit(TRAIN)


def _other_union() -> FeatureUnion:
    """Vectorizers that preprocess differently from each other (case kept in one), other n-gram ranges and norms."""
    return FeatureUnion([
        ("words", TfidfVectorizer(ngram_range=(1, 3), lowercase=False, strip_accents="unicode", norm="l1", use_idf=False)),
        ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 3), norm=None)),
        ("cues", CueFeatures()),
    ]).fit(TRAIN)


UNIONS = {"as trained": _union(), "stop words": _union(stop_words=["we", "the"]), "other settings": _other_union()}


@pytest.mark.parametrize("split", ["dev", "test"])
def test_every_reply_of_a_split_reads_as_the_fitted_union_reads_it(split: str):
    model = OfflineModel()
    union = model.pipeline.steps[0][1]
    rows = union_rows(union)
    assert rows is not None
    texts = list(dict.fromkeys(t for e in split_examples(split) for t in (model_text(e.item), *segment_texts(e.item))))
    assert _same(rows(texts), union.transform(texts))
    for n in range(0, len(texts), 9):  # a reply with its sentences, as classify asks
        assert _same(rows(texts[n:n + 9]), union.transform(texts[n:n + 9]))
    assert np.array_equal(model._predict(texts), model.pipeline.predict_proba(texts))


@settings(max_examples=300, deadline=None)
@given(texts=st.lists(_TEXT, min_size=1, max_size=4), which=st.sampled_from(sorted(UNIONS)))
def test_any_text_has_the_union_s_own_row_after_any_refit(texts: list[str], which: str):
    union = UNIONS[which]
    rows = union_rows(union)
    assert rows is not None
    assert _same(rows(texts), union.transform(texts))
    assert _same(rows(texts), union.transform(texts))  # again, with each word's n-grams remembered


@settings(max_examples=500, deadline=None)
@given(text=_TEXT)
def test_accents_are_stripped_as_sklearn_strips_them(text: str):
    every_character_asked = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    assert strip_accents(text) == sklearn_strip_accents(text) == every_character_asked
    assert strip_accents(text.lower()) == sklearn_strip_accents(text.lower())


def test_a_vectorizer_it_does_not_follow_keeps_its_own_transform():
    assert tfidf_rows(TfidfVectorizer(analyzer="char", ngram_range=(2, 3)).fit(TRAIN)) is None
    assert tfidf_rows(TfidfVectorizer(binary=True).fit(TRAIN)) is None
    union = FeatureUnion([("chars", TfidfVectorizer(analyzer="char", ngram_range=(2, 3))), ("cues", CueFeatures())]).fit(TRAIN)
    rows = union_rows(union)
    assert rows is not None and _same(rows(TRAIN), union.transform(TRAIN))
    assert union_rows(FeatureUnion([("cues", CueFeatures())], transformer_weights={"cues": 2.0}).fit(TRAIN)) is None
