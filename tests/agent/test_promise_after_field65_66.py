"""Date rules written after field65 and field66 were measured once (issue 14), in my own words: a weekday before or
after a named day ("the Thursday before Easter", "Montag nach Allerheiligen", "the Wednesday after Mothering Sunday");
the weekday inside a holiday's name ("le lundi de Pentecôte") is no day of its own when a date follows; a day settled
with "alors" / "then" after another was turned down; "the Tuesday after the show (Saturday the 17th)" counts from the
event's date in brackets."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from tests.agent.spring_week import read


def _on(month: int, day: int) -> datetime:
    return datetime(2027, month, day, 10, 0, tzinfo=timezone(timedelta(hours=1)))


@pytest.mark.parametrize(("text", "lang", "written", "day"), [
    ("We'll transfer it on the Thursday before Easter.", "en", (3, 15), "2027-03-25"),  # Easter 2027: 28 March
    ("Wir zahlen am Dienstag nach Ostern.", "de", (3, 15), "2027-03-30"),
    ("Pagamos na quarta-feira a seguir à Páscoa.", "pt", (3, 15), "2027-03-31"),
    ("Paying on the Wednesday after Mothering Sunday.", "en", (3, 1), "2027-03-10"),  # Mothering Sunday 2027: 7 March
    ("Die Zahlung erfolgt am Freitag nach Allerheiligen.", "de", (10, 20), "2027-11-05"),  # All Saints 2027: a Monday
    ("Virement après le lundi de Pentecôte, mercredi 19.", "fr", (5, 10), "2027-05-19"),
    ("Nous paierons le 20. Non, le 20 c'est férié chez nous. Le 21 alors.", "fr", (4, 14), "2027-04-21"),
    ("It's booked for the Tuesday after the show (Saturday the 17th).", "en", (4, 14), "2027-04-20"),
])
def test_days_read_after_field65_and_field66(text, lang, written, day):
    assert read(text, lang, _on(*written)) == day


def test_a_plain_weekday_and_a_holiday_monday_keep_their_days():
    assert read("We pay on Monday.", "en", _on(3, 5)) == "2027-03-08"
    assert read("We pay on Easter Monday.", "en", _on(3, 5)) == "2027-03-29"


def test_a_weekday_after_a_holiday_that_glosses_the_date_before_it_keeps_that_date():
    assert read("Os pagamos el 8 de abril, el primer jueves después de Pascua que tenemos remesa.", "es", _on(3, 20)) == "2027-04-08"
