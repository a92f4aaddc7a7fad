"""A payment promised *before* a named day is due the working day ahead of it, as "before Christmas" is Christmas Eve.

Why: writers date "before Chinese New Year", "vóór Koningsdag" or "before Victoria Day" on the day before the holiday
(the Friday when the holiday is a Monday); the reader left them undated. "Not before" names no day, and "after" still
names none. The reply is written on Wednesday 14 April 2027 (tests/agent/spring_week.py).
"""

from __future__ import annotations

import pytest

from agent.named_days import next_named_day
from tests.agent.spring_week import WED, read


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("We'll get the transfer out before King's Day, promise.", "en", "2027-04-26"),  # Koningsdag: Tuesday 27 April
    ("Wij maken het over vóór Koningsdag.", "nl", "2027-04-26"),
    ("Cheque is mailed before Victoria Day.", "en", "2027-05-21"),  # Monday 24 May: the Friday before
    ("Wir überweisen noch vor Christi Himmelfahrt.", "de", "2027-05-05"),  # Thursday 6 May
    ("Nous réglerons avant l'Ascension.", "fr", "2027-05-05"),
    ("Wire goes out right before Memorial Day weekend... I mean before Memorial Day.", "en", "2027-05-28"),
    ("Pagamos antes do Dia de Portugal.", "pt", "2027-06-09"),  # Thursday 10 June
])
def test_before_a_named_day_is_the_working_day_ahead_of_it(text, lang, day):
    assert read(text, lang) == day


@pytest.mark.parametrize(("text", "lang"), [
    ("We cannot pay before Memorial Day, the budget opens in June.", "en"),
    ("Nicht vor Christi Himmelfahrt, tut mir leid.", "de"),
    ("After King's Day we will see.", "en"),
])
def test_not_before_or_after_a_named_day_names_no_day(text, lang):
    assert read(text, lang, committed=True) is None


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("We will pay on Victoria Day.", "en", "2027-05-24"),
    ("Payment by Columbus Day at the latest.", "en", "2027-10-11"),  # second Monday of October
    ("Paiement le jour de la Saint-Jean.", "fr", "2027-06-24"),
    ("Bis zum Tag der Deutschen Einheit ist alles bezahlt.", "de", "2027-10-03"),
    ("Transfer by Black Friday.", "en", "2027-11-26"),  # the day after Thanksgiving, Thursday 25 November
])
def test_more_named_days_are_days(text, lang, day):
    assert read(text, lang) == day


def test_valentines_day_written_in_january():
    january = WED.replace(year=2028, month=1, day=20)
    assert read("Betaling uiterlijk op Valentijnsdag.", "nl", january) == "2028-02-14"
    assert read("On paie avant la Saint-Valentin.", "fr", january) == "2028-02-11"  # Monday 14 February: the Friday


def test_days_counted_from_thanksgiving_follow_it():
    assert next_named_day("black_friday", WED.date()).isoformat() == "2027-11-26"
    assert next_named_day("cyber_monday", WED.date()).isoformat() == "2027-11-29"


# Rules written after field59 and field60 were measured once (issue 14), in my own words. Wednesday 14 April 2027.
@pytest.mark.parametrize(("text", "lang", "day"), [
    # the weekday after a named day: Ascension is Thursday 6 May, King's Day Tuesday 27 April
    ("We'll wire it the Monday after Ascension.", "en", "2027-05-10"),
    ("Wir zahlen am Freitag nach Christi Himmelfahrt.", "de", "2027-05-07"),
    ("De vrijdag na Koningsdag maken we het over.", "nl", "2027-04-30"),
    # a weekday glossing the date beside it, before or after
    ("Quiet week after the show, so I can pay on April 27, the Tuesday after.", "en", "2027-04-27"),
    ("The shop is shut on Monday the 26th, so it'll be the Tuesday after, the 27th.", "en", "2027-04-27"),
    # "that date": the day named before
    ("Our auditors sign off on 23 April. We'll settle everything on or before that date.", "en", "2027-04-23"),
    # "a primeros de mayo": the first of the month, as "a principios de"
    ("Te la pago a primeros de mayo, sin falta.", "es", "2027-05-01"),
    # a deadline in the past participle is still ahead
    ("Paid by Friday at the latest.", "en", "2027-04-16"),
    ("Spätestens Freitag bezahlt, versprochen.", "de", "2027-04-16"),
    # where the money comes from is no event to count from
    ("I'll pay the balance on Friday from our savings account.", "en", "2027-04-16"),
    # the day settled on after weighing the others
    ("Morgen lukt niet, vrijdag is de boekhouder vrij. Dan wordt het maandag.", "nl", "2027-04-19"),
    ("Tomorrow's no good and Friday we're at the fair. So Monday it is.", "en", "2027-04-19"),
])
def test_days_read_after_field59_and_field60(text, lang, day):
    assert read(text, lang) == day


def test_a_holiday_closure_names_the_office_days_not_the_payment():
    text = "Our holiday runs from 22 April to 2 May. The transfer is released on 21/4, before we close."
    assert read(text, "en") == "2027-04-21"


def test_after_the_holidays_out_of_season_names_no_day():
    # written in April, "les fêtes" are no Christmas to count from
    assert read("Pour le paiement, on verra après les fêtes.", "fr") is None
    december = WED.replace(month=12, day=8)
    assert read("Nous paierons après les fêtes.", "fr", december) == "2028-01-03"


@pytest.mark.parametrize(("text", "lang"), [
    ("Vor Himmelfahrt geht bei uns nichts raus, das Lager ist leer.", "de"),  # a bound with nothing inside it
    ("Happy Black Friday from all of us, we're run off our feet.", "en"),  # a holiday's name alone places nothing
    ("We pay before Pesach.", "en"),  # a festival of a week names no day
])
def test_named_days_that_place_no_payment(text, lang):
    assert read(text, lang) is None


def test_a_named_days_eve_is_the_day_before():
    assert read("We'll pay on King's Day eve.", "en") == "2027-04-26"
