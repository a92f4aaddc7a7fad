"""Invoice numbers, POs and payment references compared the way banks and people mangle them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

# Everything `str.isalnum` rejects: `\w` is exactly isalnum() plus "_" (sre's Unicode word class).
NOT_ALNUM = re.compile(r"[\W_]+")
# What `re.I` equates with an ASCII letter but `str.lower` does not turn into it (dotted capital I, dotless i, long s).
_CASE_FIXES = (("İ", "i"), ("ı", "i"), ("ſ", "s"))


def reference_key(reference: str) -> str:
    """Letters and digits only, upper-cased: "inv-2026 / 0042" and "INV20260042" are one reference.

    Banks drop or add spaces, dashes and slashes in the remittance line, and customers type numbers
    however they like; every comparison of references (ERP lookups, the mirror's index, the customer's
    own words, the drafts' fact check) goes through this key."""
    return NOT_ALNUM.sub("", reference.upper())


def letters_and_digits(text: str) -> str:
    """The text's letters and digits only, lowercased: where a known reference could stand, however its
    characters are separated (a reference whose lowercased ASCII letters and digits are not in here cannot
    match a case-insensitive pattern that allows one separator between its characters)."""
    return ignorecase_form(NOT_ALNUM.sub("", text))


def ignorecase_form(text: str) -> str:
    """The text as a case-insensitive pattern of ASCII characters sees it: lowercased, with the three letters
    `re.I` equates with ASCII ones but `str.lower` does not turn into them; one character for each character
    (checked over every code point), so a literal ASCII value a pattern can find with `re.I` stands in here
    as `ignorecase_form(value)`: a cheap test before the search.

    The three letters are replaced one by one where present, not by `str.translate`: translating a text that is
    not all ASCII looked every character up in the table (~0.14 ms for 1,500 characters, against ~0.01 ms for the
    three replacements), and the guardrails' screens fold every text of a message this way (issue 17)."""
    if not text.isascii():
        for odd, plain in _CASE_FIXES:
            if odd in text:
                text = text.replace(odd, plain)
    return text.lower()


@lru_cache(maxsize=8192)
def _reference_probe(reference: str) -> tuple[bool, str | None]:
    """Whether a reference can be blanked (three letters or digits at least), and the lowercased letters and
    digits it needs in a text (None: not ASCII, always searched). Worked out once per reference."""
    key = NOT_ALNUM.sub("", reference)
    return len(key) >= 3, (key.lower() if key.isascii() else None)


@lru_cache(maxsize=8192)
def _reference_pattern(reference: str) -> re.Pattern[str]:
    """One reference however it is spaced ("RF12 1234" / "RF121234"), compiled once: a draft blanks dozens,
    which compiled per draft would overflow `re`'s own cache."""
    chars = [re.escape(c) for c in reference if c.isalnum()]
    return re.compile(r"(?<![A-Za-z0-9])" + r"[\s\-/.]?".join(chars) + r"(?![A-Za-z0-9])", re.I)


def blank_references(text: str, references: Iterable[str]) -> str:
    """The text with every known reference (invoice numbers, POs, payment references) blanked to spaces, however
    it is spaced: their digits are neither amounts, dates nor bank details. Longest first; a reference whose
    letters and digits do not stand together in the text cannot match and is not searched for (blanking one
    never joins the text around it). A reference of ASCII letters and digits (nearly all) is found by
    `_reference_spans` on the text's `ignorecase_form`, where its pattern would find it: compiling the pattern
    cost ~0.4 ms, and a draft names references no earlier draft named."""
    present = letters_and_digits(text)
    folded: str | None = None  # ignorecase_form(text), kept in step with the text's blanking
    for reference in sorted(references, key=len, reverse=True):
        usable, key = _reference_probe(reference)
        if not usable or (key is not None and key not in present):
            continue
        if key is None:
            text = _reference_pattern(reference).sub(lambda m: " " * len(m.group(0)), text)
            folded = None
            continue
        if folded is None:
            folded = ignorecase_form(text)
        spans = _reference_spans(folded, key)
        if spans:
            text, folded = _blanked(text, spans), _blanked(folded, spans)
    return text


_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_SEPARATORS = "-/."


def _reference_spans(folded: str, key: str) -> list[tuple[int, int]]:
    r"""Where `_reference_pattern` finds a reference, given `key` (its letters and digits, lowercase ASCII) and the
    text as `ignorecase_form` has it: what `sub` would replace, left to right, without compiling the pattern.

    Why it is the same: in `ignorecase_form` text, a character `re.I` matches with an ASCII letter or digit is that
    letter (lowercase) or digit, one matched by `[A-Za-z0-9]` is one of those, and one matched by `[\s\-/.]` is
    blank or - / . (each checked over every code point: tests/guardrails/test_scan_engine.py). Between two of
    the key's characters the pattern takes one separator or none, and a separator is never a letter or a
    digit, so from any start there is one way to match, followed here step by step; a match is searched
    for again after its end, as `sub` does."""
    spans: list[tuple[int, int]] = []
    size, first, rest = len(folded), key[0], key[1:]
    start = folded.find(first)
    while start != -1:
        end = start + 1
        if start == 0 or folded[start - 1] not in _ASCII_ALNUM:
            for ch in rest:
                if end < size and folded[end] == ch:
                    end += 1
                elif end + 1 < size and folded[end + 1] == ch and (folded[end].isspace() or folded[end] in _SEPARATORS):
                    end += 2
                else:
                    end = -1
                    break
            if end != -1 and (end == size or folded[end] not in _ASCII_ALNUM):
                spans.append((start, end))
                start = folded.find(first, end)
                continue
        start = folded.find(first, start + 1)
    return spans


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with each (start, end) span turned into as many spaces."""
    pieces, last = [], 0
    for start, end in spans:
        pieces += (text[last:start], " " * (end - start))
        last = end
    pieces.append(text[last:])
    return "".join(pieces)
