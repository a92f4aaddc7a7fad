"""Properties of promise-date reading that hold for any message date (hypothesis)."""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from agent.dates import find_promise_date

sent_days = st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31))
offsets = st.sampled_from([timezone(timedelta(hours=h)) for h in (-8, -5, 0, 1, 2, 5.5)])

# (language, a sentence around the weekday word, {written form: weekday}) — full names and the short forms
# people type on a phone
WEEKDAY_FORMS = {
    "en": ("We will pay {w}.", {"Monday": 0, "tues": 1, "Weds": 2, "thurs": 3, "Fri": 4}),
    "de": ("Wir überweisen am {w}", {"Montag": 0, "Di.": 1, "Mittwoch": 2, "Do.": 3, "Fr.": 4}),
    "fr": ("Nous réglerons {w}", {"lundi": 0, "mar.": 1, "mercredi": 2, "jeu.": 3, "vend.": 4}),
    "es": ("Pagaremos el {w}", {"lunes": 0, "mar": 1, "mié": 2, "jueves": 3, "vie": 4}),
    "nl": ("We betalen {w}", {"maandag": 0, "di.": 1, "woensdag": 2, "do.": 3, "vr.": 4}),
    "pt": ("Vamos pagar na {w}", {"segunda": 0, "ter": 1, "quarta-feira": 2, "qui": 3, "sexta": 4}),
}
forms = st.sampled_from([(lang, text, word, wd) for lang, (text, words) in WEEKDAY_FORMS.items()
                         for word, wd in words.items()])


@given(sent_days, offsets, forms)
def test_any_weekday_name_or_abbreviation_lands_within_the_next_seven_days(day, tz, form):
    lang, text, word, wd = form
    got = find_promise_date(text.format(w=word), datetime(day.year, day.month, day.day, 11, 0, tzinfo=tz), lang)
    assert got is not None and got.weekday() == wd and 1 <= (got - day).days <= 7


RUNS = {
    "en": "It goes out with our month-end payment run.",
    "de": "Die Zahlung ist im Zahllauf zum Monatsende.",
    "fr": "Le virement part avec le lot de fin de mois.",
    "es": "Se paga en la remesa de fin de mes.",
    "nl": "Gaat mee in de betaalrun van eind van de maand.",
    "pt": "Segue no lote de pagamentos do final do mês.",
}


@given(sent_days, st.sampled_from(sorted(RUNS)))
def test_a_month_end_run_is_the_months_last_working_day(day, lang):
    got = find_promise_date(RUNS[lang], datetime(day.year, day.month, day.day, 9, 0, tzinfo=timezone.utc), lang)
    assert got is not None and got >= day and got.weekday() < 5
    month_end = date(got.year, got.month, calendar.monthrange(got.year, got.month)[1])
    assert all((got + timedelta(days=k)).weekday() >= 5 for k in range(1, (month_end - got).days + 1))
    assert (got.year, got.month) in ((day.year, day.month), ((day + timedelta(days=7)).year, (day + timedelta(days=7)).month))


@given(sent_days, st.integers(min_value=1, max_value=28), st.integers(min_value=1, max_value=12))
def test_european_senders_write_the_day_first(day, dom, month):
    text = f"Zahlung erfolgt am {dom:02d}.{month:02d}.{day.year + 1}"
    assert find_promise_date(text, datetime(day.year, day.month, day.day, 9, 0, tzinfo=timezone(timedelta(hours=1))), "de") \
        == date(day.year + 1, month, dom)


@given(sent_days, st.integers(min_value=1, max_value=12), st.integers(min_value=13, max_value=28))
def test_a_us_sender_writes_the_month_first_and_a_day_over_twelve_decides_anywhere(day, month, dom):
    us = datetime(day.year, day.month, day.day, 9, 0, tzinfo=timezone(timedelta(hours=-6)))
    uk = datetime(day.year, day.month, day.day, 9, 0, tzinfo=timezone.utc)
    target = date(day.year + 1, month, dom)
    assert find_promise_date(f"We will pay on {month}/{dom}/{day.year + 1}", us, "en") == target
    assert find_promise_date(f"We will pay on {dom}/{month}/{day.year + 1}", uk, "en") == target
    assert find_promise_date(f"We will pay on {month}/{dom}/{day.year + 1}", uk, "en") == target  # 13+ is never a month
