"""Families of promise dates hand-written replies use (issue 14): a payment after a dated meeting or on a value
date, "the 2nd or 3rd", abbreviated and numbered weekdays, "binnen de 14 dagen", German ordinal words, mid-month,
a date replaced by another, "latest on Wednesday", a split payment, an Australian "1/12" and a plan's start date.
Sentences are written for these tests (never copied from an eval split)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agent.dates import find_promise_date
from core.text.date_rules import coming_weekday, next_day_of_month, next_week_weekday
from core.text.months import MONTHS
from core.text.weekdays import WEEKDAYS

CET = timezone(timedelta(hours=1))
sent_days = st.dates(min_value=date(2025, 1, 1), max_value=date(2030, 12, 31))


def at(d: date, tz: timezone = CET) -> datetime:
    return datetime(d.year, d.month, d.day, 10, 0, tzinfo=tz)


MONDAY = date(2027, 3, 1)  # a Monday


@pytest.mark.parametrize("lang, text", [
    ("en", "The board meets on 10 March; the transfer follows on 12 March."),
    ("de", "Der Vorstand tagt am 10. März, die Zahlung erfolgt dann am 12. März."),
    ("fr", "Le conseil se réunit le 10 mars, le virement partira le 12 mars."),
    ("es", "El consejo se reúne el 10 de marzo y el pago sale el 12 de marzo."),
    ("nl", "Na de algemene vergadering op 10 maart betalen wij op 12 maart."),
    ("pt", "A reunião do conselho é a 10 de março, sendo o pagamento feito a 12 de março."),
    ("pt", "O conselho reúne a 10 de março; a transferência segue a 12."),
    ("de", "Die Buchung erfolgt am 10.3. mit Valuta 12.3."),
    ("en", "Booked on 10 March with value date 12 March."),
])
def test_the_payment_after_a_dated_meeting_or_on_a_value_date_is_promised(lang, text):
    assert find_promise_date(text, at(MONDAY), lang) == date(2027, 3, 12)


WEEKDAY_OR = {"en": "We will pay on {} or {}.", "de": "Wir zahlen {} oder {}.", "fr": "Nous paierons {} ou {}.",
              "es": "Pagaremos el {} o el {}.", "nl": "We betalen {} of {}.", "pt": "Pagamos na {} ou na {}."}


@given(sent_days, st.sampled_from(sorted(WEEKDAY_OR)), st.integers(min_value=0, max_value=3))
def test_of_two_weekdays_the_later_one_is_promised(day, lang, first):
    names = WEEKDAYS[lang]
    text = WEEKDAY_OR[lang].format(names[first], names[first + 1])
    assert find_promise_date(text, at(day), lang) == max(coming_weekday(day, first), coming_weekday(day, first + 1))


def test_of_two_days_of_the_month_the_later_one_is_promised():
    assert find_promise_date("It should go out the 4th or 5th.", at(MONDAY), "en") == date(2027, 3, 5)
    assert find_promise_date("Payment lands the 8th or the 9th of March.", at(MONDAY), "en") == date(2027, 3, 9)


@given(sent_days, st.integers(min_value=2, max_value=6), st.sampled_from(["{}.ª feira", "{}ª feira", "{}ª-feira"]))
def test_a_numbered_portuguese_weekday_counts_from_sunday(day, n, form):
    assert find_promise_date(f"Transferimos na {form.format(n)}.", at(day), "pt") == coming_weekday(day, n - 2)


@given(sent_days, st.sampled_from([("lun", 0), ("mar", 1), ("mer", 2), ("jeu", 3), ("vend", 4), ("ven", 4)]))
def test_an_abbreviated_french_weekday_with_prochain_is_next_weeks(day, abbr):
    word, wd = abbr
    assert find_promise_date(f"Le virement part {word}. prochain.", at(day), "fr") == next_week_weekday(day, wd)


WITHIN_THE = {"nl": "Wij betalen binnen de {} dagen.", "en": "We will pay within the {} days.",
              "de": "Wir zahlen innerhalb der {} Tage.", "fr": "Nous paierons dans les {} jours.",
              "es": "Pagaremos dentro de los {} días.", "pt": "Pagamos dentro dos {} dias."}


@given(sent_days, st.sampled_from(sorted(WITHIN_THE)), st.integers(min_value=2, max_value=60))
def test_within_the_n_days_counts_from_the_reply(day, lang, n):
    assert find_promise_date(WITHIN_THE[lang].format(n), at(day), lang) == day + timedelta(days=n)


GERMAN_ORDINALS = {"dritten": 3, "zehnten": 10, "fünfzehnten": 15, "zwanzigsten": 20, "dreiundzwanzigsten": 23,
                   "achtundzwanzigsten": 28, "dreißigsten": 30, "einunddreißigsten": 31}


@given(sent_days, st.sampled_from(sorted(GERMAN_ORDINALS)), st.sampled_from(["am", "zum", "bis zum"]))
def test_a_german_ordinal_word_is_a_day_of_the_month(day, word, prep):
    got = find_promise_date(f"wir überweisen {prep} {word}", at(day), "de")
    assert got == next_day_of_month(day, GERMAN_ORDINALS[word])


MID = {"en": "We pay mid-{}.", "de": "Zahlung Mitte {}.", "fr": "Règlement mi-{}.", "es": "Pagaremos a mediados de {}.",
       "nl": "Wij betalen half {}.", "pt": "Pagamos em meados de {}."}


@given(sent_days, st.sampled_from(sorted(MID)), st.integers(min_value=1, max_value=12))
def test_mid_a_named_month_is_its_fifteenth(day, lang, month):
    if month == day.month:
        return
    year = day.year if month > day.month else day.year + 1
    assert find_promise_date(MID[lang].format(MONTHS[lang][month - 1]), at(day), lang) == date(year, month, 15)


def test_half_a_month_is_mid_month_in_dutch_only():
    assert find_promise_date("We can pay half May and the rest later.", at(MONDAY), "en") != date(2027, 5, 15)


@pytest.mark.parametrize("lang, text", [
    ("es", "Cambio: ya no pagamos el 10, sino el 14."),
    ("pt", "Afinal o pagamento não será no dia 10 mas sim no dia 14."),
    ("fr", "Le virement ne partira plus le 10 mais le 14."),
    ("de", "Die Zahlung kommt nicht am 10., sondern am 14."),
    ("en", "The payment won't be on the 10th but on the 14th."),
    ("nl", "We betalen niet op de 10e maar op de 14e."),
])
def test_a_denied_date_gives_way_to_the_one_after_but(lang, text):
    assert find_promise_date(text, at(MONDAY), lang) == date(2027, 3, 14)


@pytest.mark.parametrize("lang, text", [
    ("en", "We will transfer it next week, latest on Thursday."),
    ("en", "The payment goes out in next week, at the latest on Thursday."),
    ("de", "Wir zahlen nächste Woche, spätestens am Donnerstag."),
    ("fr", "Nous paierons la semaine prochaine, au plus tard le jeudi."),
])
def test_a_weekday_said_to_be_the_latest_in_next_week(lang, text):
    assert find_promise_date(text, at(MONDAY), lang) == date(2027, 3, 11)


@pytest.mark.parametrize("lang, text", [
    ("en", "We'll send 2,000 € next week and the balance at the end of April."),
    ("fr", "Nous verserons 800 € la semaine prochaine et le solde fin avril."),
    ("es", "Pagaremos 800 € la semana que viene y el resto a finales de abril."),
    ("nl", "Wij betalen volgende week 800 euro en het restant eind april."),
])
def test_a_split_payment_is_promised_by_its_first_part(lang, text):
    assert find_promise_date(text, at(MONDAY), lang) == date(2027, 3, 12)


def test_an_australian_dollar_date_is_day_first():
    sydney = timezone(timedelta(hours=11))
    got = find_promise_date("The $950 instalment will be paid on 3/12.", datetime(2026, 11, 18, 9, tzinfo=sydney), "en")
    assert got == date(2026, 12, 3)


@pytest.mark.parametrize("lang, text", [
    ("en", "Could we pay over 5 months starting 1 April?"),
    ("es", "¿Podemos pagar en 5 meses a partir del 1 de abril?"),
])
def test_a_plan_is_promised_from_its_start(lang, text):
    assert find_promise_date(text, at(MONDAY), lang) == date(2027, 4, 1)


@given(sent_days, st.sampled_from([("Mo", 0), ("Di", 1), ("Mi", 2), ("Do", 3)]), st.sampled_from(["de", "en", None]))
def test_a_german_weekday_abbreviation_before_a_german_verb_is_read_whatever_the_detected_language(day, abbr, lang):
    word, wd = abbr
    assert find_promise_date(f"Geld geht {word}. raus", at(day), lang) == coming_weekday(day, wd)


@given(sent_days, st.sampled_from([("mon", 0), ("tues", 1), ("wed", 2), ("thurs", 3), ("fri", 4)]))
def test_next_with_an_abbreviated_english_weekday_is_next_weeks(day, abbr):
    word, wd = abbr
    assert find_promise_date(f"will pay the big one next {word}", at(day), "en") == next_week_weekday(day, wd)
