"""Numbers written in words, in the six languages, turned into digits so the fact check can compare them.

"Zwölfhundert Euro", "mil doscientos euros", "vijftig procent" state amounts and percentages as surely
as "1.200,00 EUR" does. text2num (a maintained parser for EN, DE, FR, ES, NL and PT) does the reading;
we only pick the language and undo its one surprise ("pour cent" comes back as "pour 100").
"""

from __future__ import annotations

import re

from text_to_num import alpha2digit

from guardrails.literal_screen import LiteralScreen

SUPPORTED = ("en", "de", "fr", "es", "nl", "pt")

# text2num reads the "cent"/"ciento"/"cento" of a percentage as a hundred.
# A match can only start where a run of letters starts (from inside a run, the run's start matches too and is
# found first; a replacement ends before a non-letter): the look-behind only spares trying every letter.
_WORDS_BEFORE_MONEY = re.compile(
    r"(?<![^\W\d_])(?P<words>(?:[^\W\d_]+[\s-]+){1,8})(?P<tail>(?:euros?|eur|dollars?|pounds?|bucks|quid|francs?|franken|reais|pesos|percent|per\s?cent|prozent|pour\s?cent|por\s?ciento|por\s?cento|procent)\b)",
    re.I,
)
# Most drafts have no word right before a currency or "percent": one screen pass spares the search.
_MONEY_SCREEN = LiteralScreen([_WORDS_BEFORE_MONEY])
_PERCENT_AS_HUNDRED = re.compile(r"\b(pour|por|per)\s+100\b(?!\s*[.,]?\d)", re.I)


def digits_from_words(text: str, language: str | None) -> str:
    """`text` with numbers written in words replaced by digits (small isolated ones such as "one" stay words).

    The whole text is read in the draft's language. A collector may type a sentence in another language,
    so words right before a currency or "percent" are read in the other five too; only there, because
    across languages ordinary words are numbers ("once" is eleven in Spanish)."""
    first = (language or "en").lower()[:2]
    first = first if first in SUPPORTED else "en"
    out = _convert(text, first)

    def other_languages(m: re.Match[str]) -> str:
        words = m.group("words")
        for lang in SUPPORTED:
            if lang != first:
                converted = _convert(words, lang)
                if any(c.isdigit() for c in converted):
                    return converted + m.group("tail")
        return m.group(0)

    possible = _MONEY_SCREEN.may_match(out)
    if possible is not None and not possible:
        return out
    return _WORDS_BEFORE_MONEY.sub(other_languages, out)


def _convert(text: str, lang: str) -> str:
    try:
        out = alpha2digit(text, lang)
    except Exception:  # noqa: BLE001 - a parser error must not hide the digits already there
        return text
    return _PERCENT_AS_HUNDRED.sub(lambda m: f"{m.group(1)} cent", out)
