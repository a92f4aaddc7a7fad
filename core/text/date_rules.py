"""What a date phrase means relative to the day a reply was written: the resolution rules of
evals/LABELING.md as calendar arithmetic, shared by the reply's date parser (agent/dates/) and
the dataset generator that labels replies by the same rules (evals/generate/dates.py).
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta


def coming_weekday(d: date, wd: int) -> date:
    """A bare weekday ("Friday", "am Freitag"): its next occurrence strictly after d, so "Friday"
    written on a Friday is the Friday a week later ("today" is what people write for the same day)."""
    return d + timedelta(days=((wd - d.weekday()) % 7) or 7)


def next_week_weekday(d: date, wd: int) -> date:
    """"next Friday" and its equivalents: weekday wd in the calendar week (Monday-Sunday) after d's week."""
    return d - timedelta(days=d.weekday()) + timedelta(days=7 + wd)


def last_weekday(d: date, wd: int) -> date:
    """A bare weekday about the past ("paid on Monday"): its last occurrence strictly before d."""
    return d - timedelta(days=((d.weekday() - wd) % 7) or 7)


def end_of_month(d: date, months_ahead: int = 0) -> date:
    """The last day of d's month, or of the month `months_ahead` later ("end of next month")."""
    y, m = d.year, d.month + months_ahead
    while m > 12:
        y, m = y + 1, m - 12
    return date(y, m, calendar.monthrange(y, m)[1])


def next_day_of_month(d: date, day: int) -> date | None:
    """"by the 15th": the next date on or after d whose day of month is `day` (None for no such day)."""
    y, m = d.year, d.month
    for _ in range(3):
        if day <= calendar.monthrange(y, m)[1] and date(y, m, day) >= d:
            return date(y, m, day)
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return None
