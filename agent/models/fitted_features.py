"""The fitted feature union's rows for a few texts at a time, computed as sklearn computes them, with less around it.

Why (issue 17): reading a reply asks the union for one to a few dozen rows at a time, and most of sklearn's cost
there is not arithmetic: `TfidfTransformer.transform` and `normalize` validate their input through dataframe
checks (~1.2 ms a call), the char_wb analyzer slices every word of every text into 2-5-grams anew although mail
repeats its words, and a miss in the vocabulary costs a raised KeyError. Here:

- a word's character n-grams are found in the vocabulary once and remembered (`_WordGrams`), and a text's counts
  are its words' counts times how often each word occurs, the same integers sklearn counts n-gram by n-gram;
- word n-grams are looked up with `dict.get`;
- a text is lower-cased and its accents stripped once for both vectorizers when they preprocess alike (the accents
  by core.text.folding.strip_accents, sklearn's `strip_accents_unicode` without a Python test of every character);
- the counts go through the fitted transformer's own steps in sklearn's order on the same arrays (log, +1, times
  idf, then sklearn's own row normaliser), so every value is bitwise sklearn's;
- the blocks are stacked row by row in block order, as `scipy.sparse.hstack` stacks CSR blocks, so the product
  with the coefficients adds the same terms in the same order.

Nothing is fitted here and no vocabulary is assumed: everything is read from the fitted vectorizers. A vectorizer
this module does not follow (another analyzer, a callable one, binary counts, another norm) keeps its own
`transform`, and `union_rows` gives no fast path at all unless it reproduces `union.transform` exactly on a probe.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from functools import lru_cache
from typing import Any, NamedTuple

import numpy as np
from scipy import sparse

from core.text.folding import strip_accents

# Words seen by one vectorizer before the memory of their n-grams starts afresh: a long-running worker keeps the
# words mail keeps using, and the memory stays bounded (some 250 bytes a word: ~12 MB at most).
WORD_MEMO = 50_000


class Block(NamedTuple):
    """Rows of one feature block in CSR form (what sklearn's row normaliser reads: data, shape, indices, indptr)."""

    data: np.ndarray
    shape: tuple[int, int]
    indices: np.ndarray
    indptr: np.ndarray


_NO_COLUMNS = np.zeros(0, dtype=np.int64)


def _block(found: list[tuple[np.ndarray, np.ndarray]], width: int, dtype: Any) -> Block:
    """Rows of counts as CSR with each row's columns in ascending order (what sklearn's `sort_indices` leaves).

    `found` holds, per text, the vocabulary columns met (a column may repeat) and how many times each was met;
    a column's count in a row is their sum, integers added exactly as sklearn's counter adds ones."""
    rows = len(found)
    sizes = [len(columns) for columns, _ in found]
    columns = np.concatenate([c for c, _ in found] or [_NO_COLUMNS])
    times = np.concatenate([t for _, t in found] or [_NO_COLUMNS])
    # one key per (row, column), so that one sort orders rows and the columns within each row
    keys = np.repeat(np.arange(rows, dtype=np.int64), sizes) * width + columns
    unique, where = np.unique(keys, return_inverse=True)
    values = np.bincount(where, weights=times, minlength=len(unique)).astype(dtype, copy=False)
    indptr = np.searchsorted(unique, np.arange(rows + 1, dtype=np.int64) * width).astype(np.int32)
    return Block(values, (rows, width), (unique % width).astype(np.int32), indptr)


class _WordGrams:
    """The vocabulary columns of a word's char_wb n-grams, once per n-gram occurrence, as int32 bytes: sklearn's
    `_char_wb_ngrams` for one padded word, looked up once per word (bytes: a text's words join in one call)."""

    def __init__(self, vocabulary: dict[str, int], ngram_range: tuple[int, int]):
        self._get = vocabulary.get
        self._low, self._high = ngram_range
        self._memo: dict[str, bytes] = {}

    def __call__(self, word: str) -> bytes:
        found = self._memo.get(word)
        if found is None:
            if len(self._memo) >= WORD_MEMO:
                self._memo.clear()
            found = self._memo[word] = np.asarray([c for c in self._grams(word) if c is not None], dtype=np.int32).tobytes()
        return found

    def _grams(self, word: str) -> list[int | None]:
        get = self._get
        padded = f" {word} "
        size = len(padded)
        out: list[int | None] = []
        for n in range(self._low, self._high + 1):
            last = size - n
            if last <= 0:
                out.append(get(padded[:n]))  # sklearn takes a padded word no longer than n once (padded[0:n]) and stops
                break
            out.extend([get(padded[offset:offset + n]) for offset in range(last + 1)])
        return out


def _preprocessing(vectorizer: Any) -> tuple[Hashable, Callable[[str], str]]:
    """The vectorizer's preprocessing (sklearn's `build_preprocessor`), and a key that vectorizers preprocessing
    alike share, so that a text is preprocessed once for them."""
    accents = vectorizer.strip_accents
    if vectorizer.preprocessor is not None or (accents and accents != "unicode"):
        return ("own", id(vectorizer)), vectorizer.build_preprocessor()
    lower, strip = bool(vectorizer.lowercase), bool(accents)

    def preprocess(text: str) -> str:
        if lower:
            text = text.lower()
        return strip_accents(text) if strip else text

    return ("lower" if lower else "", "unicode" if strip else ""), preprocess


def _follows(vectorizer: Any) -> bool:
    """Whether this module computes `vectorizer.transform` as sklearn does (a fitted TfidfVectorizer of the kinds used)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    try:
        tfidf = vectorizer._tfidf
        return (type(vectorizer) is TfidfVectorizer and vectorizer.analyzer in ("word", "char_wb")
                and vectorizer.input == "content" and not vectorizer.binary and vectorizer.norm in ("l1", "l2", None)
                and isinstance(vectorizer.vocabulary_, dict) and tfidf.norm == vectorizer.norm
                and (not tfidf.use_idf or hasattr(tfidf, "idf_")))
    except AttributeError:
        return False


class _Tfidf(NamedTuple):
    """A vectorizer this module follows: its preprocessing (and the key of it) and its rows from preprocessed texts."""

    key: Hashable
    preprocess: Callable[[str], str]
    rows: Callable[[Sequence[str]], Block]


def _tfidf(vectorizer: Any) -> _Tfidf | None:
    if not _follows(vectorizer):
        return None
    from sklearn.utils.sparsefuncs_fast import inplace_csr_row_normalize_l1, inplace_csr_row_normalize_l2

    vocabulary: dict[str, int] = vectorizer.vocabulary_
    width = len(vocabulary)
    dtype = vectorizer.dtype
    tfidf = vectorizer._tfidf
    idf = tfidf.idf_ if tfidf.use_idf else None
    normalise = {"l1": inplace_csr_row_normalize_l1, "l2": inplace_csr_row_normalize_l2}.get(tfidf.norm)
    key, preprocess = _preprocessing(vectorizer)
    low, high = vectorizer.ngram_range

    if vectorizer.analyzer == "char_wb":
        grams = _WordGrams(vocabulary, (low, high))

        def count(text: str) -> tuple[np.ndarray, np.ndarray]:
            # sklearn first turns runs of whitespace into one space, which str.split() (the same whitespace) ignores
            words = Counter(text.split())
            found = [grams(word) for word in words]
            columns = np.frombuffer(b"".join(found), dtype=np.int32)
            times = np.fromiter(words.values(), dtype=np.int64, count=len(words))
            return columns, np.repeat(times, [len(f) // 4 for f in found])
    else:
        tokenize = vectorizer.build_tokenizer()
        stop_words = vectorizer.get_stop_words()
        get = vocabulary.get

        def count(text: str) -> tuple[np.ndarray, np.ndarray]:
            tokens = tokenize(text)
            if stop_words is not None:
                tokens = [t for t in tokens if t not in stop_words]
            columns: list[int | None] = []
            for n in range(low, high + 1):
                grams = tokens if n == 1 else [" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1)]
                columns.extend(map(get, grams))
            met = np.asarray([c for c in columns if c is not None], dtype=np.int64)
            return met, np.ones(len(met), dtype=np.int64)

    def rows(texts: Sequence[str]) -> Block:
        block = _block([count(text) for text in texts], width, dtype)
        data = block.data
        if tfidf.sublinear_tf:
            np.log(data, data)
            data += 1.0
        if idf is not None:
            data *= idf[block.indices]
        if normalise is not None:
            normalise(block)
        return block

    return _Tfidf(key, preprocess, rows)


def tfidf_rows(vectorizer: Any) -> Callable[[Sequence[str]], Block] | None:
    """`vectorizer.transform(texts)` as a `Block`, or None when this module does not follow the vectorizer."""
    fast = _tfidf(vectorizer)
    if fast is None:
        return None
    return lambda texts: fast.rows([fast.preprocess(text) for text in texts])


def _as_block(matrix: Any) -> Block:
    """Another transformer's output as a `Block` (dense output as the CSR matrix hstack would make of it)."""
    csr = matrix.tocsr() if sparse.issparse(matrix) else sparse.csr_matrix(matrix)
    return Block(csr.data, csr.shape, csr.indices, csr.indptr)


def stack(blocks: Sequence[Block]) -> sparse.csr_matrix:
    """The blocks side by side, each row's entries block after block, as `scipy.sparse.hstack` lays out CSR blocks."""
    rows = blocks[0].shape[0]
    if rows == 0:
        return sparse.csr_matrix((0, sum(b.shape[1] for b in blocks)))
    offsets = np.cumsum([0] + [b.shape[1] for b in blocks[:-1]])
    width = int(offsets[-1] + blocks[-1].shape[1])
    data = np.concatenate([b.data for b in blocks])
    indices = np.concatenate([b.indices + np.int32(offset) for b, offset in zip(blocks, offsets)])
    owner = np.concatenate([np.repeat(np.arange(rows, dtype=np.int32), np.diff(b.indptr)) for b in blocks])
    order = np.argsort(owner, kind="stable")  # row by row; within a row, block after block as concatenated
    indptr = np.zeros(rows + 1, dtype=np.int32)
    np.cumsum(np.bincount(owner, minlength=rows), out=indptr[1:])
    return sparse.csr_matrix((data[order], indices[order].astype(np.int32, copy=False), indptr), shape=(rows, width))


# Texts a fast path must turn into exactly the union's own rows before it is used: accents, case, runs of odd
# whitespace, one-letter and long words, repeats, digits, punctuation, nothing at all.
PROBE = [
    "We paid invoice INV-1001 yesterday, see the remittance attached.",
    "Wir zahlen am Freitag.  Überweisung   folgt\u00a0bald\n\nGrüße",
    "Ça a été réglé — merci ! a b c aa bb ccc dddd eeeee ffffff Wartungsvertragsverlängerung 0 00 2026",
    "",
    "\t\x1c\u2028 x\u3000y \u0131\u0130 \ufb01ne ﬁ Straße STRASSE ß",
    "ok ok ok ok. pay pay pay!? zzinvoice zzamount zzref",
]


@lru_cache(maxsize=8)
def union_rows(union: Any) -> Callable[[Sequence[str]], sparse.csr_matrix] | None:
    """`union.transform(texts)` of a fitted FeatureUnion of TfidfVectorizers and other transformers, as a CSR matrix,
    or None when the union has weights, a dropped block, or the fast rows differ in any value from its own on PROBE.

    One per union object (the process's models share the fitted bundle, so they share what it remembers of words)."""
    from sklearn.pipeline import FeatureUnion

    if type(union) is not FeatureUnion or union.transformer_weights:
        return None
    parts = [t for _, t in union.transformer_list]
    if any(isinstance(t, str) for t in parts):
        return None
    makers = [_tfidf(part) or part for part in parts]

    def rows(texts: Sequence[str]) -> sparse.csr_matrix:
        prepared: dict[Hashable, list[str]] = {}
        blocks = []
        for make in makers:
            if isinstance(make, _Tfidf):
                if make.key not in prepared:
                    prepared[make.key] = [make.preprocess(text) for text in texts]
                blocks.append(make.rows(prepared[make.key]))
            else:
                blocks.append(_as_block(make.transform(texts)))
        return stack(blocks)

    try:
        ours, theirs = rows(PROBE), sparse.csr_matrix(union.transform(PROBE))
        same = (ours.shape == theirs.shape and np.array_equal(ours.indptr, theirs.indptr)
                and np.array_equal(ours.indices, theirs.indices) and np.array_equal(ours.data, theirs.data))
    except Exception:  # noqa: BLE001 - any surprise keeps the union's own transform
        return None
    return rows if same else None
