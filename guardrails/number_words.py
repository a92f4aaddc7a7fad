"""Numbers written in words, in the six languages, turned into digits so the fact check can compare them.

"Zwölfhundert Euro", "mil doscientos euros", "vijftig procent" state amounts and percentages as surely
as "1.200,00 EUR" does. text2num (a maintained parser for EN, DE, FR, ES, NL and PT) does the reading;
we only pick the language and undo its one surprise ("pour cent" comes back as "pour 100").
"""

from __future__ import annotations

import re

from text_to_num import alpha2digit

SUPPORTED = ("en", "de", "fr", "es", "nl", "pt")

# text2num reads the "cent"/"ciento"/"cento" of a percentage as a hundred.
_PERCENT_AS_HUNDRED = re.compile(r"\b(pour|por|per)\s+100\b(?!\s*[.,]?\d)", re.I)


def digits_from_words(text: str, language: str | None) -> str:
    """`text` with numbers written in words replaced by digits (small isolated ones such as "one" stay words)."""
    lang = (language or "en").lower()[:2]
    if lang not in SUPPORTED:
        lang = "en"
    try:
        out = alpha2digit(text, lang)
    except Exception:  # noqa: BLE001 - a parser error must not hide the digits already there
        return text
    return _PERCENT_AS_HUNDRED.sub(lambda m: f"{m.group(1)} cent", out)
