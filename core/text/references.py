"""Invoice numbers, POs and payment references compared the way banks and people mangle them."""

from __future__ import annotations

import re

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
    return NOT_ALNUM.sub("", text).translate(_CASE_FIXES).lower()
