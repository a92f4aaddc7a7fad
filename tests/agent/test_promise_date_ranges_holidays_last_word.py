"""Promise dates written after field57 and field58 were measured (issue 14): a range of days is kept until its last
day, a holiday names its day in any of the six languages, and a sender who corrects themselves twice is held to the
day they end on. The replies are my own; the sealed splits' words stay out of here.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from agent.dates import find_promise_date, sender_writes_month_first
from tests.agent.spring_week import WED, read


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("We'll transfer it between the 20th and the 23rd, once payroll is out of the way.", "en", "2027-04-23"),
    ("Die Zahlung kommt zwischen dem 21. und 26. April.", "de", "2027-04-26"),
    ("Le règlement partira entre le 19 et le 22 avril.", "fr", "2027-04-22"),
    ("Lo abonamos entre el 26 y el 28 de abril.", "es", "2027-04-28"),
    ("We maken het over tussen de 19e en de 21e.", "nl", "2027-04-21"),
])
def test_a_range_of_days_is_kept_until_its_last_day(text, lang, day):
    assert read(text, lang) == day


def test_two_days_for_two_parts_are_no_range():
    assert read("We pay 400 on the 19th and the rest on the 23rd.", "en") == "2027-04-19"


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("The treasurer signs on Ascension Day, so that's our payment day.", "en", "2027-05-06"),
    ("Überweisung spätestens am Pfingstmontag.", "de", "2027-05-17"),
    ("Le virement partira le jeudi de l'Ascension au plus tard.", "fr", "2027-05-06"),
    ("Wij betalen vóór Koningsdag, uiterlijk op Koningsdag zelf.", "nl", "2027-04-27"),
    ("Pagamos no dia de Corpo de Deus.", "pt", "2027-05-27"),
    ("Payment will go out by Memorial Day.", "en", "2027-05-31"),
])
def test_a_holiday_names_its_day(text, lang, day):
    assert read(text, lang) == day


def test_holidays_that_move_with_easter_are_read_from_easter_of_that_year():
    early = datetime(2028, 3, 20, 9, 0, tzinfo=timezone(timedelta(hours=1)))  # Easter Sunday 2028 is 16 April
    assert read("We'll settle up on Maundy Thursday.", "en", early) == "2028-04-13"
    assert read("Zahlung kommt, spätestens Gründonnerstag.", "de", early) == "2028-04-13"
    assert read("We pay the day before Good Friday.", "en", early) == "2028-04-13"
    assert read("Pagaremos el Jueves Santo.", "es", early) == "2028-04-13"
    assert read("Betaling volgt op Paasmaandag.", "nl", early) == "2028-04-17"


def test_a_holiday_just_gone_is_no_promise():
    # written three weeks after Easter 2027: that Maundy Thursday is behind us, not a promise for next year
    assert read("We paid on Maundy Thursday, please check.", "en") is None


def test_chinese_new_year_comes_from_the_calendar_library():
    winter = datetime(2028, 1, 10, 9, 0, tzinfo=timezone(timedelta(hours=8)))
    assert read("Our office pays everything on Chinese New Year's eve, sorry, I mean on Chinese New Year itself.", "en", winter) == "2028-01-26"


@pytest.mark.parametrize("text", [
    "We pay after Whit Monday.",
    "Nach Pfingstmontag zahlen wir.",
    "Wir zahlen erst nach Christi Himmelfahrt.",
])
def test_after_a_holiday_names_no_day(text):
    assert read(text, "en" if text.startswith("We ") else "de") is None


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("Monday. No, Tuesday. Actually Monday after all, the bookkeeper is off Tuesday.", "en", "2027-04-19"),
    ("We send it Friday. Sorry, Monday - Friday the bank closes early. Actually Tuesday 20th, as our controller says.", "en", "2027-04-20"),
    ("Das Geld geht am 22. raus. Nein, am 23. Doch am 22., am 23. ist die Chefin nicht da.", "de", "2027-04-22"),
    ("On paie vendredi. Pardon, lundi. Non, vendredi, lundi la comptable est absente.", "fr", "2027-04-16"),
    ("Lo pagamos el 20. Bueno, el 21, que el 20 no está el gerente.", "es", "2027-04-21"),
    ("Betalen doen we vrijdag. Nee, maandag, vrijdag is de boekhouder vrij.", "nl", "2027-04-19"),
    ("Pagamos na sexta. Aliás, segunda-feira. Não, enganei-me, é sexta mesmo.", "pt", "2027-04-16"),
])
def test_a_sender_correcting_themselves_is_held_to_the_day_they_end_on(text, lang, day):
    assert read(text, lang) == day


def test_a_correction_of_something_else_leaves_the_promise_alone():
    assert read("Is the statement from the 2nd? No, the 5th. Anyway we pay Friday.", "en") == "2027-04-16"


def test_the_start_of_a_month_narrowed_to_its_day():
    assert read("Zahlung Anfang Mai, am 4.", "de") == "2027-05-04"


def test_an_instalment_number_before_its_date_is_no_day():
    assert read("Could we do it in two? 1st: May 10, USD 2,000. 2nd: June 10, USD 2,000.", "en") == "2027-05-10"


def test_japan_and_korea_write_the_month_first():
    tokyo = datetime(2027, 3, 25, 9, 30, tzinfo=timezone(timedelta(hours=9)))
    assert sender_writes_month_first(tokyo, "en") is True
    got = find_promise_date("The payment is moved from 3/31 to 4/7 for our closing.", tokyo, "en")
    assert got is not None and got.isoformat() == "2027-04-07"


def test_a_holiday_said_only_as_a_reason_is_not_the_day():
    assert read("Good Friday we are closed, so the transfer goes Thursday.", "en", WED) == "2027-04-15"
    assert read("Our plan was the 28th, but Memorial Day moves our ACH run. Expect it on June 2.", "en", WED) == "2027-06-02"


def test_the_day_after_a_closure_is_the_payment_day():
    assert read("Wir sind im Betriebsurlaub. Die Zahlung kommt nach dem Betriebsurlaub, also ab dem 3.5.", "de") == "2027-05-03"
    assert read("We close for the works holiday from the 19th, so we pay on the 16th.", "en") == "2027-04-16"


def test_a_holiday_just_past_is_not_next_years():
    from agent.dates import find_return_date

    after_diwali = datetime(2026, 11, 16, 10, 0, tzinfo=timezone(timedelta(hours=5, minutes=30)))  # Diwali was 8 November
    got = find_return_date("Away for Diwali holidays until 20-11-2026, limited email.", after_diwali, "en")
    assert got is not None and got.isoformat() == "2026-11-20"
