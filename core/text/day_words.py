"""The days of a month written as words in the six customer languages: "the twenty-first", "am zwanzigsten",
"de achttiende", "le trente", "el quince", "dia quatro". English, German and Dutch say a day of the month with an
ordinal; French, Spanish and Portuguese with a cardinal, except the first ("premier", "primero", "primeiro").

Keys are folded (`core.text.folding.fold`), with the spellings writers use beside the dictionary one (German "ss" and
"ue" for "ß" and "ü", German endings after "am", "zum", "der"; numbers with or without hyphens). The tables are
num2words' output, not typed by hand: `python -m core.text.day_words` prints them from it again, and
tests/core/test_day_words.py checks that they agree (num2words is a test dependency, not a runtime one).
"""

from __future__ import annotations

from core.text.folding import fold

# language -> folded word -> day of the month
DAY_WORDS: dict[str, dict[str, int]] = {
    "en": {
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
        "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty first": 21,
        "twenty-first": 21, "twentyfirst": 21, "twenty second": 22, "twenty-second": 22, "twentysecond": 22,
        "twenty third": 23, "twenty-third": 23, "twentythird": 23, "twenty fourth": 24, "twenty-fourth": 24,
        "twentyfourth": 24, "twenty fifth": 25, "twenty-fifth": 25, "twentyfifth": 25, "twenty sixth": 26,
        "twenty-sixth": 26, "twentysixth": 26, "twenty seventh": 27, "twenty-seventh": 27, "twentyseventh": 27,
        "twenty eighth": 28, "twenty-eighth": 28, "twentyeighth": 28, "twenty ninth": 29, "twenty-ninth": 29,
        "twentyninth": 29, "thirtieth": 30, "thirty first": 31, "thirty-first": 31, "thirtyfirst": 31,
    },
    "de": {
        "erste": 1, "erstem": 1, "ersten": 1, "erster": 1, "erstes": 1, "zweite": 2, "zweitem": 2, "zweiten": 2,
        "zweiter": 2, "zweites": 2, "dritte": 3, "drittem": 3, "dritten": 3, "dritter": 3, "drittes": 3, "vierte": 4,
        "viertem": 4, "vierten": 4, "vierter": 4, "viertes": 4, "fuenfte": 5, "fuenftem": 5, "fuenften": 5,
        "fuenfter": 5, "fuenftes": 5, "funfte": 5, "funftem": 5, "funften": 5, "funfter": 5, "funftes": 5,
        "sechste": 6, "sechstem": 6, "sechsten": 6, "sechster": 6, "sechstes": 6, "siebte": 7, "siebtem": 7,
        "siebten": 7, "siebter": 7, "siebtes": 7, "achte": 8, "achtem": 8, "achten": 8, "achter": 8, "achtes": 8,
        "neunte": 9, "neuntem": 9, "neunten": 9, "neunter": 9, "neuntes": 9, "zehnte": 10, "zehntem": 10,
        "zehnten": 10, "zehnter": 10, "zehntes": 10, "elfte": 11, "elftem": 11, "elften": 11, "elfter": 11,
        "elftes": 11, "zwoelfte": 12, "zwoelftem": 12, "zwoelften": 12, "zwoelfter": 12, "zwoelftes": 12,
        "zwolfte": 12, "zwolftem": 12, "zwolften": 12, "zwolfter": 12, "zwolftes": 12, "dreizehnte": 13,
        "dreizehntem": 13, "dreizehnten": 13, "dreizehnter": 13, "dreizehntes": 13, "vierzehnte": 14,
        "vierzehntem": 14, "vierzehnten": 14, "vierzehnter": 14, "vierzehntes": 14, "fuenfzehnte": 15,
        "fuenfzehntem": 15, "fuenfzehnten": 15, "fuenfzehnter": 15, "fuenfzehntes": 15, "funfzehnte": 15,
        "funfzehntem": 15, "funfzehnten": 15, "funfzehnter": 15, "funfzehntes": 15, "sechzehnte": 16,
        "sechzehntem": 16, "sechzehnten": 16, "sechzehnter": 16, "sechzehntes": 16, "siebzehnte": 17,
        "siebzehntem": 17, "siebzehnten": 17, "siebzehnter": 17, "siebzehntes": 17, "achtzehnte": 18,
        "achtzehntem": 18, "achtzehnten": 18, "achtzehnter": 18, "achtzehntes": 18, "neunzehnte": 19,
        "neunzehntem": 19, "neunzehnten": 19, "neunzehnter": 19, "neunzehntes": 19, "zwanzigste": 20,
        "zwanzigstem": 20, "zwanzigsten": 20, "zwanzigster": 20, "zwanzigstes": 20, "einundzwanzigste": 21,
        "einundzwanzigstem": 21, "einundzwanzigsten": 21, "einundzwanzigster": 21, "einundzwanzigstes": 21,
        "zweiundzwanzigste": 22, "zweiundzwanzigstem": 22, "zweiundzwanzigsten": 22, "zweiundzwanzigster": 22,
        "zweiundzwanzigstes": 22, "dreiundzwanzigste": 23, "dreiundzwanzigstem": 23, "dreiundzwanzigsten": 23,
        "dreiundzwanzigster": 23, "dreiundzwanzigstes": 23, "vierundzwanzigste": 24, "vierundzwanzigstem": 24,
        "vierundzwanzigsten": 24, "vierundzwanzigster": 24, "vierundzwanzigstes": 24, "fuenfundzwanzigste": 25,
        "fuenfundzwanzigstem": 25, "fuenfundzwanzigsten": 25, "fuenfundzwanzigster": 25, "fuenfundzwanzigstes": 25,
        "funfundzwanzigste": 25, "funfundzwanzigstem": 25, "funfundzwanzigsten": 25, "funfundzwanzigster": 25,
        "funfundzwanzigstes": 25, "sechsundzwanzigste": 26, "sechsundzwanzigstem": 26, "sechsundzwanzigsten": 26,
        "sechsundzwanzigster": 26, "sechsundzwanzigstes": 26, "siebenundzwanzigste": 27, "siebenundzwanzigstem": 27,
        "siebenundzwanzigsten": 27, "siebenundzwanzigster": 27, "siebenundzwanzigstes": 27, "achtundzwanzigste": 28,
        "achtundzwanzigstem": 28, "achtundzwanzigsten": 28, "achtundzwanzigster": 28, "achtundzwanzigstes": 28,
        "neunundzwanzigste": 29, "neunundzwanzigstem": 29, "neunundzwanzigsten": 29, "neunundzwanzigster": 29,
        "neunundzwanzigstes": 29, "dreisigste": 30, "dreisigstem": 30, "dreisigsten": 30, "dreisigster": 30,
        "dreisigstes": 30, "dreissigste": 30, "dreissigstem": 30, "dreissigsten": 30, "dreissigster": 30,
        "dreissigstes": 30, "einunddreisigste": 31, "einunddreisigstem": 31, "einunddreisigsten": 31,
        "einunddreisigster": 31, "einunddreisigstes": 31, "einunddreissigste": 31, "einunddreissigstem": 31,
        "einunddreissigsten": 31, "einunddreissigster": 31, "einunddreissigstes": 31,
    },
    "nl": {
        "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6, "zevende": 7, "achtste": 8,
        "negende": 9, "tiende": 10, "elfde": 11, "twaalfde": 12, "dertiende": 13, "veertiende": 14, "vijftiende": 15,
        "zestiende": 16, "zeventiende": 17, "achttiende": 18, "negentiende": 19, "twintigste": 20,
        "eenentwintigste": 21, "tweeentwintigste": 22, "drieentwintigste": 23, "vierentwintigste": 24,
        "vijfentwintigste": 25, "zesentwintigste": 26, "zevenentwintigste": 27, "achtentwintigste": 28,
        "negenentwintigste": 29, "dertigste": 30, "eenendertigste": 31,
    },
    "fr": {
        "1er": 1, "premier": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
        "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
        "dix sept": 17, "dix-sept": 17, "dixsept": 17, "dix huit": 18, "dix-huit": 18, "dixhuit": 18, "dix neuf": 19,
        "dix-neuf": 19, "dixneuf": 19, "vingt": 20, "vingt et un": 21, "vingt-et-un": 21, "vingt deux": 22,
        "vingt-deux": 22, "vingtdeux": 22, "vingt trois": 23, "vingt-trois": 23, "vingttrois": 23, "vingt quatre": 24,
        "vingt-quatre": 24, "vingtquatre": 24, "vingt cinq": 25, "vingt-cinq": 25, "vingtcinq": 25, "vingt six": 26,
        "vingt-six": 26, "vingtsix": 26, "vingt sept": 27, "vingt-sept": 27, "vingtsept": 27, "vingt huit": 28,
        "vingt-huit": 28, "vingthuit": 28, "vingt neuf": 29, "vingt-neuf": 29, "vingtneuf": 29, "trente": 30,
        "trente et un": 31, "trente-et-un": 31,
    },
    "es": {
        "primero": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9,
        "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciseis": 16,
        "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiuno": 21, "veintidos": 22,
        "veintitres": 23, "veinticuatro": 24, "veinticinco": 25, "veintiseis": 26, "veintisiete": 27,
        "veintiocho": 28, "veintinueve": 29, "treinta": 30, "treinta y uno": 31,
    },
    "pt": {
        "primeiro": 1, "dois": 2, "tres": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7, "oito": 8, "nove": 9,
        "dez": 10, "onze": 11, "doze": 12, "treze": 13, "catorze": 14, "quinze": 15, "dezasseis": 16, "dezesseis": 16,
        "dezassete": 17, "dezessete": 17, "dezoito": 18, "dezanove": 19, "dezenove": 19, "vinte": 20,
        "vinte e um": 21, "vinte e dois": 22, "vinte e tres": 23, "vinte e quatro": 24, "vinte e cinco": 25,
        "vinte e seis": 26, "vinte e sete": 27, "vinte e oito": 28, "vinte e nove": 29, "trinta": 30,
        "trinta e um": 31,
    },
}

# Dutch says a date's day as a cardinal ("veertien december", "op negentien januari"): read only right before a
# month's name, from two ("een" is also "a"). num2words' output too, checked by the same test.
CARDINALS_BEFORE_A_MONTH: dict[str, dict[str, int]] = {
    "nl": {
        "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10,
        "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16, "zeventien": 17,
        "achttien": 18, "negentien": 19, "twintig": 20, "eenentwintig": 21, "tweeentwintig": 22, "drieentwintig": 23,
        "vierentwintig": 24, "vijfentwintig": 25, "zesentwintig": 26, "zevenentwintig": 27, "achtentwintig": 28,
        "negenentwintig": 29, "dertig": 30, "eenendertig": 31
    },
}

# How each language writes a day of the month as a word: num2words' language, "ordinal" or "cardinal", and the
# first of the month where the cardinal is not used for it.
_SOURCES = (("en", "en", "ordinal", {}), ("de", "de", "ordinal", {}), ("nl", "nl", "ordinal", {}),
            ("fr", "fr", "cardinal", {"premier": 1, "1er": 1}), ("es", "es", "cardinal", {"primero": 1}),
            ("pt", "pt", "cardinal", {"primeiro": 1}), ("pt", "pt_BR", "cardinal", {}))


def _spellings(word: str) -> set[str]:
    """The dictionary spelling folded, and the ones writers type instead: "ss" for "ß", "ue" for "ü", numbers
    without their hyphens or with spaces, "vingt-et-un" beside "vingt et un"."""
    out = {fold(word)}
    if "ß" in word:
        out.add(fold(word.replace("ß", "ss")))
    for letter, spelt in (("ü", "ue"), ("ö", "oe"), ("ä", "ae")):
        if letter in word:
            out.add(fold(word.replace(letter, spelt)))
    for w in list(out):
        if "-" in w:
            out |= {w.replace("-", " "), w.replace("-", "")}
        if " et " in w:
            out.add(w.replace(" ", "-"))
    return out


def generated() -> dict[str, dict[str, int]]:
    """DAY_WORDS worked out again from num2words (a test dependency: imported here only)."""
    from num2words import num2words

    tables: dict[str, dict[str, int]] = {}
    for lang, source, form, first in _SOURCES:
        table = tables.setdefault(lang, {})
        for day in range(1 if form == "ordinal" else 2, 32):
            word = num2words(day, lang=source, to="ordinal") if form == "ordinal" else num2words(day, lang=source)
            for spelt in _spellings(word):
                table[spelt] = day
                if lang == "de":  # "am zweiten", "der zweite", "zum zwanzigsten", "dem ersten"
                    table.update({spelt + ending: day for ending in ("n", "r", "m", "s")})
        table.update(first)
    return tables


def generated_cardinals() -> dict[str, dict[str, int]]:
    """CARDINALS_BEFORE_A_MONTH worked out again from num2words."""
    from num2words import num2words

    return {"nl": {spelt: day for day in range(2, 32) for spelt in _spellings(num2words(day, lang="nl"))}}


if __name__ == "__main__":
    for language, words in generated().items():
        print(f"    {language!r}: {sorted(words.items(), key=lambda item: (item[1], item[0]))}")
