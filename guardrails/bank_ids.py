"""Bank identifiers in a draft: IBANs (any country), BIC/SWIFT codes, UK sort code + account, US routing +
account, Mexican CLABE, and account numbers named as such in the six languages.

A draft that tells a customer where to pay is the classic payment-diversion fraud, and it needs no
"new account" wording to work: any bank identifier that is not one of the company's own configured
accounts must stop the draft. IBAN and BIC validation come from python-stdnum; a string shaped like an
IBAN stops the draft even when its checksum is wrong (a typo in our own account is no better).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from stdnum import bic as stdnum_bic
from stdnum import iban as stdnum_iban
from stdnum.us import rtn as stdnum_rtn

from core.text.references import blank_references
from core.text.spans import SpanClaims
from guardrails.literal_screen import screened

_IBAN = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2}\d{2}(?:[ \-]?[A-Z0-9]){11,30})(?![A-Za-z0-9])")
_BIC = re.compile(r"(?<![A-Za-z0-9])([A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)(?![A-Za-z0-9])")
# The two below are asked only where their RE2 twins can match (literal_screen.screened): a draft seldom names a
# BIC or a sort code, and Python's engine tried them at every position (10 and 26 us on a draft, issue 17).
_BIC_KEYWORD = screened(re.compile(r"\b(?:bic|swift)(?:[\s/-]*(?:code|bic|swift))?\s*(?:no\.?|nr\.?|number|:)?\s*:?\s*([A-Za-z0-9]{8,11})\b", re.I))
_SORT_CODE = screened(re.compile(r"(?<![\d-])\d{2}-\d{2}-\d{2}(?![\d-])|\bsort\s*code\s*:?\s*\d{2}\s?\d{2}\s?\d{2}\b", re.I))
_DIGIT_RUN = re.compile(r"(?<![\d\w/-])\d(?:[ \-]?\d){7,21}(?![\d\w/-])")
# Words that name a bank account, in EN, DE, FR, ES, NL, PT (and the usual national names).
_ACCOUNT_WORDS = re.compile(
    r"\b(?:account\s*(?:no\.?|number|#)|acct\.?\s*(?:no\.?|#)?|routing\s*(?:no\.?|number)?|aba\b|sort\s*code|clabe|iban|bic|swift|"
    r"bank(?:ing)?\s+(?:details|account|connection)|kontonummer|konto(?:nr\.?)?|blz|bankleitzahl|bankverbindung|kontoverbindung|"
    r"num[ée]ro\s+de\s+compte|compte\s+bancaire|\brib\b|coordonn[ée]es\s+bancaires|"
    r"n[úu]mero\s+de\s+cuenta|cuenta\s+bancaria|datos\s+bancarios|"
    r"rekeningnummer|bankrekening|rekening|bankgegevens|"
    r"n[úu]mero\s+(?:da|de)\s+conta|conta\s+banc[áa]ria|dados\s+banc[áa]rios|\bnib\b|ag[êe]ncia)\b",
    re.I,
)


@dataclass(frozen=True)
class BankMention:
    kind: str  # what a collector reads: "an IBAN", "a BIC/SWIFT code", ...
    text: str


def compact(value: str) -> str:
    return re.sub(r"[^A-Za-z0-9]", "", value).upper()


def _clabe_ok(digits: str) -> bool:
    """Mexican CLABE: 18 digits, the last a check digit over weights 3, 7, 1."""
    if len(digits) != 18 or not digits.isdigit():
        return False
    total = sum((int(d) * w) % 10 for d, w in zip(digits[:17], [3, 7, 1] * 6))
    return (10 - total % 10) % 10 == int(digits[17])


def bank_mentions(text: str) -> list[BankMention]:
    """Every bank identifier in `text`, each with what kind it is."""
    found: list[BankMention] = []
    claims = SpanClaims(text)

    def add(kind: str, m: re.Match[str], group: int = 0) -> None:
        if claims.free(m, group):
            found.append(BankMention(kind, m.group(group)))
            claims.claim(m, group)

    for m in _IBAN.finditer(text):
        raw = compact(m.group(1))
        # A real IBAN has at least 8 digits after its check digits; "INV2024100212" has not.
        if 15 <= len(raw) <= 34 and sum(c.isdigit() for c in raw[4:]) >= 8 and raw[:2].isalpha():
            add("an IBAN" if stdnum_iban.is_valid(raw) else "an IBAN-like account number", m, 1)
    for m in _BIC_KEYWORD.finditer(text):
        add("a BIC/SWIFT code", m, 1)
    for m in _BIC.finditer(text):
        token = m.group(1)
        if stdnum_bic.is_valid(token) and (any(c.isdigit() for c in token) or not _shouting_line(text, m.start())):
            add("a BIC/SWIFT code", m, 1)
    for m in _SORT_CODE.finditer(text):
        add("a UK sort code", m)
    for m in _DIGIT_RUN.finditer(text):
        digits = compact(m.group(0))
        if _clabe_ok(digits):
            add("a Mexican CLABE", m)
        elif len(digits) == 9 and stdnum_rtn.is_valid(digits):
            add("a US routing number", m)
        elif _ACCOUNT_WORDS.search(text[max(0, m.start() - 40) : m.start()]):
            add("a bank account number", m)
    return found


def _shouting_line(text: str, pos: int) -> bool:
    """An all-capitals line is shouting (the tone check's business), not a list of BICs."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end >= 0 else len(text)]
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.6


def foreign_bank_details(text: str, own_accounts: set[str], known_refs: list[str] = ()) -> list[BankMention]:  # type: ignore[assignment]
    """Bank identifiers that are not one of the company's own configured accounts (compared compacted).
    `known_refs` (the customer's invoice numbers, POs, payment references) are blanked first: "INV-2026-33534"
    holds a nine-digit run that passes the US routing checksum, and it is no bank detail. Longest first; one
    whose letters and digits do not stand together in the text cannot match and is not searched for."""
    own = {compact(a) for a in own_accounts if a}
    text = blank_references(text, known_refs)
    return [b for b in bank_mentions(text) if compact(b.text) not in own]
