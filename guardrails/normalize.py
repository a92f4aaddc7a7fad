"""Undo the cheap obfuscations attackers use so the patterns see plain text.

Zero-width characters, homoglyphs (Cyrillic/Greek letters that look Latin), full-width forms,
leetspeak ("1gn0r3") and spaced-out letters ("i g n o r e") all fold to one plain form.
"""

from __future__ import annotations

import re
import unicodedata

ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e"), None)

# Letters from other scripts that render like Latin ones (the usual spoofing set).
HOMOGLYPHS = str.maketrans(
    {
        "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s",
        "ԁ": "d", "ɡ": "g", "һ": "h", "ӏ": "l", "ո": "n", "ս": "u", "ѵ": "v", "ԝ": "w", "ʏ": "y",
        "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
        "Х": "X", "У": "Y", "І": "I", "Ј": "J", "Ѕ": "S",
        "α": "a", "ο": "o", "ρ": "p", "ν": "v", "ι": "i", "κ": "k", "τ": "t", "υ": "u", "ε": "e",
        "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
        "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
        "ı": "i", "ł": "l",
    }
)

LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "|": "l"})

_SPACED = re.compile(r"\b(?:[A-Za-z][ .\-_*]){3,}[A-Za-z]\b")


def plain(text: str) -> str:
    """NFKC, no zero-width characters, homoglyphs folded, whitespace collapsed per line."""
    text = unicodedata.normalize("NFKC", text or "").translate(ZERO_WIDTH).translate(HOMOGLYPHS)
    return re.sub(r"[ \t\u00a0]+", " ", text)


def deleet(text: str) -> str:
    """Leetspeak undone, only inside words that mix letters and digits (amounts stay untouched)."""

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        if any(c.isalpha() for c in word) and any(not c.isalpha() for c in word):
            return word.translate(LEET)
        return word

    return re.sub(r"[\w@$|]+", fix, text)


def unspace(text: str) -> str:
    """'i g n o r e' and 'I.G.N.O.R.E' become 'ignore'."""
    return _SPACED.sub(lambda m: re.sub(r"[ .\-_*]", "", m.group(0)), text)


def views(text: str) -> list[str]:
    """The plain text plus the de-obfuscated variants that differ from it."""
    base = plain(text)
    out = [base]
    for variant in (deleet(base), unspace(base), unspace(deleet(base))):
        if variant not in out:
            out.append(variant)
    return out


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
