"""Weekday names in the six customer languages (en, de, fr, es, nl, pt): one table for the reply's
date parser, the drafts' spoken-date check and the dataset generators.

`WEEKDAYS` holds the written forms (Monday first, as `date.weekday()` counts). The lookups are keyed
by folded text (`core.text.folding.fold`: lower case, no accents), because the parser matches that.
"""

from __future__ import annotations

from core.text.folding import fold

WEEKDAYS: dict[str, tuple[str, ...]] = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "pt": ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"),
}

# Full names (and North German "Sonnabend"), folded → 0..6.
WEEKDAY_NUMBERS: dict[str, int] = {fold(name): number for names in WEEKDAYS.values() for number, name in enumerate(names)}
WEEKDAY_NUMBERS["sonnabend"] = 5
# Swiss German as it is written in mail ("am Fritig", "Mir zahled am Mäntig"), folded
WEEKDAY_NUMBERS.update({"mantig": 0, "zischtig": 1, "ziischtig": 1, "mittwuch": 2, "dunschtig": 3, "donnschtig": 3, "fritig": 4,
                        "samschtig": 5, "sunntig": 6})

# Portuguese short forms ("na sexta", "até terça"), written: a weekday only after a preposition,
# because "segunda" and "quinta" are also ordinary words (second, fifth; a farm).
PT_SHORT_WEEKDAYS: dict[str, int] = {"segunda": 0, "terça": 1, "quarta": 2, "quinta": 3, "sexta": 4}
