"""Date arithmetic the date reader resolves phrases with: next and last occurrences of a day and month, working
days, month shifts, ISO weeks, and the sender's own calendar day.

Why apart: these answer "which day is that" once a phrase is read, and know nothing of words; the pattern table, the
resolution of a match and the promise's choice all count with them, so they sit at the bottom of agent.dates."""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from core.text.date_rules import end_of_month, next_day_of_month

# Calendar arithmetic (coming_weekday, next_week_weekday, last_weekday, end_of_month, next_day_of_month):
# core/text/date_rules.py, shared with the dataset generator that labels by the same rules.


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def next_month_day(d: date, month: int, day: int) -> date | None:
    """Day and month without a year: the next occurrence on or after d."""
    cand = _safe_date(d.year, month, day)
    if cand is not None and cand >= d:
        return cand
    return _safe_date(d.year + 1, month, day) or cand


def last_month_day(d: date, month: int, day: int) -> date | None:
    """Day and month without a year: the most recent occurrence on or before d."""
    cand = _safe_date(d.year, month, day)
    if cand is not None and cand <= d:
        return cand
    return _safe_date(d.year - 1, month, day) or cand


def _year(y: str, ref: date | None = None) -> int:
    """Two-digit years pivot around the reference year: up to 20 years ahead, else the last century."""
    n = int(y)
    if n >= 100:
        return n
    pivot = ((ref.year if ref else date.today().year) % 100) + 20
    return 2000 + n if n <= pivot else 1900 + n


def last_working_day(d: date) -> date:
    """The last Monday-Friday of d's month, or of the next month once that day has passed."""
    for months in (0, 1):
        day = end_of_month(d, months)
        while day.weekday() > 4:
            day -= timedelta(days=1)
        if day >= d:
            return day
    return day


def iso_week_friday(d: date, week: int) -> date | None:
    """The Friday of ISO week `week`: this year's if it is not long past, else next year's."""
    for year in (d.year, d.year + 1):
        try:
            friday = date.fromisocalendar(year, week, 5)
        except ValueError:
            continue
        if friday >= d - timedelta(days=7):
            return friday
    return None


def weekday_with_day(d: date, wd: int, day: int) -> date | None:
    """'Friday the 8th': the next date on or after d that is both that weekday and that day of month."""
    y, m = d.year, d.month
    for _ in range(14):
        if day <= calendar.monthrange(y, m)[1]:
            cand = date(y, m, day)
            if cand >= d and cand.weekday() == wd:
                return cand
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return next_day_of_month(d, day)


# Days nobody pays on in these countries' December and January, on top of weekends
_CLOSED = {(12, 25), (12, 26), (1, 1)}


def _is_working_day(d: date) -> bool:
    return d.weekday() < 5 and (d.month, d.day) not in _CLOSED


def _working_day_on_or_before(d: date) -> date:
    """The day itself, or the Friday before when it falls on a weekend (the day before a Monday holiday)."""
    return d - timedelta(days=max(0, d.weekday() - 4))


def _first_working_day_after(d: date) -> date:
    day = d + timedelta(days=1)
    while not _is_working_day(day):
        day += timedelta(days=1)
    return day


def _nth_working_day(first: date, n: int) -> date:
    """The n-th working day counted from `first` (itself included)."""
    day = first - timedelta(days=1)
    for _ in range(max(n, 1)):
        day = _first_working_day_after(day)
    return day


def _in_the_year_end_season(d: date) -> bool:
    """From mid-November to mid-January "after the holidays" means Christmas and New Year (Thanksgiving's in November)."""
    return (d.month, d.day) >= (11, 15) or (d.month, d.day) <= (1, 15)


def divmod_month(d: date, n: int) -> tuple[int, int]:
    """(year, month) of the month n months after d's."""
    y, m = divmod(d.month - 1 + n, 12)
    return d.year + y, m + 1


def _shift(d: date, n: int, unit: str) -> date:
    """d plus n days, weeks or calendar months (month ends clamp: 31 Jan + 1 month = 28/29 Feb)."""
    if unit.startswith(("mon", "mois", "mes", "maand")):
        y, m = divmod(d.month - 1 + n, 12)
        y, m = d.year + y, m + 1
        return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))
    if unit.startswith(("week", "woche", "semaine", "semana", "wek", "wk")):
        return d + timedelta(days=7 * n)
    return d + timedelta(days=n)


def _add_business_days(d: date, n: int) -> date:
    out = d
    while n > 0:
        out += timedelta(days=1)
        if out.weekday() < 5:
            n -= 1
    return out


def local_date(sent_at: datetime | date | str | None, timezone: str | None = None) -> date:
    """The sender's calendar date: the Date header's own offset, or `timezone` for naive times."""
    if sent_at is None:
        return date.today()
    if isinstance(sent_at, str):
        sent_at = datetime.fromisoformat(sent_at.replace("Z", "+00:00"))
    if isinstance(sent_at, datetime):
        if sent_at.tzinfo is None and timezone:
            try:
                sent_at = sent_at.replace(tzinfo=ZoneInfo(timezone))
            except Exception:  # noqa: BLE001 - an unknown zone name falls back to the naive date
                pass
        return sent_at.date()
    return sent_at


def local_dt(sent_at: datetime) -> datetime:
    return sent_at if isinstance(sent_at, datetime) else datetime.combine(sent_at, datetime.min.time())
