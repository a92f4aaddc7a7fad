"""Invoice numbers, POs and payment references compared the way banks and people mangle them."""

from __future__ import annotations


def reference_key(reference: str) -> str:
    """Letters and digits only, upper-cased: "inv-2026 / 0042" and "INV20260042" are one reference.

    Banks drop or add spaces, dashes and slashes in the remittance line, and customers type numbers
    however they like; every comparison of references (ERP lookups, the mirror's index, the customer's
    own words, the drafts' fact check) goes through this key."""
    return "".join(ch for ch in reference.upper() if ch.isalnum())
