"""Which date a named day falls on next (agent/named_days.py): never before the reply's day, within a year and Easter's five weeks, on the
weekday its name says when it names one, and for every name the reader knows (core/text/holiday_names.py). The
`holidays` library's Indian calendars end in 2035; after that Diwali names no day (an undated promise), never a wrong one."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from agent.named_days import next_named_day
from core.text.holiday_names import HOLIDAY_NAMES

_WEEKDAY_IN_NAME = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}


@given(st.dates(min_value=date(2024, 1, 1), max_value=date(2034, 12, 31)), st.sampled_from(sorted(HOLIDAY_NAMES)))
def test_the_next_named_day_is_ahead_within_a_year_and_on_its_weekday(today, key):
    day = next_named_day(key, today)
    assert day is not None and today <= day <= today + timedelta(days=400)  # Easter moves by up to five weeks a year
    for word, weekday in _WEEKDAY_IN_NAME.items():
        if word in key:
            assert day.weekday() == weekday


def test_beyond_the_library_calendar_a_lunar_day_is_unknown_not_wrong():
    assert next_named_day("diwali", date(2036, 12, 1)) is None


def test_known_days_of_2029():
    assert next_named_day("lunar_new_year", date(2029, 1, 20)) == date(2029, 2, 13)
    assert next_named_day("ascension", date(2029, 1, 20)) == date(2029, 5, 10)
    assert next_named_day("kings_day_nl", date(2029, 1, 20)) == date(2029, 4, 27)
    assert next_named_day("memorial_day_us", date(2029, 1, 20)) == date(2029, 5, 28)
    assert next_named_day("waitangi_day", date(2029, 2, 7)) == date(2030, 2, 6)
