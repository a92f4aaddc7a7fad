"""Invoice numbers, POs and payment references compared the way banks and people mangle them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

# Everything `str.isalnum` rejects: `\w` is exactly isalnum() plus "_" (sre's Unicode word class).
NOT_ALNUM = re.compile(r"[\W_]+")
# What `re.I` equates with an ASCII letter but `str.lower` does not turn into it (dotted capital I, dotless i, long s).
_CASE_FIXES = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


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
    as `ignorecase_form(value)`: a cheap test before the search."""
    return text.translate(_CASE_FIXES).lower()


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
    never joins the text around it)."""
    present = letters_and_digits(text)
    for reference in sorted(references, key=len, reverse=True):
        usable, key = _reference_probe(reference)
        if not usable or (key is not None and key not in present):
            continue
        text = _reference_pattern(reference).sub(lambda m: " " * len(m.group(0)), text)
    return text
