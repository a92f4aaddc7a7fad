"""Month names in the six customer languages (en, de, fr, es, nl, pt): one table for everything that
reads or writes a month — the reply's date parser, the drafts' fact check, the spoken-date check and
the dataset generators.

`MONTHS` holds the written forms (capitalised where the language capitalises them). The lookups are
keyed by folded text (`core.text.folding.fold`: lower case, no accents), because that is what the
parsers match against.
"""

from __future__ import annotations

from core.text.folding import fold

LANGUAGES = ("en", "de", "fr", "es", "nl", "pt")

MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"),
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
           "outubro", "novembro", "dezembro"),
}

# Full names and their common spelling variants ("Maerz", Austrian "Jänner", "setiembre"), folded → 1..12.
MONTH_NUMBERS: dict[str, int] = {fold(name): number for names in MONTHS.values() for number, name in enumerate(names, start=1)}
MONTH_NUMBERS.update({"maerz": 3, "janner": 1, "setiembre": 9})

# Abbreviations people write ("15 Okt.", "fin avr", "3 dic"), folded → 1..12. A full name that is also
# three letters long ("mai", "mei") is listed here too, so an abbreviation pattern finds it.
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "jaen": 1, "ene": 1, "feb": 2, "fev": 2, "fevr": 2, "mar": 3, "mrt": 3, "apr": 4, "avr": 4, "abr": 4,
    "mai": 5, "mei": 5, "jun": 6, "jul": 7, "juil": 7, "aug": 8, "ago": 8, "sep": 9, "sept": 9, "set": 9,
    "oct": 10, "okt": 10, "out": 10, "nov": 11, "dec": 12, "dez": 12, "dic": 12,
}


def month_prefixes() -> dict[str, int]:
    """Every full name's first three letters, folded → 1..12 (the first language wins a clash).

    Only a checker that errs on the side of reading more words as dates may use these: "jui" is both
    juin and juillet, "mar" both March and Mar(ch)/marzo — harmless when the reading is then checked
    against the records, misleading when it becomes a customer's promised date."""
    prefixes: dict[str, int] = {}
    for names in MONTHS.values():
        for number, name in enumerate(names, start=1):
            prefixes.setdefault(fold(name)[:3], number)
    return prefixes
