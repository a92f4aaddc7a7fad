"""Which date a named day (core/text/holiday_names.py) falls on next: a holiday names a day as surely as a date does.

Movable feasts are counted from Easter Sunday (dateutil's Western Easter, the calendar of the six languages we read);
days a country's calendar decides (Chinese New Year, Ireland's St Brigid's Monday, King's Day moved off a Sunday, the
US and UK Mondays, Diwali) come from the maintained `holidays` library rather than rules of our own; the rest are
fixed days of the year. The next occurrence on or after the reply's own day is meant: "by Good Friday" written in
March is this year's, written in May next year's.
"""

from __future__ import annotations

import warnings
from datetime import date, timedelta
from functools import lru_cache

import holidays
from dateutil.easter import easter

_FROM_EASTER: dict[str, int] = {"mothering_sunday": -21, "carnival_monday": -48, "shrove_tuesday": -47, "ash_wednesday": -46, "maundy_thursday": -3,
                                "good_friday": -2, "holy_saturday": -1, "easter_sunday": 0, "easter_monday": 1, "ascension": 39,
                                "whit_monday": 50, "corpus_christi": 60}
_FIXED: dict[str, tuple[int, int]] = {"new_years_day": (1, 1), "epiphany": (1, 6), "waitangi_day": (2, 6), "st_patricks_day": (3, 17),
                                      "anzac_day": (4, 25), "labour_day_may": (5, 1), "liberation_day_nl": (5, 5), "assumption": (8, 15),
                                      "all_saints": (11, 1), "sinterklaas": (12, 5), "christmas_day": (12, 25), "boxing_day": (12, 26),
                                      "new_years_eve": (12, 31), "valentines_day": (2, 14), "australia_day": (1, 26),
                                      "republic_day_in": (1, 26), "st_davids_day": (3, 1), "st_georges_day": (4, 23),
                                      "st_johns_day": (6, 24), "dia_de_portugal": (6, 10), "canada_day": (7, 1), "bastille_day": (7, 14),
                                      "german_unity_day": (10, 3), "republic_day_pt": (10, 5), "hispanidad": (10, 12),
                                      "reformation_day": (10, 31), "all_souls": (11, 2), "armistice_day": (11, 11),
                                      "st_andrews_day": (11, 30), "restoration_day_pt": (12, 1), "constitution_day_es": (12, 6),
                                      "immaculate_conception": (12, 8), "st_martins_day": (11, 11)}
# key: (country, subdivision, the library's English name, from its first word)
_BY_COUNTRY: dict[str, tuple[str, str | None, str]] = {
    "lunar_new_year": ("CN", None, "Chinese New Year (Spring Festival)"), "st_brigids_day": ("IE", None, "Saint Brigid's Day"),
    "kings_day_nl": ("NL", None, "King's Day"), "memorial_day_us": ("US", None, "Memorial Day"), "labor_day_us": ("US", None, "Labor Day"),
    "presidents_day_us": ("US", None, "Washington's Birthday"), "juneteenth": ("US", None, "Juneteenth National Independence Day"),
    "early_may_bank_holiday": ("GB", "ENG", "May Day"), "spring_bank_holiday": ("GB", "ENG", "Spring Bank Holiday"),
    "diwali": ("IN", None, "Diwali"), "holi": ("IN", None, "Holi"), "dussehra": ("IN", None, "Dussehra"),
    "victoria_day": ("CA", "ON", "Victoria Day"), "matariki": ("NZ", None, "Matariki"), "columbus_day_us": ("US", None, "Columbus Day"),
    "mlk_day": ("US", None, "Martin Luther King Jr. Day"), "late_summer_bank_holiday": ("GB", "ENG", "Late Summer Bank Holiday"),
    "rosh_hashanah": ("IL", None, "Rosh Hashanah"), "yom_kippur": ("IL", None, "Yom Kippur"), "mid_autumn": ("CN", None, "Mid-Autumn Festival"),
    "dragon_boat": ("CN", None, "Dragon Boat Festival"), "qingming": ("CN", None, "Tomb-Sweeping Day"),
    "thanksgiving_us": ("US", None, "Thanksgiving Day"), "heritage_day_za": ("ZA", None, "Heritage Day"),
    "jeune_genevois": ("CH", "GE", "Genevan Fast"),
}


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _tax_day_us(year: int) -> date:
    """The US filing deadline: 15 April, or the next weekday when that is a weekend (the IRS's own rule)."""
    day = date(year, 4, 15)
    return day + timedelta(days=(7 - day.weekday()) % 7) if day.weekday() >= 5 else day


def _sechselauten(year: int) -> date:
    """Zurich's spring festival: the third Monday of April, a week later when that is Easter Monday (28 April 2025)."""
    day = _nth_weekday(year, 4, 0, 3)
    return day + timedelta(days=7) if day == easter(year) + timedelta(days=1) else day


# Days a custom fixes by a rule of the calendar: the US Tax Day, Sechseläuten, Prinsjesdag (the third Tuesday of September),
# Zurich's Knabenschiessen (its Monday, after the second weekend of September)
_BY_RULE = {"tax_day_us": _tax_day_us, "sechselauten": _sechselauten, "prinsjesdag": lambda year: _nth_weekday(year, 9, 1, 3),
            "knabenschiessen": lambda year: _nth_weekday(year, 9, 5, 2) + timedelta(days=2)}
# Days counted from a country's day: Black Friday and Cyber Monday follow US Thanksgiving.
_AFTER_COUNTRY_DAY: dict[str, tuple[str, int]] = {"black_friday": ("thanksgiving_us", 1), "cyber_monday": ("thanksgiving_us", 4)}


@lru_cache(maxsize=256)
def _country_day(key: str, year: int) -> date | None:
    country, subdivision, name = _BY_COUNTRY[key]
    with warnings.catch_warnings():  # beyond its calendars (lunar years after 2035) the library warns and finds nothing
        warnings.simplefilter("ignore")
        calendar = holidays.country_holidays(country, subdiv=subdivision, years=year, language="en_US")
    days = sorted(day for day, names in calendar.items() if name in names.split("; "))
    return days[0] if days else None


def _in_year(key: str, year: int) -> date | None:
    if key in _FROM_EASTER:
        return easter(year) + timedelta(days=_FROM_EASTER[key])
    if key in _FIXED:
        return date(year, *_FIXED[key])
    if key in _BY_COUNTRY:
        return _country_day(key, year)
    if key in _BY_RULE:
        return _BY_RULE[key](year)
    if key in _AFTER_COUNTRY_DAY:
        base, days = _AFTER_COUNTRY_DAY[key]
        day = _country_day(base, year)
        return day + timedelta(days=days) if day else None
    raise KeyError(key)


def next_named_day(key: str, today: date) -> date | None:
    """The named day's next date on or after `today` (this year's, else next year's)."""
    for year in (today.year, today.year + 1):
        day = _in_year(key, year)
        if day is not None and day >= today:
            return day
    return None


def last_named_day(key: str, today: date) -> date | None:
    """The named day's last date before `today` (this year's, else last year's)."""
    for year in (today.year, today.year - 1):
        day = _in_year(key, year)
        if day is not None and day < today:
            return day
    return None
