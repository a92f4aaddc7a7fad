"""Date phrases in replies resolve against the reply's own Date, in six languages."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agent.dates import WEEKDAY_NAMES, end_of_month, find_past_date, find_promise_date, resolve_date

WEDNESDAY = datetime(2026, 3, 4, 10, 0, tzinfo=timezone(timedelta(hours=1)))

WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira"],
}
MONTHS = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
           "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
           "décembre"],
}

sent_times = st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2030, 12, 31),
                          timezones=st.sampled_from([timezone.utc, timezone(timedelta(hours=1)),
                                                     timezone(timedelta(hours=-5))]))


@pytest.mark.parametrize("phrase,lang,expected", [
    ("We will pay on Friday", "en", "2026-03-06"),
    ("this Friday", "en", "2026-03-06"),
    ("next Friday", "en", "2026-03-13"),
    ("by the end of the month", "en", "2026-03-31"),
    ("by the 15th", "en", "2026-03-15"),
    ("in two weeks", "en", "2026-03-18"),
    ("Wir zahlen am 15. März", "de", "2026-03-15"),
    ("bis Monatsende", "de", "2026-03-31"),
    ("nächsten Freitag", "de", "2026-03-13"),
    ("in 2 Wochen", "de", "2026-03-18"),
    ("Guten Morgen, wir zahlen morgen", "de", "2026-03-05"),
    ("fin de mois", "fr", "2026-03-31"),
    ("le 3 décembre", "fr", "2026-12-03"),
    ("vendredi prochain", "fr", "2026-03-13"),
    ("dans deux semaines", "fr", "2026-03-18"),
    ("30/11", "fr", "2026-11-30"),
    ("fin de mes", "es", "2026-03-31"),
    ("el próximo viernes", "es", "2026-03-13"),
    ("eind van de maand", "nl", "2026-03-31"),
    ("volgende week dinsdag", "nl", "2026-03-10"),
    ("final do mês", "pt", "2026-03-31"),
    ("até sexta", "pt", "2026-03-06"),
    ("2026-04-02", "en", "2026-04-02"),
    ("Freitag, 13. März", "de", "2026-03-13"),
])
def test_collectors_phrases_resolve_to_the_day_they_mean(phrase, lang, expected):
    assert find_promise_date(phrase, WEDNESDAY, lang).isoformat() == expected
    assert resolve_date(phrase, WEDNESDAY, lang).isoformat() == expected


def test_friday_written_on_a_friday_means_the_next_one_and_today_means_today():
    friday = datetime(2026, 3, 6, 9, 0, tzinfo=timezone.utc)
    assert resolve_date("Friday", friday, "en") == date(2026, 3, 13)
    assert resolve_date("today", friday, "en") == date(2026, 3, 6)


def test_the_senders_own_day_counts_not_ours():
    # 23:30 in New York is already the next day in UTC: "tomorrow" is read from the sender's date.
    late = datetime(2026, 3, 4, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    assert resolve_date("tomorrow", late, "en") == date(2026, 3, 5)


def test_a_payment_made_in_the_past_reads_backwards():
    assert find_past_date("We paid it yesterday, ref TRF-10001", WEDNESDAY, "en") == date(2026, 3, 3)
    assert find_past_date("wir haben letzten Montag bezahlt", WEDNESDAY, "de") == date(2026, 3, 2)


@settings(max_examples=150, deadline=None)
@given(sent=sent_times, lang=st.sampled_from(sorted(WEEKDAYS)), wd=st.integers(0, 4))
def test_a_weekday_is_the_coming_one_and_next_weekday_is_in_the_following_week(sent, lang, wd):
    name = WEEKDAYS[lang][wd]
    coming = resolve_date(name, sent, lang)
    assert coming.weekday() == wd and 1 <= (coming - sent.date()).days <= 7
    nxt = {"en": f"next {name}", "de": f"nächsten {name}", "fr": f"{name} prochain", "es": f"el próximo {name}",
           "nl": f"volgende {name}", "pt": f"na próxima {name}"}[lang]
    following = resolve_date(nxt, sent, lang)
    assert following.weekday() == wd and 1 <= (following - sent.date()).days <= 13
    monday_next_week = sent.date() + timedelta(days=7 - sent.weekday())
    assert monday_next_week <= following < monday_next_week + timedelta(days=7)


@settings(max_examples=150, deadline=None)
@given(sent=sent_times, lang=st.sampled_from(["de", "fr", "es", "nl", "pt"]), target=st.dates(date(2024, 1, 1), date(2031, 12, 31)))
def test_day_first_numeric_dates_round_trip(sent, lang, target):
    sep = {"de": ".", "fr": "/", "es": "/", "nl": "-", "pt": "/"}[lang]
    assert resolve_date(f"{target.day:02d}{sep}{target.month:02d}{sep}{target.year}", sent, lang) == target


@settings(max_examples=100, deadline=None)
@given(sent=sent_times, lang=st.sampled_from(["de", "fr"]), month=st.integers(1, 12), day=st.integers(1, 28))
def test_a_named_day_and_month_is_its_next_occurrence(sent, lang, month, day):
    phrase = f"{day}. {MONTHS['de'][month - 1]}" if lang == "de" else f"le {day} {MONTHS['fr'][month - 1]}"
    got = resolve_date(phrase, sent, lang)
    assert (got.month, got.day) == (month, day)
    assert 0 <= (got - sent.date()).days < 366


@settings(max_examples=100, deadline=None)
@given(sent=sent_times, phrase=st.sampled_from(["end of the month", "Monatsende", "fin de mois", "fin de mes",
                                                "eind van de maand", "final do mês"]))
def test_end_of_month_is_the_last_day_of_the_sent_month(sent, phrase):
    assert resolve_date(phrase, sent, None) == end_of_month(sent.date())


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=200), sent=sent_times)
def test_any_text_either_gives_a_date_or_none_never_an_error(text, sent):
    result = find_promise_date(text, sent, "en")
    assert result is None or result >= sent.date()


def test_weekday_table_covers_six_languages():
    assert {WEEKDAY_NAMES[w[4].lower().replace("ç", "c").replace("é", "e")] for w in WEEKDAYS.values()} == {4}


MONDAY = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("phrase,lang,expected", [
    ("we will pay early next week", "en", "2026-11-30"),
    ("Zahlung Anfang nächster Woche", "de", "2026-11-30"),
    ("paiement début de la semaine prochaine", "fr", "2026-11-30"),
    ("we pay next week Wednesday", "en", "2026-12-02"),
    ("wir zahlen nächste Woche Mittwoch", "de", "2026-12-02"),
    ("pagamos la semana que viene el miércoles", "es", "2026-12-02"),
    ("wir zahlen Ende nächster Woche", "de", "2026-12-04"),
    ("we pay on the first of next month", "en", "2026-12-01"),
    ("Zahlung Anfang nächsten Monats", "de", "2026-12-01"),
    ("nous payons début du mois prochain", "fr", "2026-12-01"),
    ("pagamos a principios del mes que viene", "es", "2026-12-01"),
    ("we betalen begin volgende maand", "nl", "2026-12-01"),
    ("pagamos no início do próximo mês", "pt", "2026-12-01"),
    ("payment early January", "en", "2027-01-01"),
    ("we will pay by mid-month", "en", "2026-12-15"),
    ("Zahlung Mitte nächsten Monats", "de", "2026-12-15"),
    ("we will settle before year end", "en", "2026-12-31"),
    ("wir zahlen vor Weihnachten", "de", "2026-12-24"),
    ("we pay within the next 3 working days", "en", "2026-11-26"),
    ("Zahlung innerhalb von 5 Werktagen", "de", "2026-11-30"),
])
def test_vaguer_promise_phrases_resolve_by_the_written_rules(phrase, lang, expected):
    assert find_promise_date(phrase, MONDAY, lang) == date.fromisoformat(expected)


@settings(max_examples=100, deadline=None)
@given(sent=sent_times, phrase=st.sampled_from(["early next week", "Anfang nächster Woche", "début de la semaine prochaine",
                                                "begin volgende week", "a principios de la semana que viene"]))
def test_early_next_week_is_the_monday_after_the_sent_week(sent, phrase):
    got = find_promise_date(f"we pay {phrase}", sent, None)
    d = sent.date()
    assert got is not None and got.weekday() == 0 and 1 <= (got - d).days <= 7


@settings(max_examples=100, deadline=None)
@given(sent=sent_times, phrase=st.sampled_from(["beginning of next month", "Anfang nächsten Monats", "début du mois prochain",
                                                "principios del mes que viene", "begin volgende maand", "início do próximo mês"]))
def test_beginning_of_next_month_is_its_first_day(sent, phrase):
    got = find_promise_date(f"we pay {phrase}", sent, None)
    assert got == end_of_month(sent.date()) + timedelta(days=1)


@pytest.mark.parametrize("text, lang, back", [
    ("I am away from 28/11 to 05/01 with no access to email.", "en", date(2027, 1, 5)),  # the end, not the start
    ("I am on parental leave until March 2027.", "en", date(2027, 3, 1)),
    ("Ich bin bis März in Elternzeit.", "de", date(2027, 3, 1)),
    ("Je suis absente jusqu'en mars.", "fr", date(2027, 3, 1)),
    ("Estaré fuera hasta el 7 de enero. Para urgencias antes del 2 de diciembre escriba a x@y.example", "es", date(2027, 1, 7)),
    ("Ik ben tot en met 5 januari afwezig.", "nl", date(2027, 1, 5)),
])
def test_an_absence_ends_on_the_last_date_it_names(text, lang, back):
    from agent.dates import find_return_date

    assert find_return_date(text, datetime(2026, 11, 27, 10, 0, tzinfo=timezone.utc), lang) == back
